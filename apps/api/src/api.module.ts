import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import type { Pool } from 'pg';
import { Clock, CoreModule, DB_POOL, type AppConfig } from '#libs/core';
import { AuthModule } from '#libs/auth';
import { CompaniesModule } from '#libs/companies';
import { EvidenceModule } from '#libs/evidence';
import { MailModule } from '#libs/mail';
import { OutreachModule } from '#libs/outreach';
import { ScorecardsModule } from '#libs/scorecards';
import { CampaignsModule } from '#libs/campaigns';
import { campaignControllers } from './controllers/campaigns';
import { authControllers } from './controllers/auth';
import { companyControllers } from './controllers/companies';
import { companyApiControllers } from './controllers/companies-api';
import { consoleControllers } from './controllers/console';
import { evidenceApiControllers } from './controllers/evidence-api';
import { evidenceConsoleControllers } from './controllers/evidence-console';
import { evidencePagesControllers } from './controllers/evidence-pages';
import { outreachApiControllers } from './controllers/outreach-api';
import { outreachPagesControllers } from './controllers/outreach-pages';
import { outreachConsoleControllers } from './controllers/outreach-console';
import { mailConsoleControllers } from './controllers/mail-console';
import { procurementControllers } from './controllers/procurement';
import { siteControllers } from './controllers/site';
import { scorecardControllers } from './controllers/scorecards';
import { scorecardConsoleControllers } from './controllers/scorecards-console';
import { pinoOptions } from './http/pipeline';
import { AccessGuard } from './security/access.guard';
import { AccountLoginLimiter } from './security/account-login-limiter';
import { PgThrottlerStorage } from './security/pg-throttler.storage';
import { ClientThrottlerGuard } from './security/throttle.guard';

export interface ApiModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  poolMax: number;
  migrationsRun?: boolean;
  clock?: Clock;
}

const requestOf = (ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request>();
/** Reads are limited per process, in memory, by the page cache's middleware: a read never writes. */
const isRead = (ctx: ExecutionContext) => ['GET', 'HEAD', 'OPTIONS'].includes(requestOf(ctx).method);

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot({
          config,
          databaseUrl: options.databaseUrl,
          poolMax: options.poolMax,
          migrationsRun: options.migrationsRun,
          clock: options.clock,
        }),
        LoggerModule.forRoot({ pinoHttp: pinoOptions(config), useExisting: true }),
        ThrottlerModule.forRootAsync({
          inject: [DB_POOL, Clock],
          useFactory: (pool: Pool, clock: Clock) => ({
            storage: new PgThrottlerStorage(pool, clock),
            throttlers: [
              { name: 'write', ttl: 60_000, limit: config.rateLimits.writePerMinute, skipIf: isRead },
              {
                name: 'login',
                ttl: 15 * 60_000,
                limit: config.rateLimits.loginPer15Minutes,
                blockDuration: 15 * 60_000,
                skipIf: (ctx) => !(requestOf(ctx).method === 'POST' && requestOf(ctx).path === '/login'),
              },
            ],
          }),
        }),
        AuthModule,
        CompaniesModule,
        EvidenceModule,
        MailModule,
        OutreachModule,
        ScorecardsModule,
        CampaignsModule,
      ],
      controllers: [
        ...siteControllers,
        ...authControllers,
        ...consoleControllers,
        ...companyApiControllers,
        ...companyControllers,
        ...evidenceApiControllers,
        ...evidencePagesControllers,
        ...evidenceConsoleControllers,
        ...procurementControllers,
        ...outreachApiControllers,
        ...outreachPagesControllers,
        ...outreachConsoleControllers,
        ...mailConsoleControllers,
        ...scorecardControllers,
        ...scorecardConsoleControllers,
        ...campaignControllers,
      ],
      providers: [
        AccountLoginLimiter,
        { provide: APP_GUARD, useClass: ClientThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
