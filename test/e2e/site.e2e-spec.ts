import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api-app';
import { createTestApp, testConfig, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

describe('public site baseline', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers /health with ok while the database answers', async () => {
    const res = await request(t.server).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves the home page with a strict CSP, a request id and nothing from elsewhere', async () => {
    const res = await request(t.server).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.text).not.toMatch(/(src|href)="https?:\/\//);
    expect(res.text).toContain('<main id="content"');
  });

  it('shows a 404 page for unknown pages and the JSON error shape for the API', async () => {
    const page = await request(t.server).get('/no/such/page').expect(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Page not found');
    const api = await request(t.server).get('/api/v1/nothing-here').expect(404);
    expect(api.body).toEqual({ error: { code: 'route_not_found', message: expect.any(String), details: [] } });
  });

  it('answers malformed JSON with a 400 in the error shape, not a 500', async () => {
    const res = await request(t.server)
      .post('/api/v1/companies')
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect([400, 401]).toContain(res.status);
    expect(res.body.error.code).toEqual(expect.any(String));
  });

  it('answers input the database cannot store, or a malformed id, with a 400 in our own words', async () => {
    const nul = await request(t.server).get('/api/v1/companies/%00').expect(400);
    expect(nul.body.error.code).toEqual(expect.any(String));
    const badId = await request(t.server).get('/api/v1/ownerships/not-a-uuid').expect(400);
    expect(badId.body.error).toEqual({
      code: 'bad_request',
      message: expect.stringContaining('could not be read'),
      details: [],
    });
  });

  it('refuses writes without credentials with 401 in the error shape', async () => {
    const res = await request(t.server).post('/api/v1/companies').send({ name: 'X', kind: 'other' }).expect(401);
    expect(res.body.error.code).toBe('auth_required');
  });

  it('answers an unknown bearer token with 401', async () => {
    const res = await request(t.server).get('/api/v1/companies').set('Authorization', 'Bearer lev_nope').expect(401);
    expect(res.body.error.code).toBe('auth_invalid_token');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await request(t.server).get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/v1/companies']));
    await request(t.server).get('/api/docs').expect(200);
  });

  it('redirects an anonymous console visit to the login page', async () => {
    const res = await request(t.server).get('/console').expect(303);
    expect(res.headers.location).toBe('/login?next=%2Fconsole');
  });
});

describe('unexpected errors', () => {
  it('show only an error id, which the response also carries', async () => {
    const database = await createTestDatabase();
    const app = await createApiApp(
      { config: testConfig(), databaseUrl: database.url, poolMax: database.poolMax },
      {
        afterPipeline: (a: NestExpressApplication) =>
          a.use('/explode', () => {
            throw new Error('secret internals /etc/passwd');
          }),
      },
    );
    try {
      const page = await request(app.getHttpServer()).get('/explode').set('X-Request-Id', 'req-12345678').expect(500);
      expect(page.text).toContain('req-12345678');
      expect(page.text).not.toContain('secret internals');
      expect(page.text).not.toMatch(/\.(ts|js):\d+/);
    } finally {
      await app.close();
      await database.drop();
    }
  });

  it('answer 503 from /health when the database is gone', async () => {
    const database = await createTestDatabase();
    const t = await createTestApp({ database });
    try {
      await t.app.get(DataSource).destroy();
      const res = await request(t.server).get('/health');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable' });
    } finally {
      await t.app.close().catch(() => undefined);
      await database.drop();
    }
  });
});
