import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { JobRunner, hasPendingMigrations, loadConfigOrExit, startDatabase } from '../../../libs/core';
import { WorkerModule } from './worker.module';

/** `npm run start:worker`: background jobs only, for production next to one or more API processes. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await startDatabase(config);
  if (await hasPendingMigrations(database.url)) {
    process.stderr.write('The database has pending migrations. Run `npm run cli -- migrate` first.\n');
    await database.stop();
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config, databaseUrl: database.url, poolMax: database.poolMax }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const jobs = await app.get(JobRunner).start();
  process.stdout.write(`Leverage worker is running ${jobs.length} job(s).\n`);
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`Leverage worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
