import { MailBusyError, MailRetryError, readSignedAddress, MAX_ATTEMPTS, SEND_LEASE_MS } from '#libs/mail';
import { startSmtpSink, type SmtpSink, type SunkMessage } from '../../support/smtp-sink';
import { jobsFor, startMailHarness, type MailHarness } from './mail-harness';

/**
 * The send job against a real SMTP server on loopback: each message reaches the relay once,
 * whatever runs the job twice, and the relay's answers decide retry or failure.
 */
let sink: SmtpSink;
let h: MailHarness;

/** The relay's answer by subject: `451 …` and `550 …` subjects are refused with that code (451 once only if it says "once"). */
const refusedOnce = new Set<string>();
async function relay(message: SunkMessage): Promise<void> {
  const subject = message.parsed.subject ?? '';
  const code = /^(4\d\d|5\d\d)\b/.exec(subject)?.[1];
  if (!code) return;
  if (subject.includes('once')) {
    if (refusedOnce.has(subject)) return;
    refusedOnce.add(subject);
  }
  throw Object.assign(new Error(`${code} refused by the test relay`), { responseCode: Number(code) });
}

beforeAll(async () => {
  sink = await startSmtpSink({ onData: relay });
  h = await startMailHarness({ SMTP_URL: sink.url });
});
afterAll(async () => {
  await h?.close();
  await sink?.close();
});

const sunk = (messageId: string) => sink.messages.filter((m) => m.parsed.messageId === messageId);
const row = async (id: string) =>
  (
    await h.query<{ status: string; attempts: number; last_error: string | null; sent_at: Date | null }>(
      'SELECT * FROM mail_message WHERE id = $1',
      [id],
    )
  )[0];

