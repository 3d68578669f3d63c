import {
  simpleParser,
  type AddressObject,
  type HeaderValue,
  type ParsedMail,
  type SimpleParserOptions,
} from 'mailparser';
import { InboundMailError } from '../mail.exception';
import { parseDeliveryStatus, type DeliveryStatusNotification } from './dsn';

export interface InboundAttachment {
  filename: string | null;
  contentType: string;
  size: number;
}

/** An inbound message as data. `html` is kept, never rendered unescaped by Leverage. */
export interface ParsedInbound {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: { address: string; name: string } | null;
  /** Lower-case addresses. */
  to: string[];
  cc: string[];
  /** `Delivered-To` headers, lower-case (the mailbox a forwarding hop delivered to). */
  deliveredTo: string[];
  /** `X-Original-To` headers, lower-case (Postfix: the envelope recipient before aliases). */
  originalTo: string[];
  subject: string;
  text: string;
  html: string | null;
  date: Date | null;
  /** Out-of-office and other machine answers (Auto-Submitted, X-Autoreply, X-Autorespond, Precedence). */
  isAutoReply: boolean;
  attachments: InboundAttachment[];
  /** Set when the message is a delivery status notification (a bounce). */
  dsn: DeliveryStatusNotification | null;
  size: number;
}

const OPTIONS = {
  // The delivery-status part and the returned message stay parts of their own (not folded into
  // the text), so that a bounce can be read field by field.
  keepDeliveryStatus: true,
  ignoreEmbedded: true,
  skipImageLinks: true,
  skipTextLinks: true,
  skipTextToHtml: true,
  maxHtmlLengthToParse: 2 * 1024 * 1024,
} as SimpleParserOptions;

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers']);

/** Parses a raw RFC 822 message; a message over `maxBytes` or one that is not an email is an InboundMailError. */
export async function parseInbound(raw: Buffer, maxBytes: number): Promise<ParsedInbound> {
  if (raw.length > maxBytes) throw InboundMailError.tooLarge(raw.length, maxBytes);
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, OPTIONS);
  } catch (error) {
    throw InboundMailError.unparseable(error instanceof Error ? error.message : String(error));
  }
  if (mail.headers.size === 0) throw InboundMailError.unparseable('it has no header');

  const from = mail.from?.value[0];
  const html = typeof mail.html === 'string' ? mail.html : null;
  return {
    messageId: mail.messageId ?? null,
    inReplyTo: mail.inReplyTo ?? null,
    references: typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []),
    from: from?.address ? { address: from.address.toLowerCase(), name: from.name ?? '' } : null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    deliveredTo: headerAddresses(mail, 'delivered-to'),
    originalTo: headerAddresses(mail, 'x-original-to'),
    subject: mail.subject ?? '',
    text: mail.text || (html ? stripTags(html) : ''),
    html,
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    isAutoReply: isAutoReply(mail),
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      size: a.size,
    })),
    dsn: deliveryStatus(mail),
    size: raw.length,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const out: string[] = [];
  const walk = (list: { address?: string; group?: { address?: string }[] }[]) => {
    for (const entry of list) {
      if (entry.address) out.push(entry.address.toLowerCase());
      if (entry.group) walk(entry.group);
    }
  };
  for (const object of ([] as AddressObject[]).concat(field ?? [])) walk(object.value);
  return out;
}

/** A header's values as text, however mailparser shaped them (string, list, structured, address). */
function headerTexts(mail: ParsedMail, name: string): string[] {
  const value = mail.headers.get(name);
  return ([] as HeaderValue[]).concat(value ?? []).map((v) => {
    if (typeof v === 'string') return v;
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === 'object' && 'text' in v) return String(v.text);
    if (v && typeof v === 'object' && 'value' in v) return String(v.value);
    return '';
  });
}

function headerAddresses(mail: ParsedMail, name: string): string[] {
  return headerTexts(mail, name)
    .map((v) => v.trim().replace(/^<|>$/g, '').toLowerCase())
    .filter(Boolean);
}

function isAutoReply(mail: ParsedMail): boolean {
  const autoSubmitted = headerTexts(mail, 'auto-submitted')[0]?.trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return true;
  if (mail.headers.has('x-autoreply') || mail.headers.has('x-autorespond')) return true;
  const precedence = headerTexts(mail, 'precedence')[0]?.trim().toLowerCase();
  return precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk';
}

function deliveryStatus(mail: ParsedMail): DeliveryStatusNotification | null {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const report = type?.params?.['report-type']?.toLowerCase();
  if (
    type?.value?.toLowerCase() !== 'multipart/report' ||
    (report !== 'delivery-status' && report !== 'global-delivery-status')
  )
    return null;
  const status = mail.attachments.find((a) => STATUS_TYPES.has(a.contentType.toLowerCase()));
  if (!status) return null;
  const returned = mail.attachments.find((a) => RETURNED_TYPES.has(a.contentType.toLowerCase()));
  return parseDeliveryStatus(status.content.toString('utf8'), returned ? returned.content.toString('utf8') : null);
}

/**
 * Text from HTML when mailparser could not convert it: a conservative strip (scripts, styles and
 * tags out, a few entities decoded). The result is only ever shown escaped.
 */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
