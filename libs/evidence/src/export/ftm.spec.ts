import type { CompanyView, OwnershipView, StateBodyView } from '#libs/companies';
import type { EvidenceView } from '../evidence/evidence.view';
import type { ProcurementRecordView } from '../procurement/procurement.view';
import { companyEntity, evidenceEntities, ftmId, ownershipEntity, procurementEntities, publicBodyEntity } from './ftm';

const company = (overrides: Partial<CompanyView> = {}): CompanyView =>
  ({
    id: 'c1',
    slug: 'supermicro',
    name: 'Supermicro',
    aliases: ['Super Micro Computer', ''],
    kind: 'manufacturer',
    country: 'US',
    website: 'https://www.supermicro.com',
    description: '',
    source: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }) as CompanyView;

function evidenceItem(overrides: Partial<EvidenceView> = {}): EvidenceView {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Supermicro servers for the KGB through MAP INFO',
    category: 'data_infrastructure',
    status: 'published',
    confidence: 'corroborated',
    polarity: 'harm',
    endUser: { slug: 'kgb', name: 'KGB' },
    chain: [
      { position: 0, company: { slug: 'supermicro', name: 'Supermicro' }, role: 'manufacturer' },
      { position: 1, company: { slug: 'map-info', name: 'MAP INFO' }, role: 'reseller' },
    ],
    periodStart: '2020-06-01',
    periodEnd: null,
    publishedAt: '2026-01-02T00:00:00.000Z',
    version: 3,
    updatedAt: '2026-01-02T00:00:00.000Z',
    products: ['SuperServer'],
    value: { minor: '10000050', currency: 'USD', formatted: '$100,000.50' },
    summary: 'A tender of the KGB.',
    sources: [
      {
        url: 'https://example.org/a',
        publisher: 'Example',
        title: 'Tender',
        publishedOn: '2020-09-15',
        archivedUrl: 'https://archive.example/a',
        kind: 'procurement_record',
        excerpt: 'SuperServer',
      },
      {
        url: 'https://example.org/b',
        publisher: null,
        title: null,
        publishedOn: null,
        archivedUrl: null,
        kind: 'press_report',
        excerpt: '',
      },
    ],
    procurementRecords: [],
    corrections: [],
    statusReason: null,
    statusChangedAt: null,
    author: 'a',
    updatedBy: 'a',
    publishedBy: 'b',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  } as EvidenceView;
}

