import type { ChangeEntry, EvidenceView } from '#libs/evidence';
import { EMPTY_FEED_UPDATED, feedModel, uuidV5, xmlText } from './feed.view';

const evidence = {
  id: 'e1',
  title: 'Supermicro servers <for> the KGB',
  summary: 'Bought through MAP INFO.',
  endUser: { slug: 'kgb', name: 'KGB' },
  chain: [
    { position: 0, company: { slug: 'supermicro', name: 'Supermicro' }, role: 'manufacturer' },
    { position: 1, company: { slug: 'map-info', name: 'MAP INFO' }, role: 'reseller' },
  ],
  corrections: [
    {
      id: 'c1',
      kind: 'correction',
      reason: 'Wrong year',
      changes: [{ field: 'periodStart', before: '2019-06-01', after: '2020-06-01' }],
    },
  ],
} as unknown as EvidenceView;

const published: ChangeEntry = {
  id: 'published:e1',
  kind: 'published',
  at: new Date('2026-01-02T00:00:00Z'),
  reason: null,
  evidence,
};
const corrected: ChangeEntry = {
  id: 'correction:c1',
  kind: 'correction',
  at: new Date('2026-01-05T00:00:00Z'),
  reason: 'Wrong year',
  evidence,
};

describe('the change feed model', () => {
  it('makes RFC 4122 version 5 uuids (the RFC example: www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('titles entries by kind, links to the public page and keeps ids stable', () => {
    const feed = feedModel([corrected, published], 'https://leverage.example/');
    expect(feed.entries.map((entry) => entry.title)).toEqual([
      'Correction: Supermicro servers <for> the KGB',
      'Published: Supermicro servers <for> the KGB',
    ]);
    expect(feed.entries[0].link).toBe('https://leverage.example/evidence/e1');
    expect(feed.entries[0].id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(feedModel([corrected], 'http://elsewhere.test').entries[0].id).toBe(feed.entries[0].id);
    expect(feed.entries[0].id).not.toBe(feed.entries[1].id);
    expect(feed.id).toBe('https://leverage.example/feeds/changes.atom');
    expect(feed.updated).toBe('2026-01-05T00:00:00.000Z');
  });

  it('says why and what changed for a correction, and what was published for a publication', () => {
    const [correction, publication] = feedModel([corrected, published], 'https://leverage.example').entries;
    expect(correction.content).toContain('Reason: Wrong year');
    expect(correction.content).toContain('periodStart: "2019-06-01" → "2020-06-01"');
    expect(publication.content).toContain('Bought through MAP INFO.');
    expect(publication.content).toContain('Supermicro (manufacturer) → MAP INFO (reseller)');
    expect(publication.content).toContain('End user: KGB');
  });

  it('has a fixed updated date when there is nothing in it', () => {
    expect(feedModel([], 'https://leverage.example').updated).toBe(EMPTY_FEED_UPDATED);
  });

  it('drops the characters XML 1.0 cannot carry, and keeps the rest', () => {
    expect(xmlText('a\u0001b\u000bc\td\ne\uFFFEf 😀')).toBe('abc\td\nef 😀');
  });
});

describe('the change feed order', () => {
  it('puts a change made in the same instant as the publication before it', () => {
    const at = new Date('2026-01-02T00:00:00Z');
    const dispute: ChangeEntry = { id: 'correction:c1', kind: 'dispute', at, reason: 'Denied', evidence };
    const entries = feedModel([{ ...published, at }, dispute], 'https://leverage.example').entries;
    expect(entries.map((entry) => entry.category)).toEqual([
      { term: 'dispute', label: 'Disputed' },
      { term: 'published', label: 'Published' },
    ]);
  });
});
