import { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '#libs/core';
import { UsersService } from '#libs/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('audit trail', () => {
  let t: TestApp;
  let audit: AuditService;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
    db = t.app.get(DataSource);
    const users = t.app.get(UsersService);
    for (const name of ['ana', 'boris', 'chen', 'dana']) {
      const { user } = await users.create(SYSTEM_ACTOR, {
        email: `${name}@leverage.test`,
        role: 'researcher',
        password: 'a long enough password',
      });
      await users.update({ id: null, label: 'tester' }, user.id, { role: 'reviewer' });
    }
  });
  afterAll(() => t.close());

  it('records who changed what, with before and after, and never the password hash', async () => {
    const [row] = await db.query(`SELECT * FROM audit_event WHERE action = 'update' ORDER BY seq LIMIT 1`);
    expect(row.actor_label).toBe('tester');
    expect(row.before).toMatchObject({ role: 'researcher' });
    expect(row.after).toMatchObject({ role: 'reviewer' });
    const all = await db.query(
      `SELECT before::text || after::text AS body FROM audit_event WHERE record_type = 'user'`,
    );
    for (const { body } of all) expect(body ?? '').not.toContain('argon2');
  });

  it('verifies an intact chain', async () => {
    const result = await audit.verify();
    expect(result.firstBreak).toBeNull();
    expect(result.checked).toBeGreaterThanOrEqual(8);
  });

  it('is append-only in the database itself', async () => {
    await expect(db.query(`UPDATE audit_event SET actor_label = 'someone else' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('names the first altered row when someone goes around the trigger', async () => {
    await db.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await db.query(`UPDATE audit_event SET after = jsonb_set(after, '{role}', '"admin"') WHERE seq = 4`);
    await db.query(`UPDATE audit_event SET actor_label = 'forged' WHERE seq = 6`);
    await db.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    expect((await audit.verify()).firstBreak).toEqual({ seq: '4', reason: 'altered' });
  });

  it('names a removed row', async () => {
    await db.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await db.query(`DELETE FROM audit_event WHERE seq IN (2, 3)`);
    await db.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    expect((await audit.verify()).firstBreak).toEqual({ seq: '2', reason: 'removed' });
  });
});

describe('audit trail tail', () => {
  it('names rows removed from the end of the chain, and refuses TRUNCATE', async () => {
    const t = await createTestApp();
    try {
      const users = t.app.get(UsersService);
      for (const name of ['eve', 'finn', 'gus'])
        await users.create(SYSTEM_ACTOR, {
          email: `${name}@leverage.test`,
          role: 'reviewer',
          password: 'a long enough password',
        });
      const db = t.app.get(DataSource);
      await expect(db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
      await db.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
      await db.query(`DELETE FROM audit_event WHERE seq = 3`);
      await db.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
      expect((await t.app.get(AuditService).verify()).firstBreak).toEqual({ seq: '3', reason: 'removed' });
    } finally {
      await t.close();
    }
  });
});
