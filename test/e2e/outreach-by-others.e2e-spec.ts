import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobRunner } from '#libs/core';
import { OutreachSweepService } from '#libs/outreach';
import type { EvidenceView } from '#libs/evidence';
import { publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, createToken, type TestApp } from '../support/test-app';

/**
 * Letters other organizations sent, recorded from their sources: dated as the source dates them,
 * silent once their deadline passes like ours, never reminded by us; and answers that cannot be
 * dated before their letter or after today, so that every page tells the same story.
 */
let t: TestApp;
let write: string;
let kgb: EvidenceView;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const diasporaLetter = (over: Record<string, unknown> = {}) => ({
  company: 'supermicro',
  senderOrganization: 'the Belarusian community of the San Francisco Bay Area',
  sentOn: '2020-11-24',
  sentOnPrecision: 'on_or_before',
  subject: 'Letter asking Supermicro to stop the KGB tender',
  summary: 'They asked Supermicro to stop the tender.',
  evidence: [kgb.id],
  source: {
    url: 'https://globalvoices.org/2020/12/15/how-global-tech-companies-enable-the-belarusian-regime-and-the-belarusian-revolution/',
    publisher: 'Global Voices (Advox)',
    publishedOn: '2020-12-15',
  },
  sourceExcerpt: 'Before the tender, the Belarusian community of San Francisco Bay Area sent them a letter',
  ...over,
});

const count = async (table: string) =>
  (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2020-12-01T09:00:00Z'));
  await seedRecord(t);
  await t.app.get(JobRunner).prepareQueues();
  const organizer = await createAccount(t, 'organizer');
  write = await createToken(t, organizer, 'write');
  kgb = await publishEvidence(
    t,
    await createAccount(t, 'researcher'),
    await createAccount(t, 'reviewer'),
    supermicroCase(),
  );
});

afterAll(() => t?.close());

describe('a letter another organization sent', () => {
  it('is refused when dated after today, without a sender or without a source, and nothing is written', async () => {
    const before = await count('outreach_letter');
    const future = await request(t.server)
      .post('/api/v1/letters/external')
      .set(bearer(write))
      .send(diasporaLetter({ sentOn: '2020-12-02', sentOnPrecision: 'day' }))
      .expect(400);
    expect(future.body.error.details).toEqual([
      { field: 'sentOn', message: 'A letter cannot be dated after today (2020-12-01).' },
    ]);
    const anonymous = await request(t.server)
      .post('/api/v1/letters/external')
      .set(bearer(write))
      .send(diasporaLetter({ senderOrganization: '', source: undefined }))
      .expect(400);
    expect(anonymous.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'senderOrganization',
      'source',
    ]);
    expect(await count('outreach_letter')).toBe(before);
  });

  it('is public at once, dated as its source dates it, and awaits an answer until its deadline', async () => {
    const res = await request(t.server)
      .post('/api/v1/letters/external')
      .set(bearer(write))
      .send(diasporaLetter())
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'sent',
      responseState: 'awaiting',
      sentBy: 'the Belarusian community of the San Francisco Bay Area',
      sentOnPrecision: 'on_or_before',
      recipients: [],
      source: { publisher: 'Global Voices (Advox)' },
    });
    expect(res.body.deadline.slice(0, 10)).toBe('2020-12-08');
    const html = (await request(t.server).get('/companies/supermicro').expect(200)).text;
    expect(html).toContain('<time datetime="2020-11-24">by 24 November 2020</time>');
    expect(html).toContain('Letter sent by the Belarusian community of the San Francisco Bay Area');
    expect(html).toContain('Before the tender, the Belarusian community of San Francisco Bay Area sent them a letter');
    const letter = (await request(t.server).get(`/outreach/letters/${res.body.id}`).expect(200)).text;
    expect(letter).toContain('Where this letter is documented');
  });

  it('turns silent at its deadline like our letters, and gets no reminder from us', async () => {
    t.clock.set(new Date('2020-12-23T09:00:00Z'));
    const result = await t.app.get(OutreachSweepService).sweep();
    expect(result.followUps).toBe(0);
    expect(await count('mail_message')).toBe(0);
    const outreach = (await request(t.server).get('/api/v1/companies/supermicro/outreach').expect(200)).body;
    expect(outreach).toMatchObject({ state: 'no_response', outcome: 'no_response' });
    expect(outreach.timeline.map((e: { text: string }) => e.text)).toContain(
      'No response 28 days after the letter sent by the Belarusian community of the San Francisco Bay Area (by 24 November 2020).',
    );
  });

  it('known only by its month, has its deadline counted from the end of that month; naming no evidence, is about all the company’s', async () => {
    const res = await request(t.server)
      .post('/api/v1/letters/external')
      .set(bearer(write))
      .send(
        diasporaLetter({ company: 'map-info', sentOn: '2020-11-10', sentOnPrecision: 'month', evidence: undefined }),
      )
      .expect(201);
    // Sent some day in November: 14 days from 30 November, so on 23 December it is overdue, not yet silent.
    expect(res.body).toMatchObject({ sentOnPrecision: 'month', responseState: 'overdue', evidenceIds: [kgb.id] });
    expect(res.body.sentAt.slice(0, 10)).toBe('2020-11-01');
    expect(res.body.deadline.slice(0, 10)).toBe('2020-12-14');
  });
});

