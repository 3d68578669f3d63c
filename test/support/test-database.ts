import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EmbeddedPostgres } from '#libs/core';
import { migrate } from './migrate';
import { ident, serverTarget, urlFor } from './test-env';

export interface TestDatabase {
  /** Connection URL of a freshly migrated database that belongs to this test file alone. */
  url: string;
  /** Pool size to use with it: 1 on the embedded database (one shared connection). */
  poolMax: number;
  /** Drops the database (or stops the embedded one). Close your pools first. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file (STYLE.md §9).
 * - DATABASE_URL set: `CREATE DATABASE <db>_<random> TEMPLATE <db>_template` (made by global setup).
 * - Otherwise: an in-memory PGlite, migrated here.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = serverTarget();
  if (!target) return createEmbedded();

  const name = `${target.name}_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(5).toString('hex')}`;
  await withAdmin(target.adminUrl, async (admin) => {
    // Cloning fails while anything else is connected to the template; that is only ever brief.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(target.templateName)}`);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === '3D000') {
          throw new Error(
            `${(error as Error).message}: it is made by the global setup of the medium, e2e and browser projects; ` +
              'a test that needs a database belongs in test/medium/ or test/e2e/, not in a unit spec.',
          );
        }
        if (code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });

  let dropped = false;
  return {
    url: urlFor(target.url, name),
    poolMax: 10,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withAdmin(target.adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
    },
  };
}

async function createEmbedded(): Promise<TestDatabase> {
  const embedded = await EmbeddedPostgres.start(null);
  try {
    await migrate(embedded.url, 1);
    // The migration's connection must be gone before the app's arrives (one connection at a time).
    await embedded.idle();
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  let stopped = false;
  return {
    url: embedded.url,
    poolMax: 1,
    drop: async () => {
      if (stopped) return;
      stopped = true;
      await embedded.stop();
    },
  };
}

async function withAdmin<T>(adminUrl: string, fn: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
