import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Addresses that carry a record id and prove we made them: `tag+id.sig@domain`, where sig is the
 * start of HMAC-SHA256(secret, "tag:id"). Bounces (`bounce+<message id>`) and replies
 * (`reply+<letter id>`) find their record by it, and nobody can aim mail at a record by guessing.
 *
 * Everything is lower-case hex and compared case-insensitively: MTAs and mail clients are free to
 * lower-case a local part, and many do.
 */
const SIGNATURE_HEX = 20; // 80 bits
const TOKEN = /^[a-z0-9-]{1,64}$/;
const LOCAL_PART = /^([a-z0-9-]{1,64})\+([a-z0-9-]{1,64})\.([0-9a-f]+)$/;

function signature(secret: string, tag: string, id: string): string {
  return createHmac('sha256', secret).update(`${tag}:${id}`).digest('hex').slice(0, SIGNATURE_HEX);
}

export function signedAddress(secret: string, tag: string, id: string, domain: string): string {
  const t = tag.toLowerCase();
  const i = id.toLowerCase();
  // A '+' or '.' in either part would make the address read back differently.
  if (!TOKEN.test(t) || !TOKEN.test(i))
    throw new Error(`signedAddress: tag and id must be letters, digits and dashes (got "${tag}", "${id}")`);
  return `${t}+${i}.${signature(secret, t, i)}@${domain.toLowerCase()}`;
}

export type SignedAddressReading = { tag: string; id: string; valid: boolean };

/**
 * null when the address is not a `tag+id.sig` address of `domain`; otherwise its tag and id and
 * whether the signature holds (a forged or mistyped one reads as `valid: false`).
 */
export function readSignedAddress(secret: string, address: string, domain: string): SignedAddressReading | null {
  const bare = address
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .toLowerCase();
  const at = bare.lastIndexOf('@');
  if (at < 1 || bare.slice(at + 1) !== domain.toLowerCase()) return null;
  const match = LOCAL_PART.exec(bare.slice(0, at));
  if (!match) return null;
  const [, tag, id, given] = match;
  const expected = signature(secret, tag, id);
  const valid = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  return { tag, id, valid };
}
