import { MailException } from './mail.exception';
import { UUID_PATTERN as UUID } from '#libs/core';

/** One message to one address, as a caller hands it to MailService.enqueue. */
export interface OutgoingMail {
  /** One bare address: `press@company.example`. */
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  replyTo?: string | null;
  /** Extra headers such as List-Unsubscribe; never the ones the mailer sets itself. */
  headers?: Record<string, string>;
  /** What the message is for: 'letter', 'follow_up', 'notification', ... */
  purpose: string;
  refType?: string | null;
  refId?: string | null;
}

// RFC 5321 dot-atom local part (ASCII), and a domain of at least two labels.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Our own MAIL_DOMAIN may be one label (`localhost` on a laptop): it is checked by the config, not typed by a person. */
const OWN_DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,75}$/;
const PURPOSE = /^[a-z][a-z0-9_]{0,39}$/;
const LINE_BREAK = /[\r\n]/;

/** Headers the mailer writes from the row itself; a caller setting them would contradict it. */
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'reply-to',
  'message-id',
  'date',
  'sender',
  'return-path',
  'received',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'dkim-signature',
  'in-reply-to',
  'references',
]);

/** An address split for the row: the domain lower-cased (domains are case-insensitive, local parts not). */
export function parseAddress(
  field: string,
  raw: string,
  domainPattern: RegExp = DOMAIN,
): { address: string; domain: string } {
  const value = raw.trim();
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (at < 1 || local.length > 64 || !LOCAL.test(local) || !domainPattern.test(domain))
    throw MailException.invalidAddress(field, raw);
  return { address: `${local}@${domain}`, domain };
}

export interface CheckedMail {
  to: { address: string; domain: string };
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  purpose: string;
  refType: string | null;
  refId: string | null;
}

/** Refuses what would make a broken or injectable message; a caller's mistake, so a DomainException. */
export function checkOutgoingMail(mail: OutgoingMail): CheckedMail {
  const to = parseAddress('to', mail.to ?? '');
  const replyTo = mail.replyTo ? parseAddress('replyTo', mail.replyTo, OWN_DOMAIN).address : null;
  if (LINE_BREAK.test(mail.subject)) throw MailException.invalidSubject();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw MailException.invalidHeader(name, 'not a header name');
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw MailException.invalidHeader(name, 'the mailer sets it');
    if (LINE_BREAK.test(value) || value.length > 900)
      throw MailException.invalidHeader(name, 'one line of at most 900 characters');
    headers[name] = value;
  }
  // Programming errors rather than input: plain Errors, so that they are never shown as a form message.
  if (!PURPOSE.test(mail.purpose))
    throw new Error(`OutgoingMail.purpose must be a lower-case word (got "${mail.purpose}")`);
  if (mail.refId && !UUID.test(mail.refId)) throw new Error(`OutgoingMail.refId must be a uuid (got "${mail.refId}")`);
  if (Boolean(mail.refId) !== Boolean(mail.refType)) throw new Error('OutgoingMail.refType and refId go together');
  return {
    to,
    replyTo,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    headers,
    purpose: mail.purpose,
    refType: mail.refType ?? null,
    refId: mail.refId ?? null,
  };
}
