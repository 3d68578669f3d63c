// Entities (for the data source and migrations; they never leave the services).
export * from './src/evidence.entity';
export * from './src/evidence-link.entity';
export * from './src/evidence-source.entity';
export * from './src/evidence-correction.entity';
export * from './src/evidence-correction-proposal.entity';
export * from './src/evidence-review-note.entity';
export * from './src/procurement-record.entity';
export * from './src/evidence.module';
export * from './src/evidence.exception';
export * from './src/shared/money';
export * from './src/evidence/evidence.view';
export * from './src/attribution/attribution.view';
export * from './src/evidence/dto/chain-link.dto';
export * from './src/evidence/dto/evidence-source.dto';
export * from './src/evidence/dto/create-evidence.dto';
export * from './src/evidence/dto/write-evidence.dto';
export * from './src/evidence/dto/evidence-query.dto';
export * from './src/evidence/evidence.service';
export * from './src/evidence/evidence-workflow.service';
export * from './src/evidence/correction-proposals.service';
export * from './src/evidence/correction-proposal.view';
export * from './src/evidence/ledger.service';
export { EVIDENCE_RECORD } from './src/evidence/evidence-writer';
export * from './src/attribution/attribution.service';
export * from './src/demo/evidence-demo-seed.service';
export { DEMO_EVIDENCE } from './src/demo/demo-evidence';
export * from './src/export/evidence-export.service';
export { FTM_SCHEMATA, FTM_REFERENCES, ftmId, type FtmEntity, type FtmSchema } from './src/export/ftm';
export { EVIDENCE_CSV_COLUMNS, EVIDENCE_SOURCE_CSV_COLUMNS } from './src/export/open-data';

// procurement (its own block)
export * from './src/procurement/procurement.service';
export * from './src/procurement/procurement.view';
export * from './src/procurement/procurement-export.service';
export { parseItemLines, itemLines } from './src/procurement/procurement-items';
export { toMinorUnits, type MinorUnits } from './src/procurement/import/amount';
export * from './src/procurement/dto/create-procurement.dto';
export * from './src/procurement/dto/update-procurement.dto';
export * from './src/procurement/dto/procurement-query.dto';
export * from './src/procurement/dto/procurement-item.dto';
export { ProcurementImportService } from './src/procurement/import/procurement-import.service';
export { PROCUREMENT_CSV_COLUMNS, type ProcurementImportFormat } from './src/procurement/import/parse-procurement';

