import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, DomainException, FixedClock, type Actor } from '#libs/core';
import { CompaniesModule, DemoSeedService, RecordImportService } from '#libs/companies';
import {
  EvidenceModule,
  ProcurementExportService,
  ProcurementImportService,
  ProcurementService,
  type CreateProcurementDto,
} from '#libs/evidence';
import { ImportCommand } from '../../../apps/cli/src/commands/companies/import-companies.command';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { testConfig } from '../../support/test-app';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'procurement');
const actor: Actor = { id: null, label: 'test' };

let db: TestDatabase;
let moduleRef: TestingModule;
let procurement: ProcurementService;

beforeAll(async () => {
  db = await createTestDatabase();
  moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config: testConfig(), databaseUrl: db.url, poolMax: db.poolMax, clock: new FixedClock() }),
      CompaniesModule,
      EvidenceModule,
    ],
  }).compile();
  await moduleRef.init();
  await moduleRef.get(DemoSeedService).seed(actor);
  procurement = moduleRef.get(ProcurementService);
});
afterAll(async () => {
  await moduleRef?.close();
  await db?.drop();
});

async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return moduleRef.get(DataSource).query(sql, params);
}

async function auditCount(): Promise<number> {
  return (
    await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'procurement_record'`)
  )[0].n;
}

async function refusal(promise: Promise<unknown>): Promise<DomainException> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    return error as DomainException;
  }
  throw new Error('expected a refusal');
}

/** Evidence written straight into the table: the evidence side owns the real writes. */
async function evidence(title: string, status: string, recordId: string): Promise<string> {
  const [{ id }] = await query<{ id: string }>(
    `INSERT INTO evidence (title, category, status, confidence, polarity, summary, author_label, updated_by_label)
     VALUES ($1, 'surveillance', $2, 'confirmed', 'positive', 'x', 'test', 'test') RETURNING id`,
    [title, status],
  );
  await query('INSERT INTO evidence_procurement_record (procurement_record_id, evidence_id) VALUES ($1, $2)', [
    recordId,
    id,
  ]);
  return id;
}

const servers: CreateProcurementDto = {
  reference: 'MED-KGB-1',
  title: 'Rack servers',
  buyer: 'kgb',
  supplier: 'map-info',
  brand: 'supermicro',
  items: [{ description: 'SuperServer 6029P', quantity: 12, unit: 'piece' }],
  value: 10_000_050,
  currency: 'usd',
  awardedOn: '2020-09-15',
  url: 'https://goszakupki.example/17',
};

describe('writes', () => {
  it('creates a record with its audit row, and shows it with its parties and money', async () => {
    const before = await auditCount();
    const created = await procurement.create(actor, servers);
    expect(created).toMatchObject({
      reference: 'MED-KGB-1',
      buyer: { slug: 'kgb' },
      supplier: { slug: 'map-info', name: 'MAP INFO' },
      brand: { slug: 'supermicro' },
      value: 10_000_050,
      currency: 'USD',
      formattedValue: '$100,000.50',
      items: [{ description: 'SuperServer 6029P', quantity: 12, unit: 'piece' }],
      evidence: [],
    });
    expect(await auditCount()).toBe(before + 1);
    const [row] = await query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_event WHERE record_type = 'procurement_record' AND record_id = $1`,
      [created.id],
    );
    expect(row.after).toMatchObject({
      buyer: 'kgb',
      supplier: 'map-info',
      brand: 'supermicro',
      valueMinor: '10000050',
      currency: 'USD',
    });
    expect(await procurement.get(created.id)).toEqual(created);
  });

  it('names each bad field, unknown slugs included, and writes nothing', async () => {
    const before = await auditCount();
    const unknown = await refusal(
      procurement.create(actor, {
        ...servers,
        reference: 'MED-X',
        buyer: 'ministry-of-truth',
        supplier: 'nobody',
        brand: 'no-brand',
      }),
    );
    expect(unknown.kind).toBe('invalid');
    expect(unknown.details.map((d) => d.field)).toEqual(['buyer', 'supplier', 'brand']);
    const bad = await refusal(
      procurement.create(actor, {
        reference: '',
        title: 'x',
        buyer: 'KGB!',
        supplier: 'map-info',
        awardedOn: '2020-02-30',
        value: -1,
        currency: 'XYZW',
        url: 'ftp://x',
        items: [{ description: '', quantity: -2 }],
      } as never),
    );
    expect(bad.details.map((d) => d.field)).toEqual(
      expect.arrayContaining([
        'reference',
        'buyer',
        'awardedOn',
        'value',
        'currency',
        'url',
        'items.0.description',
        'items.0.quantity',
      ]),
    );
    const pair = await refusal(procurement.create(actor, { ...servers, reference: 'MED-Y', currency: undefined }));
    expect(pair.details).toEqual([{ field: 'currency', message: 'Give the currency of the amount.' }]);
    const taken = await refusal(procurement.create(actor, servers));
    expect([taken.kind, taken.code]).toEqual(['conflict', 'procurement_reference_taken']);
    expect(await auditCount()).toBe(before);
  });

  it('patches: left out keeps, null clears, a change to nothing writes nothing', async () => {
    const created = await procurement.create(actor, { ...servers, reference: 'MED-KGB-2' });
    const before = await auditCount();
    const patched = await procurement.update(actor, created.id, {
      brand: null,
      value: null,
      currency: null,
      title: 'Servers, corrected',
    });
    expect(patched).toMatchObject({
      brand: null,
      value: null,
      currency: null,
      formattedValue: null,
      title: 'Servers, corrected',
      supplier: { slug: 'map-info' },
    });
    expect(await auditCount()).toBe(before + 1);
    await procurement.update(actor, created.id, { title: 'Servers, corrected' });
    expect(await auditCount()).toBe(before + 1);
    const taken = await refusal(procurement.update(actor, created.id, { reference: 'MED-KGB-1' }));
    expect(taken.code).toBe('procurement_reference_taken');
    const halfValue = await refusal(procurement.update(actor, created.id, { value: 5 }));
    expect(halfValue.details.map((d) => d.field)).toEqual(['currency']);
    expect(
      (await refusal(procurement.update(actor, created.id, { supplier: null } as never))).details.map((d) => d.field),
    ).toEqual(['supplier']);
    expect((await refusal(procurement.get('not-a-uuid'))).code).toBe('procurement_record_not_found');
  });
});