describe('answers', () => {
  const answer = (over: Record<string, unknown>) => ({
    company: 'supermicro',
    channel: 'press',
    text: 'We follow the law.',
    classification: 'justified',
    evidence: [kgb.id],
    ...over,
  });

  it('cannot be dated after today, nor before the letter they answer, and nothing is written', async () => {
    const letter = (await request(t.server).get('/api/v1/letters?company=supermicro').set(bearer(write)).expect(200))
      .body[0];
    const before = await count('outreach_response');
    const future = await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send(answer({ respondedOn: '2021-01-01' }))
      .expect(400);
    expect(future.body.error.details).toEqual([
      { field: 'respondedOn', message: 'An answer cannot be dated after today (2020-12-23).' },
    ]);
    await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send(answer({ respondedOn: '2020-11-20', respondedOnPrecision: 'maybe' }))
      .expect(400);
    // A letter known only by a latest date has no earliest date to hold an answer to; an exact one has.
    const ours = await request(t.server)
      .post('/api/v1/letters/external')
      .set(bearer(write))
      .send(diasporaLetter({ sentOn: '2020-12-10', sentOnPrecision: 'day', evidence: [] }))
      .expect(201);
    const early = await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send(answer({ respondedOn: '2020-12-09', letter: ours.body.id }))
      .expect(400);
    expect(early.body.error.details).toEqual([
      { field: 'respondedOn', message: 'An answer cannot be dated before the letter it answers (2020-12-10).' },
    ]);
    expect(await count('outreach_response')).toBe(before);
    expect(letter.sentBy).toBe('the Belarusian community of the San Francisco Bay Area');
  });

  it('counts like answers to our letters, and the profile says what /outreach counts', async () => {
    await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send(answer({ respondedOn: '2020-12-22', respondedOnPrecision: 'day' }))
      .expect(201);
    const stats = (await request(t.server).get('/api/v1/outreach/stats').expect(200)).body;
    expect(stats.companies.find((c: { company: { slug: string } }) => c.company.slug === 'supermicro')).toMatchObject({
      outcome: 'justified',
    });
    const html = (await request(t.server).get('/companies/supermicro').expect(200)).text;
    expect(html).toContain('Supermicro answered: justified.');
    // A month-precise answer is kept as the first of its month and shown as the month.
    const month = await request(t.server)
      .post('/api/v1/responses')
      .set(bearer(write))
      .send(answer({ respondedOn: '2020-12-17', respondedOnPrecision: 'month', classification: 'denied' }))
      .expect(201);
    expect(month.body).toMatchObject({ respondedOn: '2020-12-01', respondedOnPrecision: 'month' });
    const page = (await request(t.server).get('/companies/supermicro').expect(200)).text;
    expect(page).toContain('<time datetime="2020-12-01">December 2020</time>');
  });
});
