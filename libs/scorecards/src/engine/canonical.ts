import { createHash } from 'node:crypto';
import { canonicalJson } from '#libs/core';

/** The canonical JSON of the audit trail: keys sorted at every depth, no spaces. */
export { canonicalJson };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** SHA-256 of the canonical JSON: what a snapshot pins its inputs by. */
export function inputsHash(value: unknown): string {
  return sha256(canonicalJson(value));
}
