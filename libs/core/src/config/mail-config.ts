import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { DOMAIN, integer, type Env } from './env-values';

/** nodemailer's DKIM options: every outgoing message is signed with this key when set. */
export interface DkimConfig {
  domainName: string;
  keySelector: string;
  /** PEM text. */
  privateKey: string;
}

/** The mail part of AppConfig (its fields sit flat on AppConfig, like the rest). */
export interface MailConfig {
  /** Port of the built-in SMTP receiver; null: no receiver. 0: any free port (tests). */
  inboundSmtpPort: number | null;
  /** Address the receiver listens on. */
  inboundSmtpHost: string;
  /** Largest inbound message taken, over SMTP (SIZE, then 552) or posted raw. */
  inboundMaxBytes: number;
  dkim: DkimConfig | null;
  /** Messages handed to the relay per recipient domain per minute, across all workers. */
  mailRatePerDomainPerMinute: number;
}

export const DEFAULT_INBOUND_MAX_BYTES = 10 * 1024 * 1024;

const SELECTOR = /^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)*$/i;

/** Reads the mail variables; every problem is added to `problems` (nothing is thrown). */
export function loadMailConfig(env: Env, embedded: boolean, problems: string[]): MailConfig {
  const inboundSmtpPort =
    env.INBOUND_SMTP_PORT === undefined || env.INBOUND_SMTP_PORT === ''
      ? null
      : integer(env, 'INBOUND_SMTP_PORT', 0, problems, 0, 65535);
  // Embedded means one machine, usually a laptop: listen on loopback unless told otherwise.
  const inboundSmtpHost = env.INBOUND_SMTP_HOST || (embedded ? '127.0.0.1' : '0.0.0.0');
  if (!isIP(inboundSmtpHost) && !DOMAIN.test(inboundSmtpHost))
    problems.push(`INBOUND_SMTP_HOST must be an IP address or a host name (got "${inboundSmtpHost}")`);
  return {
    inboundSmtpPort,
    inboundSmtpHost,
    inboundMaxBytes: integer(env, 'INBOUND_MAX_BYTES', DEFAULT_INBOUND_MAX_BYTES, problems, 1024, 1024 * 1024 * 1024),
    dkim: loadDkim(env, problems),
    mailRatePerDomainPerMinute: integer(env, 'MAIL_RATE_PER_DOMAIN_PER_MINUTE', 20, problems),
  };
}

/** All or nothing: a half-configured DKIM would send unsigned mail that the operator thinks is signed. */
function loadDkim(env: Env, problems: string[]): DkimConfig | null {
  const domainName = env.DKIM_DOMAIN || '';
  const keySelector = env.DKIM_SELECTOR || '';
  const inline = env.DKIM_PRIVATE_KEY || '';
  const file = env.DKIM_PRIVATE_KEY_FILE || '';
  if (!domainName && !keySelector && !inline && !file) return null;

  const before = problems.length;
  if (inline && file) problems.push('DKIM_PRIVATE_KEY and DKIM_PRIVATE_KEY_FILE are both set; set one of them');
  const missing = [
    !domainName && 'DKIM_DOMAIN',
    !keySelector && 'DKIM_SELECTOR',
    !inline && !file && 'DKIM_PRIVATE_KEY (or DKIM_PRIVATE_KEY_FILE)',
  ].filter(Boolean);
  if (missing.length)
    problems.push(
      `DKIM signing needs DKIM_DOMAIN, DKIM_SELECTOR and a private key together; missing: ${missing.join(', ')}`,
    );
  if (domainName && !DOMAIN.test(domainName)) problems.push(`DKIM_DOMAIN must be a domain name (got "${domainName}")`);
  if (keySelector && !SELECTOR.test(keySelector))
    problems.push(`DKIM_SELECTOR must be a DNS label such as "leverage2026" (got "${keySelector}")`);

  let privateKey = '';
  if (file && !inline) {
    try {
      privateKey = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(
        `DKIM_PRIVATE_KEY_FILE could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): ${file}`,
      );
    }
  } else if (inline) {
    // An .env file or a container UI often keeps a PEM on one line with literal \n.
    privateKey = inline.replace(/\\n/g, '\n');
  }
  if (privateKey) {
    try {
      createPrivateKey(privateKey);
    } catch {
      problems.push(`${file && !inline ? 'DKIM_PRIVATE_KEY_FILE' : 'DKIM_PRIVATE_KEY'} is not a PEM private key`);
    }
  }
  if (problems.length > before) return null;
  return { domainName: domainName.toLowerCase(), keySelector, privateKey };
}
