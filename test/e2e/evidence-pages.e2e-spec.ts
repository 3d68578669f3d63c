import request from 'supertest';
import { SYSTEM_ACTOR } from '#libs/core';
import { EvidenceService, EvidenceWorkflowService, ProcurementService, type EvidenceView } from '#libs/evidence';
import {
  actorFor,
  correctEvidence,
  publishEvidence,
  seedRecord,
  supermicroCase,
  vmwareCase,
} from '../support/evidence-factory';
import { createAccount, createTestApp, signIn, type TestAccount, type TestApp } from '../support/test-app';

/**
 * The public ledger as a reader meets it: an item's page with its chain, sources and corrections;
 * the evidence on company and state-body pages, labelled with the path that makes it count; the
 * list of corrections; and what the public must never see (drafts).
 */
let t: TestApp;
let researcher: TestAccount;
let reviewer: TestAccount;
let supermicro: EvidenceView;
let vmware: EvidenceView;

beforeAll(async () => {
  t = await createTestApp();
  await seedRecord(t);
  researcher = await createAccount(t, 'researcher');
  reviewer = await createAccount(t, 'reviewer');
  await t.app.get(ProcurementService).create(SYSTEM_ACTOR, {
    reference: 'GOSZAKUPKI-2020-0815',
    title: 'Rack servers for the KGB data centre',
    buyer: 'kgb',
    supplier: 'map-info',
    brand: 'supermicro',
    value: 10_000_000,
    currency: 'USD',
    awardedOn: '2020-08-15',
  });
  supermicro = await publishEvidence(
    t,
    researcher,
    reviewer,
    supermicroCase({
      procurementRecords: ['GOSZAKUPKI-2020-0815'],
      sources: [
        {
          url: 'https://example.org/tenders/kgb-servers',
          publisher: 'Example Tenders',
          title: 'KGB server tender',
          publishedOn: '2020-09-15',
          archivedUrl: 'https://web.archive.org/web/2020/https://example.org/tenders/kgb-servers',
          kind: 'procurement_record',
          excerpt: 'Supermicro SuperServer <b>1029U</b> for the KGB',
        },
      ],
    }),
  );
  vmware = await publishEvidence(t, researcher, reviewer, vmwareCase({ procurementRecords: [] }));
});
afterAll(() => t?.close());

const workflow = () => t.app.get(EvidenceWorkflowService);

/** The text of some HTML, as a reader sees it: tags out, entities decoded, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#x3D;/g, '=')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([),.])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

/** The HTML between an element opening with `start` and the first `end` after it. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`"${start}" is not on the page`);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from, to < 0 ? undefined : to);
}

/** The group of items under one route heading (h4) of a company's evidence. */
function routeGroupOf(html: string, title: string): string {
  const section = between(html, '<section class="company-evidence"', '<section class="company-positive"');
  const group = section.split('<h4').find((chunk) => chunk.includes(title));
  if (!group) throw new Error(`"${title}" is in no route group`);
  return group;
}

const anonymous = () => request(t.server);

