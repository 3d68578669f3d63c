import { CompaniesException } from '../companies.exception';
import { UUID_PATTERN as UUID } from '#libs/core';

/** Where a keyset page ends: the sort key of its last row and that row's id (the tie-breaker). */
export interface KeysetCursor {
  key: string;
  id: string;
}

const MAX_CURSOR_LENGTH = 1000;

/** Opaque to clients: base64url of a small JSON object. */
export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify({ k: cursor.key, i: cursor.id }), 'utf8').toString('base64url');
}

/** Anything that is not a cursor we issued is refused as invalid input, never passed to SQL. */
export function decodeCursor(raw: string): KeysetCursor {
  if (raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw CompaniesException.cursorInvalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw CompaniesException.cursorInvalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw CompaniesException.cursorInvalid();
  const { k, i } = parsed as { k?: unknown; i?: unknown };
  if (typeof k !== 'string' || typeof i !== 'string' || !UUID.test(i)) throw CompaniesException.cursorInvalid();
  return { key: k, id: i.toLowerCase() };
}