describe('FollowTheMoney mapping', () => {
  it('maps a company with lower-case country, no empty values, and only string lists', () => {
    const entity = companyEntity(
      company({ source: { url: 'https://example.org/s', title: null, publisher: null, publishedOn: null } }),
    );
    expect(entity).toEqual({
      id: 'leverage-company-supermicro',
      schema: 'Company',
      properties: {
        name: ['Supermicro'],
        alias: ['Super Micro Computer'],
        country: ['us'],
        website: ['https://www.supermicro.com'],
        sourceUrl: ['https://example.org/s'],
      },
    });
  });

  it('maps a state body to a PublicBody', () => {
    const body = {
      slug: 'kgb',
      name: 'KGB',
      aliases: ['State Security Committee'],
      country: 'BY',
      website: null,
      description: 'Belarus',
      source: null,
    } as unknown as StateBodyView;
    expect(publicBodyEntity(body)).toEqual({
      id: 'leverage-state-body-kgb',
      schema: 'PublicBody',
      properties: { name: ['KGB'], alias: ['State Security Committee'], country: ['by'], description: ['Belarus'] },
    });
  });

  it('maps ownership from owner to asset with its share and period', () => {
    const link = {
      id: 'o1',
      parent: { slug: 'broadcom', name: 'Broadcom' },
      subsidiary: { slug: 'vmware', name: 'VMware' },
      share: 100,
      since: '2023-11-22',
      until: null,
      source: { url: 'https://example.org/deal', title: null, publisher: 'Broadcom', publishedOn: null },
    } as OwnershipView;
    expect(ownershipEntity(link)).toEqual({
      id: 'leverage-ownership-o1',
      schema: 'Ownership',
      properties: {
        owner: ['leverage-company-broadcom'],
        asset: ['leverage-company-vmware'],
        percentage: ['100'],
        startDate: ['2023-11-22'],
        sourceUrl: ['https://example.org/deal'],
        publisher: ['Broadcom'],
      },
    });
  });

  it('maps a procurement record to a Contract of the buyer and a ContractAward to the supplier, amount in major units', () => {
    const record = {
      id: 'p1',
      reference: 'BY-2020-17',
      title: 'Rack servers',
      awardedOn: '2020-09-15',
      buyer: { slug: 'kgb', name: 'KGB' },
      supplier: { slug: 'map-info', name: 'MAP INFO' },
      brand: { slug: 'supermicro', name: 'Supermicro' },
      value: 10_000_050,
      currency: 'USD',
      items: [{ description: 'SuperServer 6029P', quantity: 12, unit: 'piece' }],
      url: 'https://goszakupki.example/17',
    } as unknown as ProcurementRecordView;
    const [contract, award] = procurementEntities(record);
    expect(contract).toEqual({
      id: 'leverage-procurement-p1',
      schema: 'Contract',
      properties: {
        name: ['Rack servers'],
        title: ['Rack servers'],
        authority: ['leverage-state-body-kgb'],
        contractDate: ['2020-09-15'],
        procedureNumber: ['BY-2020-17'],
        amount: ['100000.50'],
        currency: ['USD'],
        description: ['SuperServer 6029P'],
        sourceUrl: ['https://goszakupki.example/17'],
      },
    });
    expect(award).toEqual({
      id: 'leverage-procurement-p1-award',
      schema: 'ContractAward',
      properties: {
        contract: ['leverage-procurement-p1'],
        supplier: ['leverage-company-map-info'],
        amount: ['100000.50'],
        currency: ['USD'],
        date: ['2020-09-15'],
        summary: ['Brand: Supermicro'],
        sourceUrl: ['https://goszakupki.example/17'],
      },
    });
  });

  it('leaves the amount and currency out of a record without a value', () => {
    const record = {
      id: 'p2',
      reference: 'R',
      title: 'T',
      awardedOn: '2020-01-01',
      buyer: { slug: 'kgb' },
      supplier: { slug: 'x' },
      brand: null,
      value: null,
      currency: null,
      items: [],
      url: null,
    } as unknown as ProcurementRecordView;
    const [contract, award] = procurementEntities(record);
    expect(contract.properties.amount).toBeUndefined();
    expect(award.properties.currency).toBeUndefined();
    expect(award.properties.summary).toBeUndefined();
  });

  it('gives every source a Document and every party of the chain a Documentation with its role', () => {
    const entities = evidenceEntities(evidenceItem(), 'https://leverage.example/');
    expect(entities.map((entity) => [entity.schema, entity.id])).toEqual([
      ['Document', ftmId.document('11111111-1111-4111-8111-111111111111', 0)],
      ['Documentation', 'leverage-evidence-11111111-1111-4111-8111-111111111111-source-0-supermicro'],
      ['Documentation', 'leverage-evidence-11111111-1111-4111-8111-111111111111-source-0-map-info'],
      ['Documentation', 'leverage-evidence-11111111-1111-4111-8111-111111111111-source-0-kgb'],
      ['Document', ftmId.document('11111111-1111-4111-8111-111111111111', 1)],
      ['Documentation', 'leverage-evidence-11111111-1111-4111-8111-111111111111-source-1-supermicro'],
      ['Documentation', 'leverage-evidence-11111111-1111-4111-8111-111111111111-source-1-map-info'],
      ['Documentation', 'leverage-evidence-11111111-1111-4111-8111-111111111111-source-1-kgb'],
    ]);
    expect(entities[0].properties).toEqual({
      name: ['Tender'],
      title: ['Tender'],
      sourceUrl: ['https://example.org/a', 'https://archive.example/a'],
      publishedAt: ['2020-09-15'],
      publisher: ['Example'],
      summary: ['SuperServer'],
    });
    expect(entities[4].properties).toEqual({ name: ['https://example.org/b'], sourceUrl: ['https://example.org/b'] });
    expect(entities[2].properties).toEqual({
      document: [entities[0].id],
      entity: ['leverage-company-map-info'],
      role: ['reseller'],
      summary: ['Supermicro servers for the KGB through MAP INFO'],
      status: ['published'],
      startDate: ['2020-06-01'],
      sourceUrl: ['https://leverage.example/evidence/11111111-1111-4111-8111-111111111111'],
    });
    expect(entities[3].properties.entity).toEqual(['leverage-state-body-kgb']);
    expect(entities[3].properties.role).toEqual(['end_user']);
  });

  it('keeps a retracted item marked as retracted, and positive conduct without an end user', () => {
    const entities = evidenceEntities(
      evidenceItem({ status: 'retracted', endUser: null, polarity: 'positive', sources: [evidenceItem().sources[1]] }),
      'https://leverage.example',
    );
    expect(
      entities.filter((entity) => entity.schema === 'Documentation').map((entity) => entity.properties.entity[0]),
    ).toEqual(['leverage-company-supermicro', 'leverage-company-map-info']);
    for (const entity of entities.filter((candidate) => candidate.schema === 'Documentation'))
      expect(entity.properties.status).toEqual(['retracted']);
  });
});
