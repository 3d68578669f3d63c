import 'reflect-metadata';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, FixedClock, SYSTEM_ACTOR, type Actor } from '#libs/core';
import { CompaniesModule, DemoSeedService, OwnershipService } from '#libs/companies';
import {
  AttributionService,
  CorrectionProposalsService,
  DEMO_EVIDENCE,
  EvidenceDemoSeedService,
  EvidenceModule,
  EvidenceService,
  EvidenceWorkflowService,
  LedgerService,
  ProcurementService,
  type CreateEvidenceDto,
} from '#libs/evidence';
import { supermicroCase, vmwareCase } from '../../support/evidence-factory';
import { expectCode } from '../../support/expect-code';
import { testConfig } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let db: TestDatabase;
let moduleRef: TestingModule;
let evidence: EvidenceService;
let workflow: EvidenceWorkflowService;
const clock = new FixedClock(new Date('2026-03-01T12:00:00Z'));

// Accounts are only ids and labels to the ledger; the four-eyes rule compares the ids.
const researcher: Actor = { id: '11111111-1111-4111-8111-111111111111', label: 'researcher@leverage.test' };
const colleague: Actor = { id: '22222222-2222-4222-8222-222222222222', label: 'colleague@leverage.test' };
const reviewer: Actor = { id: '33333333-3333-4333-8333-333333333333', label: 'reviewer@leverage.test' };

beforeAll(async () => {
  db = await createTestDatabase();
  moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config: testConfig(), databaseUrl: db.url, poolMax: db.poolMax, clock }),
      CompaniesModule,
      EvidenceModule,
    ],
  }).compile();
  await moduleRef.init();
  await moduleRef.get(DemoSeedService).seed(SYSTEM_ACTOR);
  evidence = moduleRef.get(EvidenceService);
  workflow = moduleRef.get(EvidenceWorkflowService);
});
afterAll(async () => {
  await moduleRef?.close();
  await db?.drop();
});

async function count(table: string): Promise<number> {
  const rows = await moduleRef.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}

async function published(dto: CreateEvidenceDto = supermicroCase()) {
  const draft = await evidence.create(researcher, dto);
  const submitted = await workflow.submit(researcher, draft.id, { version: draft.version });
  return workflow.publish(reviewer, draft.id, { version: submitted.version });
}

