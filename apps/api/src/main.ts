import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import {
  hasPendingMigrations,
  JobRunner,
  loadConfigOrExit,
  PENDING_MIGRATIONS_MESSAGE,
  startDatabase,
  type DatabaseRuntime,
} from '#libs/core';
import { createApiApp } from './api-app';
import { prepareEmbedded } from './embedded';
import { startReplyReceiver, type ReplyReceiver } from '#libs/outreach';
import { startupLines } from './startup-lines';

/** How long a stop may take (requests, jobs, database) before the process exits anyway. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * `node dist/apps/api/src/main.js [--with-worker] [--embedded]`
 * --embedded (npm start): migrate, seed the demo and make a first admin account.
 * --with-worker: also run the background jobs in this process.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const withWorker = process.argv.includes('--with-worker');
  const embeddedStart = process.argv.includes('--embedded');
  let database: DatabaseRuntime | null = null;
  let app: NestExpressApplication | null = null;
  let receiver: ReplyReceiver | null = null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: finishing requests and jobs, then closing the database…\n`);
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
    try {
      await receiver?.close();
      await app?.close();
    } finally {
      await database?.stop();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  database = await startDatabase(config);
  const migrationsRun = database.embedded || embeddedStart;
  app = await createApiApp({ config, databaseUrl: database.url, poolMax: database.poolMax, migrationsRun });
  if (!migrationsRun && (await hasPendingMigrations(app.get(DataSource)))) {
    process.stderr.write(`${PENDING_MIGRATIONS_MESSAGE}\n`);
    await app.close();
    await database.stop();
    process.exit(1);
  }
  const jobs = app.get(JobRunner);
  if (withWorker) {
    await jobs.start();
    receiver = await startReplyReceiver(app, config);
  } else await jobs.prepareQueues();
  const login = embeddedStart ? await prepareEmbedded(app) : null;
  if (database.embedded) await app.listen(config.port, '127.0.0.1');
  else await app.listen(config.port);
  process.stdout.write(`\n${startupLines(config, database.embedded, login, receiver?.port ?? null).join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Leverage could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
