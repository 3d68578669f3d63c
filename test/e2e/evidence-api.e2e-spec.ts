import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CreateEvidenceDto } from '#libs/evidence';
import { supermicroCase, seedRecord } from '../support/evidence-factory';
import { createAccount, createTestApp, createToken, type TestAccount, type TestApp } from '../support/test-app';

/** The evidence API as a script or another tool uses it: bearer tokens, JSON in and out. */
describe('evidence API', () => {
  let t: TestApp;
  let author: TestAccount;
  let researcher: string;
  let otherResearcher: string;
  let researcherRead: string;
  let reviewer: string;
  let otherReviewer: string;
  let reviewerAccount: TestAccount;
  let admin: string;

  const api = (token: string | null) => ({
    get: (path: string) =>
      token ? request(t.server).get(path).set('Authorization', `Bearer ${token}`) : request(t.server).get(path),
    post: (path: string, body: object) =>
      request(t.server).post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) =>
      request(t.server).patch(path).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string, body?: object) =>
      request(t.server).delete(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  const count = async (sql: string): Promise<number> => Number((await t.app.get(DataSource).query(sql))[0].count);

  /** A draft written over the API by `token`, in review when asked. */
  async function draft(
    token: string,
    overrides: Partial<CreateEvidenceDto> = {},
    submit = false,
  ): Promise<{ id: string; version: number }> {
    const created = await api(token).post('/api/v1/evidence', supermicroCase(overrides)).expect(201);
    if (!submit) return created.body;
    return (
      await api(token).post(`/api/v1/evidence/${created.body.id}/submit`, { version: created.body.version }).expect(200)
    ).body;
  }

  async function published(overrides: Partial<CreateEvidenceDto> = {}): Promise<{ id: string; version: number }> {
    const item = await draft(researcher, overrides, true);
    return (await api(reviewer).post(`/api/v1/evidence/${item.id}/publish`, { version: item.version }).expect(200))
      .body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await seedRecord(t);
    author = await createAccount(t, 'researcher');
    researcher = await createToken(t, author, 'write');
    researcherRead = await createToken(t, author, 'read');
    otherResearcher = await createToken(t, await createAccount(t, 'researcher'), 'write');
    reviewerAccount = await createAccount(t, 'reviewer');
    reviewer = await createToken(t, reviewerAccount, 'write');
    otherReviewer = await createToken(t, await createAccount(t, 'reviewer'), 'write');
    admin = await createToken(t, await createAccount(t, 'admin'), 'write');
  });
  afterAll(() => t.close());

  it('walks a draft through review to publication, and the public sees it only then', async () => {
    const created = await api(researcher).post('/api/v1/evidence', supermicroCase({ title: 'Walked through review' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      author: expect.stringContaining(author.email),
      endUser: { slug: 'kgb' },
    });
    expect(
      created.body.chain.map(
        (link: { company: { slug: string }; role: string }) => `${link.company.slug}:${link.role}`,
      ),
    ).toEqual(['supermicro:manufacturer', 'map-info:reseller']);
    expect(created.body.value).toEqual({ minor: '10000000', currency: 'USD', formatted: '$100,000.00' });
    const id = created.body.id;
    await api(null).get(`/api/v1/evidence/${id}`).expect(404);

    const submitted = await api(researcher)
      .post(`/api/v1/evidence/${id}/submit`, { version: 1, comment: 'Ready' })
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', version: 2 });
    expect((await api(researcher).post(`/api/v1/evidence/${id}/publish`, { version: 2 })).body.error.code).toBe(
      'auth_role_required',
    );

    const publication = await api(reviewer).post(`/api/v1/evidence/${id}/publish`, { version: 2 }).expect(200);
    expect(publication.body).toMatchObject({
      status: 'published',
      version: 3,
      publishedBy: expect.stringContaining(reviewerAccount.email),
    });
    const seen = await api(null).get(`/api/v1/evidence/${id}`).expect(200);
    expect(seen.body).toMatchObject({
      title: 'Walked through review',
      status: 'published',
      sources: [{ url: 'https://example.org/tenders/kgb-servers', kind: 'procurement_record' }],
    });
    const list = await api(null).get('/api/v1/evidence').expect(200);
    expect(list.body.data.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('refuses to let the author publish their own work (403 evidence_own_work), and nothing changes', async () => {
    const item = await draft(admin, { title: 'Written by an admin' }, true);
    const before = await count(`SELECT count(*) FROM audit_event`);
    const refused = await api(admin).post(`/api/v1/evidence/${item.id}/publish`, { version: item.version });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('evidence_own_work');
    const now = await api(admin).get(`/api/v1/evidence/${item.id}`).expect(200);
    expect(now.body).toMatchObject({ status: 'in_review', version: item.version, publishedAt: null });
    expect(await count(`SELECT count(*) FROM audit_event`)).toBe(before);
    await api(null).get(`/api/v1/evidence/${item.id}`).expect(404);
  });

  it('refuses a write based on a stale version with 409, naming who saved in between', async () => {
    const item = await draft(researcher, { title: 'Edited twice' });
    await api(otherResearcher)
      .patch(`/api/v1/evidence/${item.id}`, { version: 1, summary: 'The other researcher was first.' })
      .expect(200);
    const stale = await api(researcher).patch(`/api/v1/evidence/${item.id}`, { version: 1, summary: 'Mine.' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('evidence_version_conflict');
    expect(stale.body.error.message).toMatch(/researcher\d+@leverage\.test/);
    expect(stale.body.error.message).not.toContain(author.email);
    expect((await api(researcher).get(`/api/v1/evidence/${item.id}`)).body.summary).toBe(
      'The other researcher was first.',
    );
  });

  it('never edits a published item in place (409 evidence_published_edit): a correction is proposed, and public once a second reviewer approves it', async () => {
    const item = await published({ title: 'Corrected in public', summary: 'Servers went to the KGB in 2019.' });
    const edit = await api(researcher).patch(`/api/v1/evidence/${item.id}`, {
      version: item.version,
      summary: 'Quietly changed.',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('evidence_published_edit');

    const proposed = await api(researcher).post(`/api/v1/evidence/${item.id}/corrections`, {
      version: item.version,
      reason: 'The tender is from 2020.',
      changes: { summary: 'Servers went to the KGB in 2020.' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      evidenceId: item.id,
      evidenceTitle: 'Corrected in public',
      baseVersion: item.version,
      status: 'pending',
      proposedBy: expect.stringContaining(author.email),
      proposedByYou: true,
      decidedBy: null,
      diff: [
        { field: 'summary', before: 'Servers went to the KGB in 2019.', after: 'Servers went to the KGB in 2020.' },
      ],
    });
    // Nothing public yet; staff read the proposals, the public and organizers do not.
    expect((await api(null).get(`/api/v1/evidence/${item.id}`).expect(200)).body).toMatchObject({
      summary: 'Servers went to the KGB in 2019.',
      version: item.version,
      corrections: [],
    });
    const listed = await api(researcherRead).get(`/api/v1/evidence/${item.id}/correction-proposals`).expect(200);
    expect(listed.body.map((proposal: { id: string }) => proposal.id)).toEqual([proposed.body.id]);
    expect(
      (await api(reviewer).get(`/api/v1/evidence/${item.id}/correction-proposals`).expect(200)).body[0].proposedByYou,
    ).toBe(false);
    expect((await api(null).get(`/api/v1/evidence/${item.id}/correction-proposals`)).status).toBe(401);

    const approved = await api(reviewer).post(`/api/v1/correction-proposals/${proposed.body.id}/approve`, {
      comment: 'Checked against the tender.',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ summary: 'Servers went to the KGB in 2020.', version: item.version + 1 });
    const corrections = await api(null).get(`/api/v1/evidence/${item.id}/corrections`).expect(200);
    expect(corrections.body).toEqual([
      expect.objectContaining({
        kind: 'correction',
        reason: 'The tender is from 2020.',
        changes: [
          { field: 'summary', before: 'Servers went to the KGB in 2019.', after: 'Servers went to the KGB in 2020.' },
        ],
      }),
    ]);
    const feed = await api(null).get('/feeds/changes.atom').expect(200);
    expect(feed.text).toContain('Correction: Corrected in public');
    expect(feed.text).toContain('The tender is from 2020.');
    const decided = (await api(researcherRead).get(`/api/v1/evidence/${item.id}/correction-proposals`).expect(200))
      .body[0];
    expect(decided).toMatchObject({
      status: 'approved',
      decidedBy: expect.stringContaining(reviewerAccount.email),
      decisionComment: 'Checked against the tender.',
    });
    const twice = await api(otherReviewer).post(`/api/v1/correction-proposals/${proposed.body.id}/approve`, {});
    expect([twice.status, twice.body.error.code]).toEqual([409, 'evidence_proposal_decided']);

    const nothing = await api(reviewer).post(`/api/v1/evidence/${item.id}/corrections`, {
      version: item.version + 1,
      reason: 'No change',
      changes: {},
    });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.code).toBe('evidence_nothing_to_correct');
    const invalid = await api(reviewer).post(`/api/v1/evidence/${item.id}/corrections`, {
      version: item.version + 1,
      reason: 'Bad currency',
      changes: { currency: 'XXQ' },
    });
    expect([invalid.status, invalid.body.error.code]).toEqual([400, 'validation_failed']);
    expect(invalid.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['changes.currency']);
    const stale = await api(reviewer).post(`/api/v1/evidence/${item.id}/corrections`, {
      version: item.version,
      reason: 'Old version',
      changes: { title: 'x' },
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'evidence_version_conflict']);
  });

  it('keeps the four-eyes rule for corrections: the proposer cannot approve, an outrun proposal is refused, a rejection needs its comment', async () => {
    const item = await published({ title: 'Four eyes on corrections' });
    const audit = await count(`SELECT count(*) FROM audit_event`);
    const mine = (
      await api(reviewer)
        .post(`/api/v1/evidence/${item.id}/corrections`, {
          version: item.version,
          reason: 'Products',
          changes: { products: ['SuperServer storage servers'] },
        })
        .expect(201)
    ).body;
    expect(await count(`SELECT count(*) FROM audit_event`)).toBe(audit + 1);
    const own = await api(reviewer).post(`/api/v1/correction-proposals/${mine.id}/approve`, {});
    expect([own.status, own.body.error.code]).toEqual([403, 'evidence_own_proposal']);
    expect((await api(researcher).post(`/api/v1/correction-proposals/${mine.id}/approve`, {})).body.error.code).toBe(
      'auth_role_required',
    );
    expect(await count(`SELECT count(*) FROM audit_event`)).toBe(audit + 1);

    // Another proposal against the same version, made first: the reviewer's is now outrun.
    const other = (
      await api(researcher)
        .post(`/api/v1/evidence/${item.id}/corrections`, {
          version: item.version,
          reason: 'Title',
          changes: { title: 'Four eyes on corrections, renamed' },
        })
        .expect(201)
    ).body;
    await api(reviewer).post(`/api/v1/correction-proposals/${other.id}/approve`, {}).expect(200);
    const outrun = await api(otherReviewer).post(`/api/v1/correction-proposals/${mine.id}/approve`, {});
    expect([outrun.status, outrun.body.error.code]).toEqual([409, 'evidence_proposal_stale']);
    expect(outrun.body.error.message).toContain(reviewerAccount.email);
    expect((await api(null).get(`/api/v1/evidence/${item.id}`)).body.products).toEqual(supermicroCase().products);

    const noComment = await api(otherReviewer).post(`/api/v1/correction-proposals/${mine.id}/reject`, {});
    expect([noComment.status, noComment.body.error.code]).toEqual([400, 'validation_failed']);
    expect(noComment.body.error.details).toEqual([expect.objectContaining({ field: 'comment' })]);
    const rejected = await api(otherReviewer)
      .post(`/api/v1/correction-proposals/${mine.id}/reject`, { comment: 'Propose it again against version 4.' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      id: mine.id,
      status: 'rejected',
      decisionComment: 'Propose it again against version 4.',
    });
    const missing = await api(reviewer).post(
      '/api/v1/correction-proposals/00000000-0000-4000-8000-000000000000/reject',
      { comment: 'x' },
    );
    expect([missing.status, missing.body.error.code]).toEqual([404, 'evidence_proposal_not_found']);
    expect((await api(null).get('/api/v1/evidence/not-an-id/correction-proposals')).status).toBe(401);
    expect((await api(researcherRead).get('/api/v1/evidence/not-an-id/correction-proposals')).body.error.code).toBe(
      'evidence_not_found',
    );
  });

  it('disputes, resolves and retracts with reviewer tokens; a retracted item stays public, marked', async () => {
    let item = await published({ title: 'Disputed then retracted' });
    item = (
      await api(reviewer)
        .post(`/api/v1/evidence/${item.id}/dispute`, { version: item.version, reason: 'The company denies it.' })
        .expect(200)
    ).body;
    expect(item).toMatchObject({ status: 'disputed', statusReason: 'The company denies it.' });
    item = (
      await api(reviewer)
        .post(`/api/v1/evidence/${item.id}/resolve`, { version: item.version, reason: 'A second source confirms it.' })
        .expect(200)
    ).body;
    expect(item).toMatchObject({ status: 'published', statusReason: null });
    expect(
      (await api(reviewer).post(`/api/v1/evidence/${item.id}/retract`, { version: item.version })).body.error.details,
    ).toEqual([expect.objectContaining({ field: 'reason' })]);
    item = (
      await api(reviewer)
        .post(`/api/v1/evidence/${item.id}/retract`, { version: item.version, reason: 'The source was forged.' })
        .expect(200)
    ).body;
    const seen = await api(null).get(`/api/v1/evidence/${item.id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'retracted', statusReason: 'The source was forged.' });
    expect(seen.body.corrections.map((c: { kind: string }) => c.kind)).toEqual([
      'retraction',
      'dispute_resolved',
      'dispute',
    ]);
    const again = await api(reviewer).post(`/api/v1/evidence/${item.id}/dispute`, {
      version: seen.body.version,
      reason: 'x',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('evidence_wrong_status');
  });

  it.each([
    ['no end user for harm', { endUser: undefined }, ['endUser']],
    ['currency ABC', { currency: 'ABC' }, ['currency']],
    ['a source without its address', { sources: [{ kind: 'press_report', title: 'No address' }] }, ['sources.0.url']],
    [
      'a javascript: source',
      { sources: [supermicroCase().sources[0], { url: 'javascript:alert(1)', kind: 'leak' }] },
      ['sources.1.url'],
    ],
    [
      'an unknown company in the chain',
      {
        chain: [
          { company: 'supermicro', role: 'manufacturer' },
          { company: 'no-such-company', role: 'reseller' },
        ],
      },
      ['chain.1.company'],
    ],
  ] as [string, Partial<CreateEvidenceDto>, string[]][])(
    'refuses %s with 400 naming the field, and writes nothing',
    async (_case, overrides, fields) => {
      const items = await count(`SELECT count(*) FROM evidence`);
      const audit = await count(`SELECT count(*) FROM audit_event`);
      const res = await api(researcher).post('/api/v1/evidence', {
        ...supermicroCase({ title: 'Refused' }),
        ...overrides,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(fields);
      for (const detail of res.body.error.details) expect(detail.message).toEqual(expect.any(String));
      expect(await count(`SELECT count(*) FROM evidence`)).toBe(items);
      expect(await count(`SELECT count(*) FROM audit_event`)).toBe(audit);
    },
  );

  it('answers 404 evidence_not_found for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await api(null).get(`/api/v1/evidence/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('evidence_not_found');
    }
  });

  it('keeps drafts from the public everywhere, and shows them to a researcher with ?status=draft', async () => {
    const secret = await draft(researcher, {
      title: 'Draft nobody else may see',
      sources: [{ url: 'https://example.org/secret-draft-source', kind: 'leak' }],
    });
    const inReview = await draft(researcher, { title: 'In review, not yet public' }, true);
    for (const path of [
      '/api/v1/evidence?limit=100',
      '/api/v1/evidence?status=draft',
      '/api/v1/evidence?status=in_review',
      '/data/evidence.json',
      '/data/evidence.csv',
      '/data/evidence-sources.csv',
      '/feeds/changes.atom',
    ]) {
      const res = await api(null).get(path).expect(200);
      expect(res.text).not.toContain(secret.id);
      expect(res.text).not.toContain(inReview.id);
      expect(res.text).not.toContain('secret-draft-source');
    }
    expect((await api(null).get(`/api/v1/evidence/${secret.id}/corrections`)).status).toBe(404);
    const drafts = await api(researcherRead).get('/api/v1/evidence?status=draft&limit=100').expect(200);
    expect(drafts.body.data.map((item: { id: string }) => item.id)).toContain(secret.id);
    expect(drafts.body.data.every((item: { status: string }) => item.status === 'draft')).toBe(true);
    await api(researcherRead).get(`/api/v1/evidence/${secret.id}`).expect(200);
  });

  it('deletes a draft with the version in the query or the body, and never a published item', async () => {
    const first = await draft(researcher, { title: 'Deleted by query' });
    expect((await api(researcher).delete(`/api/v1/evidence/${first.id}`)).body.error.details).toEqual([
      expect.objectContaining({ field: 'version' }),
    ]);
    await api(researcher).delete(`/api/v1/evidence/${first.id}?version=1`).expect(204);
    await api(researcher).get(`/api/v1/evidence/${first.id}`).expect(404);
    const second = await draft(researcher, { title: 'Deleted by body' });
    await api(researcher).delete(`/api/v1/evidence/${second.id}`, { version: 1 }).expect(204);
    const live = await published({ title: 'Cannot be deleted' });
    const refused = await api(researcher).delete(`/api/v1/evidence/${live.id}`, { version: live.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('evidence_wrong_status');
    await api(null).get(`/api/v1/evidence/${live.id}`).expect(200);
  });

  it('lists what counts for a company with its path, and what reached a state body', async () => {
    const vmware = await published({
      title: 'VMware licences for the analytical center',
      endUser: 'information-and-analytical-center',
      chain: [
        { company: 'vmware', role: 'vendor' },
        { company: 'kvadrosoft', role: 'reseller' },
      ],
    });
    const broadcom = await api(null).get('/api/v1/companies/broadcom/evidence').expect(200);
    const entry = broadcom.body.items.find(
      (candidate: { evidence: { id: string } }) => candidate.evidence.id === vmware.id,
    );
    expect(entry).toMatchObject({
      route: 'via_subsidiary',
      role: 'vendor',
      pathLabel: 'through subsidiary VMware, via reseller Kvadrosoft',
    });
    const supermicro = await api(null).get('/api/v1/companies/supermicro/evidence').expect(200);
    expect(supermicro.body.items.length).toBeGreaterThan(0);
    for (const item of supermicro.body.items)
      expect(item).toMatchObject({ route: 'via_intermediary', pathLabel: 'via reseller MAP INFO' });
    const body = await api(null).get('/api/v1/state-bodies/information-and-analytical-center/evidence').expect(200);
    expect(body.body.map((item: { id: string }) => item.id)).toEqual([vmware.id]);
    expect((await api(null).get('/api/v1/companies/no-such-company/evidence')).body.error.code).toBe(
      'company_not_found',
    );
    expect((await api(null).get('/api/v1/state-bodies/nobody/evidence')).body.error.code).toBe('state_body_not_found');
  });

  it('serves open data: every public item whole as JSON, one row per item and per source as formula-safe CSV', async () => {
    const item = await published({
      title: '=HYPERLINK("http://evil.example","click")',
      products: ['+rack', 'SuperServer'],
      value: 10_000_050,
      sources: [
        { url: 'https://example.org/one', publisher: '@publisher', kind: 'investigation', excerpt: '-1+1' },
        { url: 'https://example.org/two', kind: 'press_report', excerpt: 'plain' },
      ],
    });
    const json = await api(null).get('/data/evidence.json').expect(200);
    expect(json.headers['content-disposition']).toBe('attachment; filename="evidence.json"');
    const whole = json.body.find((candidate: { id: string }) => candidate.id === item.id);
    expect(whole.sources).toHaveLength(2);
    expect(whole.chain).toHaveLength(2);

    const csv = await api(null).get('/data/evidence.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate.id === item.id)!;
    expect(row).toMatchObject({
      title: `'=HYPERLINK("http://evil.example","click")`,
      chain: 'supermicro:manufacturer > map-info:reseller',
      end_user: 'kgb',
      value: '100000.50',
      currency: 'USD',
      products: "'+rack|SuperServer",
      source_urls: 'https://example.org/one|https://example.org/two',
      corrections: '0',
    });
    for (const cell of rows.flatMap((candidate) => Object.values(candidate))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const sources = parse((await api(null).get('/data/evidence-sources.csv').expect(200)).text, {
      columns: true,
    }) as Record<string, string>[];
    const mine = sources.filter((source) => source.evidence_id === item.id);
    expect(mine.map((source) => source.url)).toEqual(['https://example.org/one', 'https://example.org/two']);
    expect(mine[0]).toMatchObject({ publisher: "'@publisher", excerpt: "'-1+1", kind: 'investigation' });
  });

  it('describes the evidence routes in OpenAPI with their request and response types', async () => {
    const doc = (await api(null).get('/api/docs-json').expect(200)).body;
    const create = doc.paths['/api/v1/evidence'].post;
    expect(create.tags).toEqual(['evidence']);
    expect(create.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateEvidenceDto');
    expect(create.responses['201'].content['application/json'].schema.$ref).toBe('#/components/schemas/EvidenceView');
    expect(doc.paths['/api/v1/evidence/{id}/publish'].post.responses['403']).toBeDefined();
    expect(doc.paths['/api/v1/evidence/{id}'].delete.requestBody.required).toBe(false);
    expect(
      doc.paths['/api/v1/evidence/{id}/corrections'].post.requestBody.content['application/json'].schema.$ref,
    ).toBe('#/components/schemas/CorrectEvidenceDto');
    expect(
      doc.paths['/api/v1/evidence/{id}/corrections'].post.responses['201'].content['application/json'].schema.$ref,
    ).toBe('#/components/schemas/CorrectionProposalView');
    expect(
      doc.paths['/api/v1/evidence/{id}/correction-proposals'].get.responses['200'].content['application/json'].schema
        .items.$ref,
    ).toBe('#/components/schemas/CorrectionProposalView');
    const approve = doc.paths['/api/v1/correction-proposals/{id}/approve'].post;
    expect(approve.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/ApproveProposalDto');
    expect(approve.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/EvidenceView');
    expect(approve.responses['403']).toBeDefined();
    const reject = doc.paths['/api/v1/correction-proposals/{id}/reject'].post;
    expect(reject.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/RejectProposalDto');
    expect(reject.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/CorrectionProposalView',
    );
    expect(doc.components.schemas.CorrectionProposalView.properties.diff).toBeDefined();
    expect(doc.components.schemas.EvidenceView.properties.sources).toBeDefined();
  });
});
