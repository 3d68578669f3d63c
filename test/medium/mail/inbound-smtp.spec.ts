import { createTransport, type Transporter } from 'nodemailer';
import { InboundMailError, parseInbound, startInboundSmtp, type InboundEnvelope, type InboundSmtp } from '#libs/mail';

/** The built-in receiver over real SMTP: mail for our domain only, 250 only once it is stored. */
let receiver: InboundSmtp;
let client: Transporter;
const stored: { raw: Buffer; envelope: InboundEnvelope }[] = [];
let failNext: Error | null = null;

beforeAll(async () => {
  receiver = await startInboundSmtp({
    host: '127.0.0.1',
    port: 0,
    maxBytes: 20_000,
    domain: 'Leverage.test',
    onMessage: async (raw, envelope) => {
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      await parseInbound(raw, 20_000);
      stored.push({ raw, envelope });
    },
  });
  client = createTransport({ host: '127.0.0.1', port: receiver.port, ignoreTLS: true });
});
afterAll(async () => {
  client?.close();
  await receiver?.close();
});

const send = (options: { to: string; from?: string; text?: string }) =>
  client.sendMail({
    from: 'press@supermicro.example',
    subject: 'Re: Your servers',
    text: 'We do not comment.',
    envelope: { from: options.from ?? 'press@supermicro.example', to: [options.to] },
    to: options.to,
    ...(options.text ? { text: options.text } : {}),
  });

describe('startInboundSmtp', () => {
  it('takes mail for our domain and hands over the raw message and the envelope', async () => {
    await send({ to: 'Reply+abc.def@LEVERAGE.test' });
    expect(stored).toHaveLength(1);
    expect(stored[0].envelope).toEqual({
      mailFrom: 'press@supermicro.example',
      rcptTo: ['reply+abc.def@leverage.test'],
    });
    expect((await parseInbound(stored[0].raw, 20_000)).text.trim()).toBe('We do not comment.');
  });

  it('gives the null sender of a bounce as null', async () => {
    await send({ to: 'bounce+x.y@leverage.test', from: '' });
    expect(stored.at(-1)!.envelope.mailFrom).toBeNull();
  });

  it('is not a relay', async () => {
    await expect(send({ to: 'someone@elsewhere.example' })).rejects.toMatchObject({ responseCode: 550 });
  });

  it('refuses a message over the limit with 552', async () => {
    await expect(send({ to: 'reply+a.b@leverage.test', text: 'x'.repeat(30_000) })).rejects.toMatchObject({
      responseCode: 552,
    });
  });

  it('answers 451 when the message could not be stored, so that the sender tries again, and 554 for one that can never be taken', async () => {
    const before = stored.length;
    failNext = new Error('database unavailable');
    await expect(send({ to: 'reply+a.b@leverage.test' })).rejects.toMatchObject({ responseCode: 451 });
    failNext = InboundMailError.unparseable('no header');
    await expect(send({ to: 'reply+a.b@leverage.test' })).rejects.toMatchObject({ responseCode: 554 });
    await send({ to: 'reply+a.b@leverage.test' });
    expect(stored.length).toBe(before + 1);
  });
});
