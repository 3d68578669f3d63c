import nodemailer from 'nodemailer';
import request from 'supertest';
import { JobRunner } from '#libs/core';
import {
  ContactsService,
  InboundService,
  LettersService,
  OutreachSweepService,
  ResponsesService,
  startReplyReceiver,
  type LetterView,
} from '#libs/outreach';
import { actorFor, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

/**
 * The outreach mail flow over real SMTP both ways: the app sends through SMTP_URL to a sink this
 * test runs, and replies and bounces arrive as raw mail on the built-in receiver's port.
 */
const DAY = 86_400_000;
let sink: SmtpSink;
let testApp: TestApp;
let inbound: { port: number; close(): Promise<void> };
let organizer: TestAccount;

async function replyBySmtp(envelope: { from: string; to: string }, raw: string): Promise<void> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inbound.port,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({ envelope, raw });
  transport.close();
}

async function until<T>(what: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await what();
    if (ok(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function writeTo(slug: string, email: string): Promise<LetterView> {
  const actor = actorFor(organizer);
  await testApp.app
    .get(ContactsService)
    .create(actor, { company: slug, name: 'Press office', role: 'press', email, escalationOrder: 1 });
  const letters = testApp.app.get(LettersService);
  const draft = await letters.compose(actor, { company: slug });
  return letters.send(actor, draft.id, { version: draft.version });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  testApp = await createTestApp({ env: { SMTP_URL: sink.url, MAIL_DOMAIN: 'leverage.test', INBOUND_SMTP_PORT: '0' } });
  testApp.clock.set(new Date('2026-03-02T09:00:00Z'));
  await seedRecord(testApp);
  organizer = await createAccount(testApp, 'organizer');
  const researcher = await createAccount(testApp, 'researcher');
  const reviewer = await createAccount(testApp, 'reviewer');
  await publishEvidence(testApp, researcher, reviewer, supermicroCase());
  await testApp.app.get(JobRunner).start();
  // The receiver exactly as the worker starts it.
  inbound = (await startReplyReceiver(testApp.app, testApp.config)) as { port: number; close(): Promise<void> };
});

afterAll(async () => {
  await inbound?.close();
  await testApp?.close();
  await sink?.close();
});

describe('a letter over real SMTP', () => {
  let letter: LetterView;
  let replyTo: string;

  it('is sent once, with its own signed reply address and the evidence it asks about', async () => {
    letter = await writeTo('supermicro', 'press@supermicro.example');
    const [message] = await sink.waitFor(1);
    replyTo = (message.parsed.replyTo?.value[0].address ?? '').toLowerCase();
    expect(replyTo).toMatch(new RegExp(`^reply\\+${letter.id}\\.[0-9a-f]+@leverage\\.test$`));
    expect(message.rcptTo).toEqual(['press@supermicro.example']);
    expect(message.mailFrom).toMatch(/^bounce\+[0-9a-f-]+\.[0-9a-f]+@leverage\.test$/);
    expect(message.parsed.subject).toBe('Request for comment: Supermicro and the Belarus 2020 record');
    expect(message.parsed.text).toContain('Supermicro servers for the KGB through MAP INFO');
    expect(message.parsed.text).toContain('https://example.org/tenders/kgb-servers');
    expect(message.parsed.html).toContain('<p');
    const sent = await until(
      () => testApp.app.get(LettersService).get(letter.id),
      (l) => l.deliveries[0]?.status === 'sent',
    );
    expect(sent.deliveries).toHaveLength(1);
    expect(sent.deliveries[0].messageId).toBe(message.parsed.messageId);
    expect(sent.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // A second send is refused and queues nothing.
    await expect(
      testApp.app.get(LettersService).send(actorFor(organizer), letter.id, { version: sent.version }),
    ).rejects.toMatchObject({ code: 'outreach_letter_already_sent' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.messages).toHaveLength(1);
  });

  it('attaches the reply that comes back to it, and its classification answers the letter', async () => {
    const sent = sink.messages[0].parsed;
    testApp.clock.advance(DAY); // the day after: a Date header in the future would not be believed
    await replyBySmtp(
      { from: 'press@supermicro.example', to: replyTo },
      [
        'From: Supermicro Press <press@supermicro.example>',
        `To: ${replyTo}`,
        'Subject: Re: Request for comment',
        `In-Reply-To: ${sent.messageId}`,
        'Date: Tue, 03 Mar 2026 10:00:00 +0000',
        'Message-ID: <answer-1@supermicro.example>',
        '',
        'We comply with all export regulations and have no further comment.',
        '',
      ].join('\r\n'),
    );
    const [reply] = await testApp.app.get(InboundService).list({ status: 'attached' });
    expect(reply).toMatchObject({
      letterId: letter.id,
      from: 'Supermicro Press <press@supermicro.example>',
      company: { slug: 'supermicro' },
    });
    const response = await testApp.app
      .get(ResponsesService)
      .classify(actorFor(organizer), reply.id, { classification: 'declined_to_comment' });
    expect(response).toMatchObject({
      channel: 'email',
      respondedOn: '2026-03-03',
      classification: 'declined_to_comment',
      daysToAnswer: 1,
    });
    expect(response.text).toContain('no further comment');
    expect((await testApp.app.get(LettersService).get(letter.id)).responseState).toBe('answered');
  });

  it('holds a reply whose address was forged, and one that matches no letter, without losing either', async () => {
    const forged = replyTo.replace(/\.([0-9a-f]+)@/, (_m, sig: string) => `.${sig.split('').reverse().join('')}@`);
    await replyBySmtp(
      { from: 'x@elsewhere.example', to: forged },
      `From: x@elsewhere.example\r\nTo: ${forged}\r\nSubject: hi\r\n\r\nforged\r\n`,
    );
    await replyBySmtp(
      { from: 'y@elsewhere.example', to: 'noreply@leverage.test' },
      'From: y@elsewhere.example\r\nTo: noreply@leverage.test\r\nSubject: hello\r\n\r\nunrelated\r\n',
    );
    // Made-up mailboxes are refused at RCPT: nobody fills the store by writing to them.
    await expect(
      replyBySmtp({ from: 'z@elsewhere.example', to: 'hello@leverage.test' }, 'Subject: x\r\n\r\nx\r\n'),
    ).rejects.toThrow(/550/);
    const held = await testApp.app.get(InboundService).list({ status: 'held' });
    expect(held.map((m) => m.holdReason).sort()).toEqual(['forged_address', 'no_letter']);
    expect((await testApp.app.get(InboundService).raw(held[0].id)).toString()).toMatch(/forged|unrelated/);
  });

  it('marks the letter bounced when the delivery report comes back', async () => {
    const bounced = await writeTo('map-info', 'nobody@map-info.example');
    const [, message] = await sink.waitFor(2);
    const dsn = [
      'From: MAILER-DAEMON@mx.map-info.example',
      `To: ${message.mailFrom}`,
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.map-info.example',
      '',
      'Final-Recipient: rfc822; nobody@map-info.example',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '',
      '--b1',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${message.parsed.messageId}`,
      'Subject: Request for comment',
      '',
      '--b1--',
      '',
    ].join('\r\n');
    // A report that names the Message-ID but does not come to the message's own bounce address proves nothing.
    await replyBySmtp(
      { from: '', to: 'noreply@leverage.test' },
      dsn.replace(`To: ${message.mailFrom}`, 'To: noreply@leverage.test'),
    );
    expect((await testApp.app.get(LettersService).get(bounced.id)).status).toBe('sent');
    expect((await testApp.app.get(InboundService).list({ status: 'held' })).map((m) => m.holdReason)).toContain(
      'delivery_notice',
    );
    // An out-of-office reply to the bounce address (RFC 3834 sends those there) is not a bounce.
    await replyBySmtp(
      { from: 'auto@map-info.example', to: message.mailFrom as string },
      `From: auto@map-info.example\r\nTo: ${message.mailFrom}\r\nAuto-Submitted: auto-replied\r\nSubject: Out of office\r\n\r\nAway until Monday.\r\n`,
    );
    expect((await testApp.app.get(InboundService).list({ status: 'auto_reply' }))[0]).toMatchObject({
      letterId: bounced.id,
    });
    expect((await testApp.app.get(LettersService).get(bounced.id)).status).toBe('sent');
    await replyBySmtp({ from: '', to: message.mailFrom as string }, dsn);
    const after = await testApp.app.get(LettersService).get(bounced.id);
    expect(after.status).toBe('bounced');
    expect(after.deliveries[0]).toMatchObject({ status: 'bounced' });
    expect(after.deliveries[0].problem).toContain('5.1.1');
    // The organizer who sent it is told, by mail, with what the server said and where to look (once).
    await replyBySmtp({ from: '', to: message.mailFrom as string }, dsn);
    const [, , notice] = await sink.waitFor(3);
    expect(notice.rcptTo).toEqual([organizer.email]);
    expect(notice.parsed.subject).toBe('Your letter to MAP INFO bounced');
    expect(notice.parsed.text).toContain('550 5.1.1 User unknown');
    expect(notice.parsed.text).toContain(`/console/outreach/letters/${bounced.id}`);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(sink.messages.filter((m) => m.parsed.subject?.includes('bounced'))).toHaveLength(1);
  });

  it('follows up at day 7, then the silence becomes overdue at the deadline and no response at twice it', async () => {
    const silent = await writeTo('a1-belarus', 'press@a1.example');
    await sink.waitFor(4);
    const sweep = testApp.app.get(OutreachSweepService);
    const letters = testApp.app.get(LettersService);
    testApp.clock.advance(7 * DAY + 60_000);
    expect((await sweep.sweep()).followUps).toBe(1);
    expect((await sweep.sweep()).followUps).toBe(0); // never twice
    const followUp = (await sink.waitFor(5))[4];
    expect(followUp.parsed.subject).toContain('Reminder');
    expect(followUp.parsed.replyTo?.value[0].address).toMatch(/^reply\+/);
    expect((await letters.get(silent.id)).responseState).toBe('awaiting');

    testApp.clock.advance(7 * DAY);
    expect(await sweep.sweep()).toMatchObject({ overdue: 1, noResponse: 0 });
    expect((await letters.get(silent.id)).responseState).toBe('overdue');
    testApp.clock.advance(14 * DAY);
    expect(await sweep.sweep()).toMatchObject({ noResponse: 1 });
    const gone = await letters.get(silent.id);
    expect(gone).toMatchObject({ responseState: 'no_response', overdueAt: silent.deadline });

    const profile = await request(testApp.server).get('/companies/a1-belarus').expect(200);
    expect(profile.text).toContain('No response 28 days after our letter of 3 March 2026.');
  });
});
