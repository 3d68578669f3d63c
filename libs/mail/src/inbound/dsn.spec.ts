import { parseInbound } from './parse-inbound';
import { messageIdOf, parseDeliveryStatus } from './dsn';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'));
const bounceAddress = 'bounce+0b5e2f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b.0123456789abcdef0123@leverage.example.org';

/** Postfix's bounce: notification, delivery report, the whole message returned. */
const postfix = crlf([
  'Return-Path: <>',
  `Delivered-To: ${bounceAddress}`,
  'Received: by mx.leverage.example.org (Postfix) id 4Zx1Qd; Mon,  5 Jan 2026 10:00:05 +0000 (UTC)',
  'Date: Mon,  5 Jan 2026 10:00:05 +0000 (UTC)',
  'From: MAILER-DAEMON@mx.leverage.example.org (Mail Delivery System)',
  'Subject: Undelivered Mail Returned to Sender',
  `To: ${bounceAddress}`,
  'Auto-Submitted: auto-replied',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="4Zx1Qd.1767607205/mx.leverage.example.org"',
  'Content-Transfer-Encoding: 8bit',
  'Message-Id: <20260105100005.4Zx1Qd@mx.leverage.example.org>',
  '',
  'This is a MIME-encapsulated message.',
  '',
  '--4Zx1Qd.1767607205/mx.leverage.example.org',
  'Content-Description: Notification',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'This is the mail system at host mx.leverage.example.org.',
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  '<press@supermicro.example>: host mx.supermicro.example[203.0.113.5] said: 550',
  '    5.1.1 <press@supermicro.example>: Recipient address rejected: User unknown',
  '    in virtual mailbox table (in reply to RCPT TO command)',
  '',
  '--4Zx1Qd.1767607205/mx.leverage.example.org',
  'Content-Description: Delivery report',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.leverage.example.org',
  'X-Postfix-Queue-ID: 4Zx1Qd',
  `X-Postfix-Sender: rfc822; ${bounceAddress}`,
  'Arrival-Date: Mon,  5 Jan 2026 10:00:01 +0000 (UTC)',
  '',
  'Final-Recipient: rfc822; Press@Supermicro.example',
  'Original-Recipient: rfc822;press@supermicro.example',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.supermicro.example',
  'Diagnostic-Code: smtp; 550 5.1.1 <press@supermicro.example>: Recipient address',
  '    rejected: User unknown in virtual mailbox table',
  '',
  '--4Zx1Qd.1767607205/mx.leverage.example.org',
  'Content-Description: Undelivered Message',
  'Content-Type: message/rfc822',
  'Content-Transfer-Encoding: 8bit',
  '',
  `Return-Path: <${bounceAddress}>`,
  'Received: from worker (localhost [127.0.0.1]) by mx.leverage.example.org (Postfix) with ESMTP id 4Zx1Qd',
  '\tfor <press@supermicro.example>; Mon,  5 Jan 2026 10:00:01 +0000 (UTC)',
  'Message-ID: <a1b2c3d4-0000-4000-8000-000000000001@leverage.example.org>',
  'From: Leverage <noreply@leverage.example.org>',
  'To: press@supermicro.example',
  'Subject: Your servers and the KGB',
  'Date: Mon, 05 Jan 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear Supermicro,',
  '',
  '--4Zx1Qd.1767607205/mx.leverage.example.org--',
  '',
]);

/** Exchange Online's NDR: HTML and text notification, delivery report, the message returned (folded Message-ID). */
const exchange = crlf([
  'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@synesis.example>',
  `To: <${bounceAddress}>`,
  'Date: Mon, 5 Jan 2026 10:00:05 +0000',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="_000_f9e8d7c6b5a4_"',
  'MIME-Version: 1.0',
  'Message-ID: <f9e8d7c6b5a4@AM0PR01MB1234.eurprd01.prod.exchangelabs.com>',
  'Subject: Undeliverable: Your cameras and the protests',
  'Auto-Submitted: auto-replied',
  'X-MS-Exchange-Message-Is-Ndr:',
  'Content-Language: en-US',
  '',
  '--_000_f9e8d7c6b5a4_',
  'Content-Type: multipart/alternative; differences=Content-Type;',
  '\tboundary="_002_f9e8d7c6b5a4_"',
  '',
  '--_002_f9e8d7c6b5a4_',
  'Content-Type: text/plain; charset="us-ascii"',
  '',
  "Your message to press@synesis.example couldn't be delivered.",
  "press wasn't found at synesis.example.",
  '',
  '--_002_f9e8d7c6b5a4_',
  'Content-Type: text/html; charset="us-ascii"',
  '',
  "<html><body><b>Your message to press@synesis.example couldn't be delivered.</b></body></html>",
  '--_002_f9e8d7c6b5a4_--',
  '',
  '--_000_f9e8d7c6b5a4_',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
  'Received-From-MTA: dns;mx.leverage.example.org',
  'Arrival-Date: Mon, 5 Jan 2026 10:00:03 +0000',
  '',
  'Final-Recipient: rfc822;press@synesis.example',
  'Action: failed',
  'Status: 5.1.10',
  'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
  'X-Display-Name: Press Office',
  '',
  '--_000_f9e8d7c6b5a4_',
  'Content-Type: message/rfc822',
  '',
  'Received: from mx.leverage.example.org (198.51.100.7) by AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
  'From: Leverage <noreply@leverage.example.org>',
  'To: <press@synesis.example>',
  'Subject: Your cameras and the protests',
  'Message-ID:',
  '\t<d4e5f6a7-0000-4000-8000-000000000002@leverage.example.org>',
  'Content-Type: text/plain',
  '',
  'Dear Synesis,',
  '',
  '--_000_f9e8d7c6b5a4_--',
  '',
]);