describe('reads', () => {
  it('lists newest first a page at a time, filtered by company (supplier or brand) or buyer', async () => {
    for (const [reference, day] of [
      ['MED-P1', '2019-01-01'],
      ['MED-P2', '2019-01-01'],
      ['MED-P3', '2018-05-05'],
    ]) {
      await procurement.create(actor, {
        ...servers,
        reference,
        awardedOn: day,
        buyer: 'ministry-of-internal-affairs',
        supplier: 'synesis',
        brand: null,
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const page = await procurement.list({ stateBody: 'ministry-of-internal-affairs', limit: 2, cursor });
      seen.push(...page.data.map((r) => r.reference));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    // Newest award first; the two of one day in id order.
    expect(seen).toHaveLength(3);
    expect([...seen].sort()).toEqual(['MED-P1', 'MED-P2', 'MED-P3']);
    expect(seen[2]).toBe('MED-P3');
    expect((await procurement.list({ company: 'supermicro' })).data.map((r) => r.reference).sort()).toEqual([
      'MED-KGB-1',
    ]);
    expect((await refusal(procurement.list({ company: 'nobody' }))).code).toBe('company_not_found');
    expect((await refusal(procurement.list({ cursor: 'garbage!' }))).code).toBe('companies_cursor_invalid');
  });

  it('lists a company as supplier or brand, and a state body as buyer', async () => {
    expect((await procurement.listForCompany('map-info')).map((r) => r.reference).sort()).toEqual([
      'MED-KGB-1',
      'MED-KGB-2',
    ]);
    expect((await procurement.listForCompany('supermicro')).map((r) => r.reference)).toEqual(['MED-KGB-1']);
    expect((await procurement.listForStateBody('kgb')).map((r) => r.reference).sort()).toEqual([
      'MED-KGB-1',
      'MED-KGB-2',
    ]);
    expect(await procurement.listForCompany('no-such-company')).toEqual([]);
    const [summary] = await procurement.listForCompany('supermicro');
    expect(Object.keys(summary).sort()).toEqual([
      'awardedOn',
      'brand',
      'buyer',
      'currency',
      'formattedValue',
      'id',
      'reference',
      'supplier',
      'title',
      'value',
    ]);
  });

  it('shows only public evidence, and refuses to delete a cited record', async () => {
    const record = await procurement.create(actor, { ...servers, reference: 'MED-CITED' });
    await evidence('Draft about servers', 'draft', record.id);
    await evidence('In review', 'in_review', record.id);
    const published = await evidence('Servers for the KGB', 'published', record.id);
    const retracted = await evidence('An old claim', 'retracted', record.id);
    const shown = await procurement.get(record.id);
    expect(shown.evidence).toEqual([
      { id: retracted, title: 'An old claim', status: 'retracted' },
      { id: published, title: 'Servers for the KGB', status: 'published' },
    ]);
    const cited = await refusal(procurement.delete(actor, record.id));
    expect([cited.kind, cited.code]).toEqual(['conflict', 'procurement_record_cited']);
    expect(cited.message).toContain('4 evidence');

    const loose = await procurement.create(actor, { ...servers, reference: 'MED-LOOSE' });
    const before = await auditCount();
    await procurement.delete(actor, loose.id);
    expect(await auditCount()).toBe(before + 1);
    expect((await refusal(procurement.get(loose.id))).code).toBe('procurement_record_not_found');
  });
});

describe('import', () => {
  it('imports a CSV by name, alias or slug, reports each rejected row, and a re-run changes nothing', async () => {
    const importer = moduleRef.get(ProcurementImportService);
    const csv = readFileSync(join(fixtures, 'records.csv'), 'utf8');
    const progress: number[] = [];
    const first = await importer.import(csv, 'csv', actor, (done) => progress.push(done));
    expect(progress).toEqual([0, 1, 2, 3, 4]);
    expect(first).toMatchObject({ total: 4, created: 2, updated: 0, unchanged: 0 });
    expect(first.rejected).toEqual([
      {
        row: 5,
        slug: 'BY-2020-BAD-1',
        reasons: ['buyer: no state body has the slug, name or alias "Ministry of Truth"'],
      },
      {
        row: 6,
        slug: 'BY-2020-BAD-2',
        reasons: [
          'amount: more decimals than USD has',
          'supplier: no company has the slug, name or alias "No Such Co"',
          'awarded_on: Enter a date as YYYY-MM-DD.',
        ],
      },
    ]);
    const [servers17] = (await procurement.list({ company: 'supermicro' })).data.filter(
      (r) => r.reference === 'BY-2020-KGB-17',
    );
    expect(servers17).toMatchObject({
      buyer: { slug: 'kgb' },
      supplier: { slug: 'map-info' },
      brand: { slug: 'supermicro' },
      value: 10_000_050,
      currency: 'USD',
      items: [
        { description: 'SuperServer 6029P', quantity: 12, unit: 'piece' },
        { description: 'Rails', quantity: 12, unit: 'set' },
      ],
    });
    const audit = await auditCount();
    const again = await importer.import(csv, 'csv', actor);
    expect(again).toMatchObject({ total: 4, created: 0, updated: 0, unchanged: 2 });
    expect(again.rejected).toHaveLength(2);
    expect(await auditCount()).toBe(audit);
  });

  it('imports an OCDS release package: one record per award, parties matched, value in minor units', async () => {
    const importer = moduleRef.get(ProcurementImportService);
    const json = readFileSync(join(fixtures, 'release-package.json'), 'utf8');
    const first = await importer.import(json, 'json', actor);
    expect(first).toMatchObject({ total: 6, created: 4, updated: 0, unchanged: 0 });
    expect(first.rejected).toEqual([
      { row: 3, slug: 'ocds-test-0003-tender', reasons: ['this release has no award, so no supplier'] },
      {
        row: 4,
        slug: 'ocds-test-0004-A1',
        reasons: ['supplier: no company has the slug, name or alias "Acme Nowhere Ltd"'],
      },
    ]);
    const all = new Map((await procurement.list({ limit: 100 })).data.map((r) => [r.reference, r]));
    expect(all.get('ocds-test-0001-A1')).toMatchObject({
      ocid: 'ocds-test-0001',
      title: 'PacketLogic DPI platform',
      awardedOn: '2020-08-20',
      buyer: { slug: 'national-traffic-exchange-center' },
      supplier: { slug: 'sandvine' },
      brand: { slug: 'sandvine' },
      value: 150_000_025,
      currency: 'USD',
      url: 'https://portal.example/tenders/1',
      items: [{ description: 'PacketLogic PL9000', quantity: 2, unit: 'unit' }],
    });
    expect(all.get('ocds-test-0002-A1')).toMatchObject({
      title: 'Storage servers',
      awardedOn: '2020-11-02',
      buyer: { slug: 'kgb' },
      supplier: { slug: 'map-info' },
      brand: { slug: 'supermicro' },
      value: 1_234_567,
      currency: 'JPY',
      formattedValue: '¥1,234,567',
      items: [{ description: 'Storage server', quantity: 4, unit: null }],
    });
    expect(all.get('ocds-test-0005-A1')).toMatchObject({
      buyer: { slug: 'information-and-analytical-center' },
      supplier: { slug: 'kvadrosoft' },
      value: 12_345,
      currency: 'BHD',
    });
    expect(all.get('ocds-test-0005-A2')).toMatchObject({
      supplier: { slug: 'map-info' },
      value: 10_500,
      currency: 'BHD',
    });

    const audit = await auditCount();
    expect(await importer.import(json, 'json', actor)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await auditCount()).toBe(audit);
  });

  it('refuses a file it cannot read, and never lets another process overwrite a reference', async () => {
    const importer = moduleRef.get(ProcurementImportService);
    expect((await refusal(importer.import('{"releases": ', 'json', actor))).code).toBe('evidence_import_unreadable');
    expect((await refusal(importer.import('{"nope": 1}', 'json', actor))).code).toBe('evidence_import_unreadable');
    expect((await refusal(importer.import('reference,colour\nx,red\n', 'csv', actor))).message).toContain(
      'unknown column(s): colour',
    );
    const clash = JSON.stringify({
      releases: [
        {
          ocid: 'ocds-other',
          id: 'r',
          date: '2021-01-01',
          buyer: { name: 'KGB' },
          awards: [{ id: 'ocds-test-0001-A1', suppliers: [{ name: 'Sandvine' }] }],
        },
      ],
    });
    const report = await importer.import(clash, 'json', actor);
    expect(report.rejected).toEqual([
      {
        row: 1,
        slug: 'ocds-test-0001-A1',
        reasons: ['reference: already used by a record of another contracting process (ocds-test-0001)'],
      },
    ]);
  });

  it('exports what it imports: the CSV goes in again unchanged, the JSON holds public evidence only', async () => {
    const exports = moduleRef.get(ProcurementExportService);
    const csv = await exports.csv();
    expect(csv.split('\n')[0]).toBe(
      'reference,ocid,title,awarded_on,buyer,supplier,brand,amount,currency,items,url,id,buyer_name,supplier_name,brand_name,evidence,created_at,updated_at',
    );
    expect(csv).toContain('1500000.25,USD');
    const total = (await procurement.list({ limit: 100 })).data.length;
    const report = await moduleRef.get(ProcurementImportService).import(csv, 'csv', actor);
    expect(report).toMatchObject({ total, created: 0, updated: 0, unchanged: total, rejected: [] });
    const json = await exports.json();
    const cited = json.find((r) => r.reference === 'MED-CITED');
    expect(cited?.evidence.map((e) => e.status)).toEqual(['retracted', 'published']);
  });

  it('runs as `import procurement FILE` with a report, and exits 1 when a row was rejected', async () => {
    const command = new ImportCommand(moduleRef.get(RecordImportService), moduleRef.get(ProcurementImportService));
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    const exitCode = process.exitCode;
    try {
      await command.run(['procurement', join(fixtures, 'records.csv')]);
      expect(process.exitCode).toBe(1);
    } finally {
      write.mockRestore();
      process.exitCode = exitCode;
    }
    expect(out.join('')).toContain('4 rows: 0 created, 0 updated, 2 unchanged, 2 rejected.');
    expect(out.join('')).toContain(
      'Row 5 (BY-2020-BAD-1): buyer: no state body has the slug, name or alias "Ministry of Truth"',
    );
  });
});