describe('the review workflow', () => {
  test('a draft is invisible to the public until a second person publishes it', async () => {
    const draft = await evidence.create(researcher, supermicroCase({ title: 'Four eyes' }));
    expect(draft.status).toBe('draft');
    expect(draft.chain.map((link) => `${link.company.slug}:${link.role}`)).toEqual([
      'supermicro:manufacturer',
      'map-info:reseller',
    ]);
    expect(draft.value?.formatted).toBe('$100,000.00');
    await expectCode(evidence.get(draft.id, 'public'), 'evidence_not_found');
    expect((await evidence.list({ company: 'supermicro' }, 'public')).data.map((item) => item.id)).not.toContain(
      draft.id,
    );

    const submitted = await workflow.submit(researcher, draft.id, { version: draft.version, comment: 'ready' });
    await expectCode(evidence.get(draft.id, 'public'), 'evidence_not_found');

    // The author may not publish, and neither may anyone who edited it.
    await expectCode(workflow.publish(researcher, draft.id, { version: submitted.version }), 'evidence_own_work');
    const back = await workflow.sendBack(reviewer, draft.id, {
      version: submitted.version,
      comment: 'name the tender',
    });
    const edited = await evidence.update(colleague, draft.id, {
      version: back.version,
      summary: 'Edited by a colleague.',
    });
    const resubmitted = await workflow.submit(researcher, draft.id, { version: edited.version });
    await expectCode(workflow.publish(colleague, draft.id, { version: resubmitted.version }), 'evidence_own_work');
    expect((await evidence.get(draft.id, 'staff')).status).toBe('in_review');

    const done = await workflow.publish(reviewer, draft.id, { version: resubmitted.version });
    expect(done.status).toBe('published');
    expect(done.publishedBy).toBe(reviewer.label);
    expect((await evidence.get(draft.id, 'public')).summary).toBe('Edited by a colleague.');
    const notes = await evidence.reviewNotes(draft.id);
    expect(notes.map((note) => note.action)).toEqual(['published', 'submitted', 'returned', 'submitted']);
    expect(notes.find((note) => note.action === 'returned')?.comment).toBe('name the tender');
  });

  test('a write based on an old version is refused and names who saved in between', async () => {
    const draft = await evidence.create(researcher, supermicroCase({ title: 'Concurrent' }));
    await evidence.update(colleague, draft.id, { version: draft.version, title: 'Concurrent, edited' });
    const error = await expectCode(
      evidence.update(researcher, draft.id, { version: draft.version, title: 'Mine' }),
      'evidence_version_conflict',
    );
    expect(error.message).toContain(colleague.label);
    expect((await evidence.get(draft.id, 'staff')).title).toBe('Concurrent, edited');
  });

  test('a published item changes only through a correction that a second reviewer makes, and it is public', async () => {
    const corrections = moduleRef.get(CorrectionProposalsService);
    const item = await published(supermicroCase({ title: 'To be corrected' }));
    await expectCode(
      evidence.update(researcher, item.id, { version: item.version, summary: 'silently' }),
      'evidence_published_edit',
    );
    await expectCode(
      corrections.propose(researcher, item.id, { version: item.version, reason: 'no change', changes: {} }),
      'evidence_nothing_to_correct',
    );
    await expectCode(
      corrections.propose(researcher, item.id, { version: item.version, reason: 'bad', changes: { currency: 'XXQ' } }),
      'validation_failed',
    );

    const proposal = await corrections.propose(researcher, item.id, {
      version: item.version,
      reason: 'The tender was worth $98,000.',
      changes: { value: 9_800_000 },
    });
    expect(proposal).toMatchObject({ status: 'pending', baseVersion: item.version });
    expect(proposal.diff).toEqual([{ field: 'value', before: '$100,000.00', after: '$98,000.00' }]);
    // Nothing public changes until a second person approves it; the proposer cannot.
    expect((await evidence.get(item.id, 'public')).value?.formatted).toBe('$100,000.00');
    await expectCode(corrections.approve(researcher, proposal.id, {}), 'evidence_own_proposal');
    expect((await corrections.pending()).map((entry) => entry.id)).toContain(proposal.id);

    clock.advance(60_000);
    const corrected = await corrections.approve(reviewer, proposal.id, { comment: 'checked against the tender' });
    expect(corrected.value?.formatted).toBe('$98,000.00');
    expect(corrected.corrections).toHaveLength(1);
    expect(corrected.corrections[0]).toMatchObject({ kind: 'correction', reason: 'The tender was worth $98,000.' });
    expect(corrected.corrections[0].changes).toEqual([{ field: 'value', before: '$100,000.00', after: '$98,000.00' }]);
    await expectCode(corrections.approve(colleague, proposal.id, {}), 'evidence_proposal_decided');

    // A proposal written against an older version is refused, naming who changed the item since.
    const stale = await corrections.propose(colleague, item.id, {
      version: item.version + 1,
      reason: 'Title',
      changes: { title: 'Renamed' },
    });
    const other = await corrections.propose(researcher, item.id, {
      version: item.version + 1,
      reason: 'Products',
      changes: { products: ['Servers'] },
    });
    await corrections.approve(reviewer, other.id, {});
    const error = await expectCode(corrections.approve(reviewer, stale.id, {}), 'evidence_proposal_stale');
    expect(error.message).toContain(reviewer.label);
    const rejected = await corrections.reject(reviewer, stale.id, { comment: 'Propose it again.' });
    expect(rejected.status).toBe('rejected');

    const page = await moduleRef.get(LedgerService).corrections({});
    expect(page.data[0].evidence.id).toBe(item.id);
    const feed = await moduleRef.get(LedgerService).recentChanges(10);
    expect(feed.map((entry) => `${entry.kind}:${entry.evidence.id}`)).toEqual(
      expect.arrayContaining([`correction:${item.id}`, `published:${item.id}`]),
    );
  });

  test('a retracted item stays visible, marked, with the reason; a draft can be deleted, a published item cannot', async () => {
    const item = await published(supermicroCase({ title: 'To be retracted' }));
    const disputed = await workflow.dispute(reviewer, item.id, {
      version: item.version,
      reason: 'The company denies it.',
    });
    expect(disputed).toMatchObject({ status: 'disputed', statusReason: 'The company denies it.' });
    const retracted = await workflow.retract(reviewer, item.id, {
      version: disputed.version,
      reason: 'The tender was for another agency.',
    });
    expect((await evidence.get(item.id, 'public')).status).toBe('retracted');
    expect(retracted.corrections.map((entry) => entry.kind)).toEqual(['retraction', 'dispute']);
    await expectCode(
      moduleRef
        .get(CorrectionProposalsService)
        .propose(researcher, item.id, { version: retracted.version, reason: 'x', changes: { title: 'y' } }),
      'evidence_wrong_status',
    );
    await expectCode(evidence.delete(researcher, item.id, { version: retracted.version }), 'evidence_wrong_status');

    const draft = await evidence.create(researcher, supermicroCase({ title: 'Throwaway' }));
    await evidence.delete(researcher, draft.id, { version: draft.version });
    await expectCode(evidence.get(draft.id, 'staff'), 'evidence_not_found');
  });
});