describe('an evidence page', () => {
  test('/corrections says so when nothing has been corrected yet', async () => {
    const page = await anonymous().get('/corrections').expect(200);
    expect(text(page.text)).toContain('No published item has been corrected, disputed or retracted yet.');
    expect(page.text).toContain('href="/feeds/changes.atom"');
  });

  test('shows the item with its chain drawn and in words, its sources and its procurement record', async () => {
    const page = await anonymous().get(`/evidence/${supermicro.id}`).expect(200);
    const html = page.text;
    expect(html).toContain('<h1 class="evidence-title">Supermicro servers for the KGB through MAP INFO</h1>');
    expect(text(html)).toContain('Category Data infrastructure');
    expect(text(html)).toContain('Confidence Corroborated');
    expect(text(html)).toContain('Value $100,000.00');
    expect(text(html)).toContain('Products SuperServer rack servers');
    expect(text(html)).toContain('Period 1 June 2020 – 31 December 2020');
    expect(text(html)).toContain('A tender of the KGB bought Supermicro servers through the Minsk reseller MAP INFO.');

    // The chain: a drawing with a name, then the same chain in words, every party a link.
    const svg = between(html, '<svg class="chain-svg"', '</svg>');
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      'aria-label="Chain of supply: Supermicro (manufacturer) → MAP INFO (reseller) → State Security Committee of the Republic of Belarus (end user)"',
    );
    expect(text(svg)).toContain(
      'Supermicro manufacturer supplied MAP INFO reseller supplied State Security Committee of the Republic of Belarus end user',
    );
    // A long name wraps inside its box rather than running out of it.
    expect(svg).toContain('>State Security Committee</text>');
    const links = between(html, '<svg class="chain-links"', '</svg>');
    expect(links.match(/<a href="[^"]+"/g)).toEqual([
      '<a href="/companies/supermicro"',
      '<a href="/companies/map-info"',
      '<a href="/state-bodies/kgb"',
    ]);
    const steps = between(html, '<ol class="chain-steps">', '</ol>');
    expect(text(steps)).toBe(
      'Supermicro (manufacturer) → MAP INFO (reseller) → State Security Committee of the Republic of Belarus (end user)',
    );
    expect(steps).toContain('<a href="/companies/map-info">MAP INFO</a>');

    // The source, its quoted words (escaped) and its archived copy.
    const source = between(html, '<li class="source-item">', '</li>');
    expect(source).toContain(
      '<a href="https://example.org/tenders/kgb-servers" rel="noopener noreferrer">KGB server tender</a>',
    );
    expect(source).toContain(
      '<blockquote cite="https://example.org/tenders/kgb-servers"><p>Supermicro SuperServer &lt;b&gt;1029U&lt;/b&gt; for the KGB</p></blockquote>',
    );
    expect(source).toContain(
      'href="https://web.archive.org/web/2020/https://example.org/tenders/kgb-servers" rel="noopener noreferrer">Archived copy</a>',
    );
    expect(text(source)).toContain('Procurement record Example Tenders · 15 September 2020');

    const record = between(html, '<h2>Procurement records</h2>', '</ul>');
    expect(record).toMatch(/<a href="\/procurement-records\/[0-9a-f-]{36}">Rack servers for the KGB data centre<\/a>/);

    // Published, by a second person, whose address the public does not learn.
    expect(text(html)).toMatch(/Published on \d{1,2} \w+ \d{4} by a reviewer who did not write it\./);
    expect(html).not.toContain(reviewer.email);
    expect(html).not.toContain('/console/evidence/');
    expect(text(html)).toContain('No corrections.');
    expect(html).not.toMatch(/evidence\.(page|role|status|category)\.[a-z_.]+/);
  });

  test('answers 404 for an id that is not there, and for a malformed one', async () => {
    await anonymous().get('/evidence/00000000-0000-4000-8000-000000000000').expect(404);
    const page = await anonymous().get('/evidence/not-an-id').expect(404);
    expect(page.text).toContain('<h1>');
  });

  test('a draft and an item in review are not there for the public; staff preview them, marked', async () => {
    const evidence = t.app.get(EvidenceService);
    const draft = await evidence.create(
      actorFor(researcher),
      supermicroCase({ title: 'Unreviewed draft about Supermicro' }),
    );
    const inReview = await evidence.create(
      actorFor(researcher),
      supermicroCase({ title: 'Supermicro item waiting for review' }),
    );
    await workflow().submit(actorFor(researcher), inReview.id, { version: inReview.version });

    for (const item of [draft, inReview]) await anonymous().get(`/evidence/${item.id}`).expect(404);
    const organizer = await signIn(t, await createAccount(t, 'organizer'));
    await organizer.agent.get(`/evidence/${draft.id}`).expect(404);

    const staff = await signIn(t, researcher);
    const preview = await staff.agent.get(`/evidence/${draft.id}`).expect(200);
    expect(text(preview.text)).toContain('Not public: draft');
    expect(preview.text).toContain(`href="/console/evidence/${draft.id}"`);
    const reviewing = await (await signIn(t, reviewer)).agent.get(`/evidence/${inReview.id}`).expect(200);
    expect(text(reviewing.text)).toContain('Not public: in review');

    // Staff see who published a public item; the public does not.
    const published = await staff.agent.get(`/evidence/${supermicro.id}`).expect(200);
    expect(text(published.text)).toContain(`by ${reviewer.email}, a reviewer who did not write it`);

    for (const url of ['/companies/supermicro', '/companies/map-info', '/state-bodies/kgb', '/corrections']) {
      const page = await anonymous().get(url).expect(200);
      expect([url, page.text.includes('Unreviewed draft'), page.text.includes('waiting for review')]).toEqual([
        url,
        false,
        false,
      ]);
    }
  });
});

