import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMAIN, integer, type Env } from './env-values';
import { loadMailConfig, type MailConfig } from './mail-config';

export type { DkimConfig, MailConfig } from './mail-config';

/** The typed configuration every part of Leverage reads; nothing else reads process.env. */
export interface AppConfig extends MailConfig {
  port: number;
  /** Set: PostgreSQL. Unset: embedded PGlite under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  publicUrl: string;
  sessionSecret: string;
  /** Keys the hashes of IP addresses (rate limits) and of tokens. */
  hmacSecret: string;
  smtpUrl: string | null;
  mailFrom: string;
  mailDomain: string;
  logLevel: LogLevel;
  /** Express's `trust proxy`: which proxies may tell us the client address (for rate limits) and https. */
  trustProxy: string | number;
  rateLimits: { readPerMinute: number; writePerMinute: number; loginPer15Minutes: number };
  /** Signatures per keyed IP hash per campaign beyond which they are flagged (not refused). */
  signing: { limit1: number; window1Ms: number; limit2: number; window2Ms: number };
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

function url(env: Env, key: string, protocols: string[], problems: string[]): string | null {
  const raw = env[key];
  if (raw === undefined || raw === '') return null;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) {
      problems.push(`${key} must be a ${protocols.join(' or ')} URL (got "${parsed.protocol}")`);
      return null;
    }
    return raw;
  } catch {
    problems.push(`${key} is not a valid URL`);
    return null;
  }
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

const PROXY_TOKEN = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

/** A hop count, or a list of addresses, subnets and the names loopback, linklocal, uniquelocal. */
function parseTrustProxy(raw: string | undefined, problems: string[]): string | number {
  if (raw === undefined || raw === '') return 'loopback';
  if (/^\d+$/.test(raw)) return Number(raw);
  const tokens = raw.split(',').map((token) => token.trim());
  if (tokens.every((token) => PROXY_TOKEN.test(token))) return tokens.join(',');
  problems.push(
    `TRUST_PROXY must be a number of hops or a list of addresses, subnets, loopback, linklocal or uniquelocal (got "${raw}")`,
  );
  return 'loopback';
}

/**
 * Embedded mode keeps its secrets in DATA_DIR so that sessions survive a restart without the
 * operator having to invent one; production must pass them in.
 */
function embeddedSecrets(dataDir: string): { sessionSecret: string; hmacSecret: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { sessionSecret: string; hmacSecret: string };
  const secrets = {
    sessionSecret: randomBytes(32).toString('base64url'),
    hmacSecret: randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Reads and checks every variable at once, so that one start names every problem. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const port = integer(env, 'PORT', 3000, problems, 0, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const dataDir = resolve(env.DATA_DIR || './data');
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${port}`).replace(
    /\/$/,
    '',
  );
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  const mailDomain = env.MAIL_DOMAIN || new URL(publicUrl).hostname;
  if (!DOMAIN.test(mailDomain)) problems.push(`MAIL_DOMAIN must be a domain name (got "${mailDomain}")`);
  const mailFrom = env.MAIL_FROM || `Leverage <noreply@${mailDomain}>`;
  const address = /<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  if (!EMAIL.test(address.trim()))
    problems.push(`MAIL_FROM must be an email address, optionally with a name (got "${mailFrom}")`);
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const mail = loadMailConfig(env, !databaseUrl, problems);
  const rateLimits = {
    readPerMinute: integer(env, 'RATE_LIMIT_READ_PER_MINUTE', 300, problems),
    writePerMinute: integer(env, 'RATE_LIMIT_WRITE_PER_MINUTE', 60, problems),
    loginPer15Minutes: integer(env, 'RATE_LIMIT_LOGIN_PER_15_MINUTES', 10, problems),
  };
  const signing = {
    limit1: integer(env, 'SIGN_LIMIT_PER_MINUTE', 1, problems),
    window1Ms: 60_000,
    limit2: integer(env, 'SIGN_LIMIT_PER_5_MINUTES', 5, problems),
    window2Ms: 300_000,
  };

  let sessionSecret = env.SESSION_SECRET ?? '';
  let hmacSecret = env.HMAC_SECRET ?? '';
  if (databaseUrl) {
    if (sessionSecret.length < 32)
      problems.push('SESSION_SECRET must be set to at least 32 characters when DATABASE_URL is set');
    if (hmacSecret.length < 32)
      problems.push('HMAC_SECRET must be set to at least 32 characters when DATABASE_URL is set');
  } else if (problems.length === 0 && (!sessionSecret || !hmacSecret)) {
    const kept = embeddedSecrets(dataDir);
    sessionSecret ||= kept.sessionSecret;
    hmacSecret ||= kept.hmacSecret;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    databaseUrl,
    dataDir,
    publicUrl,
    sessionSecret,
    hmacSecret,
    smtpUrl,
    mailFrom,
    mailDomain,
    logLevel,
    trustProxy,
    rateLimits,
    signing,
    ...mail,
  };
}

/** Nest token for the loaded configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