describe('bad input is refused with the field named, and nothing is written', () => {
  test.each<[string, Partial<CreateEvidenceDto>, string]>([
    ['a harm chain that does not end at a state body', { endUser: null }, 'endUser'],
    ['an unknown end user', { endUser: 'no-such-body' }, 'endUser'],
    ['a currency that does not exist', { currency: 'XXQ' }, 'currency'],
    ['a value without a currency', { currency: null }, 'currency'],
    ['a source without a URL', { sources: [{ url: '', kind: 'press_report' }] }, 'sources.0.url'],
    ['a non-http source URL', { sources: [{ url: 'javascript:alert(1)', kind: 'press_report' }] }, 'sources.0.url'],
    ['an ftp source URL', { sources: [{ url: 'ftp://example.org/file', kind: 'press_report' }] }, 'sources.0.url'],
    ['no sources', { sources: [] }, 'sources'],
    ['an unknown company in the chain', { chain: [{ company: 'nobody', role: 'vendor' }] }, 'chain.0.company'],
    [
      'a company twice in the chain',
      {
        chain: [
          { company: 'supermicro', role: 'manufacturer' },
          { company: 'supermicro', role: 'reseller' },
        ],
      },
      'chain.1.company',
    ],
    ['an empty chain', { chain: [] }, 'chain'],
    ['a period that ends before it starts', { periodStart: '2020-10-01', periodEnd: '2020-09-01' }, 'periodEnd'],
    ['a negative value', { value: -5 }, 'value'],
  ])('%s', async (_name, overrides, field) => {
    const before = await count('evidence');
    const error = await expectCode(evidence.create(researcher, supermicroCase(overrides)), 'validation_failed');
    expect(error.details.map((detail) => detail.field)).toContain(field);
    expect(await count('evidence')).toBe(before);
  });

  test('positive conduct needs no end user', async () => {
    const item = await evidence.create(
      researcher,
      supermicroCase({
        title: 'Positive',
        polarity: 'positive',
        endUser: null,
        chain: [{ company: 'telegram', role: 'operator' }],
      }),
    );
    expect(item.endUser).toBeNull();
  });

  test('a source cited by another item is pointed out, not refused', async () => {
    const first = await evidence.create(researcher, supermicroCase({ title: 'First citing' }));
    const cited = await evidence.citedElsewhere([first.sources[0].url], null, 'staff');
    expect(cited.map((entry) => entry.evidenceId)).toContain(first.id);
    expect(await evidence.citedElsewhere([first.sources[0].url], null, 'public')).not.toContainEqual(
      expect.objectContaining({ evidenceId: first.id }),
    );
  });
});

