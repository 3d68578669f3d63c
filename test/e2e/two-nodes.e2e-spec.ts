import request from 'supertest';
import { createAccount, createTestApp, csrfFrom, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Two API nodes on one database: a session made on one works on the other, and rate limits
 * count across both. Needs PostgreSQL (the embedded database takes one connection).
 */
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

onPostgres('two API nodes on one database', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { RATE_LIMIT_LOGIN_PER_15_MINUTES: '5' };
    a = await createTestApp({ database, env });
    b = await createTestApp({ database, env });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await database.drop();
  });

  it('signs in on one node and acts on the other', async () => {
    const account = await createAccount(a, 'researcher');
    const page = await request(a.server).get('/login');
    const first = String(page.headers['set-cookie']).split(';')[0];
    const login = await request(a.server)
      .post('/login')
      .set('Cookie', first)
      .type('form')
      .send({ email: account.email, password: account.password, _csrf: csrfFrom(page.text) })
      .expect(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const consoleOnB = await request(b.server).get('/console').set('Cookie', cookie).expect(200);
    const created = await request(b.server)
      .post('/api/v1/companies')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrfFrom(consoleOnB.text))
      .send({ name: 'Cross Node Ltd', kind: 'other' });
    expect(created.status).toBe(201);
    await request(a.server).get('/api/v1/companies/cross-node-ltd').expect(200);
  });

  it('counts login attempts across nodes (one was used above)', async () => {
    const statuses: number[] = [];
    for (const node of [a, b, a, b, a]) {
      const agent = request.agent(node.server);
      const page = await agent.get('/login');
      const res = await agent
        .post('/login')
        .type('form')
        .send({ email: 'nobody@leverage.test', password: 'wrong password', _csrf: csrfFrom(page.text) });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });
});
