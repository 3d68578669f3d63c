import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount, createTestApp, createToken, type TestApp } from '../support/test-app';

describe('companies API', () => {
  let t: TestApp;
  let write: string;

  const post = (path: string, body: object) =>
    request(t.server).post(path).set('Authorization', `Bearer ${write}`).send(body);
  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const [{ count }] = await t.app.get(DataSource).query(sql, params);
    return Number(count);
  };

  beforeAll(async () => {
    t = await createTestApp();
    write = await createToken(t, await createAccount(t, 'researcher'), 'write');
  });
  afterAll(() => t.close());

  it('creates a company with a write token, then shows it by slug and in the list', async () => {
    const created = await post('/api/v1/companies', {
      name: 'Acme Surveillance',
      kind: 'manufacturer',
      country: 'us',
      website: 'https://acme.example',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: 'acme-surveillance',
      name: 'Acme Surveillance',
      kind: 'manufacturer',
      country: 'US',
    });

    const one = await request(t.server).get('/api/v1/companies/acme-surveillance').expect(200);
    expect(one.body.company.slug).toBe('acme-surveillance');
    expect(one.body.group).toEqual({ parents: [], subsidiaries: [] });

    const list = await request(t.server).get('/api/v1/companies').expect(200);
    expect(list.body.data.map((c: { slug: string }) => c.slug)).toContain('acme-surveillance');
    expect(list.body).toHaveProperty('nextCursor');
  });

  it('refuses writes without a token', async () => {
    const res = await request(t.server).post('/api/v1/companies').send({ name: 'Anonymous Co', kind: 'other' });
    expect(res.status).toBe(401);
  });

  it('searches by alias and ignores accents', async () => {
    await post('/api/v1/companies', { name: 'Sandvíne', kind: 'software_vendor', aliases: ['Procera'] }).expect(201);
    for (const q of ['sandvine', 'SANDVINE', 'procera', 'Sandvíne']) {
      const res = await request(t.server).get('/api/v1/companies').query({ q }).expect(200);
      expect(res.body.data.map((c: { name: string }) => c.name)).toEqual(['Sandvíne']);
    }
  });

  it('answers 409 for a taken slug and writes nothing', async () => {
    await post('/api/v1/companies', { name: 'Twice Ltd', slug: 'twice', kind: 'other' }).expect(201);
    const companiesBefore = await count(`SELECT count(*) FROM company`);
    const auditBefore = await count(`SELECT count(*) FROM audit_event WHERE record_type = 'company'`);
    const res = await post('/api/v1/companies', { name: 'Twice Again', slug: 'twice', kind: 'other' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('company_slug_taken');
    expect(await count(`SELECT count(*) FROM company`)).toBe(companiesBefore);
    expect(await count(`SELECT count(*) FROM audit_event WHERE record_type = 'company'`)).toBe(auditBefore);
    expect(await count(`SELECT count(*) FROM company WHERE name = 'Twice Again'`)).toBe(0);
  });

  it('answers 400 with one detail per bad field', async () => {
    const res = await post('/api/v1/companies', {
      name: 'Bad Input',
      kind: 'spaceship',
      country: 'XX',
      website: 'ftp://bad.example',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'country', 'website']));
    for (const detail of res.body.error.details) expect(detail.message).toEqual(expect.any(String));
    expect(await count(`SELECT count(*) FROM company WHERE name = 'Bad Input'`)).toBe(0);
  });

  it('names a field the record does not have, in our own words', async () => {
    const res = await post('/api/v1/companies', { name: 'Extra Field Ltd', kind: 'other', ceo: 'someone' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { field: 'ceo', message: 'This field is not part of this kind of record.' },
    ]);
  });

  it('answers 404 for an unknown slug', async () => {
    const res = await request(t.server).get('/api/v1/companies/no-such-company');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('company_not_found');
  });

  it('walks every row with a cursor, without repeats', async () => {
    for (const name of ['Page One', 'Page Two', 'Page Three'])
      await post('/api/v1/companies', { name, kind: 'other' }).expect(201);
    const total = await count(`SELECT count(*) FROM company`);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const res: request.Response = await request(t.server)
        .get('/api/v1/companies')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((c: { slug: string }) => c.slug));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it('creates an ownership and shows both ends', async () => {
    await post('/api/v1/companies', { name: 'Parent Holdings', kind: 'other' }).expect(201);
    await post('/api/v1/companies', { name: 'Child Networks', kind: 'software_vendor' }).expect(201);
    const created = await post('/api/v1/ownerships', {
      parent: 'parent-holdings',
      subsidiary: 'child-networks',
      share: 75,
      since: '2020-01-01',
    });
    expect(created.status).toBe(201);
    const one = await request(t.server).get(`/api/v1/ownerships/${created.body.id}`).expect(200);
    expect(one.body).toMatchObject({
      parent: { slug: 'parent-holdings' },
      subsidiary: { slug: 'child-networks' },
      share: 75,
      since: '2020-01-01',
    });

    const filtered = await request(t.server).get('/api/v1/ownerships').query({ company: 'child-networks' }).expect(200);
    expect(filtered.body.data.map((o: { id: string }) => o.id)).toEqual([created.body.id]);

    const profile = await request(t.server).get('/api/v1/companies/child-networks').expect(200);
    expect(profile.body.group.parents.map((l: { parent: { slug: string } }) => l.parent.slug)).toEqual([
      'parent-holdings',
    ]);

    await request(t.server).get('/api/v1/ownerships/not-a-uuid').expect(400);
    await request(t.server).get('/api/v1/ownerships/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('updates and deletes, with an audit row for every write', async () => {
    const created = await post('/api/v1/companies', { name: 'Audited Inc', kind: 'other' }).expect(201);
    expect(
      await count(
        `SELECT count(*) FROM audit_event WHERE record_type = 'company' AND record_id::text = $1 AND action = 'create'`,
        [created.body.id],
      ),
    ).toBe(1);
    expect(await count(`SELECT count(*) FROM audit_event WHERE record_type = 'company'`)).toBeGreaterThan(0);

    const patched = await request(t.server)
      .patch('/api/v1/companies/audited-inc')
      .set('Authorization', `Bearer ${write}`)
      .send({ description: 'Now described.' });
    expect(patched.status).toBe(200);
    expect(patched.body.description).toBe('Now described.');
    await request(t.server).delete('/api/v1/companies/audited-inc').set('Authorization', `Bearer ${write}`).expect(204);
    await request(t.server).get('/api/v1/companies/audited-inc').expect(404);
    expect(
      await count(`SELECT count(*) FROM audit_event WHERE record_type = 'company' AND record_id::text = $1`, [
        created.body.id,
      ]),
    ).toBe(3);
  });

  it('serves state bodies the same way', async () => {
    const created = await post('/api/v1/state-bodies', { name: 'Ministry of Watching', country: 'BY' });
    expect(created.status).toBe(201);
    await request(t.server).get(`/api/v1/state-bodies/${created.body.slug}`).expect(200);
    const missing = await request(t.server).get('/api/v1/state-bodies/nobody');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('state_body_not_found');
  });

  it('exports CSV with formulas neutralised, and JSON', async () => {
    await post('/api/v1/companies', {
      name: 'Formula Corp',
      kind: 'other',
      description: '=HYPERLINK("http://x")',
    }).expect(201);
    const csv = await request(t.server).get('/data/companies.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="companies.csv"');
    const line = csv.text.split('\n').find((l) => l.startsWith('formula-corp,'));
    expect(line).toBeDefined();
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);

    const json = await request(t.server).get('/data/companies.json').expect(200);
    expect(json.headers['content-disposition']).toBe('attachment; filename="companies.json"');
    const body = typeof json.body === 'object' && Array.isArray(json.body) ? json.body : JSON.parse(json.text);
    expect(body.find((c: { slug: string }) => c.slug === 'formula-corp').description).toBe('=HYPERLINK("http://x")');
  });

  it('answers 400, not 500, for a share in exponent notation or infinite, and for a NUL byte', async () => {
    await post('/api/v1/companies', { name: 'Share Parent', kind: 'other' }).expect(201);
    await post('/api/v1/companies', { name: 'Share Child', kind: 'other' }).expect(201);
    for (const share of ['1e-7', 'Infinity', '-Infinity', 1e-7]) {
      const res = await post('/api/v1/ownerships', { parent: 'share-parent', subsidiary: 'share-child', share });
      expect([share, res.status]).toEqual([share, 400]);
      expect(res.body.error.details).toEqual([
        { field: 'share', message: 'Enter a percentage above 0 and at most 100, with at most two decimals.' },
      ]);
    }
    const created = await post('/api/v1/ownerships', {
      parent: 'share-parent',
      subsidiary: 'share-child',
      share: 50,
    }).expect(201);
    const patched = await request(t.server)
      .patch(`/api/v1/ownerships/${created.body.id}`)
      .set('Authorization', `Bearer ${write}`)
      .send({ share: '1e-7' });
    expect(patched.status).toBe(400);

    const nul = await post('/api/v1/companies', { name: 'Nul\u0000Corp', kind: 'other' });
    expect(nul.status).toBe(400);
    expect(nul.body.error.details).toEqual([
      { field: 'name', message: 'This text contains an invisible NUL character; remove it.' },
    ]);
    await request(t.server).get('/api/v1/companies').query({ q: 'a\u0000b' }).expect(400);
  });

  it('exports state bodies as CSV and JSON to anyone', async () => {
    await post('/api/v1/state-bodies', { name: 'Office of Formulas', country: 'BY', description: '=1+1' }).expect(201);
    await post('/api/v1/state-bodies', { name: 'Bureau of Kinds', country: 'BY', kind: 'spies' }).expect(400);
    const csv = await request(t.server).get('/data/state-bodies.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="state-bodies.csv"');
    // Each body's kind, as the scoring method weighs it (a body created without one is `other`).
    expect(csv.text.split('\n')[0]).toMatch(/^slug,name,kind,country,/);
    expect(csv.text.split('\n').find((l) => l.startsWith('office-of-formulas,'))).toMatch(
      /^office-of-formulas,Office of Formulas,other,BY,/,
    );
    expect(csv.text.split('\n').find((l) => l.startsWith('office-of-formulas,'))).toContain(`'=1+1`);

    const json = await request(t.server).get('/data/state-bodies.json').expect(200);
    expect(json.headers['content-disposition']).toBe('attachment; filename="state-bodies.json"');
    const body = typeof json.body === 'object' && Array.isArray(json.body) ? json.body : JSON.parse(json.text);
    expect(body.find((b: { slug: string }) => b.slug === 'office-of-formulas')).toMatchObject({
      name: 'Office of Formulas',
      country: 'BY',
      description: '=1+1',
    });
  });
});
