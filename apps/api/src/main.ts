import 'reflect-metadata';
import { JobRunner, hasPendingMigrations, loadConfigOrExit, runMigrations, startDatabase } from '../../../libs/core';
import { createApiApp } from './api-app';
import { prepareEmbedded } from './embedded';

/**
 * `node dist/apps/api/src/main.js [--with-worker] [--embedded]`
 * --embedded (npm start): migrate, seed the demo and make a first admin account.
 * --with-worker: also run the background jobs in this process.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const withWorker = process.argv.includes('--with-worker');
  const embeddedStart = process.argv.includes('--embedded');
  const database = await startDatabase(config);

  if (database.embedded || embeddedStart) {
    await runMigrations(database.url);
  } else if (await hasPendingMigrations(database.url)) {
    process.stderr.write('The database has pending migrations. Run `npm run cli -- migrate` first.\n');
    await database.stop();
    process.exit(1);
  }

  await database.idle();
  const app = await createApiApp({ config, databaseUrl: database.url, poolMax: database.poolMax });
  if (withWorker) await app.get(JobRunner).start();
  const login = embeddedStart ? await prepareEmbedded(app) : null;
  if (database.embedded) await app.listen(config.port, '127.0.0.1');
  else await app.listen(config.port);

  const lines = [`Leverage is running at ${config.publicUrl}${database.embedded ? ` (embedded database in ${config.dataDir})` : ''}`];
  if (login?.password) lines.push(`Log in at ${config.publicUrl}/login as ${login.email} with the password ${login.password}`, 'This password is shown only once: change it in the console (Change password).');
  else if (login) lines.push(`Log in at ${config.publicUrl}/login. To add an account: npm run cli -- user:create --email you@example.org --role admin`);
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: finishing requests and jobs, then closing the database…\n`);
    try {
      await app.close();
    } finally {
      await database.stop();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Leverage could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
