import type { EvidenceView } from '../evidence/evidence.view';
import {
  chainCell,
  evidenceCsvRow,
  EVIDENCE_CSV_COLUMNS,
  EVIDENCE_SOURCE_CSV_COLUMNS,
  sourceCsvRows,
} from './open-data';

const item = {
  id: 'e1',
  title: 'Sandvine DPI for the National Traffic Exchange Center',
  status: 'disputed',
  category: 'censorship',
  confidence: 'confirmed',
  polarity: 'harm',
  endUser: { slug: 'national-traffic-exchange-center', name: 'National Traffic Exchange Center' },
  chain: [
    { position: 0, company: { slug: 'sandvine', name: 'Sandvine' }, role: 'manufacturer' },
    { position: 1, company: { slug: 'beltelecom', name: 'Beltelecom' }, role: 'operator' },
  ],
  periodStart: '2020-08-09',
  periodEnd: '2020-08-12',
  publishedAt: '2026-01-02T00:00:00.000Z',
  products: ['PacketLogic', 'ActiveLogic'],
  value: { minor: '250000000', currency: 'JPY', formatted: '¥250,000,000' },
  summary: 'Blocked independent sites.',
  sources: [
    {
      url: 'https://example.org/bloomberg',
      publisher: 'Bloomberg',
      title: 'Shut down',
      publishedOn: '2020-08-28',
      archivedUrl: null,
      kind: 'investigation',
      excerpt: '"Sandvine"',
    },
    {
      url: 'https://example.org/statement',
      publisher: null,
      title: null,
      publishedOn: null,
      archivedUrl: 'https://archive.example/s',
      kind: 'company_statement',
      excerpt: '',
    },
  ],
  corrections: [{ id: 'c1' }, { id: 'c2' }],
} as unknown as EvidenceView;

describe('evidence open data rows', () => {
  it('writes the chain maker first as slug:role joined with " > "', () => {
    expect(chainCell(item)).toBe('sandvine:manufacturer > beltelecom:operator');
  });

  it('fills every column of a row, the value in major units of its currency', () => {
    const row = evidenceCsvRow(item);
    expect(Object.keys(row)).toEqual([...EVIDENCE_CSV_COLUMNS]);
    expect(row).toMatchObject({
      status: 'disputed',
      end_user: 'national-traffic-exchange-center',
      value: '250000000',
      currency: 'JPY',
      products: 'PacketLogic|ActiveLogic',
      source_urls: 'https://example.org/bloomberg|https://example.org/statement',
      corrections: '2',
    });
    expect(
      evidenceCsvRow({ ...item, value: { minor: '10000050', currency: 'USD', formatted: '' } } as EvidenceView).value,
    ).toBe('100000.50');
  });

  it('leaves empty cells for what the item does not have', () => {
    const row = evidenceCsvRow({
      ...item,
      endUser: null,
      value: null,
      periodEnd: null,
      products: [],
    } as unknown as EvidenceView);
    expect(row).toMatchObject({ end_user: '', value: '', currency: '', period_end: '', products: '' });
  });

  it('gives each source a row of its own with the item id', () => {
    const rows = sourceCsvRows(item);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row)).toEqual([...EVIDENCE_SOURCE_CSV_COLUMNS]);
    expect(rows[1]).toEqual({
      evidence_id: 'e1',
      url: 'https://example.org/statement',
      publisher: '',
      title: '',
      published_on: '',
      archived_url: 'https://archive.example/s',
      kind: 'company_statement',
      excerpt: '',
    });
  });
});
