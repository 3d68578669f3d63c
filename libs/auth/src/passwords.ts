import { randomInt } from 'node:crypto';
import * as argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A password people can read aloud and type: 20 characters of base32-like text in groups. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** Verifying against this when an account does not exist keeps the answer time the same. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$guIMBpNhg3vjuU7NTbKk+A$+GFmmB3xymay8pkxMFpgsUQJrZmVENZNkrtErH6rNEI';
