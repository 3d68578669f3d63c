import request from 'supertest';
import { JobRunner } from '#libs/core';
import { OutreachSweepService } from '#libs/outreach';
import type { EvidenceView } from '#libs/evidence';
import { publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, createToken, type TestApp } from '../support/test-app';

/**
 * Outreach in public: a response recorded through the API shows on the company's timeline and
 * beside the evidence it answers; silence shows with its dates; /outreach counts it all, drawn
 * and in a table; published letters and open data. Never an e-mail address.
 */
const DAY = 86_400_000;
let t: TestApp;
let write: string;
let sandvineEvidence: EvidenceView;
let sandvineLetter: string;
let supermicroLetter: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function writeTo(slug: string, email: string, publish: boolean): Promise<string> {
  await request(t.server)
    .post('/api/v1/contacts')
    .set(bearer(write))
    .send({ company: slug, name: 'Press office', role: 'press', email, escalationOrder: 1 })
    .expect(201);
  const draft = await request(t.server).post('/api/v1/letters').set(bearer(write)).send({ company: slug }).expect(201);
  const sent = await request(t.server)
    .post(`/api/v1/letters/${draft.body.id}/send`)
    .set(bearer(write))
    .send({ version: draft.body.version })
    .expect(200);
  if (publish)
    await request(t.server)
      .post(`/api/v1/letters/${draft.body.id}/publish`)
      .set(bearer(write))
      .send({ version: sent.body.version })
      .expect(200);
  return draft.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2020-09-01T09:00:00Z'));
  await seedRecord(t);
  // As the API process does at start: letters are queued for the worker, which these tests do not run.
  await t.app.get(JobRunner).prepareQueues();
  const organizer = await createAccount(t, 'organizer');
  const researcher = await createAccount(t, 'researcher');
  const reviewer = await createAccount(t, 'reviewer');
  write = await createToken(t, organizer, 'write');
  sandvineEvidence = await publishEvidence(
    t,
    researcher,
    reviewer,
    supermicroCase({
      title: 'Sandvine deep packet inspection for the National Traffic Exchange Center',
      category: 'censorship',
      endUser: 'national-traffic-exchange-center',
      chain: [{ company: 'sandvine', role: 'manufacturer' }],
      summary: 'Sandvine equipment blocked independent sites during the 2020 election.',
    }),
  );
  sandvineLetter = await writeTo('sandvine', 'press@sandvine.example', true);
  supermicroLetter = await writeTo('supermicro', 'press@supermicro.example', false);
  // Sandvine answers after 14 days, through the API; Supermicro stays silent past twice its deadline.
  t.clock.advance(14 * DAY);
  await request(t.server)
    .post('/api/v1/responses')
    .set(bearer(write))
    .send({
      company: 'sandvine',
      letter: sandvineLetter,
      channel: 'public_statement',
      respondedOn: '2020-09-15',
      text: 'We have ended the agreement <b>now</b> & "for good".',
      url: 'https://www.sandvine.example/statement',
      classification: 'exited',
      evidence: [sandvineEvidence.id],
    })
    .expect(201);
  t.clock.advance(15 * DAY);
  await t.app.get(OutreachSweepService).sweep();
});

afterAll(() => t?.close());

describe('a company profile', () => {
  it('shows the answer on the timeline: dated, classified, quoted and escaped, with its link and the letter', async () => {
    const html = (await request(t.server).get('/companies/sandvine').expect(200)).text;
    const section = html.slice(
      html.indexOf('<section class="company-outreach"'),
      html.indexOf('</section>', html.indexOf('<section class="company-outreach"')),
    );
    expect(section).toContain('<h2 id="outreach-heading">Outreach</h2>');
    expect(section).toContain('Sandvine answered: exited.');
    expect(section).toMatch(/<ol class="outreach-timeline"/);
    expect(section).toContain('<time datetime="2020-09-01">1 September 2020</time>');
    expect(section).toContain('We wrote to the press office; answer requested by 15 September 2020.');
    expect(section).toContain(`<a href="/outreach/letters/${sandvineLetter}">Read the letter</a>`);
    expect(section).toContain('<time datetime="2020-09-15">15 September 2020</time>');
    expect(section).toMatch(/class="tag tag-answer tag-answer-exited">exited</);
    expect(section).toContain('We have ended the agreement &lt;b&gt;now&lt;/b&gt; &amp; &quot;for good&quot;.');
    expect(section).toContain('href="https://www.sandvine.example/statement"');
    expect(html).not.toContain('press@sandvine.example');
    expect(html).not.toContain('<b>now</b>');
  });

  it('shows silence with its dates', async () => {
    const html = (await request(t.server).get('/companies/supermicro').expect(200)).text;
    expect(html).toContain('Supermicro did not answer: its silence is recorded here with its dates.');
    expect(html).toContain('No response 28 days after our letter of 1 September 2020.');
    expect(html).toContain('<time datetime="2020-09-29">29 September 2020</time>');
    // Its text was not published: no link to it.
    expect(html).not.toContain(`/outreach/letters/${supermicroLetter}`);
    expect(html).not.toContain('press@supermicro.example');
  });

  it('says so when we have not written to the company', async () => {
    const html = (await request(t.server).get('/companies/intel').expect(200)).text;
    expect(html).toContain('<p class="empty">We have not written to Intel yet.</p>');
  });
});

