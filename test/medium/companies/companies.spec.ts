import 'reflect-metadata';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { getMetadataStorage } from 'class-validator';
import { AuditService, CoreModule, FixedClock, LOCALES, SYSTEM_ACTOR, DomainException } from '#libs/core';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { expectCode } from '../../support/expect-code';
import { testConfig } from '../../support/test-app';
import {
  CompaniesModule,
  CompanyQueryDto,
  CompanyService,
  CreateCompanyDto,
  CreateOwnershipDto,
  CreateStateBodyDto,
  DemoSeedService,
  OwnershipQueryDto,
  OwnershipService,
  RecordExportService,
  RecordImportService,
  SourceDto,
  StateBodyQueryDto,
  StateBodyService,
  UpdateCompanyDto,
  UpdateOwnershipDto,
  UpdateStateBodyDto,
} from '#libs/companies';

let db: TestDatabase;
let moduleRef: TestingModule;
const actor = { id: null, label: 'test' };

beforeAll(async () => {
  db = await createTestDatabase();
  moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config: testConfig(), databaseUrl: db.url, poolMax: db.poolMax, clock: new FixedClock() }),
      CompaniesModule,
    ],
  }).compile();
  await moduleRef.init();
});
afterAll(async () => {
  await moduleRef?.close();
  await db?.drop();
});

async function auditCount(): Promise<number> {
  const rows = await moduleRef.get(DataSource).query('SELECT count(*)::int AS n FROM audit_event');
  return rows[0].n;
}

test('a demo seed that fails half-way leaves nothing, and the next start seeds it all', async () => {
  const seed = moduleRef.get(DemoSeedService);
  const ownerships = moduleRef.get(OwnershipService);
  const crash = jest.spyOn(ownerships, 'upsert').mockRejectedValueOnce(new Error('the process died here'));
  await expect(seed.seedIfEmpty(SYSTEM_ACTOR)).rejects.toThrow('the process died here');
  crash.mockRestore();
  expect(await moduleRef.get(CompanyService).hasAny()).toBe(false);
  expect(await auditCount()).toBe(0);
});

test('demo seed is idempotent', async () => {
  const seed = moduleRef.get(DemoSeedService);
  const first = await seed.seedIfEmpty(SYSTEM_ACTOR);
  expect(first?.companies.created).toBe(19);
  expect(first?.ownerships.created).toBe(4);
  expect(first?.stateBodies.created).toBe(5);
  const n = await auditCount();
  const second = await seed.seed(SYSTEM_ACTOR);
  expect(second.companies.unchanged).toBe(19);
  expect(second.ownerships.unchanged).toBe(4);
  expect(second.stateBodies.unchanged).toBe(5);
  expect(await auditCount()).toBe(n);
  expect(await seed.seedIfEmpty(SYSTEM_ACTOR)).toBeNull();
});

test('search by name, alias, accents; filters; pagination', async () => {
  const companies = moduleRef.get(CompanyService);
  expect((await companies.search({ q: 'SANDVÍNE' })).data.map((c) => c.slug)).toEqual(['sandvine']);
  expect((await companies.search({ q: 'velcom' })).data.map((c) => c.slug)).toEqual(['a1-belarus']);
  expect((await companies.search({ q: 'квадро' })).data.map((c) => c.slug)).toEqual(['kvadrosoft']);
  expect((await companies.search({ q: '%' })).total).toBe(0);
  expect((await companies.search({ q: '_' })).total).toBe(0);
  expect((await companies.search({ kind: 'reseller' })).data.map((c) => c.slug)).toEqual(['kvadrosoft', 'map-info']);
  expect((await companies.search({ country: 'by' })).total).toBe(4);
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await companies.search({ limit: 5, cursor });
    expect(page.total).toBe(19);
    seen.push(...page.data.map((c) => c.slug));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor);
  expect(pages).toBe(4);
  expect(new Set(seen).size).toBe(19);
  await expectCode(companies.search({ cursor: 'garbage' }), 'companies_cursor_invalid');
  await expectCode(companies.search({ kind: 'bank' as never }), 'validation_failed');
});