describe('evidence on company and state-body pages', () => {
  test('Supermicro sees the item via its reseller, MAP INFO directly, the KGB the whole chain', async () => {
    const maker = await anonymous().get('/companies/supermicro').expect(200);
    const category = between(
      maker.text,
      '<section class="evidence-category" aria-labelledby="evidence-category-data_infrastructure">',
      '</section>',
    );
    expect(category).toContain('<h3 id="evidence-category-data_infrastructure">Data infrastructure');
    const viaReseller = routeGroupOf(maker.text, supermicro.title);
    expect(text(viaReseller)).toMatch(/^class="evidence-route">Through resellers and other intermediaries /);
    expect(viaReseller).toContain(`<a href="/evidence/${supermicro.id}">${supermicro.title}</a>`);
    expect(text(viaReseller)).toContain('Role: Manufacturer, via reseller MAP INFO');
    expect(text(viaReseller)).toContain('Confidence: Corroborated');
    expect(text(viaReseller)).toContain('Period: 1 June 2020 – 31 December 2020');
    expect(text(maker.text)).toContain('1 item of evidence of harm');
    // Its procurement record, as supplier's brand.
    expect(between(maker.text, '<section class="company-procurement"', '</section>')).toContain(
      'Rack servers for the KGB data centre',
    );

    const reseller = await anonymous().get('/companies/map-info').expect(200);
    const direct = routeGroupOf(reseller.text, supermicro.title);
    expect(text(direct)).toMatch(/^class="evidence-route">Supplied directly /);
    expect(text(direct)).toContain('Role: Reseller, directly');

    const kgb = await anonymous().get('/state-bodies/kgb').expect(200);
    const suppliers = between(kgb.text, '<section class="suppliers"', '</section>');
    expect(suppliers).toContain(`<a href="/evidence/${supermicro.id}">${supermicro.title}</a>`);
    expect(text(between(suppliers, '<ol class="chain-steps">', '</ol>'))).toBe(
      'Supermicro (manufacturer) → MAP INFO (reseller) → State Security Committee of the Republic of Belarus (end user)',
    );
    expect(text(suppliers)).toContain('1 item of evidence ends here');
    expect(between(kgb.text, '<section class="state-body-procurement"', '</section>')).toContain(
      'GOSZAKUPKI-2020-0815',
    );

    for (const page of [maker, reseller, kgb])
      expect(page.text).not.toMatch(/evidence\.(page|role|status|category|route|path)\.[a-z_.]+/);

    // A company with nothing recorded says so, rather than showing an empty list.
    const seagate = await anonymous().get('/companies/seagate').expect(200);
    expect(text(seagate.text)).toContain('No published evidence of harm names Seagate');
  });

  test('Broadcom sees VMware’s item through its subsidiary, acquired after the events', async () => {
    const owner = await anonymous().get('/companies/broadcom').expect(200);
    const group = routeGroupOf(owner.text, vmware.title);
    expect(text(group)).toMatch(/^class="evidence-route">Through subsidiaries /);
    expect(text(group)).toContain('Role: Vendor, through subsidiary VMware, via reseller Kvadrosoft');
    expect(text(group)).toContain('Broadcom acquired VMware only after these events.');
    expect(owner.text).toContain('aria-labelledby="evidence-category-surveillance"');

    const vendor = await anonymous().get('/companies/vmware').expect(200);
    const own = routeGroupOf(vendor.text, vmware.title);
    expect(text(own)).toContain('Role: Vendor, via reseller Kvadrosoft');
    expect(own).not.toContain('acquired');
  });

  test('positive conduct stands apart, shown as such', async () => {
    const positive = await publishEvidence(
      t,
      researcher,
      reviewer,
      supermicroCase({
        title: 'Telegram enabled its anti-censorship tools in Belarus',
        category: 'censorship',
        polarity: 'positive',
        confidence: 'confirmed',
        endUser: null,
        chain: [{ company: 'telegram', role: 'operator' }],
        value: null,
        currency: null,
        procurementRecords: [],
      }),
    );
    const profile = await anonymous().get('/companies/telegram').expect(200);
    const section = between(profile.text, '<section class="company-positive"', '</section>');
    expect(section).toContain(`<a href="/evidence/${positive.id}">`);
    expect(
      between(profile.text, '<section class="company-evidence"', '<section class="company-positive"'),
    ).not.toContain(positive.id);
    expect(text(profile.text)).toContain('No published evidence of harm names Telegram');
    const page = await anonymous().get(`/evidence/${positive.id}`).expect(200);
    expect(page.text).toContain('<span class="tag tag-positive">Positive conduct</span>');
    expect(text(between(page.text, '<ol class="chain-steps">', '</ol>'))).toBe('Telegram (operator)');
  });
});

