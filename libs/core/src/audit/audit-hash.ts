import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with keys sorted at every depth (by UTF-16 code units, as `Array.prototype.sort` orders
 * them), so that jsonb's reordering never changes a hash: no spaces, a key whose value is undefined
 * left out, a date as its ISO string, numbers as `JSON.stringify` writes them. Written in one pass,
 * string by string: scorecard recomputes serialise hundreds of megabytes with it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '';
  for (const key of Object.keys(object).sort())
    if (object[key] !== undefined) out += `${out ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(object[key])}`;
  return `{${out}}`;
}

export interface HashedFields {
  seq: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  recordType: string;
  recordId: string;
  action: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export function auditHash(row: HashedFields): string {
  const body = canonicalJson({
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    recordType: row.recordType,
    recordId: row.recordId,
    action: row.action,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

/** Plain JSON values only (dates as ISO strings), exactly as jsonb will give them back. */
export function snapshot(value: object | null): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}
