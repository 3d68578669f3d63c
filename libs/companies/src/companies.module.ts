import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompanyEntity } from './company.entity';
import { CompanyRepository } from './company/company.repository';
import { CompanyService } from './company/company.service';
import { DemoSeedService } from './demo/demo-seed.service';
import { RecordExportService } from './export/record-export.service';
import { RecordImportService } from './import/record-import.service';
import { OwnershipEntity } from './ownership.entity';
import { OwnershipRepository } from './ownership/ownership.repository';
import { OwnershipService } from './ownership/ownership.service';
import { StateBodyEntity } from './state-body.entity';
import { StateBodyRepository } from './state-body/state-body.repository';
import { StateBodyService } from './state-body/state-body.service';

/** The company record: companies, who owns them, and the state bodies they supply. Needs CoreModule. */
@Module({
  imports: [TypeOrmModule.forFeature([CompanyEntity, OwnershipEntity, StateBodyEntity])],
  providers: [
    CompanyRepository,
    OwnershipRepository,
    StateBodyRepository,
    CompanyService,
    OwnershipService,
    StateBodyService,
    RecordImportService,
    RecordExportService,
    DemoSeedService,
  ],
  exports: [
    CompanyService,
    OwnershipService,
    StateBodyService,
    RecordImportService,
    RecordExportService,
    DemoSeedService,
  ],
})
export class CompaniesModule {}
