import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, type AppConfig } from '#libs/core';
import { AuthModule } from '#libs/auth';
import { CompaniesModule } from '#libs/companies';
import { EvidenceModule } from '#libs/evidence';
import { OutreachModule } from '#libs/outreach';
import { ScorecardsModule } from '#libs/scorecards';
import { CampaignsModule } from '#libs/campaigns';
import { authCommands } from './commands/auth';
import { companyCommands } from './commands/companies';
import { exportCommands } from './commands/export';
import { AuditVerifyCommand } from './commands/system/audit-verify.command';
import { MigrateCommand } from './commands/system/migrate.command';
import { SeedDemoCommand } from './commands/system/seed-demo.command';

@Module({})
export class CliModule {
  static forRoot(options: {
    config: AppConfig;
    databaseUrl: string;
    poolMax: number;
    migrationsRun: boolean;
  }): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CoreModule.forRoot(options),
        AuthModule,
        CompaniesModule,
        EvidenceModule,
        OutreachModule,
        ScorecardsModule,
        CampaignsModule,
      ],
      providers: [
        MigrateCommand,
        AuditVerifyCommand,
        SeedDemoCommand,
        ...authCommands,
        ...companyCommands,
        ...exportCommands,
      ],
    };
  }
}
