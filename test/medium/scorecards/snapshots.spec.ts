import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, FixedClock, JobRunner, SYSTEM_ACTOR, type Actor } from '#libs/core';
import { CompaniesModule, CompanyService, DemoSeedService, OwnershipService } from '#libs/companies';
import { EvidenceDemoSeedService, EvidenceModule } from '#libs/evidence';
import { OutreachDemoSeedService, OutreachModule, ResponsesService } from '#libs/outreach';
import {
  MethodologyService,
  methodologiesDir,
  RecomputeService,
  ScorecardSnapshotEntity,
  ScorecardsModule,
  score,
} from '#libs/scorecards';
import { expectCode } from '../../support/expect-code';
import { testConfig } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/**
 * Snapshots on a real database: the founding case recomputed from the seed, written only when
 * something changed, marked by each change in its own transaction and coalesced, provisional while
 * new, and compared like for like when the method changes.
 */
let db: TestDatabase;
let moduleRef: TestingModule;
const clock = new FixedClock(new Date('2026-12-04T09:00:00Z'));
const admin: Actor = { id: null, label: 'admin@leverage.test' };
const DAY = 86_400_000;

const recompute = () => moduleRef.get(RecomputeService).drain();
const query = <T>(sql: string, params: unknown[] = []) => moduleRef.get(DataSource).query(sql, params) as Promise<T[]>;
const dirty = async () =>
  (
    await query<{ slug: string }>(
      `SELECT c.slug FROM scorecard_dirty d JOIN company c ON c.id = d.company_id ORDER BY 1`,
    )
  ).map((r) => r.slug);

async function current(slug: string): Promise<ScorecardSnapshotEntity> {
  return moduleRef
    .get(DataSource)
    .getRepository(ScorecardSnapshotEntity)
    .createQueryBuilder('s')
    .innerJoin('s.company', 'c')
    .where('c.slug = :slug AND s.current', { slug })
    .getOneOrFail();
}

async function history(slug: string): Promise<ScorecardSnapshotEntity[]> {
  return moduleRef
    .get(DataSource)
    .getRepository(ScorecardSnapshotEntity)
    .createQueryBuilder('s')
    .innerJoin('s.company', 'c')
    .where('c.slug = :slug', { slug })
    .orderBy('s.seq')
    .getMany();
}

beforeAll(async () => {
  db = await createTestDatabase();
  moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config: testConfig(), databaseUrl: db.url, poolMax: db.poolMax, clock }),
      CompaniesModule,
      EvidenceModule,
      OutreachModule,
      ScorecardsModule,
    ],
  }).compile();
  await moduleRef.init();
  await moduleRef.get(JobRunner).prepareQueues();
  await moduleRef.get(DemoSeedService).seed(SYSTEM_ACTOR);
  await moduleRef.get(EvidenceDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  await moduleRef.get(OutreachDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
});
afterAll(async () => {
  await moduleRef?.close();
  await db?.drop();
});

