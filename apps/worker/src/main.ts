import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import {
  hasPendingMigrations,
  JobRunner,
  loadConfigOrExit,
  PENDING_MIGRATIONS_MESSAGE,
  startDatabase,
  type DatabaseRuntime,
} from '#libs/core';
import { startReplyReceiver, type ReplyReceiver } from '#libs/outreach';
import { WorkerModule } from './worker.module';

const STOP_TIMEOUT_MS = 30_000;

/** `npm run start:worker`: background jobs only, for production next to one or more API processes. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  let database: DatabaseRuntime | null = null;
  let app: INestApplicationContext | null = null;
  let receiver: ReplyReceiver | null = null;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
    try {
      await receiver?.close();
      await app?.close(); // pg-boss lets running jobs finish first
    } finally {
      await database?.stop();
    }
    process.exit(code);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());

  database = await startDatabase(config);
  app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({
      config,
      databaseUrl: database.url,
      poolMax: database.poolMax,
      migrationsRun: database.embedded,
    }),
    { logger: ['fatal', 'error', 'warn'] },
  );
  app.useLogger(app.get(Logger));
  if (!database.embedded && (await hasPendingMigrations(app.get(DataSource)))) {
    process.stderr.write(`${PENDING_MIGRATIONS_MESSAGE}\n`);
    await stop(1);
    return;
  }
  const jobs = await app.get(JobRunner).start();
  process.stdout.write(`Leverage worker is running ${jobs.length} job(s): ${jobs.join(', ')}\n`);
  receiver = await startReplyReceiver(app, config);
  if (receiver) process.stdout.write(`Receiving replies by SMTP on ${config.inboundSmtpHost}:${receiver.port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Leverage worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