describe('corrections, disputes and retractions are public', () => {
  test('a correction shows on the item and on /corrections, with its reason and what changed', async () => {
    t.clock.advance(60_000);
    const corrected = await correctEvidence(t, researcher, reviewer, supermicro.id, {
      version: supermicro.version,
      reason: 'The tender was worth less than first reported.',
      changes: { value: 8_000_000, summary: 'A KGB tender bought Supermicro servers through MAP INFO for $80,000.' },
    });
    const page = await anonymous().get(`/evidence/${supermicro.id}`).expect(200);
    expect(text(page.text)).toContain('Value $80,000.00');
    const corrections = between(page.text, '<h2 id="corrections">', '</footer>');
    expect(text(corrections)).toContain('Corrections (1)');
    expect(text(corrections)).toContain('Reason: The tender was worth less than first reported.');
    expect(text(corrections)).toContain(
      'Summary Before: A tender of the KGB bought Supermicro servers through the Minsk reseller MAP INFO. After: A KGB tender bought Supermicro servers',
    );
    expect(text(corrections)).toContain('Value Before: $100,000.00 After: $80,000.00');

    t.clock.advance(60_000);
    await workflow().dispute(actorFor(reviewer), supermicro.id, {
      version: corrected.version,
      reason: 'MAP INFO denies having sold to the KGB.',
    });
    const list = await anonymous().get('/corrections').expect(200);
    const entries = list.text.split('<article class="public-correction').slice(1);
    expect(entries.map((entry) => text(between(entry, 'class="tag', '</span>')).replace(/^.*">/, ''))).toEqual([
      'Disputed',
      'Correction',
    ]);
    expect(entries[0]).toContain(`<a href="/evidence/${supermicro.id}">${supermicro.title}</a>`);
    expect(text(entries[0])).toContain('Reason: MAP INFO denies having sold to the KGB.');
    expect(text(entries[0])).toContain('Status Before: published After: disputed');
    expect(text(entries[1])).toContain('Reason: The tender was worth less than first reported.');
  });

  test('a disputed item stays public, marked with the reason, and still counts', async () => {
    const page = await anonymous().get(`/evidence/${supermicro.id}`).expect(200);
    const banner = between(page.text, '<div class="banner banner-disputed"', '</div>');
    expect(text(banner)).toMatch(/^Disputed since \d{1,2} \w+ \d{4} Reason: MAP INFO denies having sold to the KGB\./);
    const maker = await anonymous().get('/companies/supermicro').expect(200);
    expect(text(routeGroupOf(maker.text, supermicro.title))).toContain(`${supermicro.title} Disputed`);
    expect(text(maker.text)).toContain('1 item of evidence of harm · 1 disputed');
  });

  test('a retracted item stays visible, marked retracted, and no longer counts as harm', async () => {
    const current = await t.app.get(EvidenceService).get(supermicro.id, 'staff');
    t.clock.advance(60_000);
    await workflow().retract(actorFor(reviewer), supermicro.id, {
      version: current.version,
      reason: 'The tender turned out to be forged.',
    });

    const page = await anonymous().get(`/evidence/${supermicro.id}`).expect(200);
    expect(page.text).toContain('<article class="evidence evidence-retracted">');
    const banner = between(page.text, '<div class="banner banner-retracted"', '</div>');
    expect(text(banner)).toMatch(
      /^Retracted on \d{1,2} \w+ \d{4} Reason: The tender turned out to be forged\. This item no longer counts/,
    );
    expect(text(page.text)).toContain('Corrections (3)');

    const maker = await anonymous().get('/companies/supermicro').expect(200);
    const harm = between(maker.text, '<section class="company-evidence"', '<section class="evidence-retracted-list"');
    expect(harm).not.toContain(supermicro.id);
    expect(text(harm)).toContain('No published evidence of harm names Supermicro');
    const retracted = between(maker.text, '<section class="evidence-retracted-list"', '</section>');
    expect(retracted).toContain(`<a href="/evidence/${supermicro.id}">`);
    expect(text(retracted)).toContain('Retracted');

    const kgb = await anonymous().get('/state-bodies/kgb').expect(200);
    expect(text(between(kgb.text, '<section class="suppliers"', '</section>'))).toContain(
      'No published evidence names a supplier of State Security Committee of the Republic of Belarus yet.',
    );
    expect(text(kgb.text)).toContain(`${supermicro.title} Retracted`);

    const list = await anonymous().get('/corrections').expect(200);
    const newest = list.text.split('<article class="public-correction').slice(1)[0];
    expect(text(newest)).toContain('Retracted');
    expect(text(newest)).toContain('The tender turned out to be forged.');
  });

  test('/corrections pages through older entries with a cursor', async () => {
    let version = vmware.version;
    for (let i = 0; i < 11; i++) {
      t.clock.advance(1_000);
      version = (await workflow().dispute(actorFor(reviewer), vmware.id, { version, reason: `Dispute ${i}` })).version;
      t.clock.advance(1_000);
      version = (await workflow().resolveDispute(actorFor(reviewer), vmware.id, { version, reason: `Resolved ${i}` }))
        .version;
    }
    const first = await anonymous().get('/corrections').expect(200);
    expect(first.text.split('<article class="public-correction').length - 1).toBe(20);
    expect(text(first.text)).toContain('Reason: Resolved 10');
    expect(first.text).not.toContain('Newest corrections');
    const next = /<a href="(\/corrections\?cursor(?:=|&#x3D;)[^"]+)" rel="next">Older corrections<\/a>/.exec(
      first.text,
    );
    expect(between(first.text, '<nav class="pagination"', '</nav>')).toContain('Older corrections');
    expect(next).not.toBeNull();
    const second = await anonymous()
      .get(next![1].replace(/&#x3D;/g, '='))
      .expect(200);
    // 22 disputes and resolutions and the 3 changes to the Supermicro item: 25 in all.
    expect(second.text.split('<article class="public-correction').length - 1).toBe(5);
    expect(text(second.text)).toContain('Reason: The tender was worth less than first reported.');
    expect(second.text).toContain('<a href="/corrections">Newest corrections</a>');
    expect(second.text).not.toContain('Older corrections');

    expect(first.text).not.toMatch(/evidence\.(page|correction_kind|status)\.[a-z_.]+/);
    await anonymous().get('/corrections?cursor=not-a-cursor!').expect(400);
  });
});