describe('attribution through resellers and subsidiaries', () => {
  test('the chain and the ownership graph decide who sees an item, labelled with the path', async () => {
    const attribution = moduleRef.get(AttributionService);
    const supermicro = await published(supermicroCase({ title: 'Attribution: Supermicro' }));
    const vmware = await published(vmwareCase({ title: 'Attribution: VMware' }));

    const forSupermicro = (await attribution.forCompany('supermicro')).items.find(
      (item) => item.evidence.id === supermicro.id,
    );
    expect(forSupermicro).toMatchObject({
      route: 'via_intermediary',
      role: 'manufacturer',
      pathLabel: 'via reseller MAP INFO',
    });
    const forMapInfo = (await attribution.forCompany('map-info')).items.find(
      (item) => item.evidence.id === supermicro.id,
    );
    expect(forMapInfo).toMatchObject({ route: 'direct', role: 'reseller', pathLabel: '' });

    // Broadcom bought VMware in 2023, after the events: the item rolls up, marked as such.
    const forBroadcom = (await attribution.forCompany('broadcom')).items.find((item) => item.evidence.id === vmware.id);
    expect(forBroadcom).toMatchObject({
      route: 'via_subsidiary',
      role: 'vendor',
      pathLabel: 'through subsidiary VMware, via reseller Kvadrosoft',
      acquiredLater: true,
    });
    expect(forBroadcom?.acquisition).toEqual({
      owner: { slug: 'broadcom', name: 'Broadcom' },
      company: { slug: 'vmware', name: 'VMware' },
      since: '2023-11-22',
    });

    // An owner that had sold the subsidiary before the events does not see them.
    await moduleRef
      .get(OwnershipService)
      .create(SYSTEM_ACTOR, { parent: 'oracle', subsidiary: 'kvadrosoft', since: '2015-01-01', until: '2019-12-31' });
    expect((await attribution.forCompany('oracle')).items.map((item) => item.evidence.id)).not.toContain(vmware.id);

    const kgb = await attribution.forStateBody('kgb');
    expect(kgb.map((item) => item.id)).toContain(supermicro.id);
    expect(kgb.find((item) => item.id === supermicro.id)?.chain.map((link) => link.company.slug)).toEqual([
      'supermicro',
      'map-info',
    ]);

    // Drafts count for nobody.
    const draft = await evidence.create(researcher, supermicroCase({ title: 'Attribution: draft' }));
    expect((await attribution.forCompany('supermicro')).items.map((item) => item.evidence.id)).not.toContain(draft.id);
  });
});

describe('what public evidence rests on does not change silently', () => {
  test('a procurement record cited by public evidence cannot be edited; a new currency needs the amount again', async () => {
    const procurement = moduleRef.get(ProcurementService);
    const record = await procurement.create(SYSTEM_ACTOR, {
      reference: 'KGB-2020-SERVERS',
      title: 'Servers',
      buyer: 'kgb',
      supplier: 'map-info',
      brand: 'supermicro',
      awardedOn: '2020-09-15',
      value: 10_000_000,
      currency: 'USD',
    });
    const draft = await evidence.create(
      researcher,
      supermicroCase({ title: 'Rests on a tender', procurementRecords: ['KGB-2020-SERVERS'] }),
    );
    // While only a draft cites it, the record may still be fixed.
    await procurement.update(SYSTEM_ACTOR, record.id, { title: 'Rack servers' });
    await expectCode(
      evidence.update(researcher, draft.id, { version: draft.version, currency: 'EUR' }),
      'validation_failed',
    );
    const submitted = await workflow.submit(researcher, draft.id, { version: draft.version });
    await workflow.publish(reviewer, draft.id, { version: submitted.version });
    await expectCode(procurement.update(SYSTEM_ACTOR, record.id, { value: 1 }), 'procurement_record_published');
    expect((await procurement.get(record.id)).value).toBe(10_000_000);
  });
});