describe('the evidence page', () => {
  it("shows the company's answer beside the evidence it answers (its right of reply)", async () => {
    const html = (await request(t.server).get(`/evidence/${sandvineEvidence.id}`).expect(200)).text;
    const section = html.slice(html.indexOf('<section class="right-of-reply"'));
    expect(section).toContain('The company’s answer');
    expect(section).toContain('<a href="/companies/sandvine">Sandvine</a>');
    expect(section).toContain('<time datetime="2020-09-15">15 September 2020</time>');
    expect(section).toContain('public statement');
    expect(section).toMatch(/tag-answer-exited">exited</);
    expect(section).toContain('We have ended the agreement &lt;b&gt;now&lt;/b&gt;');
    const api = await request(t.server).get(`/api/v1/evidence/${sandvineEvidence.id}/responses`).expect(200);
    expect(api.body).toMatchObject([
      { company: { slug: 'sandvine' }, classification: 'exited', evidenceIds: [sandvineEvidence.id], daysToAnswer: 14 },
    ]);
  });
});

describe('/outreach', () => {
  it('shows the numbers, the chart as an SVG with a name, and the same numbers in a table', async () => {
    const html = (await request(t.server).get('/outreach').expect(200)).text;
    const figure = (label: string) => new RegExp(`<dt>${label}</dt><dd>([^<]+)</dd>`).exec(html)?.[1];
    expect([
      figure('Companies written to'),
      figure('Answered'),
      figure('Response rate'),
      figure('Median time to answer'),
    ]).toEqual(['2', '1', '50%', '14 days']);
    expect(html).toMatch(
      /<svg class="outreach-chart-svg"[^>]* role="img" aria-label="Companies by their latest answer or silence: exited 1, [^"]*no response 1/,
    );
    expect(html).toContain('<title>Companies by their latest answer or silence: exited 1,');
    expect(html).toMatch(
      /<tr><th scope="row">exited<\/th><td class="number">1<\/td><td class="number">50%<\/td><\/tr>/,
    );
    expect(html).toMatch(/<tr><th scope="row">no response<\/th><td class="number">1<\/td>/);
    expect(html).toContain('<a href="/companies/supermicro">Supermicro</a>');
    expect(html).toContain('Each company is counted once');
    expect(html).toContain('<a href="/outreach">Outreach</a>');
    const api = await request(t.server).get('/api/v1/outreach/stats').expect(200);
    expect(api.body).toMatchObject({ writtenTo: 2, answered: 1, responseRate: 0.5, medianDaysToAnswer: 14 });
  });
});

describe('a published letter', () => {
  it('shows its text, dates, recipients by role and its content hash; never an address', async () => {
    const html = (await request(t.server).get(`/outreach/letters/${sandvineLetter}`).expect(200)).text;
    expect(html).toContain('Our letter to Sandvine');
    expect(html).toContain('<dd>press office</dd>');
    expect(html).toContain('<time datetime="2020-09-01T09:00:00.000Z">1 September 2020</time>');
    expect(html).toMatch(/<code class="letter-hash">[0-9a-f]{64}<\/code>/);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.example/);
  });

  it('is a 404 page while its text is not published, and for any other id', async () => {
    for (const id of [supermicroLetter, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await request(t.server).get(`/outreach/letters/${id}`).set('Accept', 'text/html').expect(404);
      expect(res.text).toContain('<html');
    }
  });
});

describe('open data', () => {
  it('gives the statistics and every timeline as JSON', async () => {
    const res = await request(t.server).get('/data/outreach.json').expect(200);
    expect(res.body.stats).toMatchObject({ writtenTo: 2, answered: 1 });
    const bySlug = Object.fromEntries(
      res.body.companies.map((c: { company: { slug: string } }) => [c.company.slug, c]),
    );
    expect(bySlug.sandvine.state).toBe('answered');
    expect(bySlug.supermicro.state).toBe('no_response');
    expect(bySlug.supermicro.timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['letter', 'silence']),
    );
    expect(JSON.stringify(res.body)).not.toContain('@');
  });

  it('gives every response as CSV, safe in a spreadsheet', async () => {
    await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send({
        company: 'supermicro',
        channel: 'press',
        respondedOn: '2020-09-20',
        text: '=HYPERLINK("http://evil.example")',
        classification: 'declined_to_comment',
      })
      .expect(201);
    const res = await request(t.server).get('/data/responses.csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe(
      'id,company,company_name,responded_on,channel,classification,url,text,evidence_ids,letter_id,days_to_answer,demo',
    );
    expect(res.text).toContain(
      `sandvine,Sandvine,2020-09-15,public_statement,exited,https://www.sandvine.example/statement,`,
    );
    expect(res.text).toContain(sandvineEvidence.id);
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});
