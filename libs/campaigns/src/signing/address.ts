import { keyedHash } from '#libs/core';

/** What a typed address is for signing: as typed, its domain, and the form one person has once. */
export interface SignerAddress {
  address: string;
  domain: string;
  canonical: string;
}

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Top-level domains that never receive mail (RFC 2606, RFC 6761). */
const NO_MAIL_TLDS = new Set(['example', 'invalid', 'test', 'localhost', 'local', 'onion']);
const NO_MAIL_DOMAINS = new Set(['example.com', 'example.net', 'example.org']);
/** Providers that ignore dots in the local part. */
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Reads an address as a person types it, or null when it cannot be delivered to: one `@`, an
 * RFC 5321 local part, a domain of real-looking labels with a top-level domain that takes mail
 * (no IP literals, no example.org). The canonical form folds case, drops a `+tag` and, at Gmail,
 * dots, so that one mailbox signs once.
 */
export function readSignerAddress(raw: string): SignerAddress | null {
  const value = raw.trim().normalize('NFC');
  if (value.length > 254) return null;
  const at = value.lastIndexOf('@');
  if (at < 1 || value.indexOf('@') !== at) return null;
  const local = value.slice(0, at);
  const domain = value
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  if (local.length > 64 || !LOCAL.test(local)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  const tld = labels[labels.length - 1];
  if (/^\d+$/.test(tld) || NO_MAIL_TLDS.has(tld) || NO_MAIL_DOMAINS.has(domain)) return null;
  let mailbox = local.toLowerCase().split('+')[0];
  let home = domain;
  if (DOTLESS.has(domain)) {
    mailbox = mailbox.replace(/\./g, '');
    home = 'gmail.com';
  }
  if (!mailbox) return null;
  return { address: `${local}@${domain}`, domain, canonical: `${mailbox}@${home}` };
}

/** The keyed hash a supporter is known by: their signatures, their own page, one signature per campaign. */
export function supporterHash(secret: string, canonical: string): string {
  return keyedHash(secret, `supporter:${canonical}`);
}

/** The keyed hash of an IP address for one campaign: a flood can be seen, an address never. */
export function ipHash(secret: string, campaignId: string, ip: string): string {
  return keyedHash(secret, `ip:${campaignId}:${ip}`).slice(0, 22);
}
