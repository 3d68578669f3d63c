import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { EvidenceService, EvidenceWorkflowService, type EvidenceView } from '#libs/evidence';
import { actorFor, correctEvidence, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

interface AtomEntry {
  id: string;
  title: { '#text': string; '@_type': string };
  link: { '@_href': string; '@_rel': string };
  updated: string;
  category: { '@_term': string };
  content: { '#text': string; '@_type': string };
}

/** The change feed as a feed reader sees it: Atom 1.0, parsed by a strict XML parser. */
describe('GET /feeds/changes.atom', () => {
  let t: TestApp;
  let author: TestAccount;
  let reviewer: TestAccount;

  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry',
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
  });

  async function feed(): Promise<{
    raw: string;
    feed: Record<string, unknown> & { entry?: AtomEntry[]; updated: string; id: string };
  }> {
    const res = await request(t.server).get('/feeds/changes.atom').expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    // Not a page: no layout around it, nothing before the XML declaration.
    expect(res.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(XMLValidator.validate(res.text)).toBe(true);
    return { raw: res.text, feed: parser.parse(res.text).feed };
  }

  const later = () => t.clock.advance(60_000);

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://leverage.example' } });
    await seedRecord(t);
    author = await createAccount(t, 'researcher');
    reviewer = await createAccount(t, 'reviewer');
  });
  afterAll(() => t.close());

  it('is a valid, empty Atom feed with a fixed date while nothing is public', async () => {
    const { feed: atom } = await feed();
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.id).toBe('https://leverage.example/feeds/changes.atom');
    expect(atom.updated).toBe('1970-01-01T00:00:00.000Z');
    expect(atom.entry).toBeUndefined();
  });

  it('lists publication, correction, dispute, resolution and retraction newest first, with reasons and links', async () => {
    const workflow = t.app.get(EvidenceWorkflowService);
    const title = `Servers & "racks" <for> the KGB's analysts`;
    let item: EvidenceView = await publishEvidence(
      t,
      author,
      reviewer,
      supermicroCase({ title, summary: 'Bought through MAP INFO.' }),
    );
    later();
    item = await correctEvidence(t, author, reviewer, item.id, {
      version: item.version,
      reason: 'The period starts in July.',
      changes: { periodStart: '2020-07-01' },
    });
    later();
    item = await workflow.dispute(actorFor(reviewer), item.id, {
      version: item.version,
      reason: 'Supermicro denies the sale.',
    });
    later();
    item = await workflow.resolveDispute(actorFor(reviewer), item.id, {
      version: item.version,
      reason: 'The tender file names Supermicro.',
    });
    later();
    item = await workflow.retract(actorFor(reviewer), item.id, {
      version: item.version,
      reason: 'The tender file was forged.',
    });
    await t.app.get(EvidenceService).create(actorFor(author), supermicroCase({ title: 'A draft that must stay out' }));

    const { raw, feed: atom } = await feed();
    const entries = atom.entry!;
    expect(entries.map((entry) => entry.title['#text'])).toEqual([
      `Retracted: ${title}`,
      `Dispute resolved: ${title}`,
      `Disputed: ${title}`,
      `Correction: ${title}`,
      `Published: ${title}`,
    ]);
    expect(entries.map((entry) => entry.category['@_term'])).toEqual([
      'retraction',
      'dispute_resolved',
      'dispute',
      'correction',
      'published',
    ]);
    expect(atom.updated).toBe(entries[0].updated);
    expect(new Date(entries[0].updated).getTime()).toBe(t.clock.now().getTime());
    for (const entry of entries) {
      expect(entry.link['@_href']).toBe(`https://leverage.example/evidence/${item.id}`);
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.title['@_type']).toBe('text');
    }
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(5);
    expect(entries[0].content['#text']).toContain('Reason: The tender file was forged.');
    expect(entries[0].content['#text']).toContain('status: "published" → "retracted"');
    expect(entries[3].content['#text']).toContain('Reason: The period starts in July.');
    expect(entries[3].content['#text']).toContain('periodStart: "2020-06-01" → "2020-07-01"');
    expect(entries[4].content['#text']).toContain('Bought through MAP INFO.');
    expect(raw).not.toContain('A draft that must stay out');
    // Escaped in the XML, exactly the title once read back.
    expect(raw).toContain('Servers &amp; &quot;racks&quot; &lt;for&gt;');

    const again = await feed();
    expect(again.feed.entry!.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
  });

  it('stays well-formed when a summary holds characters XML cannot carry', async () => {
    later();
    await publishEvidence(
      t,
      author,
      reviewer,
      supermicroCase({ title: 'Control\u0007 characters', summary: 'Pasted from a PDF:\u0001\u000b end.' }),
    );
    const { feed: atom } = await feed();
    const entry = atom.entry![0];
    expect(entry.title['#text']).toBe('Published: Control characters');
    expect(entry.content['#text']).toContain('Pasted from a PDF: end.');
  });
});
