import { DomainException } from '#libs/core';
import { startMailHarness, type MailHarness } from './mail-harness';

/** Rows first: what enqueue refuses, what the reads show, how a bounce is recorded. */
let h: MailHarness;

beforeAll(async () => {
  h = await startMailHarness({});
});
afterAll(async () => {
  await h?.close();
});

const letterId = '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('MailService', () => {
  it('refuses what would make a broken or injectable message, naming the field', async () => {
    for (const to of [
      '',
      'two@a.example, three@b.example',
      'Name <name@a.example>',
      'no-at-sign',
      'x@localhost',
      'a b@c.example',
    ]) {
      const error = await h.enqueue({ to }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainException);
      expect(error).toMatchObject({ kind: 'invalid', code: 'mail_invalid_address', details: [{ field: 'to' }] });
    }
    await expect(h.enqueue({ to: 'a@b.example', replyTo: 'not an address' })).rejects.toMatchObject({
      details: [{ field: 'replyTo' }],
    });
    await expect(h.enqueue({ to: 'a@b.example', subject: 'Hi\r\nBcc: everyone@x.example' })).rejects.toMatchObject({
      code: 'mail_invalid_subject',
    });
    await expect(h.enqueue({ to: 'a@b.example', headers: { Bcc: 'x@y.example' } })).rejects.toMatchObject({
      code: 'mail_invalid_header',
    });
    await expect(
      h.enqueue({ to: 'a@b.example', headers: { 'List-Unsubscribe': '<https://x>\r\nBcc: y@z.example' } }),
    ).rejects.toMatchObject({ code: 'mail_invalid_header' });
    expect(await h.query('SELECT id FROM mail_message')).toEqual([]);
  });

  it('shows the messages of a record, of many records at once, one message and the recent ones', async () => {
    const first = await h.enqueue({
      to: 'press@supermicro.example',
      refType: 'outreach_letter',
      refId: letterId,
      headers: { 'List-Unsubscribe': '<https://leverage.test/u/1>' },
    });
    h.clock.advance(1000);
    const second = await h.enqueue({
      to: 'ceo@supermicro.example',
      refType: 'outreach_letter',
      refId: letterId,
      html: '<p>Dear</p>',
    });
    h.clock.advance(1000);
    const other = await h.enqueue({ to: 'press@map-info.example', purpose: 'notification' });

    const views = await h.mail.forRef('outreach_letter', letterId);
    expect(views.map((v) => v.id)).toEqual([first.id, second.id]);
    expect(views[0]).toEqual({
      id: first.id,
      purpose: 'letter',
      to: 'press@supermicro.example',
      subject: 'Your servers and the KGB',
      status: 'queued',
      attempts: 0,
      messageId: first.messageId,
      sentAt: null,
      bouncedAt: null,
      bounceReason: null,
      lastError: null,
      createdAt: expect.any(String),
      refType: 'outreach_letter',
      refId: letterId,
    });
    expect(
      await h.mail.forRefs('outreach_letter', [letterId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']),
    ).toHaveLength(2);
    expect(await h.mail.forRefs('outreach_letter', [])).toEqual([]);

    const detail = await h.mail.get(second.id);
    expect(detail).toMatchObject({
      text: 'Dear Supermicro,',
      html: '<p>Dear</p>',
      from: 'Leverage <noreply@leverage.test>',
      replyTo: null,
      headers: {},
    });
    expect(detail.envelopeFrom).toMatch(new RegExp(`^bounce\\+${second.id}\\.[0-9a-f]{20}@leverage\\.test$`));
    await expect(h.mail.get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      kind: 'not_found',
      code: 'mail_not_found',
    });
    await expect(h.mail.get('nonsense')).rejects.toMatchObject({ code: 'mail_not_found' });

    expect((await h.mail.recent({ limit: 2 })).map((v) => v.id)).toEqual([other.id, second.id]);
    expect((await h.mail.recent({ status: 'sent', limit: 10 })).length).toBe(0);
  });

  it('records a bounce by row id or by Message-ID, once', async () => {
    const queued = await h.enqueue({ to: 'press@sandvine.example', refType: 'outreach_letter', refId: letterId });
    const byRow = await h.uow.run((tx) =>
      h.mail.markBounced(tx, { messageRowId: queued.id }, '550 5.1.1 user unknown'),
    );
    expect(byRow).toMatchObject({
      id: queued.id,
      status: 'bounced',
      bounceReason: '550 5.1.1 user unknown',
      refType: 'outreach_letter',
      refId: letterId,
      bouncedAt: h.clock.now().toISOString(),
    });
    h.clock.advance(60_000);
    const again = await h.uow.run((tx) =>
      h.mail.markBounced(tx, { messageId: queued.messageId.slice(1, -1) }, 'another report'),
    );
    expect(again).toMatchObject({ id: queued.id, bounceReason: '550 5.1.1 user unknown', bouncedAt: byRow!.bouncedAt });
    expect(
      await h.uow.run((tx) => h.mail.markBounced(tx, { messageId: '<unknown@elsewhere.example>' }, 'x')),
    ).toBeNull();
    expect(await h.uow.run((tx) => h.mail.markBounced(tx, {}, 'x'))).toBeNull();
    // A bounced message is never sent afterwards.
    expect(await h.sender.sendNow(queued.id)).toBe('done');
  });
});
