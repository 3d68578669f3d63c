import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount, createTestApp, createToken, csrfFrom, signIn, type TestApp } from '../support/test-app';

describe('accounts, sessions and tokens', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password only, with one message for a wrong email or password', async () => {
    const account = await createAccount(t, 'researcher');
    const agent = request.agent(t.server);
    const page = await agent.get('/login').expect(200);
    const wrong = await agent
      .post('/login')
      .type('form')
      .send({ email: account.email, password: 'not the password', _csrf: csrfFrom(page.text) });
    expect(wrong.status).toBe(401);
    const unknown = await agent
      .post('/login')
      .type('form')
      .send({ email: 'nobody@leverage.test', password: 'not the password', _csrf: csrfFrom(wrong.text) });
    expect(unknown.status).toBe(401);
    expect(wrong.text).toContain('Email or password is not right');
    expect(unknown.text).toContain('Email or password is not right');
    await agent.get('/console').expect(303);
    const ok = await agent
      .post('/login')
      .type('form')
      .send({ email: account.email.toUpperCase(), password: account.password, _csrf: csrfFrom(unknown.text) });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toBe('/console');
    const console = await agent.get('/console').expect(200);
    expect(console.text).toContain(account.email);
  });

  it('stores sessions in the database, not in the process', async () => {
    const account = await createAccount(t, 'organizer');
    await signIn(t, account);
    const [{ count }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM session WHERE sess::text LIKE '%passport%'`);
    expect(count).toBeGreaterThan(0);
  });

  it('logs out', async () => {
    const account = await createAccount(t, 'reviewer');
    const { agent, csrf } = await signIn(t, account);
    await agent.post('/logout').type('form').send({ _csrf: csrf }).expect(303);
    await agent.get('/console').expect(303);
  });

  it('changes a password after checking the current one', async () => {
    const account = await createAccount(t, 'organizer');
    const { agent, csrf } = await signIn(t, account);
    const other = await signIn(t, account);
    const wrong = await agent.post('/console/account/password').type('form').send({
      _csrf: csrf,
      currentPassword: 'wrong one entirely',
      newPassword: 'a brand new password',
      confirmPassword: 'a brand new password',
    });
    expect(wrong.status).toBe(400);
    const ok = await agent.post('/console/account/password').type('form').send({
      _csrf: csrf,
      currentPassword: account.password,
      newPassword: 'a brand new password',
      confirmPassword: 'a brand new password',
    });
    expect([200, 303]).toContain(ok.status);
    // This session carries on; every other session of the account has ended.
    await agent.get('/console').expect(200);
    await other.agent.get('/console').expect(303);
    await signIn(t, { ...account, password: 'a brand new password' });
  });

  it('lets admins, and only admins, create accounts whose password is shown once', async () => {
    const admin = await createAccount(t, 'admin');
    const { agent, csrf } = await signIn(t, admin);
    const res = await agent
      .post('/console/users/new')
      .type('form')
      .send({ _csrf: csrf, email: 'new.person@leverage.test', displayName: 'New Person', role: 'reviewer' });
    expect(res.status).toBe(201);
    const password = /class="secret"><code>([^<]+)<\/code>/.exec(res.text)?.[1];
    expect(password).toBeTruthy();
    await signIn(t, { email: 'new.person@leverage.test', password: password!, role: 'reviewer', userId: '' });
    const list = await agent.get('/console/users').expect(200);
    expect(list.text).toContain('new.person@leverage.test');
    expect(list.text).not.toContain(password!);
  });

  it('uses tokens: read tokens read, write tokens write, revoked tokens do nothing', async () => {
    const researcher = await createAccount(t, 'researcher');
    const read = await createToken(t, researcher, 'read');
    const write = await createToken(t, researcher, 'write');
    await request(t.server).get('/api/v1/companies').set('Authorization', `Bearer ${read}`).expect(200);
    const refused = await request(t.server)
      .post('/api/v1/companies')
      .set('Authorization', `Bearer ${read}`)
      .send({ name: 'Token Test', kind: 'other' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('auth_token_scope');
    await request(t.server)
      .post('/api/v1/companies')
      .set('Authorization', `Bearer ${write}`)
      .send({ name: 'Token Test', kind: 'other' })
      .expect(201);

    const { agent, csrf } = await signIn(t, researcher);
    const list = await agent.get('/console/tokens').expect(200);
    expect(list.text).toContain(write.slice(0, 10));
    expect(list.text).not.toContain(write);
    const [{ id }] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM api_token WHERE prefix = $1 AND scope = 'write'`, [write.slice(0, 10)]);
    await agent.post(`/console/tokens/${id}/revoke`).type('form').send({ _csrf: csrf }).expect(303);
    const revoked = await request(t.server)
      .post('/api/v1/companies')
      .set('Authorization', `Bearer ${write}`)
      .send({ name: 'Token Test 2', kind: 'other' });
    expect(revoked.status).toBe(401);
  });

  it('records when a token was last used', async () => {
    const researcher = await createAccount(t, 'researcher');
    const read = await createToken(t, researcher, 'read');
    await request(t.server).get('/api/v1/companies').set('Authorization', `Bearer ${read}`).expect(200);
    const [{ last_used_at }] = await t.app
      .get(DataSource)
      .query(`SELECT last_used_at FROM api_token WHERE prefix = $1`, [read.slice(0, 10)]);
    expect(last_used_at).not.toBeNull();
  });
});

describe('login throttling', () => {
  it('blocks a client after too many attempts, even with the right password', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_LOGIN_PER_15_MINUTES: '3' } });
    try {
      const account = await createAccount(t, 'researcher');
      const agent = request.agent(t.server);
      let page = await agent.get('/login');
      for (let i = 0; i < 3; i++) {
        page = await agent
          .post('/login')
          .type('form')
          .send({ email: account.email, password: 'wrong password!', _csrf: csrfFrom(page.text) });
        expect(page.status).toBe(401);
      }
      const blocked = await agent
        .post('/login')
        .type('form')
        .send({ email: account.email, password: account.password, _csrf: csrfFrom(page.text) });
      expect(blocked.status).toBe(429);
      const [{ key }] = await t.app.get(DataSource).query(`SELECT key FROM rate_limit LIMIT 1`);
      expect(key).not.toMatch(/127\.0\.0\.1|::1/);
    } finally {
      await t.close();
    }
  });

  it('also limits failed logins per account, across addresses, without telling which accounts exist', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_LOGIN_PER_15_MINUTES: '3' } });
    try {
      const account = await createAccount(t, 'researcher');
      const attempt = async (from: string, email: string, password: string) => {
        const agent = request.agent(t.server);
        const page = await agent.get('/login').set('X-Forwarded-For', from);
        return agent
          .post('/login')
          .set('X-Forwarded-For', from)
          .type('form')
          .send({ email, password, _csrf: csrfFrom(page.text) });
      };
      for (const from of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
        expect((await attempt(from, account.email, 'wrong password!')).status).toBe(401);
      const blocked = await attempt('203.0.113.9', account.email, account.password);
      expect(blocked.status).toBe(429);
      expect(blocked.text).toContain('Too many failed attempts to log in to this account');
      for (const from of ['203.0.113.4', '203.0.113.5', '203.0.113.6'])
        expect((await attempt(from, 'nobody@leverage.test', 'wrong password!')).status).toBe(401);
      expect((await attempt('203.0.113.10', 'nobody@leverage.test', 'wrong password!')).status).toBe(429);
      expect((await attempt('203.0.113.9', (await createAccount(t, 'reviewer')).email, 'wrong password!')).status).toBe(
        401,
      );
    } finally {
      await t.close();
    }
  });
});