describe('the demo evidence', () => {
  test('is seeded published with its sources, Synesis disputed, and a second run changes nothing', async () => {
    const seed = moduleRef.get(EvidenceDemoSeedService);
    // This ledger already holds the other tests' items: the seed stays away from a ledger in use.
    expect(await seed.seed(SYSTEM_ACTOR)).toEqual({ created: 0, skipped: DEMO_EVIDENCE.length });
    expect(await seed.seedIfEmpty(SYSTEM_ACTOR)).toBeNull();
    await moduleRef.get(DataSource).query('DELETE FROM evidence');
    const first = await seed.seed(SYSTEM_ACTOR);
    expect(first).toEqual({ created: DEMO_EVIDENCE.length, skipped: 0 });
    expect(DEMO_EVIDENCE.length).toBeGreaterThanOrEqual(3);
    expect(await seed.seed(SYSTEM_ACTOR)).toEqual({ created: 0, skipped: DEMO_EVIDENCE.length });

    const sandvine = (await moduleRef.get(AttributionService).forCompany('sandvine')).items;
    expect(sandvine).toHaveLength(1);
    // Sandvine's equipment reached the center through the integrator Jet Infosystems.
    expect(sandvine[0]).toMatchObject({ route: 'via_intermediary', role: 'manufacturer' });
    expect(sandvine[0].pathLabel).toBe('via integrator Jet Infosystems');
    const full = await evidence.get(sandvine[0].evidence.id, 'public');
    expect(full.status).toBe('published');
    expect(full.sources.every((source) => /^https?:\/\//.test(source.url))).toBe(true);

    const synesis = (await moduleRef.get(AttributionService).forCompany('synesis')).items[0];
    const disputed = await evidence.get(synesis.evidence.id, 'public');
    expect(disputed.status).toBe('disputed');
    expect(disputed.statusReason).toContain('denies');

    const telegram = (await moduleRef.get(AttributionService).forCompany('telegram')).items[0];
    expect(telegram.evidence.polarity).toBe('positive');

    // The founding article's facts: Supermicro to the KGB through MAP INFO, single source.
    const supermicro = (await moduleRef.get(AttributionService).forCompany('supermicro')).items;
    const kgb = supermicro.find((item) => item.evidence.endUser?.slug === 'kgb');
    expect(kgb).toMatchObject({ route: 'via_intermediary', pathLabel: 'via reseller MAP INFO' });
    expect(kgb?.evidence.confidence).toBe('single_source');
    const kgbItem = await evidence.get(kgb?.evidence.id as string, 'public');
    expect(kgbItem.sources[0]).toMatchObject({ publisher: 'Global Voices (Advox)', publishedOn: '2020-12-15' });
    expect(kgbItem.sources[0].excerpt).toContain('100 thousand dollars');
    // The diaspora's naming stays an unverified allegation, one item a company.
    expect(supermicro.some((item) => item.evidence.confidence === 'plausible')).toBe(true);
    // A1 acted by order of bodies the sources do not name.
    const a1 = (await moduleRef.get(AttributionService).forCompany('a1-belarus')).items;
    expect(a1.map((item) => item.evidence.endUser?.slug)).toEqual([
      'belarus-state-bodies-not-named',
      'belarus-state-bodies-not-named',
    ]);
    // Its owner held it through a 70% link that ended in 2010 and the 100% link that still runs:
    // both items of 2020 count for the owner, through the link that was running then.
    const group = (await moduleRef.get(AttributionService).forCompany('a1-telekom-austria')).items;
    expect(group.map((item) => item.route)).toEqual(['via_subsidiary', 'via_subsidiary']);
  });
});