describe('mail.send', () => {
  it('delivers a message once, with the stored Message-ID, Reply-To and the signed bounce address', async () => {
    const queued = await h.enqueue({
      to: 'Press@Supermicro.EXAMPLE',
      replyTo: 'reply+abc.def@leverage.test',
      headers: { 'X-Campaign': 'belarus-2020' },
    });
    expect(queued).toEqual({
      id: expect.any(String),
      messageId: expect.stringMatching(/^<[0-9a-f-]{36}@leverage\.test>$/),
      status: 'queued',
    });
    expect(await h.sender.sendNow(queued.id)).toBe('sent');
    expect(await h.sender.sendNow(queued.id)).toBe('done');

    const [message] = sunk(queued.messageId);
    expect(sunk(queued.messageId)).toHaveLength(1);
    expect(message.rcptTo).toEqual(['Press@supermicro.example']);
    expect(message.parsed.replyTo?.value[0].address).toBe('reply+abc.def@leverage.test');
    expect(message.parsed.headers.get('x-campaign')).toBe('belarus-2020');
    expect(message.parsed.from?.value[0]).toMatchObject({ name: 'Leverage', address: 'noreply@leverage.test' });
    expect(readSignedAddress(h.config.hmacSecret, message.mailFrom!, 'leverage.test')).toEqual({
      tag: 'bounce',
      id: queued.id,
      valid: true,
    });
    expect(await row(queued.id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      last_error: null,
      sent_at: h.clock.now(),
    });
  });

  it('delivers once when the job runs many times at once', async () => {
    const queued = await h.enqueue({ to: 'press@vmware.example' });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => h.sender.sendNow(queued.id)));
    const outcomes = results.map((r) =>
      r.status === 'fulfilled' ? r.value : r.reason instanceof MailBusyError ? 'busy' : String(r.reason),
    );
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(outcomes.every((o) => ['sent', 'done', 'busy'].includes(o))).toBe(true);
    expect(await h.sender.sendNow(queued.id)).toBe('done');
    expect(sunk(queued.messageId)).toHaveLength(1);
    expect((await row(queued.id)).attempts).toBe(1);
  });

  it('queues a message again after a 4xx, for pg-boss to retry, and sends it next time', async () => {
    const queued = await h.enqueue({ to: 'press@a1.example', subject: '451 once' });
    await expect(h.sender.sendNow(queued.id)).rejects.toBeInstanceOf(MailRetryError);
    expect(await row(queued.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      last_error: expect.stringContaining('451'),
    });
    expect(await h.sender.sendNow(queued.id)).toBe('sent');
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(sunk(queued.messageId)).toHaveLength(1);
  });

  it('marks a message failed on a 5xx, without retrying', async () => {
    const queued = await h.enqueue({ to: 'nobody@synesis.example', subject: '550 no such user' });
    expect(await h.sender.sendNow(queued.id)).toBe('failed');
    expect(await row(queued.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: expect.stringContaining('550'),
    });
    expect(await h.sender.sendNow(queued.id)).toBe('done');
    expect(sunk(queued.messageId)).toHaveLength(0);
  });

  it(`gives up after ${MAX_ATTEMPTS} temporary failures`, async () => {
    const queued = await h.enqueue({ to: 'press@kvadrosoft.example', subject: '421 always busy' });
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
      await expect(h.sender.sendNow(queued.id)).rejects.toBeInstanceOf(MailRetryError);
    expect(await h.sender.sendNow(queued.id)).toBe('failed');
    expect(await row(queued.id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('defers the 21st message to one domain within a minute, not another domain’s', async () => {
    const busy = [];
    for (let i = 0; i < 21; i++) busy.push(await h.enqueue({ to: `person${i}@busy.example` }));
    const other = await h.enqueue({ to: 'press@quiet.example' });
    const outcomes = [];
    for (const queued of busy) outcomes.push(await h.sender.sendNow(queued.id));
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill('sent'));
    expect(outcomes[20]).toBe('deferred');
    expect(await h.sender.sendNow(other.id)).toBe('sent');

    const last = busy[20];
    expect(await row(last.id)).toMatchObject({ status: 'queued', attempts: 0 });
    const jobs = await jobsFor(h, last.id);
    expect(jobs).toHaveLength(2); // the first one (worked above, by hand) and the deferred one
    expect(jobs[1].start_after.getTime()).toBeGreaterThan(h.clock.now().getTime() + 55_000);
    expect(sunk(last.messageId)).toHaveLength(0);

    h.clock.advance(61_000);
    expect(await h.sender.sendNow(last.id)).toBe('sent');
    expect(sunk(last.messageId)).toHaveLength(1);
  });

  it('takes over a message whose sending attempt let its lease run out, and not before', async () => {
    const queued = await h.enqueue({ to: 'press@kingston.example' });
    // A worker claimed the row and died before it could say anything.
    await h.query(
      `UPDATE mail_message SET status = 'sending', attempts = 1, claimed_at = $2, claim_token = gen_random_uuid() WHERE id = $1`,
      [queued.id, new Date(h.clock.now().getTime() - 60_000)],
    );
    await expect(h.sender.sendNow(queued.id)).rejects.toBeInstanceOf(MailBusyError);
    h.clock.advance(SEND_LEASE_MS);
    expect(await h.sender.sendNow(queued.id)).toBe('sent');
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sunk(queued.messageId)).toHaveLength(1);
  });

  it('gives a job again to rows nothing would send any more, and only to those', async () => {
    const abandoned = await h.enqueue({ to: 'press@seagate.example' });
    const waiting = await h.enqueue({ to: 'press@intel.example' });
    const crashed = await h.enqueue({ to: 'press@nvidia.example' });
    // The first one's job was lost (say pg-boss gave up on it); the third's worker died mid-send.
    await h.query(`DELETE FROM pgboss.job WHERE name = 'mail.send' AND singleton_key = ANY($1)`, [
      [abandoned.id, crashed.id],
    ]);
    await h.query(`UPDATE mail_message SET status = 'sending', attempts = 1, claimed_at = $2 WHERE id = $1`, [
      crashed.id,
      h.clock.now(),
    ]);
    expect(await h.sender.requeueStale()).toEqual([]); // too recent to call stale

    h.clock.advance(SEND_LEASE_MS + 1000);
    expect((await h.sender.requeueStale()).sort()).toEqual([abandoned.id, crashed.id].sort());
    expect(await jobsFor(h, abandoned.id)).toHaveLength(1);
    expect(await jobsFor(h, waiting.id)).toHaveLength(1); // its own job is still waiting: not doubled
    expect(await h.sender.requeueStale()).not.toContain(abandoned.id);
  });
});
