import { InboundMailError } from '../mail.exception';
import { parseInbound, stripTags } from './parse-inbound';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'));

const reply = crlf([
  'Delivered-To: Reply+abc.def@Leverage.example.org',
  'X-Original-To: reply+abc.def@leverage.example.org',
  'From: "Press Office" <Press@Supermicro.example>',
  'To: "Leverage" <Reply+abc.def@leverage.example.org>',
  'Cc: Legal <legal@supermicro.example>, team: one@supermicro.example, two@supermicro.example;',
  'Subject: Re: Your servers and the KGB',
  'Date: Tue, 06 Jan 2026 09:30:00 +0100',
  'Message-ID: <reply-1@supermicro.example>',
  'In-Reply-To: <a1b2@leverage.example.org>',
  'References: <a0@leverage.example.org> <a1b2@leverage.example.org>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="m"',
  '',
  '--m',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'We do not comment on customers.',
  '--m',
  'Content-Type: application/pdf; name="statement.pdf"',
  'Content-Disposition: attachment; filename="statement.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 statement').toString('base64'),
  '--m--',
  '',
]);

describe('parseInbound', () => {
  it('reads a reply: threading headers, addresses in lower case, attachments without their content', async () => {
    const parsed = await parseInbound(reply, 100_000);
    expect(parsed).toMatchObject({
      messageId: '<reply-1@supermicro.example>',
      inReplyTo: '<a1b2@leverage.example.org>',
      references: ['<a0@leverage.example.org>', '<a1b2@leverage.example.org>'],
      from: { address: 'press@supermicro.example', name: 'Press Office' },
      to: ['reply+abc.def@leverage.example.org'],
      cc: ['legal@supermicro.example', 'one@supermicro.example', 'two@supermicro.example'],
      deliveredTo: ['reply+abc.def@leverage.example.org'],
      originalTo: ['reply+abc.def@leverage.example.org'],
      subject: 'Re: Your servers and the KGB',
      html: null,
      isAutoReply: false,
      dsn: null,
      size: reply.length,
    });
    expect(parsed.text.trim()).toBe('We do not comment on customers.');
    expect(parsed.date?.toISOString()).toBe('2026-01-06T08:30:00.000Z');
    expect(parsed.attachments).toEqual([{ filename: 'statement.pdf', contentType: 'application/pdf', size: 18 }]);
    expect(JSON.stringify(parsed)).not.toContain('PDF-1.4');
  });

  it('gives text for an HTML-only message and keeps the HTML only as data', async () => {
    const parsed = await parseInbound(
      crlf([
        'From: a@company.example',
        'Subject: html',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>We &amp; our <b>partners</b></p><script>alert(1)</script>',
      ]),
      100_000,
    );
    expect(parsed.text).toContain('We & our partners');
    expect(parsed.text).not.toContain('alert');
    expect(parsed.html).toContain('<script>');
  });

  it.each([
    ['Auto-Submitted: auto-replied', true],
    ['Auto-Submitted: auto-generated', true],
    ['Auto-Submitted: no', false],
    ['X-Autoreply: yes', true],
    ['X-Autorespond: Out of office', true],
    ['Precedence: bulk', true],
    ['Precedence: auto_reply', true],
    ['Precedence: list', false],
  ])('tells an automatic answer by its headers (%s)', async (header, expected) => {
    const parsed = await parseInbound(
      crlf(['From: a@company.example', header, 'Subject: Out of office', '', 'Away until Monday.']),
      100_000,
    );
    expect(parsed.isAutoReply).toBe(expected);
  });

  it('refuses a message over the limit and one that is not an email, with typed errors', async () => {
    await expect(parseInbound(reply, 100)).rejects.toMatchObject({
      reason: 'too_large',
      code: 'mail_inbound_too_large',
    });
    await expect(parseInbound(Buffer.from('just some words, no header'), 100_000)).rejects.toBeInstanceOf(
      InboundMailError,
    );
    await expect(parseInbound(Buffer.alloc(0), 100_000)).rejects.toMatchObject({ reason: 'unparseable' });
    await expect(parseInbound(Buffer.from([0, 1, 2, 255, 254, 10, 13]), 100_000)).rejects.toMatchObject({
      reason: 'unparseable',
    });
  });

  it('strips tags conservatively', () => {
    expect(stripTags('<style>p{}</style><p>One&nbsp;&lt;two&gt;</p><div>three<br>four</div>')).toBe(
      'One <two>\nthree\nfour',
    );
  });
});
