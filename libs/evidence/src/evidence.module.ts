import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '#libs/companies';
import { AttributionRepository } from './attribution/attribution.repository';
import { AttributionService } from './attribution/attribution.service';
import { EvidenceDemoSeedService } from './demo/evidence-demo-seed.service';
import { EvidenceCorrectionProposalEntity } from './evidence-correction-proposal.entity';
import { EvidenceCorrectionEntity } from './evidence-correction.entity';
import { EvidenceLinkEntity } from './evidence-link.entity';
import { EvidenceReviewNoteEntity } from './evidence-review-note.entity';
import { EvidenceSourceEntity } from './evidence-source.entity';
import { EvidenceEntity } from './evidence.entity';
import { EvidenceRepository } from './evidence/evidence.repository';
import { CorrectionProposalRepository } from './evidence/correction-proposal.repository';
import { CorrectionProposalsService } from './evidence/correction-proposals.service';
import { EvidenceWorkflowService } from './evidence/evidence-workflow.service';
import { EvidenceWriter } from './evidence/evidence-writer';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceExportService } from './export/evidence-export.service';
import { LedgerService } from './evidence/ledger.service';
import { ProcurementRecordEntity } from './procurement-record.entity';
import { ProcurementImportService } from './procurement/import/procurement-import.service';
import { ProcurementExportService } from './procurement/procurement-export.service';
import { ProcurementRepository } from './procurement/procurement.repository';
import { ProcurementService } from './procurement/procurement.service';

/** Every table of the ledger (the CLI's data source lists them too, for generating migrations). */
export const EVIDENCE_ENTITIES = [
  EvidenceEntity,
  EvidenceLinkEntity,
  EvidenceSourceEntity,
  EvidenceCorrectionEntity,
  EvidenceCorrectionProposalEntity,
  EvidenceReviewNoteEntity,
  ProcurementRecordEntity,
];

/** The evidence ledger: evidence, its review, corrections and attribution; procurement records. Needs CoreModule. */
@Module({
  imports: [TypeOrmModule.forFeature(EVIDENCE_ENTITIES), CompaniesModule],
  providers: [
    // evidence (core)
    EvidenceExportService,
    EvidenceRepository,
    EvidenceWriter,
    EvidenceService,
    EvidenceWorkflowService,
    CorrectionProposalRepository,
    CorrectionProposalsService,
    LedgerService,
    AttributionRepository,
    AttributionService,
    EvidenceDemoSeedService,
    // procurement
    ProcurementRepository,
    ProcurementService,
    ProcurementImportService,
    ProcurementExportService,
  ],
  exports: [
    // evidence (core)
    EvidenceExportService,
    EvidenceService,
    EvidenceWorkflowService,
    CorrectionProposalsService,
    LedgerService,
    AttributionService,
    EvidenceDemoSeedService,
    // procurement
    ProcurementService,
    ProcurementImportService,
    ProcurementExportService,
  ],
})
export class EvidenceModule {}
