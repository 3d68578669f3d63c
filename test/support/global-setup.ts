import { Client } from 'pg';
import { migrate } from './migrate';
import { ident, serverTarget, urlFor } from './test-env';

/**
 * Runs once before the e2e/browser suites. With DATABASE_URL: (re)creates `<db>_template` and
 * applies the migrations to it once; each test file then clones it (see test-database.ts).
 * Embedded mode has nothing to prepare: each file migrates its own in-memory PGlite.
 */
export default async function globalSetup(): Promise<void> {
  const target = serverTarget();
  if (!target) return;

  const admin = new Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${ident(target.templateName)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${ident(target.templateName)}`);
  } finally {
    await admin.end();
  }
  // The migration connection must be closed before anything clones the template.
  await migrate(urlFor(target.url, target.templateName), 1);
}
