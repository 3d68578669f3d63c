import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { DomainException, loadConfigOrExit, runMigrations, startDatabase } from '../../../libs/core';
import { CliModule } from './cli.module';

/**
 * `npm run cli -- <command>`. Runs on the same database as the product: PostgreSQL with
 * DATABASE_URL, the embedded one under DATA_DIR otherwise (stop `npm start` first: the embedded
 * database has one connection).
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit({ LOG_LEVEL: 'warn', ...process.env });
  const database = await startDatabase(config);
  try {
    // Every command but `migrate` needs the current schema; `migrate` itself is then a no-op report.
    if (database.embedded && process.argv[2] !== 'migrate') await runMigrations(database.url);
    await database.idle();
    await CommandFactory.run(CliModule.forRoot({ config, databaseUrl: database.url, poolMax: database.poolMax }), {
      logger: ['error'],
      errorHandler: (error) => {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      },
      serviceErrorHandler: (error) => {
        process.stderr.write(`${error instanceof DomainException ? error.message : `Error: ${error.message}`}\n`);
        process.exitCode = 1;
      },
    });
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
