import { MethodologyService, RecomputeService, ScorecardsModule, ScorecardsPublicService } from '#libs/scorecards';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, FixedClock, JobRunner, type Actor } from '#libs/core';
import { CompaniesModule, DemoSeedService, RecordExportService } from '#libs/companies';
import {
  EvidenceDemoSeedService,
  EvidenceExportService,
  EvidenceModule,
  EvidenceService,
  EvidenceWorkflowService,
  FTM_REFERENCES,
  FTM_SCHEMATA,
  ProcurementService,
  type FtmEntity,
} from '#libs/evidence';
import { ExportCommand, FTM_FILE } from '../../../apps/cli/src/commands/export/export.command';
import { supermicroCase } from '../../support/evidence-factory';
import { testConfig } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const author: Actor = { id: randomUUID(), label: 'author@leverage.test' };
const reviewer: Actor = { id: randomUUID(), label: 'reviewer@leverage.test' };

let db: TestDatabase;
let moduleRef: TestingModule;
let command: ExportCommand;
let dir: string;
const ids: Record<'published' | 'retracted' | 'draft' | 'inReview', string> = {
  published: '',
  retracted: '',
  draft: '',
  inReview: '',
};

/** Runs `export` as the CLI would, capturing what it prints; the exit code is returned and reset. */
async function runExport(
  args: string[],
  options: { format?: string } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    await command.run(args, options);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, out, err };
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

beforeAll(async () => {
  db = await createTestDatabase();
  moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config: testConfig(), databaseUrl: db.url, poolMax: db.poolMax, clock: new FixedClock() }),
      CompaniesModule,
      EvidenceModule,
      ScorecardsModule,
    ],
  }).compile();
  await moduleRef.init();
  await moduleRef.get(JobRunner).prepareQueues();
  await moduleRef.get(DemoSeedService).seed({ id: null, label: 'seed' });
  await moduleRef.get(EvidenceDemoSeedService).seed({ id: null, label: 'seed' });
  command = new ExportCommand(
    moduleRef.get(EvidenceExportService),
    moduleRef.get(RecordExportService),
    moduleRef.get(ScorecardsPublicService),
    moduleRef.get(MethodologyService),
    moduleRef.get(RecomputeService),
  );

  await moduleRef.get(ProcurementService).create(author, {
    reference: 'FTM-KGB-1',
    title: 'Rack servers',
    buyer: 'kgb',
    supplier: 'map-info',
    brand: 'supermicro',
    items: [{ description: 'SuperServer 6029P', quantity: 12, unit: 'piece' }],
    value: 10_000_050,
    currency: 'USD',
    awardedOn: '2020-09-15',
    url: 'https://goszakupki.example/ftm-1',
  });
  const evidence = moduleRef.get(EvidenceService);
  const workflow = moduleRef.get(EvidenceWorkflowService);
  const publish = async (title: string) => {
    const draft = await evidence.create(author, supermicroCase({ title, procurementRecords: ['FTM-KGB-1'] }));
    const submitted = await workflow.submit(author, draft.id, { version: draft.version });
    return workflow.publish(reviewer, draft.id, { version: submitted.version });
  };
  ids.published = (await publish('Published for the export')).id;
  const retracted = await publish('Retracted but still public');
  ids.retracted = (
    await workflow.retract(reviewer, retracted.id, { version: retracted.version, reason: 'Forged.' })
  ).id;
  ids.draft = (
    await evidence.create(
      author,
      supermicroCase({
        title: 'Draft kept at home',
        sources: [{ url: 'https://example.org/draft-only-source', kind: 'leak' }],
      }),
    )
  ).id;
  const inReview = await evidence.create(author, supermicroCase({ title: 'In review kept at home' }));
  ids.inReview = (await workflow.submit(author, inReview.id, { version: inReview.version })).id;
  dir = mkdtempSync(join(tmpdir(), 'leverage-export-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await moduleRef?.close();
  await db?.drop();
});

