import 'reflect-metadata';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, FixedClock, JobRunner, SYSTEM_ACTOR, type Actor } from '#libs/core';
import { CompaniesModule, DemoSeedService } from '#libs/companies';
import { EvidenceDemoSeedService, EvidenceModule, EvidenceService } from '#libs/evidence';
import {
  BatchesService,
  ContactsService,
  InboundService,
  LettersService,
  OutreachDashboardService,
  OutreachDemoSeedService,
  OutreachModule,
  OutreachPublicService,
  OutreachSweepService,
  ResponsesService,
} from '#libs/outreach';
import { expectCode } from '../../support/expect-code';
import { testConfig } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let db: TestDatabase;
let moduleRef: TestingModule;
const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
const organizer: Actor = { id: '44444444-4444-4444-8444-444444444444', label: 'organizer@leverage.test' };
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({
        config: testConfig({ MAIL_DOMAIN: 'leverage.test', INBOUND_MAX_BYTES: '4096' }),
        databaseUrl: db.url,
        poolMax: db.poolMax,
        clock,
      }),
      CompaniesModule,
      EvidenceModule,
      OutreachModule,
    ],
  }).compile();
  await moduleRef.init();
  await moduleRef.get(JobRunner).prepareQueues(); // letters enqueue their mail jobs; no worker runs here
  await moduleRef.get(DemoSeedService).seed(SYSTEM_ACTOR);
  await moduleRef.get(EvidenceDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
});
afterAll(async () => {
  await moduleRef?.close();
  await db?.drop();
});

