import { Client } from 'pg';
import { ident, serverTarget } from './test-env';

/** Drops every database the run created (`<db>_…`, the template included), even if a file crashed. */
export default async function globalTeardown(): Promise<void> {
  const target = serverTarget();
  if (!target) return;

  const admin = new Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    const prefix = `${target.name}_`.replace(/[\\_%]/g, (c) => `\\${c}`);
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ESCAPE '\\'`,
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${ident(datname)} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
