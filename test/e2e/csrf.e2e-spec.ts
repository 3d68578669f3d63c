import request from 'supertest';
import { createAccount, createTestApp, signIn, type TestApp } from '../support/test-app';
import { fillPath, listRoutes, seedRouteFixtures } from '../support/routes';

/** Every state-changing form refuses a request without its CSRF token, and changes nothing. */
describe('CSRF protection on every form', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses every cookie-authenticated write that lacks the token', async () => {
    const fixtures = await seedRouteFixtures(t);
    const admin = await createAccount(t, 'admin');
    const { agent } = await signIn(t, admin);
    // RFC 8058's one-click unsubscribe is posted by mail clients with no token: its signed link is the credential.
    const forms = listRoutes(t.app).filter(
      (r) => r.method !== 'GET' && !r.path.startsWith('/api/') && r.key !== 'POST /unsubscribe/:token',
    );
    expect(forms.length).toBeGreaterThan(5);
    const accepted: string[] = [];
    for (const route of forms) {
      const res = await agent.post(fillPath(route.path, fixtures)).type('form').send({ name: 'x' }).redirects(0);
      if (res.status !== 403 || !res.text.includes('This form has expired'))
        accepted.push(`${route.key} → ${res.status}`);
    }
    expect(accepted).toEqual([]);
    // The session is still there: the refusals changed nothing.
    await agent.get('/console').expect(200);
  });

  it('refuses a JSON write made with a session cookie but no token header', async () => {
    const researcher = await createAccount(t, 'researcher');
    const { agent, csrf } = await signIn(t, researcher);
    const refused = await agent.post('/api/v1/companies').send({ name: 'Cookie Corp', kind: 'other' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('csrf_invalid');
    const accepted = await agent
      .post('/api/v1/companies')
      .set('X-CSRF-Token', csrf)
      .send({ name: 'Cookie Corp', kind: 'other' });
    expect(accepted.status).toBe(201);
  });

  it('refuses a login form posted without the token', async () => {
    const res = await request(t.server).post('/login').type('form').send({ email: 'a@b.org', password: 'whatever' });
    expect(res.status).toBe(403);
  });
});
