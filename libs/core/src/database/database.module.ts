import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { migrations } from '#migrations';
import { DB_POOL, poolOf } from './db-pool';
import { UnitOfWork } from './unit-of-work';
import { DataSource } from 'typeorm';

export interface DatabaseOptions {
  url: string;
  /** 1 on the embedded database (one shared connection), more on PostgreSQL. */
  poolMax: number;
  /**
   * Apply pending migrations on connecting (the embedded database, and `cli migrate`). Done on the
   * app's own connection: the embedded server takes one client, so a second short-lived
   * connection just for migrations would race the first.
   */
  migrationsRun?: boolean;
}

export function dataSourceOptions(options: DatabaseOptions) {
  return {
    type: 'postgres' as const,
    url: options.url,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    uuidExtension: 'pgcrypto' as const,
    synchronize: false,
    migrationsRun: options.migrationsRun ?? false,
    logging: false,
    extra: { max: options.poolMax, idleTimeoutMillis: 0 },
  };
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options),
          autoLoadEntities: true,
          retryAttempts: 3,
          retryDelay: 500,
        }),
      ],
      providers: [{ provide: DB_POOL, inject: [DataSource], useFactory: poolOf }, UnitOfWork],
      exports: [DB_POOL, UnitOfWork],
    };
  }
}
