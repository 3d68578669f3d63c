import { createHash } from 'node:crypto';

/** One cached response: the bytes, the headers that describe them, and the versions they were made from. */
export interface CachedPage {
  status: 200;
  body: Buffer;
  headers: Record<string, string>;
  etag: string;
  lastModified: Date;
  stamp: string;
  expiresAt: number;
}

/** A strong validator for the bytes (RFC 9110 §8.8.3). */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * The process's cache of anonymous public pages, bounded in bytes; the least recently used go
 * first. An entry is good while the record versions it was made from are current and it is not
 * older than its page's limit (a page that says "as of N seconds ago" must not say it for long).
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string, stamp: string, now: number): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.stamp !== stamp || entry.expiresAt <= now) {
      this.delete(key);
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedPage): void {
    if (entry.body.length > this.maxBytes / 16) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
