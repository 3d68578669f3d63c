import { generateKeyPairSync } from 'node:crypto';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink';
import { startMailHarness, type MailHarness } from './mail-harness';

/** The job as the worker runs it: pg-boss picks up what a committed transaction enqueued, and only that. */
let sink: SmtpSink;
let h: MailHarness;

beforeAll(async () => {
  sink = await startSmtpSink();
  const key = generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  h = await startMailHarness(
    { SMTP_URL: sink.url, DKIM_DOMAIN: 'leverage.test', DKIM_SELECTOR: 'lev', DKIM_PRIVATE_KEY: key },
    { work: true },
  );
});
afterAll(async () => {
  await h?.close();
  await sink?.close();
});

describe('mail.send in the worker', () => {
  it('sends what was committed, once and DKIM-signed, and never what was rolled back', async () => {
    let rolledBack = '';
    await expect(
      h.uow.run(async (tx) => {
        rolledBack = (
          await h.mail.enqueue(tx, { to: 'press@supermicro.example', subject: 'never', text: 'x', purpose: 'letter' })
        ).messageId;
        throw new Error('the letter could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    const committed = [];
    for (const company of ['sandvine', 'synesis', 'vmware'])
      committed.push(await h.enqueue({ to: `press@${company}.example` }));

    await sink.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show up
    expect(sink.messages.map((m) => m.parsed.messageId).sort()).toEqual(committed.map((c) => c.messageId).sort());
    expect(sink.messages.some((m) => m.parsed.messageId === rolledBack)).toBe(false);
    expect(sink.messages[0].raw.toString()).toMatch(/^DKIM-Signature: [^]*?d=leverage\.test;[^]*?s=lev;/m);
    const rows = await h.query<{ status: string; attempts: number }>('SELECT status, attempts FROM mail_message');
    expect(rows).toEqual(Array(3).fill({ status: 'sent', attempts: 1 }));
  });
});
