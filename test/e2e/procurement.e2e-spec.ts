import request from 'supertest';
import { DataSource } from 'typeorm';
import { DemoSeedService } from '#libs/companies';
import { SYSTEM_ACTOR } from '#libs/core';
import { ProcurementService } from '#libs/evidence';
import { createAccount, createTestApp, createToken, csrfFrom, signIn, type TestApp } from '../support/test-app';

/**
 * Procurement records over HTTP: the JSON API (with its errors), the public page with only public
 * evidence, the console's forms without JavaScript, the open data, and the partial that company
 * and state-body pages render.
 */
let t: TestApp;
let write: string;
let read: string;

const api = '/api/v1/procurement-records';
const post = (body: object, token = write) =>
  request(t.server).post(api).set('Authorization', `Bearer ${token}`).send(body);
const patch = (id: string, body: object) =>
  request(t.server).patch(`${api}/${id}`).set('Authorization', `Bearer ${write}`).send(body);
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  t.app.get(DataSource).query(text, params);
const auditRows = async (id: string): Promise<string[]> =>
  (
    await sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE record_type = 'procurement_record' AND record_id = $1 ORDER BY seq`,
      [id],
    )
  ).map((r) => r.action);

const body = {
  reference: 'E2E-KGB-1',
  title: 'Rack servers for the data centre',
  buyer: 'kgb',
  supplier: 'map-info',
  brand: 'supermicro',
  items: [{ description: 'SuperServer 6029P', quantity: 12, unit: 'piece' }],
  value: 10_000_050,
  currency: 'USD',
  awardedOn: '2020-09-15',
  url: 'https://goszakupki.example/tender/17',
};

beforeAll(async () => {
  t = await createTestApp();
  await t.app.get(DemoSeedService).seed(SYSTEM_ACTOR);
  const researcher = await createAccount(t, 'researcher');
  write = await createToken(t, researcher, 'write');
  read = await createToken(t, researcher, 'read');
});
afterAll(() => t?.close());

describe('procurement API', () => {
  let id: string;

  it('creates with a write token, refuses others, and reads back by id and in filtered pages', async () => {
    expect((await request(t.server).post(api).send(body)).status).toBe(401);
    expect((await post(body, read)).status).toBe(403);
    const created = await post(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      reference: 'E2E-KGB-1',
      buyer: { slug: 'kgb' },
      supplier: { slug: 'map-info' },
      brand: { slug: 'supermicro' },
      value: 10_000_050,
      currency: 'USD',
      formattedValue: '$100,000.50',
      evidence: [],
    });
    id = created.body.id;
    expect(await auditRows(id)).toEqual(['create']);

    const one = await request(t.server).get(`${api}/${id}`).expect(200);
    expect(one.body).toEqual(created.body);
    await post({
      ...body,
      reference: 'E2E-NTEC-1',
      buyer: 'national-traffic-exchange-center',
      supplier: 'sandvine',
      brand: null,
      awardedOn: '2019-01-01',
    }).expect(201);
    await post({
      ...body,
      reference: 'E2E-NTEC-2',
      buyer: 'national-traffic-exchange-center',
      supplier: 'sandvine',
      brand: null,
      awardedOn: '2019-02-01',
      value: null,
      currency: null,
    }).expect(201);

    const bySupplier = await request(t.server).get(api).query({ company: 'sandvine' }).expect(200);
    expect(bySupplier.body.data.map((r: { reference: string }) => r.reference)).toEqual(['E2E-NTEC-2', 'E2E-NTEC-1']);
    const byBrand = await request(t.server).get(api).query({ company: 'supermicro' }).expect(200);
    expect(byBrand.body.data.map((r: { reference: string }) => r.reference)).toEqual(['E2E-KGB-1']);
    const byBuyer = await request(t.server)
      .get(api)
      .query({ stateBody: 'national-traffic-exchange-center', limit: 1 })
      .expect(200);
    expect(byBuyer.body.data.map((r: { reference: string }) => r.reference)).toEqual(['E2E-NTEC-2']);
    const next = await request(t.server)
      .get(api)
      .query({ stateBody: 'national-traffic-exchange-center', limit: 1, cursor: byBuyer.body.nextCursor })
      .expect(200);
    expect(next.body.data.map((r: { reference: string }) => r.reference)).toEqual(['E2E-NTEC-1']);
    expect(next.body.nextCursor).toBeNull();

    expect((await request(t.server).get(api).query({ company: 'no-such-company' })).body.error.code).toBe(
      'company_not_found',
    );
    expect((await request(t.server).get(api).query({ limit: 1000 })).status).toBe(400);
    expect((await request(t.server).get(api).query({ cursor: 'nonsense' })).status).toBe(400);
  });

  it('answers 400 with a detail per bad field, unknown slugs named, never a 500', async () => {
    const unknown = await post({ ...body, reference: 'E2E-X', buyer: 'ministry-of-truth', supplier: 'nobody' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.map((d: { field: string }) => d.field)).toEqual(['buyer', 'supplier']);
    const bad = await post({
      reference: 'E2E-Y',
      title: '',
      buyer: 'kgb',
      supplier: 'map-info',
      awardedOn: '15.09.2020',
      value: 1.5,
      currency: 'dollars',
      url: 'javascript:alert(1)',
      items: [{ quantity: 'many' }],
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining([
        'title',
        'awardedOn',
        'value',
        'currency',
        'url',
        'items.0.description',
        'items.0.quantity',
        'colour',
      ]),
    );
    for (const value of [Number.MAX_SAFE_INTEGER + 2, -1, '12abc']) {
      const res = await post({ ...body, reference: `E2E-V-${String(value)}`, value });
      expect([value, res.status, res.body.error.details.map((d: { field: string }) => d.field)]).toEqual([
        value,
        400,
        ['value'],
      ]);
    }
    expect((await post({ ...body, reference: 'E2E-NUL', title: 'a\u0000b' })).status).toBe(400);
    expect((await post({ ...body, reference: 'E2E-C', currency: null })).body.error.details).toEqual([
      { field: 'currency', message: 'Give the currency of the amount.' },
    ]);
    const taken = await post(body);
    expect([taken.status, taken.body.error.code]).toEqual([409, 'procurement_reference_taken']);
    expect(
      (
        await sql(
          `SELECT id FROM procurement_record WHERE reference LIKE 'E2E-V-%' OR reference IN ('E2E-X', 'E2E-Y', 'E2E-C')`,
        )
      ).length,
    ).toBe(0);
  });

  it('patches and deletes with an audit row each; 404 and 400 for ids', async () => {
    const patched = await patch(id, { brand: null, title: 'Servers (corrected)' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      brand: null,
      title: 'Servers (corrected)',
      supplier: { slug: 'map-info' },
      value: 10_000_050,
    });
    expect((await patch(id, { supplier: 'nobody' })).body.error.details).toEqual([
      { field: 'supplier', message: 'There is no company with the slug "nobody".' },
    ]);
    expect(await auditRows(id)).toEqual(['create', 'update']);
    await request(t.server).get(`${api}/not-a-uuid`).expect(400);
    const missing = await request(t.server).get(`${api}/00000000-0000-4000-8000-000000000000`).expect(404);
    expect(missing.body.error.code).toBe('procurement_record_not_found');

    const doomed = await post({ ...body, reference: 'E2E-DOOMED' }).expect(201);
    await request(t.server).delete(`${api}/${doomed.body.id}`).set('Authorization', `Bearer ${write}`).expect(204);
    expect(await auditRows(doomed.body.id)).toEqual(['create', 'delete']);
    await request(t.server).get(`${api}/${doomed.body.id}`).expect(404);
  });

  it('is described in the OpenAPI document', async () => {
    const docs = await request(t.server).get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([api, `${api}/{id}`, '/data/procurement-records.csv', '/data/procurement-records.json']),
    );
    expect(Object.keys(docs.body.paths[`${api}/{id}`])).toEqual(expect.arrayContaining(['get', 'patch', 'delete']));
    expect(docs.body.components.schemas.ProcurementRecordView.properties).toHaveProperty('evidence');
  });
});

describe('procurement pages', () => {
  it('shows the public page with public evidence only', async () => {
    const [record] = await sql<{ id: string }>(`SELECT id FROM procurement_record WHERE reference = 'E2E-KGB-1'`);
    for (const [title, status] of [
      ['Secret draft about servers', 'draft'],
      ['Servers for the KGB', 'published'],
      ['Contested claim', 'disputed'],
    ]) {
      const [evidence] = await sql<{ id: string }>(
        `INSERT INTO evidence (title, category, status, confidence, polarity, summary, author_label, updated_by_label)
         VALUES ($1, 'surveillance', $2, 'confirmed', 'positive', 'x', 'test', 'test') RETURNING id`,
        [title, status],
      );
      await sql('INSERT INTO evidence_procurement_record (procurement_record_id, evidence_id) VALUES ($1, $2)', [
        record.id,
        evidence.id,
      ]);
    }
    const page = await request(t.server).get(`/procurement-records/${record.id}`).expect(200);
    expect(page.text).toContain('Servers (corrected)');
    expect(page.text).toContain('$100,000.50');
    expect(page.text).toContain('SuperServer 6029P');
    expect(page.text).toContain('Servers for the KGB');
    expect(page.text).toContain('Contested claim');
    expect(page.text).not.toContain('Secret draft');
    expect(page.text).not.toMatch(/procurement\.[a-z_]+\.[a-z_]+/);
    await request(t.server).get('/procurement-records/00000000-0000-4000-8000-000000000000').expect(404);
    await request(t.server).get('/procurement-records/nonsense').expect(404);

    const api = await request(t.server).get(`/api/v1/procurement-records/${record.id}`).expect(200);
    expect(api.body.evidence.map((e: { title: string }) => e.title)).toEqual([
      'Contested claim',
      'Servers for the KGB',
    ]);
  });

  it('renders the list partial for company and state-body pages', async () => {
    const records = await t.app.get(ProcurementService).listForCompany('map-info');
    const html = await new Promise<string>((resolve, reject) =>
      t.app
        .getHttpAdapter()
        .getInstance()
        .render(
          'partials/procurement/list',
          { layout: false, records, caption: 'MAP INFO sold' },
          (error: Error | null, out: string) => (error ? reject(error) : resolve(out)),
        ),
    );
    expect(html).toContain('<caption>MAP INFO sold</caption>');
    expect(html).toContain(`href="/procurement-records/${records[0].id}"`);
    expect(html).toContain('href="/state-bodies/kgb"');
    const empty = await new Promise<string>((resolve, reject) =>
      t.app
        .getHttpAdapter()
        .getInstance()
        .render('partials/procurement/list', { layout: false, records: [] }, (error: Error | null, out: string) =>
          error ? reject(error) : resolve(out),
        ),
    );
    expect(empty).toContain('No procurement records are recorded.');
  });

  it('lets a researcher create, edit and delete through forms without JavaScript', async () => {
    const { agent } = await signIn(t, await createAccount(t, 'researcher'));
    for (const url of ['/console/procurement', '/console/procurement?company=sandvine', '/console/procurement/new']) {
      const res = await agent.get(url);
      expect([url, res.status]).toEqual([url, 200]);
      expect(res.text).not.toMatch(/procurement\.[a-z_]+\.[a-z_]+/);
    }
    expect((await agent.get('/console/procurement?company=Not%20A%20Slug')).status).toBe(400);
    const csrf = csrfFrom((await agent.get('/console/procurement/new')).text);
    const form = {
      _csrf: csrf,
      reference: 'E2E-FORM-1',
      title: 'Licences',
      awardedOn: '2020-06-01',
      buyer: 'information-and-analytical-center',
      supplier: 'kvadrosoft',
      brand: 'vmware',
      amount: '250000.5',
      currency: 'byn',
      items: 'vSphere Enterprise Plus | 40 | licence\r\nSupport, one year',
      url: '',
      ocid: '',
    };
    const bad = await agent
      .post('/console/procurement/new')
      .type('form')
      .send({ ...form, buyer: '', amount: '1.001', items: 'Servers | many | piece' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('This field is required.');
    expect(bad.text).toContain('This amount has more decimals than BYN has.');
    expect(bad.text).toContain('Line 1: Enter the quantity as a number, 0 or more.');
    const ok = await agent.post('/console/procurement/new').type('form').send(form);
    expect(ok.status).toBe(303);
    const [created] = await sql<{ id: string; value_minor: string; items: unknown }>(
      `SELECT id, value_minor, items FROM procurement_record WHERE reference = 'E2E-FORM-1'`,
    );
    expect(ok.headers.location).toBe(`/console/procurement/${created.id}/edit?notice=created`);
    expect(created.value_minor).toBe('25000050');
    expect(created.items).toEqual([
      { description: 'vSphere Enterprise Plus', quantity: 40, unit: 'licence' },
      { description: 'Support, one year', quantity: null, unit: null },
    ]);
    const edit = await agent.get(ok.headers.location).expect(200);
    expect(edit.text).toContain('Created.');
    expect(edit.text).toContain('250000.50');
    const dup = await agent
      .post(`/console/procurement/${created.id}/edit`)
      .type('form')
      .send({ ...form, reference: 'E2E-KGB-1' });
    expect(dup.status).toBe(409);
    const saved = await agent
      .post(`/console/procurement/${created.id}/edit`)
      .type('form')
      .send({ ...form, brand: '', amount: '', currency: '' });
    expect([saved.status, saved.headers.location]).toEqual([
      303,
      `/console/procurement/${created.id}/edit?notice=saved`,
    ]);
    expect((await sql(`SELECT brand_id, value_minor FROM procurement_record WHERE id = $1`, [created.id]))[0]).toEqual({
      brand_id: null,
      value_minor: null,
    });
    await agent.get(`/console/procurement/${created.id}/delete`).expect(200);
    const deleted = await agent.post(`/console/procurement/${created.id}/delete`).type('form').send({ _csrf: csrf });
    expect([deleted.status, deleted.headers.location]).toEqual([303, '/console/procurement?notice=deleted']);
    expect(await auditRows(created.id)).toEqual(['create', 'update', 'delete']);

    const [cited] = await sql<{ id: string }>(`SELECT id FROM procurement_record WHERE reference = 'E2E-KGB-1'`);
    const refused = await agent.post(`/console/procurement/${cited.id}/delete`).type('form').send({ _csrf: csrf });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Take it out of the evidence first.');
  });

  it('keeps the console forms to researchers and admins', async () => {
    const { agent } = await signIn(t, await createAccount(t, 'reviewer'));
    await agent.get('/console/procurement').expect(200);
    expect((await agent.get('/console/procurement/new')).status).toBe(403);
  });
});

describe('procurement open data', () => {
  it('serves every record as CSV and JSON', async () => {
    const csv = await request(t.server).get('/data/procurement-records.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\n')[0]).toMatch(
      /^reference,ocid,title,awarded_on,buyer,supplier,brand,amount,currency,items,url,/,
    );
    expect(csv.text).toContain('E2E-NTEC-1');
    expect(csv.text).not.toContain('Secret draft');
    const json = await request(t.server).get('/data/procurement-records.json').expect(200);
    expect(json.body.map((r: { reference: string }) => r.reference)).toEqual(
      expect.arrayContaining(['E2E-KGB-1', 'E2E-NTEC-1', 'E2E-NTEC-2']),
    );
  });
});
