import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** The test database strategy itself: a fresh, migrated database per file, on PostgreSQL or PGlite. */
describe('test database', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('has the migrated schema', async () => {
    const { rows } = await client.query<{ table: string | null }>(
      `SELECT to_regclass('public.company')::text AS "table"`,
    );
    expect(rows[0].table).toBe('company');
    const applied = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(applied.rows.length).toBeGreaterThan(0);
  });

  it('has the extensions the migrations create', async () => {
    const { rows } = await client.query<{ plain: string }>(`SELECT unaccent('SANDVÍNE') AS plain`);
    expect(rows[0].plain).toBe('SANDVINE');
  });

  it('is a database of its own', async () => {
    await client.query(`INSERT INTO company (slug, name, kind) VALUES ('sandvine', 'Sandvine', 'manufacturer')`);
    const other = await createTestDatabase();
    const otherClient = new Client({ connectionString: other.url });
    try {
      await otherClient.connect();
      const { rows } = await otherClient.query<{ n: string }>('SELECT count(*) AS n FROM company');
      expect(rows[0].n).toBe('0');
    } finally {
      await otherClient.end();
      await other.drop();
    }
  });
});