test('profile group', async () => {
  const companies = moduleRef.get(CompanyService);
  const p = await companies.profile('red-hat');
  expect(p.group.parents.map((l) => l.parent.slug)).toEqual(['ibm']);
  expect(p.group.parents[0].share).toBe(100);
  expect(p.group.parents[0].since).toBe('2019-07-09');
  const a1 = await companies.profile('a1-telekom-austria');
  expect(a1.group.subsidiaries).toHaveLength(2);
});

test('create, slug rules, conflicts, update, delete', async () => {
  const companies = moduleRef.get(CompanyService);
  const audit = moduleRef.get(AuditService);
  const c = await companies.create(actor, {
    name: '  Hikvision Digital ',
    kind: 'reseller',
    country: 'cn',
    aliases: ['Hik', 'hik', ' ', 'Hikvision Digital'],
  } as never);
  expect(c.slug).toBe('hikvision-digital');
  expect(c.country).toBe('CN');
  expect(c.aliases).toEqual(['Hik']);
  await expectCode(
    companies.create(actor, { name: 'Hikvision Digital', kind: 'reseller' } as never),
    'company_slug_taken',
  );
  await expectCode(
    companies.create(actor, { name: 'X', kind: 'reseller', website: 'ftp://x.com' } as never),
    'validation_failed',
  );
  await expectCode(
    companies.create(actor, { name: 'X', kind: 'reseller', country: 'XX' } as never),
    'validation_failed',
  );
  const u = await companies.update(actor, 'hikvision-digital', { website: 'https://hik.example', country: null });
  expect(u.website).toBe('https://hik.example');
  expect(u.country).toBeNull();
  const n = await auditCount();
  await companies.update(actor, 'hikvision-digital', { website: 'https://hik.example' });
  expect(await auditCount()).toBe(n);
  await expectCode(companies.update(actor, 'hikvision-digital', { slug: 'sandvine' }), 'company_slug_taken');
  await expectCode(companies.update(actor, 'hikvision-digital', { name: null as never }), 'validation_failed');
  const history = await audit.history('company', c.id);
  expect(history.map((h) => h.action)).toEqual(['update', 'create']);
  await companies.delete(actor, 'hikvision-digital');
  await expectCode(companies.getBySlug('hikvision-digital'), 'company_not_found');
});

test('ownership rules', async () => {
  const ownerships = moduleRef.get(OwnershipService);
  await expectCode(ownerships.create(actor, { parent: 'ibm', subsidiary: 'ibm' }), 'ownership_self');
  await expectCode(ownerships.create(actor, { parent: 'red-hat', subsidiary: 'ibm' }), 'ownership_cycle');
  await expectCode(
    ownerships.create(actor, { parent: 'vmware', subsidiary: 'red-hat', share: 0 }),
    'validation_failed',
  );
  await expectCode(
    ownerships.create(actor, { parent: 'vmware', subsidiary: 'red-hat', share: 101 }),
    'validation_failed',
  );
  await expectCode(
    ownerships.create(actor, { parent: 'vmware', subsidiary: 'red-hat', since: '2020-01-02', until: '2020-01-01' }),
    'validation_failed',
  );
  await expectCode(ownerships.create(actor, { parent: 'nope', subsidiary: 'red-hat' }), 'validation_failed');
  // Red Hat → Broadcom is fine; then Broadcom's chain up includes IBM; VMware → IBM would close a cycle.
  const link = await ownerships.create(actor, {
    parent: 'red-hat',
    subsidiary: 'broadcom',
    share: '12.5' as never,
    source: { url: 'https://example.org/x' },
  });
  expect(link.share).toBe(12.5);
  await expectCode(ownerships.create(actor, { parent: 'vmware', subsidiary: 'ibm' }), 'ownership_cycle');
  const companies = moduleRef.get(CompanyService);
  const vm = await companies.profile('vmware');
  expect(vm.group.parents.map((l) => [l.parent.slug, l.depth])).toEqual([
    ['broadcom', 1],
    ['red-hat', 2],
    ['ibm', 3],
  ]);
  const ibm = await companies.profile('ibm');
  expect(ibm.group.subsidiaries.map((l) => l.subsidiary.slug)).toEqual(['red-hat', 'broadcom', 'vmware']);
  const updated = await ownerships.update(actor, link.id, { share: null, until: '2024-01-01' });
  expect(updated.share).toBeNull();
  const list = await ownerships.list({ company: 'broadcom', limit: 1 });
  expect(list.data).toHaveLength(1);
  const rest = await ownerships.list({ company: 'broadcom', cursor: list.nextCursor! });
  expect(rest.data).toHaveLength(1);
  expect(rest.nextCursor).toBeNull();
  await ownerships.delete(actor, link.id);
  await expectCode(ownerships.get(link.id), 'ownership_not_found');
  await expectCode(ownerships.get('nonsense'), 'ownership_not_found');
  // Deleting a company removes its links, each audited.
  const before = await auditCount();
  await companies.delete(actor, 'red-hat');
  expect(await auditCount()).toBe(before + 2);
  expect((await companies.profile('ibm')).group.subsidiaries).toEqual([]);
});

