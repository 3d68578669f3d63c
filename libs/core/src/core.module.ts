import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit/audit-event.entity';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { CacheVersionEntity } from './cache/cache-version.entity';
import { CacheVersions } from './cache/cache-versions';
import { RecordChanges } from './audit/record-changes';
import { Clock, SystemClock } from './clock/clock';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { HealthService } from './database/health.service';
import { JobRunner } from './queue/job-runner';
import { MaintenanceJobs } from './queue/maintenance.jobs';
import { QueueService } from './queue/queue.service';

export interface CoreOptions {
  config: AppConfig;
  /** The database URL actually used (the embedded server's when DATABASE_URL is unset). */
  databaseUrl: string;
  poolMax: number;
  migrationsRun?: boolean;
  clock?: Clock;
}

/** Config, database, queue, clock and audit: what every area and every app stands on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        DatabaseModule.forRoot({
          url: options.databaseUrl,
          poolMax: options.poolMax,
          migrationsRun: options.migrationsRun,
        }),
        TypeOrmModule.forFeature([AuditEventEntity, CacheVersionEntity]),
        DiscoveryModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        QueueService,
        JobRunner,
        AuditRepository,
        AuditService,
        RecordChanges,
        HealthService,
        MaintenanceJobs,
        CacheVersions,
      ],
      exports: [
        HealthService,
        APP_CONFIG,
        Clock,
        QueueService,
        JobRunner,
        AuditService,
        RecordChanges,
        CacheVersions,
        DatabaseModule,
      ],
    };
  }
}
