import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { DomainException, JobRunner, loadConfigOrExit, startDatabase, type DatabaseRuntime } from '#libs/core';
import { CliModule } from './cli.module';
import { VerifyCliModule } from './commands/scorecards/verify.command';

/**
 * `npm run cli -- <command>`. Runs on the same database as the product: PostgreSQL with
 * DATABASE_URL, the embedded one under DATA_DIR otherwise (which only one process may open at a
 * time: stop `npm start` first).
 */
async function main(): Promise<void> {
  // `verify` reads an export and nothing else: it runs without a database or a configuration.
  if (process.argv[2] === 'verify') {
    await CommandFactory.run(VerifyCliModule, { logger: ['error'] });
    return;
  }
  const config = loadConfigOrExit({ LOG_LEVEL: 'warn', ...process.env });
  let database: DatabaseRuntime | null = null;
  const interrupted = async () => {
    // An import may be half-way: each row is its own transaction, so what is in is whole.
    await database?.stop();
    process.exit(130);
  };
  process.once('SIGINT', () => void interrupted());
  process.once('SIGTERM', () => void interrupted());
  database = await startDatabase(config);
  try {
    // The embedded database is always brought up to date; PostgreSQL only by `migrate` itself.
    const migrationsRun = database.embedded || process.argv[2] === 'migrate';
    const app = await CommandFactory.createWithoutRunning(
      CliModule.forRoot({ config, databaseUrl: database.url, poolMax: database.poolMax, migrationsRun }),
      {
        logger: ['error'],
        errorHandler: (error) => {
          process.stderr.write(`${error.message}\n`);
          process.exitCode = 1;
        },
        serviceErrorHandler: (error) => {
          process.stderr.write(`${error instanceof DomainException ? error.message : `Error: ${error.message}`}\n`);
          process.exitCode = 1;
        },
      },
    );
    try {
      // Writes enqueue their after-work (a scorecard recompute) in their transaction, as the API's do.
      if (process.argv[2] !== 'migrate') await app.get(JobRunner).prepareQueues();
      await CommandFactory.runApplication(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  // A start that failed half-way (a methodology file that cannot be used) may leave connections
  // open that would keep the process waiting: it ends once the message is out.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`, () => process.exit(1));
});