test('state bodies', async () => {
  const bodies = moduleRef.get(StateBodyService);
  expect((await bodies.search({ q: 'kgb' })).data.map((b) => b.slug)).toEqual(['kgb']);
  await expectCode(bodies.create(actor, { name: 'KGB', slug: 'kgb', country: 'BY' }), 'state_body_slug_taken');
  await expectCode(bodies.create(actor, { name: 'X' } as never), 'validation_failed');
  const b = await bodies.create(actor, { name: 'Operational and Analytical Center', country: 'by' });
  expect(b.slug).toBe('operational-and-analytical-center');
  await bodies.delete(actor, b.slug);
  await expectCode(bodies.getBySlug(b.slug), 'state_body_not_found');
});

test('import and export round trip', async () => {
  const importer = moduleRef.get(RecordImportService);
  const exporter = moduleRef.get(RecordExportService);
  const csv = await exporter.companiesCsv();
  const n = await auditCount();
  const again = await importer.import('companies', csv, 'csv', actor);
  expect(again).toMatchObject({ created: 0, updated: 0, rejected: [] });
  expect(await auditCount()).toBe(n);
  const json = JSON.stringify(await exporter.companiesJson());
  expect(await importer.import('companies', json, 'json', actor)).toMatchObject({
    created: 0,
    updated: 0,
    rejected: [],
  });
  const progress: number[] = [];
  const file = [
    'name,kind,country,description,aliases',
    'Evil Corp,other,US,"=HYPERLINK(""http://x"")",a|b',
    ',reseller,BY,,',
    'Bad Kind,bank,BY,,',
    'Evil Corp,other,US,dup,',
  ].join('\n');
  const report = await importer.import('companies', file, 'csv', actor, (done) => progress.push(done));
  expect(report.created).toBe(1);
  expect(report.rejected.map((r) => r.row)).toEqual([3, 4, 5]);
  expect(progress).toEqual([0, 1, 2, 3, 4]);
  const out = await exporter.companiesCsv();
  expect(out).toContain(`"'=HYPERLINK(""http://x"")"`);
  const r2 = await importer.import('companies', out, 'csv', actor);
  expect(r2).toMatchObject({ created: 0, updated: 0, rejected: [] });
  await expectCode(importer.import('procurement', '', 'csv', actor), 'companies_import_kind_unknown');
  await expectCode(importer.import('companies', 'nme,kind\nx,y', 'csv', actor), 'companies_import_unreadable');
  await expectCode(importer.import('companies', '{', 'json', actor), 'companies_import_unreadable');
  const sb = await importer.import('state-bodies', await exporter.stateBodiesCsv(), 'csv', actor);
  expect(sb).toMatchObject({ created: 0, updated: 0, unchanged: 5, rejected: [] });
});

test('a share is a finite number above 0 and at most 100 with two decimals, never a crash', async () => {
  const ownerships = moduleRef.get(OwnershipService);
  for (const share of ['1e-7', 'Infinity', '-Infinity', '1e2.5', '12.345', 1e-7, 1e21, '0', '100.01']) {
    const error = await expectCode(
      ownerships.create(actor, { parent: 'ibm', subsidiary: 'vmware', share: share as never }),
      'validation_failed',
    );
    expect(error.details).toEqual([
      { field: 'share', message: 'Enter a percentage above 0 and at most 100, with at most two decimals.' },
    ]);
  }
  const link = await ownerships.create(actor, { parent: 'ibm', subsidiary: 'vmware', share: '1e1' as never });
  expect(link.share).toBe(10);
  await expectCode(ownerships.update(actor, link.id, { share: 'Infinity' as never }), 'validation_failed');
  expect((await ownerships.update(actor, link.id, { share: 0.29 })).share).toBe(0.29);
  await expectCode(ownerships.update(actor, link.id, { parent: null as never }), 'validation_failed');
  await ownerships.delete(actor, link.id);
});

