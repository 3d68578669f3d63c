import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CoreModule, type AppConfig } from '#libs/core';
import { AuthModule } from '#libs/auth';
import { CompaniesModule } from '#libs/companies';
import { MailModule } from '#libs/mail';
import { OutreachModule } from '#libs/outreach';
import { ScorecardsModule } from '#libs/scorecards';
import { CampaignsModule } from '#libs/campaigns';

/** The worker is a shell: its job handlers live in the libs and are found at boot. */
@Module({})
export class WorkerModule {
  static forRoot(options: {
    config: AppConfig;
    databaseUrl: string;
    poolMax: number;
    migrationsRun?: boolean;
  }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(options),
        LoggerModule.forRoot({ pinoHttp: { level: options.config.logLevel } }),
        AuthModule,
        CompaniesModule,
        MailModule,
        OutreachModule,
        ScorecardsModule,
        CampaignsModule,
      ],
    };
  }
}
