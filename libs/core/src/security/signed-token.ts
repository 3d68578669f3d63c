import { createHmac } from 'node:crypto';
import { safeEqual } from './keyed-hash';

/**
 * A stateless token: what it is for, a few fields and when it was issued, signed with the app's
 * secret. Nothing is stored to check it, so a supporter leaves no session or token row behind.
 * `purpose` keeps a token for one use (a confirmation link) from being replayed as another (a
 * supporter's own page).
 */
export interface TokenReading<T> {
  valid: boolean;
  /** Signed correctly but older than its lifetime. */
  expired: boolean;
  payload: T | null;
  issuedAt: Date | null;
}

const INVALID = { valid: false, expired: false, payload: null, issuedAt: null };

function sign(secret: string, purpose: string, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest('base64url').slice(0, 32);
}

export function signToken(secret: string, purpose: string, payload: string[], issuedAt: Date): string {
  const body = Buffer.from(JSON.stringify([Math.floor(issuedAt.getTime() / 1000), ...payload])).toString('base64url');
  return `${body}.${sign(secret, purpose, body)}`;
}

export function readToken(
  secret: string,
  purpose: string,
  token: string,
  now: Date,
  lifetimeMs: number,
): TokenReading<string[]> {
  if (typeof token !== 'string' || token.length > 1024) return INVALID;
  const dot = token.indexOf('.');
  if (dot < 1) return INVALID;
  const body = token.slice(0, dot);
  if (!safeEqual(token.slice(dot + 1), sign(secret, purpose, body))) return INVALID;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return INVALID;
  }
  if (!Array.isArray(fields) || typeof fields[0] !== 'number' || !fields.slice(1).every((f) => typeof f === 'string'))
    return INVALID;
  const issuedAt = new Date(fields[0] * 1000);
  const expired = now.getTime() - issuedAt.getTime() > lifetimeMs;
  return { valid: !expired, expired, payload: fields.slice(1) as string[], issuedAt };
}