test('a NUL byte in any text is refused with a message, not sent to the database', async () => {
  const companies = moduleRef.get(CompanyService);
  const bodies = moduleRef.get(StateBodyService);
  const nul = 'Evil\u0000Corp';
  const message = 'This text contains an invisible NUL character; remove it.';
  const fieldsOf = (error: DomainException) => error.details.map((detail) => detail.field);
  const e1 = await expectCode(
    companies.create(actor, {
      name: nul,
      kind: 'other',
      aliases: ['ok', nul],
      description: nul,
      source: { url: 'https://example.org', title: nul, publisher: nul },
    }),
    'validation_failed',
  );
  expect(fieldsOf(e1)).toEqual(['name', 'aliases', 'description', 'source.title', 'source.publisher']);
  expect(e1.details[0].message).toBe(message);
  await expectCode(companies.update(actor, 'ibm', { description: nul }), 'validation_failed');
  await expectCode(bodies.create(actor, { name: nul, country: 'BY' }), 'validation_failed');
  await expectCode(bodies.update(actor, 'kgb', { aliases: [nul] }), 'validation_failed');
  await expectCode(companies.search({ q: nul }), 'validation_failed');
  await expectCode(companies.search({ cursor: nul }), 'validation_failed');
  await expectCode(bodies.search({ q: nul }), 'validation_failed');
  await expectCode(moduleRef.get(OwnershipService).list({ cursor: nul }), 'validation_failed');
  expect(await auditCount()).toBeGreaterThan(0);
});

test('an import rejects a bad row alone: a wrong column count, a NUL byte, a row the database refuses', async () => {
  const importer = moduleRef.get(RecordImportService);
  const companies = moduleRef.get(CompanyService);
  const file = [
    'name,kind,country',
    'Row Two Ltd,other,US',
    'Too Many,other,US,extra',
    'Too Few,other',
    'Nul\u0000Byte,other,US',
    'Refused By Database,other,US',
    'Row Seven Ltd,other,US',
  ].join('\n');
  const real = companies.upsert.bind(companies);
  const spy = jest.spyOn(companies, 'upsert').mockImplementation(async (who, input, tx) => {
    if (input.name === 'Refused By Database') throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
    return real(who, input, tx);
  });
  try {
    const report = await importer.import('companies', file, 'csv', actor);
    expect(report).toMatchObject({ total: 6, created: 2 });
    expect(report.rejected).toEqual([
      { row: 3, slug: null, reasons: ['this row has 4 columns where the header has 3'] },
      { row: 4, slug: null, reasons: ['this row has 2 columns where the header has 3'] },
      { row: 5, slug: 'nul-byte', reasons: ['name: This text contains an invisible NUL character; remove it.'] },
      { row: 6, slug: 'refused-by-database', reasons: ['could not be stored'] },
    ]);
  } finally {
    spy.mockRestore();
  }
  expect((await companies.getBySlug('row-seven-ltd')).name).toBe('Row Seven Ltd');
});

test('every validation message of the company DTOs is a translated key', () => {
  const english = LOCALES.en as Record<string, string>;
  const dtos = [
    CreateCompanyDto,
    UpdateCompanyDto,
    CompanyQueryDto,
    CreateStateBodyDto,
    UpdateStateBodyDto,
    StateBodyQueryDto,
    CreateOwnershipDto,
    UpdateOwnershipDto,
    OwnershipQueryDto,
    SourceDto,
  ];
  const missing: string[] = [];
  let checked = 0;
  for (const dto of dtos) {
    for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
      if (meta.type === 'conditionalValidation' || meta.type === 'whitelistValidation') continue;
      checked += 1;
      if (typeof meta.message !== 'string' || !english[meta.message])
        missing.push(`${dto.name}.${meta.propertyName} (${meta.name ?? meta.type})`);
    }
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});