describe('export --format ftm', () => {
  let entities: FtmEntity[];
  let result: Awaited<ReturnType<typeof runExport>>;
  const target = () => join(dir, 'nested', 'ftm');

  beforeAll(async () => {
    result = await runExport([target()]);
    entities = lines(join(target(), FTM_FILE)).map((line) => JSON.parse(line) as FtmEntity);
  });

  it('creates the folder, writes one entity a line, and reports on stdout and stderr', () => {
    expect(result.code).toBe(0);
    expect(result.err).toContain(`Exporting: ${entities.length} entities written`);
    expect(result.out).toContain(`Wrote ${entities.length} FollowTheMoney entities to ${join(target(), FTM_FILE)}`);
    expect(entities.length).toBeGreaterThan(30);
  });

  it('gives every entity an id, a known schema and properties whose values are lists of strings', () => {
    for (const entity of entities) {
      expect(Object.keys(entity).sort()).toEqual(['id', 'properties', 'schema']);
      expect(entity.id).toMatch(/^leverage-[a-z0-9-]+$/);
      expect(FTM_SCHEMATA).toContain(entity.schema);
      for (const values of Object.values(entity.properties)) {
        expect(Array.isArray(values) && values.length > 0).toBe(true);
        for (const value of values) expect(typeof value).toBe('string');
      }
    }
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
  });

  it('holds every schema of the record, and every company, state body and ownership', async () => {
    expect(new Set(entities.map((entity) => entity.schema))).toEqual(
      new Set(['Company', 'PublicBody', 'Ownership', 'Contract', 'ContractAward', 'Document', 'Documentation']),
    );
    const rows = async (table: string) =>
      Number((await moduleRef.get(DataSource).query(`SELECT count(*) FROM ${table}`))[0].count);
    const count = (schema: string) => entities.filter((entity) => entity.schema === schema).length;
    expect(count('Company')).toBe(await rows('company'));
    expect(count('PublicBody')).toBe(await rows('state_body'));
    expect(count('Ownership')).toBe(await rows('ownership'));
    expect(entities.find((entity) => entity.id === 'leverage-company-supermicro')?.properties).toMatchObject({
      name: ['Supermicro'],
      country: ['us'],
    });
  });

  it('points every reference at an entity of the file', () => {
    const known = new Set(entities.map((entity) => entity.id));
    let checked = 0;
    for (const entity of entities) {
      for (const property of FTM_REFERENCES[entity.schema] ?? []) {
        expect(entity.properties[property]).toBeDefined();
        for (const id of entity.properties[property]) {
          expect(known).toContain(id);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('models the tender as the buyer’s Contract awarded to the supplier, in major units', () => {
    const contract = entities.find(
      (entity) => entity.schema === 'Contract' && entity.properties.procedureNumber?.[0] === 'FTM-KGB-1',
    )!;
    expect(contract.properties).toMatchObject({
      authority: ['leverage-state-body-kgb'],
      amount: ['100000.50'],
      currency: ['USD'],
      contractDate: ['2020-09-15'],
    });
    const award = entities.find(
      (entity) => entity.schema === 'ContractAward' && entity.properties.contract[0] === contract.id,
    )!;
    expect(award.properties).toMatchObject({ supplier: ['leverage-company-map-info'], summary: ['Brand: Supermicro'] });
  });

  it('documents public evidence only: the retracted item marked, drafts and items in review absent', () => {
    const raw = readFileSync(join(target(), FTM_FILE), 'utf8');
    expect(raw).toContain(ids.published);
    for (const hidden of [ids.draft, ids.inReview, 'Draft kept at home', 'In review kept at home', 'draft-only-source'])
      expect(raw).not.toContain(hidden);
    const documentation = entities.filter(
      (entity) => entity.schema === 'Documentation' && entity.id.includes(ids.retracted),
    );
    expect(documentation.map((entity) => [entity.properties.entity[0], entity.properties.role[0]])).toEqual([
      ['leverage-company-supermicro', 'manufacturer'],
      ['leverage-company-map-info', 'reseller'],
      ['leverage-state-body-kgb', 'end_user'],
    ]);
    for (const entity of documentation) {
      expect(entity.properties.status).toEqual(['retracted']);
      expect(entity.properties.sourceUrl).toEqual([`http://leverage.test/evidence/${ids.retracted}`]);
    }
  });
});

describe('export --format', () => {
  it('refuses an unknown format with exit 2 and a clear message, writing nothing', async () => {
    const target = join(dir, 'refused');
    const result = await runExport([target], { format: 'xml' });
    expect(result.code).toBe(2);
    expect(result.err).toBe('Unknown export format "xml". Use one of: ftm, json.\n');
    expect(existsSync(target)).toBe(false);
  });

  it('writes the open data files with --format json, public evidence only', async () => {
    const target = join(dir, 'json');
    const result = await runExport([target], { format: 'json' });
    expect(result.code).toBe(0);
    const evidence = JSON.parse(readFileSync(join(target, 'evidence.json'), 'utf8')) as {
      id: string;
      status: string;
    }[];
    expect(evidence.map((item) => item.id)).toEqual(expect.arrayContaining([ids.published, ids.retracted]));
    expect(evidence.map((item) => item.id)).not.toEqual(expect.arrayContaining([ids.draft]));
    expect(evidence.every((item) => ['published', 'disputed', 'retracted'].includes(item.status))).toBe(true);
    const companies = JSON.parse(readFileSync(join(target, 'companies.json'), 'utf8')) as { slug: string }[];
    expect(companies.map((company) => company.slug)).toContain('supermicro');
    const bodies = JSON.parse(readFileSync(join(target, 'state-bodies.json'), 'utf8')) as { slug: string }[];
    expect(bodies.map((body) => body.slug)).toContain('kgb');
    expect(result.out).toContain('evidence.json');
  });
});