describe('delivery status notifications', () => {
  it('reads a Postfix bounce: recipient, action, status, diagnostic and the original Message-ID', async () => {
    const parsed = await parseInbound(postfix, 1_000_000);
    expect(parsed.isAutoReply).toBe(true);
    expect(parsed.deliveredTo).toEqual([bounceAddress]);
    expect(parsed.text).toContain('could not');
    expect(parsed.dsn).toEqual({
      reportingMta: 'mx.leverage.example.org',
      originalEnvelopeId: null,
      recipients: [
        {
          finalRecipient: 'press@supermicro.example',
          originalRecipient: 'press@supermicro.example',
          action: 'failed',
          status: '5.1.1',
          diagnosticCode:
            '550 5.1.1 <press@supermicro.example>: Recipient address rejected: User unknown in virtual mailbox table',
          remoteMta: 'mx.supermicro.example',
        },
      ],
      originalMessageId: '<a1b2c3d4-0000-4000-8000-000000000001@leverage.example.org>',
    });
  });

  it('reads an Exchange NDR, whose returned message folds its Message-ID', async () => {
    const parsed = await parseInbound(exchange, 1_000_000);
    expect(parsed.subject).toBe('Undeliverable: Your cameras and the protests');
    expect(parsed.dsn?.reportingMta).toBe('AM0PR01MB1234.eurprd01.prod.exchangelabs.com');
    expect(parsed.dsn?.recipients).toEqual([
      {
        finalRecipient: 'press@synesis.example',
        originalRecipient: null,
        action: 'failed',
        status: '5.1.10',
        diagnosticCode: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        remoteMta: null,
      },
    ]);
    expect(parsed.dsn?.originalMessageId).toBe('<d4e5f6a7-0000-4000-8000-000000000002@leverage.example.org>');
  });

  it('reads returned headers only (text/rfc822-headers) and several recipients', async () => {
    const raw = crlf([
      'From: MAILER-DAEMON@mx.example.net',
      `To: ${bounceAddress}`,
      'Subject: Delivery Status Notification (Delay)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type="delivery-status"; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Delayed.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      'Original-Envelope-Id: 0b5e2f4a',
      '',
      'Final-Recipient: rfc822; a@company.example',
      'Action: delayed',
      'Status: 4.4.1 (connection timed out)',
      '',
      'Final-Recipient: rfc822; <b@company.example>',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '',
      '--b',
      'Content-Type: text/rfc822-headers',
      '',
      'Message-ID: <e5f6@leverage.example.org>',
      'Subject: hello',
      '',
      '--b--',
      '',
    ]);
    const dsn = (await parseInbound(raw, 1_000_000)).dsn!;
    expect(dsn.originalEnvelopeId).toBe('0b5e2f4a');
    expect(dsn.recipients.map((r) => [r.finalRecipient, r.action, r.status, r.diagnosticCode])).toEqual([
      ['a@company.example', 'delayed', '4.4.1', null],
      ['b@company.example', 'failed', '5.2.2', '552 5.2.2 Mailbox full'],
    ]);
    expect(dsn.originalMessageId).toBe('<e5f6@leverage.example.org>');
  });

  it('is null for a message that is not a delivery report', async () => {
    const reply = crlf([
      'From: press@company.example',
      'To: reply+x.y@leverage.example.org',
      'Subject: Re: hello',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Read.',
      '--b--',
      '',
    ]);
    expect((await parseInbound(reply, 1_000_000)).dsn).toBeNull();
  });

  it('copes with a report without a per-message block, and with a bare Message-ID', () => {
    const dsn = parseDeliveryStatus(
      'Final-Recipient: rfc822;x@y.example\nAction: FAILED\nStatus: 5.0.0\n',
      'Message-Id: abc@leverage.example.org\nSubject: s\n\nbody',
    );
    expect(dsn.reportingMta).toBeNull();
    expect(dsn.recipients).toEqual([
      {
        finalRecipient: 'x@y.example',
        originalRecipient: null,
        action: 'failed',
        status: '5.0.0',
        diagnosticCode: null,
        remoteMta: null,
      },
    ]);
    expect(dsn.originalMessageId).toBe('<abc@leverage.example.org>');
    expect(messageIdOf('Subject: no id\n\nMessage-ID: <in-the-body@x>')).toBeNull();
  });
});
