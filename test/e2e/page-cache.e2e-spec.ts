import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedRecord } from '../support/evidence-factory';
import { createAccount, createToken, createTestApp, type TestApp } from '../support/test-app';

/**
 * The page cache (DESIGN.md, "Public pages are cached"): anonymous reads come from it with
 * validators a proxy can use, a read writes nothing to the database, and a page shown after a
 * write reflects the write.
 */
let t: TestApp;
let writeToken: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  writeToken = await createToken(t, await createAccount(t, 'researcher'), 'write');
});

afterAll(() => t?.close());

/**
 * After a write this process made, nothing of its scope is cached until the new version is seen
 * (by the next poll, every 2 s): the page comes fresh meanwhile. Reads until it comes from the cache.
 */
async function cached(path: string) {
  const started = Date.now();
  for (;;) {
    const res = await request(t.server).get(path).expect(200);
    if (res.headers['x-cache'] === 'hit') return res;
    if (Date.now() - started > 10_000) throw new Error(`${path} never came from the cache`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('serves an anonymous page again from the cache, with an ETag a proxy can revalidate', async () => {
  const first = await request(t.server).get('/companies/supermicro').expect(200);
  const second = await cached('/companies/supermicro');
  expect(second.text).toBe(first.text);
  expect(second.headers['content-type']).toBe(first.headers['content-type']);
  expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(second.headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=60$/);
  expect(second.headers.etag).toMatch(/^"[\w-]{27}"$/);
  expect(second.headers['last-modified']).toBeTruthy();
  const revalidated = await request(t.server).get('/companies/supermicro').set('If-None-Match', second.headers.etag);
  expect(revalidated.status).toBe(304);
  expect(revalidated.text).toBe('');
});

it('never serves a signed-in visitor from it, nor lets a shared cache keep their page', async () => {
  const res = await request(t.server)
    .get('/companies/supermicro')
    .set('Authorization', `Bearer ${writeToken}`)
    .expect(200);
  expect(res.headers['x-cache']).toBeUndefined();
  expect(res.headers['cache-control']).toBe('private, no-store');
});

it('costs the database no write for a read', async () => {
  const db = t.app.get(DataSource);
  const before = await db.query('SELECT count(*)::int AS n, coalesce(sum(hits), 0)::int AS hits FROM rate_limit');
  for (let i = 0; i < 20; i++) await request(t.server).get('/companies').expect(200);
  expect(await db.query('SELECT count(*)::int AS n, coalesce(sum(hits), 0)::int AS hits FROM rate_limit')).toEqual(
    before,
  );
});

it('shows a write on the very next read', async () => {
  await cached('/companies/supermicro');
  await request(t.server)
    .patch('/api/v1/companies/supermicro')
    .set('Authorization', `Bearer ${writeToken}`)
    .send({ description: 'A description written just now.' })
    .expect(200);
  const after = await request(t.server).get('/companies/supermicro').expect(200);
  expect(after.text).toContain('A description written just now.');
});