describe('scorecards of the founding case', () => {
  it('were marked by the seed’s own writes, are computed once each, and nothing is written again while nothing changes', async () => {
    expect((await dirty()).length).toBe(19);
    // The seed's many writes sent the job many times; at most one waits.
    const [{ n }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'scorecards.recompute' AND state = 'created'`,
    );
    expect(n).toBeLessThanOrEqual(1);
    const first = await recompute();
    expect(first).toEqual({ computed: 19, written: 19 });
    expect(await dirty()).toEqual([]);
    expect(await moduleRef.get(RecomputeService).newDay()).toBe(true);
    expect(await moduleRef.get(RecomputeService).newDay()).toBe(false); // once a day
    expect(await recompute()).toEqual({ computed: 19, written: 0 });
  });

  it('grades Sandvine, which left, above silent Supermicro, whose silence is the diaspora’s sourced letter', async () => {
    const sandvine = await current('sandvine');
    const supermicro = await current('supermicro');
    expect(sandvine).toMatchObject({
      status: 'scored',
      grade: 'B',
      methodologyVersion: '1.0.0',
      engineVersion: '1.0.0',
    });
    expect(supermicro).toMatchObject({ status: 'scored', grade: 'C' });
    expect(sandvine.overall as number).toBeGreaterThan(supermicro.overall as number);
    const silence = supermicro.result.matters.find((m) => m.state === 'silence');
    expect(silence).toMatchObject({
      key: 'no_response',
      since: '2020-12-08',
      letterSentBy: 'the Belarusian community of the San Francisco Bay Area',
    });
    expect(supermicro.silenceSince).toBe('2020-12-08');
    // The KGB item through MAP INFO, single source; the diaspora's naming, plausible, only in the range.
    const kgb = supermicro.inputs.items.find((item) => item.endUser?.slug === 'kgb');
    expect(kgb).toMatchObject({
      confidence: 'single_source',
      route: 'via_intermediary',
      path: 'via reseller MAP INFO',
    });
    expect(supermicro.rangeLow as number).toBeLessThan(supermicro.overall as number);
    // A snapshot is its inputs: the stored result is what the engine makes of them.
    const method = (await moduleRef.get(MethodologyService).get('1.0.0')).methodology;
    expect(score(supermicro.inputs, method)).toEqual(supermicro.result);
  });

  it('labels the companies the diaspora only named as unverified allegations, with a range and no grade', async () => {
    for (const slug of ['seagate', 'kingston', 'red-hat', 'ibm']) {
      const snapshot = await current(slug);
      expect(snapshot).toMatchObject({ status: 'unverified', grade: null, overall: null, rangeHigh: 100 });
      expect(snapshot.rangeLow as number).toBeLessThan(100);
    }
    // Telegram's positive conduct, and A1's "local law" below what a commitment would give.
    expect(await current('telegram')).toMatchObject({ grade: 'A', overall: 100 });
    expect((await current('telegram')).result.breakdown.find((l) => l.kind === 'positive')?.points).toBeGreaterThan(0);
    expect((await current('a1-belarus')).responsiveness).toBe(25);
  });

  it('does not score a company with no published evidence', async () => {
    await moduleRef.get(CompanyService).create(admin, { name: 'Clean Systems', kind: 'other' } as never);
    expect(await dirty()).toEqual(['clean-systems']);
    await recompute();
    expect(await current('clean-systems')).toMatchObject({ status: 'not_scored', grade: null, overall: null });
  });

  it('makes a new grade provisional for the review period, and an unchanged grade keeps its period', async () => {
    const supermicro = await current('supermicro');
    expect(supermicro.provisionalUntil?.getTime()).toBe(clock.now().getTime() + 14 * DAY);
  });

  it('marks a company and every owner of it when its record changes, in the same transaction', async () => {
    const before = (await current('a1-telekom-austria')).seq;
    const a1 = await current('a1-belarus');
    const item = a1.inputs.items.find((i) => i.category === 'internet_shutdown');
    // A failed write marks nothing.
    await expectCode(
      moduleRef.get(ResponsesService).record(admin, {
        company: 'a1-belarus',
        channel: 'press',
        respondedOn: '2027-01-01',
        classification: 'committed_to_act',
        text: 'Too early.',
      }),
      'validation_failed',
    );
    expect(await dirty()).toEqual([]);
    clock.advance(DAY);
    await moduleRef.get(ResponsesService).record(admin, {
      company: 'a1-belarus',
      channel: 'public_statement',
      respondedOn: '2026-12-05',
      classification: 'committed_to_act',
      dueOn: '2027-06-30',
      text: 'We will publish every shutdown order we receive.',
      evidence: [item?.id as string],
    });
    expect(await dirty()).toEqual(['a1-belarus', 'a1-telekom-austria']);
    await recompute();
    const after = await current('a1-belarus');
    expect(after.overall as number).toBeGreaterThan(a1.overall as number);
    expect(after.change).toMatchObject({ method: null, methodDelta: null, previousSeq: a1.seq });
    expect(after.change?.recordDelta).toBeCloseTo((after.overall as number) - (a1.overall as number), 2);
    expect(after.change?.answers.added).toHaveLength(1);
    expect((await current('a1-telekom-austria')).seq).toBe(before + 1);
  });

  it('follows an ownership change to the new owner', async () => {
    await moduleRef
      .get(OwnershipService)
      .create(admin, { parent: 'broadcom', subsidiary: 'supermicro', share: 10, since: '2026-12-01' } as never);
    expect(await dirty()).toEqual(['broadcom', 'supermicro']);
    await recompute();
    const broadcom = await current('broadcom');
    expect(broadcom.inputs.items.some((i) => i.route === 'via_subsidiary' && i.answerers.includes('supermicro'))).toBe(
      true,
    );
    expect(broadcom.change?.items.added.length).toBeGreaterThan(0);
  });
});

describe('a new methodology version', () => {
  const original = readFileSync(join(methodologiesDir(), '1.0.0.yaml'), 'utf8');

  it('is refused when invalid or not newer, and nothing is written', async () => {
    const methodologies = moduleRef.get(MethodologyService);
    const bad = await expectCode(
      methodologies.publish(
        admin,
        original.replace('version: 1.0.0', 'version: 1.1.0').replace('exit_relief: 0.7', 'exit_relief: 7'),
      ),
      'methodology_invalid',
    );
    expect(bad.message).toContain('responsiveness.exit_relief is 7, outside 0–1');
    await expectCode(methodologies.publish(admin, original), 'methodology_not_newer');
    expect((await methodologies.list()).map((m) => m.methodology.version)).toEqual(['1.0.0']);
    expect(await dirty()).toEqual([]);
  });

  it('recomputes every company, and compares old and new like for like: the old inputs under the new method', async () => {
    const before = await current('supermicro');
    const yaml = original
      .replace('version: 1.0.0', 'version: 1.1.0')
      .replace(/changes: >-\n( {2}.*\n)+/, 'changes: Data infrastructure weighs as much as censorship.\n')
      .replace('    data_infrastructure: 0.6', '    data_infrastructure: 0.9');
    const published = await moduleRef.get(MethodologyService).publish(admin, yaml);
    expect(published.methodology.version).toBe('1.1.0');
    expect((await dirty()).length).toBe(20);
    await recompute();
    const after = await current('supermicro');
    expect(after.methodologyVersion).toBe('1.1.0');
    expect(after.overall as number).toBeLessThan(before.overall as number);
    const rerun = score(before.inputs, published.methodology);
    expect(after.change).toMatchObject({
      method: { from: '1.0.0', to: '1.1.0' },
      before: { overall: before.overall },
      rerun: { overall: rerun.overall },
    });
    expect(after.change?.methodDelta).toBeCloseTo((rerun.overall as number) - (before.overall as number), 2);
    // Only a day passed on the record: almost everything that moved is the method's.
    expect(Math.abs(after.change?.recordDelta as number)).toBeLessThan(Math.abs(after.change?.methodDelta as number));
    const [run] = await query<{ total: number; finished_at: Date | null }>(
      `SELECT total, finished_at FROM scorecard_run WHERE methodology_version = '1.1.0'`,
    );
    expect(run.total).toBe(20);
    expect(run.finished_at).not.toBeNull();
    // A new owner changed nothing of Supermicro's own score: no snapshot was written for it then.
    expect((await history('supermicro')).map((s) => s.methodologyVersion)).toEqual(['1.0.0', '1.1.0']);
  });
});