const count = async (table: string): Promise<number> =>
  (await moduleRef.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('the demo outreach', () => {
  it('seeds once, into an empty outreach record only', async () => {
    expect(await moduleRef.get(OutreachDemoSeedService).seedIfEmpty(SYSTEM_ACTOR)).toBe(true);
    expect(await moduleRef.get(OutreachDemoSeedService).seedIfEmpty(SYSTEM_ACTOR)).toBe(false);
    expect(await count('mail_message')).toBe(0); // demo letters were never sent
  });

  it('gives the statistics of the founding case', async () => {
    const stats = await moduleRef.get(OutreachPublicService).stats();
    // Written to (by others): Supermicro and A1 Belarus; on the record with public statements: Sandvine and Synesis.
    expect(stats).toMatchObject({
      writtenTo: 2,
      onRecord: 4,
      answered: 1,
      responseRate: 0.5,
      // A1's answer is known only by a latest date: no count of days is made up from it.
      medianDaysToAnswer: null,
      demoCompanies: 0,
    });
    const counts = Object.fromEntries(stats.byClassification.map((c) => [c.key, c.count]));
    expect(counts).toMatchObject({ exited: 1, justified: 1, denied: 1, no_response: 1, awaiting: 0 });
  });

  it("shows Supermicro's silence with its dates and Sandvine's exit beside the evidence it answers", async () => {
    const outreach = moduleRef.get(OutreachPublicService);
    const supermicro = await outreach.companyOutreach('supermicro');
    expect(supermicro.state).toBe('no_response');
    // The diaspora's letter, known only as sent by 24 November 2020: its silence is sourced, not demo data.
    expect(supermicro.timeline.map((e) => e.text)).toEqual([
      'Letter sent by the Belarusian community of the San Francisco Bay Area: “Letter about the situation in Belarus, asking Supermicro to stop the KGB tender”. As for our own letters, silence counts from 8 December 2020.',
      'No response 28 days after the letter sent by the Belarusian community of the San Francisco Bay Area (by 24 November 2020).',
    ]);
    expect(supermicro.timeline.some((e) => e.demo)).toBe(false);
    expect(supermicro.timeline[0]).toMatchObject({
      sentBy: 'the Belarusian community of the San Francisco Bay Area',
      datePrecision: 'on_or_before',
      source: { publisher: 'Global Voices (Advox)', publishedOn: '2020-12-15' },
    });
    expect(supermicro.timeline[0].source?.excerpt).toContain('Supermicro has yet to issue a public response');
    const sandvine = await outreach.companyOutreach('sandvine');
    expect(sandvine.state).toBe('answered');
    const exit = sandvine.timeline.find((e) => e.kind === 'response');
    expect(exit?.response).toMatchObject({
      classification: 'exited',
      respondedOn: '2020-09-15',
      channel: 'public_statement',
      letterId: null,
      daysToAnswer: null,
    });
    const a1 = await outreach.companyOutreach('a1-belarus');
    expect(a1).toMatchObject({ state: 'answered', outcome: 'justified' });
    const reply = a1.timeline.find((e) => e.kind === 'response' && e.response?.letterId);
    expect(reply?.text).toBe(
      'A1 Belarus answered the letter sent by the #KeepItOn coalition (20 organizations, Access Now and epicenter.works among them) (public statement): justified.',
    );
    const [item] = (await moduleRef.get(EvidenceService).list({}, 'public')).data.filter(
      (e) => e.chain[0].company.slug === 'sandvine',
    );
    expect((await outreach.responsesForEvidence(item.id)).map((r) => r.company.slug)).toEqual(['sandvine']);
  });

  it('keeps the joint letter as drafts side by side, one per company', async () => {
    const [batch] = await moduleRef.get(BatchesService).list();
    expect(batch).toMatchObject({ letters: 8, sent: 0, answered: 0, demo: true });
  });
});

describe('letters', () => {
  const letters = () => moduleRef.get(LettersService);

  it('refuses a template field the record does not have, naming it, and writes nothing', async () => {
    const before = await count('outreach_letter');
    const error = await expectCode(
      letters().compose(organizer, { company: 'sandvine', body: 'Dear {{contact.name}},\n{{company.ceo}}' }),
      'outreach_template_error',
    );
    expect(error.details[0]).toMatchObject({ field: 'body' });
    expect(error.details[0].message).toContain('{{company.ceo}} on line 2');
    expect(await count('outreach_letter')).toBe(before);
  });

  it('refuses to send a letter to a company with no contact, and queues nothing', async () => {
    const draft = await letters().compose(organizer, { company: 'kvadrosoft' });
    expect(draft.recipients).toEqual([]);
    const messages = await count('mail_message');
    await expectCode(letters().send(organizer, draft.id, { version: draft.version }), 'outreach_no_contact');
    expect(await count('mail_message')).toBe(messages);
  });

  it('sends once and freezes what was sent', async () => {
    const draft = await letters().compose(organizer, { company: 'sandvine', deadlineDays: 10 });
    const sent = await letters().send(organizer, draft.id, { version: draft.version });
    expect(sent).toMatchObject({
      status: 'sent',
      responseState: 'awaiting',
      deadlineDays: 10,
      deadline: new Date(clock.now().getTime() + 10 * DAY).toISOString(),
    });
    expect(sent.deliveries).toEqual([expect.objectContaining({ to: 'press@sandvine.example', status: 'queued' })]);
    await expectCode(letters().send(organizer, draft.id, { version: sent.version }), 'outreach_letter_already_sent');
    await expectCode(
      letters().update(organizer, draft.id, { version: sent.version, body: 'changed' }),
      'outreach_letter_already_sent',
    );
    expect((await letters().get(draft.id)).deliveries).toHaveLength(1);
    expect((await letters().preview(draft.id, organizer)).text).toBe(sent.textBody);
  });

  it('refuses an edit based on an older version, naming who saved', async () => {
    const draft = await letters().compose(organizer, { company: 'synesis' });
    await letters().update(organizer, draft.id, { version: draft.version, deadlineDays: 20 });
    const error = await expectCode(
      letters().update(organizer, draft.id, { version: draft.version, deadlineDays: 21 }),
      'outreach_version_conflict',
    );
    expect(error.message).toContain('organizer@leverage.test');
  });
});

describe('batches', () => {
  it('writes one letter per company and sends those that have a contact', async () => {
    await moduleRef.get(ContactsService).create(organizer, {
      company: 'broadcom',
      name: 'Press',
      role: 'press',
      email: 'Press@Broadcom.example',
      escalationOrder: 1,
    });
    const batches = moduleRef.get(BatchesService);
    const batch = await batches.create(organizer, {
      title: 'Belarus 2020',
      companies: ['broadcom', 'map-info', 'kvadrosoft'],
    });
    expect(batch.rows.map((r) => [r.company.slug, r.sendable])).toEqual([
      ['broadcom', true],
      ['kvadrosoft', false],
      ['map-info', false],
    ]);
    const sent = await batches.send(organizer, batch.id);
    expect(sent.rows.map((r) => r.letter.status)).toEqual(['sent', 'draft', 'draft']);
    expect(sent.rows[0].letter.recipients[0].email).toBe('press@broadcom.example');
  });

  it('refuses an unknown company before writing anything', async () => {
    const before = await count('outreach_letter_batch');
    await expectCode(
      moduleRef.get(BatchesService).create(organizer, { title: 'x', companies: ['sandvine', 'nope'] }),
      'outreach_unknown_company',
    );
    expect(await count('outreach_letter_batch')).toBe(before);
  });
});

describe('batches that cannot all go', () => {
  it('sends the letters it can and reports the one it cannot', async () => {
    const contacts = moduleRef.get(ContactsService);
    await contacts.create(organizer, {
      company: 'vmware',
      name: 'Press',
      role: 'press',
      email: 'press@vmware.example',
      escalationOrder: 1,
    });
    await contacts.create(organizer, {
      company: 'kvadrosoft',
      name: 'Office',
      role: 'other',
      email: 'office@kvadrosoft.xn--p1ai',
      escalationOrder: 1,
    });
    await moduleRef
      .get(DataSource)
      .query(`UPDATE outreach_contact SET email = 'office@квадрософт.рф' WHERE email = 'office@kvadrosoft.xn--p1ai'`);
    const batches = moduleRef.get(BatchesService);
    const batch = await batches.create(organizer, { title: 'Two', companies: ['vmware', 'kvadrosoft'] });
    const sent = await batches.send(organizer, batch.id);
    expect(sent.rows.map((r) => [r.company.slug, r.letter.status])).toEqual([
      ['kvadrosoft', 'draft'],
      ['vmware', 'sent'],
    ]);
    expect(sent.problems).toEqual([expect.objectContaining({ company: { slug: 'kvadrosoft', name: 'Kvadrosoft' } })]);
  });

  it('writes nothing when one letter of the batch would not render', async () => {
    const before = await count('outreach_letter_batch');
    await expectCode(
      moduleRef.get(BatchesService).create(organizer, { title: 'x', companies: ['sandvine'], body: 'Dear {{nobody}}' }),
      'outreach_template_error',
    );
    expect(await count('outreach_letter_batch')).toBe(before);
  });
});

describe('contacts', () => {
  it('refuses the same address twice for one company', async () => {
    await expectCode(
      moduleRef.get(ContactsService).create(organizer, {
        company: 'broadcom',
        name: 'Again',
        role: 'legal',
        email: 'press@broadcom.example',
        escalationOrder: 2,
      }),
      'outreach_contact_taken',
    );
  });
});

describe('replies, responses and escalation', () => {
  it('attaches a reply to a follow-up to the letter it follows, and marks automatic replies as such', async () => {
    const letters = moduleRef.get(LettersService);
    await moduleRef.get(ContactsService).create(organizer, {
      company: 'intel',
      name: 'Legal',
      role: 'legal',
      email: 'legal@intel.example',
      escalationOrder: 2,
    });
    const draft = await letters.compose(organizer, { company: 'intel' });
    const sent = await letters.send(organizer, draft.id, { version: draft.version });
    clock.advance(8 * DAY);
    await moduleRef.get(OutreachSweepService).sweep();
    const [followUp] = (await letters.list({ company: 'intel' })).filter((l) => l.kind === 'follow_up');
    expect(followUp).toMatchObject({ parentLetterId: sent.id, status: 'sent' });
    const replyTo = (
      await moduleRef.get(DataSource).query(`SELECT reply_to FROM mail_message WHERE ref_id = $1`, [followUp.id])
    )[0].reply_to;
    const inbound = moduleRef.get(InboundService);
    const auto = await inbound.receive(
      Buffer.from(
        `From: press@intel.example\r\nTo: ${replyTo}\r\nAuto-Submitted: auto-replied\r\nSubject: Out of office\r\n\r\nAway.\r\n`,
      ),
      { via: 'api' },
    );
    expect(auto).toMatchObject({ status: 'auto_reply', letterId: sent.id });
    const reply = await inbound.receive(
      Buffer.from(`From: press@intel.example\r\nTo: ${replyTo}\r\nSubject: Re\r\n\r\nWe are looking into it.\r\n`),
      { via: 'api' },
    );
    expect(reply).toMatchObject({ status: 'attached', letterId: sent.id });
    const response = await moduleRef
      .get(ResponsesService)
      .classify(organizer, reply.id, { classification: 'acknowledged' });
    expect(response).toMatchObject({ letterId: sent.id, daysToAnswer: 8 });
    expect((await letters.get(sent.id)).responseState).toBe('answered');
    await expectCode(
      moduleRef.get(ResponsesService).classify(organizer, reply.id, { classification: 'denied' }),
      'outreach_inbound_handled',
    );
  });

  it('neither reminds nor records silence while a reply waits to be classified', async () => {
    const letters = moduleRef.get(LettersService);
    await moduleRef.get(ContactsService).create(organizer, {
      company: 'telegram',
      name: 'Press',
      role: 'press',
      email: 'press@telegram.example',
      escalationOrder: 1,
    });
    const draft = await letters.compose(organizer, { company: 'telegram' });
    const sent = await letters.send(organizer, draft.id, { version: draft.version });
    const replyTo = (
      await moduleRef.get(DataSource).query(`SELECT reply_to FROM mail_message WHERE ref_id = $1`, [sent.id])
    )[0].reply_to;
    await moduleRef
      .get(InboundService)
      .receive(
        Buffer.from(`From: press@telegram.example\r\nTo: ${replyTo}\r\nSubject: Re\r\n\r\nWe will answer in full.\r\n`),
        { via: 'api' },
      );
    clock.advance(30 * DAY);
    await moduleRef.get(OutreachSweepService).sweep();
    const after = await letters.get(sent.id);
    expect(after.responseState).toBe('awaiting');
    expect((await letters.list({ company: 'telegram' })).filter((l) => l.kind === 'follow_up')).toEqual([]);
  });

  it('keeps a message whose text holds a NUL byte (the raw message keeps it whole)', async () => {
    const held = await moduleRef
      .get(InboundService)
      .receive(
        Buffer.from(
          'From: a@b.example\r\nTo: noreply@leverage.test\r\nSubject: nul=\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nbefore=00after\r\n',
        ),
        { via: 'api' },
      );
    const mail = await moduleRef.get(InboundService).get(held.id);
    expect(mail.text).toContain('beforeafter');
    expect((await moduleRef.get(InboundService).raw(held.id)).toString()).toContain('before=00after');
  });

  it('refuses mail over the size limit and empty mail, storing nothing', async () => {
    const before = await count('outreach_inbound_mail');
    await expectCode(
      moduleRef.get(InboundService).receive(Buffer.alloc(5000, 'a'), { via: 'api' }),
      'outreach_inbound_too_large',
    );
    await expectCode(moduleRef.get(InboundService).receive(Buffer.alloc(0), { via: 'api' }), 'outreach_inbound_empty');
    expect(await count('outreach_inbound_mail')).toBe(before);
  });

  it('attaches a held message to the letter an organizer names', async () => {
    const inbound = moduleRef.get(InboundService);
    const held = await inbound.receive(
      Buffer.from(
        'From: someone@sandvine.example\r\nTo: info@leverage.test\r\nSubject: About your letter\r\n\r\nWe have left.\r\n',
      ),
      { via: 'api' },
    );
    expect(held).toMatchObject({ status: 'held', holdReason: 'no_letter' });
    const [letter] = await moduleRef.get(LettersService).list({ company: 'sandvine', status: 'sent' });
    const attached = await inbound.attach(organizer, held.id, { letter: letter.id });
    expect(attached).toMatchObject({ status: 'attached', letterId: letter.id, company: { slug: 'sandvine' } });
  });

  it('records a response by hand, refusing evidence that is not about the company', async () => {
    const [item] = (await moduleRef.get(EvidenceService).list({}, 'public')).data.filter(
      (e) => e.chain[0].company.slug === 'synesis',
    );
    await expectCode(
      moduleRef.get(ResponsesService).record(organizer, {
        company: 'sandvine',
        channel: 'press',
        respondedOn: '2026-03-01',
        text: 'x',
        classification: 'denied',
        evidence: [item.id],
      }),
      'outreach_unknown_evidence',
    );
    await expectCode(
      moduleRef.get(ResponsesService).record(organizer, {
        company: 'sandvine',
        channel: 'press',
        respondedOn: '2026-03-01',
        classification: 'denied',
      }),
      'validation_failed',
    );
  });

  it('suggests the next contact up the escalation order once a letter meets silence', async () => {
    const letters = moduleRef.get(LettersService);
    await moduleRef.get(ContactsService).create(organizer, {
      company: 'oracle',
      name: 'Board',
      role: 'board',
      email: 'board@oracle.example',
      escalationOrder: 3,
    });
    const draft = await letters.compose(organizer, { company: 'oracle' });
    const sent = await letters.send(organizer, draft.id, { version: draft.version });
    clock.advance(29 * DAY);
    await moduleRef.get(OutreachSweepService).sweep();
    expect((await letters.get(sent.id)).responseState).toBe('no_response');
    const suggestion = (await moduleRef.get(OutreachDashboardService).escalations()).find(
      (e) => e.company.slug === 'oracle',
    );
    expect(suggestion?.next).toMatchObject({ email: 'board@oracle.example', role: 'board' });
  });
});
