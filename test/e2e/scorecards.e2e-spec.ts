import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import { methodologiesDir, parseMethodology, verifySnapshots, type ExportedSnapshot } from '#libs/scorecards';
import { expectJsonError } from '../support/expect-code';
import { seedFoundingCase } from '../support/founding-case';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The scorecards in public, over HTTP: the league table ranks the founding case, Supermicro's
 * profile leads with its grade below Sandvine's and shows its KGB evidence and its sourced silence,
 * /methodology explains both from the file, and the open data alone is enough to compute every
 * score again.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({});
  t.clock.set(new Date('2026-12-04T09:00:00Z'));
  await seedFoundingCase(t);
});
afterAll(() => t?.close());

const page = async (path: string, status = 200) => (await request(t.server).get(path).expect(status)).text;
/** The table's company names, top to bottom. */
const names = (html: string) =>
  [...html.matchAll(/<tr class="score-row[^"]*">\s*<th scope="row"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

describe('the league table', () => {
  it('ranks the founding case, lowest first, the unverified allegations after the graded companies', async () => {
    const html = await page('/scorecards');
    const order = names(html);
    expect(order.slice(0, 3)).toEqual(['Synesis', 'Jet Infosystems', 'A1 Belarus']);
    expect(order.indexOf('Supermicro')).toBeLessThan(order.indexOf('Sandvine'));
    expect(order.indexOf('Telegram')).toBeLessThan(order.indexOf('Seagate'));
    expect(html).toMatch(/Supermicro<\/a><\/th>\s*<td><span class="grade-tag grade-c">C<\/span>/);
    expect(html).toMatch(/Sandvine<\/a><\/th>\s*<td><span class="grade-tag grade-b">B<\/span>/);
    expect(html).toMatch(
      /Seagate<\/a><\/th>\s*<td><span class="grade-tag grade-unverified">Unverified allegation<\/span>/,
    );
    expect(html).toContain('2187 days');
  });

  it('sorts and filters by links, and names a bad filter', async () => {
    expect(names(await page('/scorecards?sort=name&dir=asc')).slice(0, 3)).toEqual([
      'A1 Belarus',
      'A1 Telekom Austria Group',
      'Broadcom',
    ]);
    expect(names(await page('/scorecards?grade=unverified'))).toEqual([
      'Intel',
      'Kingston Technology',
      'NVIDIA',
      'Oracle',
      'Red Hat',
      'SAP',
      'Seagate',
      'IBM',
    ]);
    expect(names(await page('/scorecards?kind=reseller')).sort()).toEqual(['Kvadrosoft', 'MAP INFO']);
    expect(names(await page('/scorecards?category=internet_shutdown&country=BY'))).toEqual(['A1 Belarus']);
    const bad = await page('/scorecards?grade=Z9&sort=weight', 400);
    expect(bad).toContain('Choose a grade, “unverified” or “not scored”.');
    expect(bad).toContain('Choose a column to sort by.');
  });

  it('rolls subsidiaries into their owners in the group view, marking what was bought after the events', async () => {
    const html = await page('/scorecards?view=groups');
    expect(html).toMatch(/Broadcom<\/a> <span class="muted">\(and its subsidiaries\)<\/span>/);
    expect(html).toMatch(/VMware<\/a> <span class="tag tag-acquired">acquired after these events<\/span>/);
    expect(html).toMatch(/A1 Belarus<\/a><\/th>/);
    expect(html).not.toMatch(/A1 Belarus<\/a> <span class="tag tag-acquired">/);
    // A subsidiary whose owner the filter leaves out leads a group of its own.
    const belarus = await page('/scorecards?view=groups&country=BY');
    expect(belarus).toMatch(
      /<tr class="score-owner">\s*<th scope="row"><a href="\/companies\/a1-belarus">A1 Belarus<\/a><\/th>/,
    );
    expect(belarus).not.toContain('A1 Telekom Austria');
  });
});

describe('a company profile', () => {
  it('leads with Supermicro’s scorecard: its KGB evidence through MAP INFO and its sourced silence, a grade below Sandvine’s', async () => {
    const html = await page('/companies/supermicro');
    const panel = html.slice(
      html.indexOf('<section class="scorecard"'),
      html.indexOf('</section>', html.indexOf('<section class="scorecard"')),
    );
    expect(html.indexOf('<section class="scorecard"')).toBeLessThan(html.indexOf('class="lead"'));
    expect(panel).toContain('>C</p>');
    expect(panel).toContain('82.18 of 100');
    expect(panel).toMatch(
      /<a href="\/evidence\/[0-9a-f-]+">Supermicro servers for the KGB through the reseller MAP INFO<\/a>/,
    );
    expect(panel).toContain(
      'No answer on record to the letter sent by the Belarusian community of the San Francisco Bay Area: silence since 8 December 2020',
    );
    expect(panel).toContain('Provisional until 18 December 2026; the company has not been notified yet.');
    expect(panel).toContain('<svg class="score-history-svg"');
    const sandvine = await page('/companies/sandvine');
    expect(sandvine).toContain('>B</p>');
    // Open Graph: a journalist's link shows the share card.
    expect(html).toContain('<meta property="og:image" content="http://leverage.test/companies/supermicro/card.png">');
    expect(html).toContain(
      '<meta property="og:description" content="Supermicro is graded C (82.18 of 100) on its sourced record.">',
    );
  });

  it('labels an unverified allegation, and a company with no evidence as not scored', async () => {
    expect(await page('/companies/seagate')).toContain(
      'Every item against this company is an allegation no checked source confirms',
    );
  });
});

describe('the method', () => {
  it('is generated from its file: every weight, the formula, a worked example of Supermicro, the versions', async () => {
    const html = await page('/methodology');
    const method = parseMethodology(readFileSync(join(methodologiesDir(), '1.0.0.yaml'), 'utf8'), '1.0.0.yaml');
    expect(html).toContain('The method in force is version 1.0.0');
    for (const [kind, weight] of Object.entries(method.exposure.endUserSeverity))
      expect(html).toMatch(new RegExp(`\\(${kind}\\)</span></th><td class="number">${weight}</td>`));
    expect(html).toContain('<code>mᵢ = 1 + s − (s + x) × vᵢ</code>');
    expect(html).toContain('The scorecard of Supermicro as the record stands');
    // Handlebars writes "=" as &#x3D;.
    const text = html.replace(/&#x3D;/g, '=');
    expect(text).toContain('<code>0.6 × 1 × 0.4 × 0.7 × 0.707 = 0.1188</code>');
    expect(text).toContain('0.5 ^ (5 / 10) = 0.707');
    expect(text).toContain('<code>overall = 100 − 17.82 = 82.18</code>');
    // Where an answer starts to weigh more than being left alone: s / (s + x) = 0.5 / 1.2.
    expect(text).toMatch(
      /At v = s ÷ \(s \+ x\) = 0\.42 an answer leaves an item’s weight as it is\. An answer worth less \(Acknowledged, /i,
    );
    expect(html).toContain(
      'the letter sent by the Belarusian community of the San Francisco Bay Area has no answer on record past its deadline of 8 December 2020',
    );
  });

  it('serves each version’s YAML as it was published, and a 404 for any other', async () => {
    const res = await request(t.server).get('/methodology/1.0.0.yaml').expect(200);
    expect(res.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(res.text).toBe(readFileSync(join(methodologiesDir(), '1.0.0.yaml'), 'utf8'));
    await request(t.server).get('/methodology/9.9.9.yaml').expect(404);
    await request(t.server).get('/methodology/latest').expect(404);
  });
});

describe('badges and share cards', () => {
  it('draws the badge, embeddable from another site', async () => {
    const svg = (path: string) =>
      request(t.server)
        .get(path)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => done(null, text));
        });
    const res = await svg('/companies/supermicro/badge.svg').expect(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.body).toContain('aria-label="Leverage scorecard of Supermicro: C 82.1"');
    expect((await svg('/companies/ibm/badge.svg').expect(200)).body).toContain('unverified');
    await request(t.server).get('/companies/no-such-company/badge.svg').expect(404);
  });

  it('draws the share card as SVG and PNG', async () => {
    const svg = await request(t.server)
      .get('/companies/supermicro/card.svg')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(svg.body).toContain('82.18 of 100');
    const png = await request(t.server).get('/companies/supermicro/card.png').buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect((png.body as Buffer).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect((png.body as Buffer).readUInt32BE(16)).toBe(1200); // width, from the IHDR chunk
  });
});

describe('open data, the API and the feed', () => {
  it('publishes every snapshot with its inputs: the open data alone computes every score again', async () => {
    const res = await request(t.server).get('/data/scorecards.json').expect(200);
    const snapshots = JSON.parse(res.text) as ExportedSnapshot[];
    expect(snapshots).toHaveLength(19);
    const yaml = await page('/methodology/1.0.0.yaml');
    const methods = new Map([['1.0.0', parseMethodology(yaml, '1.0.0.yaml')]]);
    expect(verifySnapshots(snapshots, methods)).toMatchObject({ checked: 19, mismatches: [], otherEngine: [] });
    const csv = await page('/data/scorecards.csv');
    expect(csv.split('\n')[0]).toMatch(
      /^company,seq,current,computed_at,as_of,methodology_version,engine_version,status,grade,overall,/,
    );
    expect(csv).toMatch(/\nsupermicro,1,true,[^,]+,2026-12-04,1\.0\.0,1\.0\.0,scored,C,82\.18,49\.57,100,/);
  });

  it('answers the API with pages of scorecards, one whole with its lines, and a 404 for an unknown slug', async () => {
    const list = (await request(t.server).get('/api/v1/scorecards?grade=b&limit=2').expect(200)).body;
    expect(list.total).toBe(3);
    expect(list.data.map((c: { company: { slug: string } }) => c.company.slug)).toEqual(['kvadrosoft', 'sandvine']);
    const next = (
      await request(t.server).get(`/api/v1/scorecards?grade=b&limit=2&cursor=${list.nextCursor}`).expect(200)
    ).body;
    expect(next.data.map((c: { company: { slug: string } }) => c.company.slug)).toEqual(['vmware']);
    expect(next.nextCursor).toBeNull();
    const one = (await request(t.server).get('/api/v1/scorecards/supermicro').expect(200)).body;
    expect(one).toMatchObject({ status: 'scored', grade: 'C', overall: 82.18, methodologyVersion: '1.0.0' });
    expect(one.breakdown[0]).toMatchObject({ kind: 'item', points: -11.88 });
    expect(one.breakdown[0].evidenceId).toMatch(/^[0-9a-f-]{36}$/);
    await expectJsonError(request(t.server).get('/api/v1/scorecards/no-such-company'), 404, 'scorecard_not_found');
    await expectJsonError(request(t.server).get('/api/v1/scorecards?grade=Z9'), 400, 'validation_failed');
  });

  it('tells scorecard changes in the Atom feed', async () => {
    const xml = await page('/feeds/changes.atom');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const titles = (feed.entry as { title: { '#text': string } | string }[]).map((e) =>
      typeof e.title === 'string' ? e.title : e.title['#text'],
    );
    expect(titles).toContain('Scorecard of Supermicro: C');
  });
});
