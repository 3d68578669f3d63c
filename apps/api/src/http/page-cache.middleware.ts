import type { NextFunction, Request, Response } from 'express';
import { ThrottlerException } from '@nestjs/throttler';
import { etagOf, keyedHash, PageCache, type AppConfig, type CacheScope, type CacheVersions } from '#libs/core';

/** Never cached: the console, forms that carry a session, supporters' own pages, the docs. */
const PRIVATE =
  /^\/(console|login|logout|health|assets|signatures|supporters|unsubscribe|api\/docs)(\/|$)|^\/campaigns\/[^/]+\/(signed|sign)$/;
/** Pages that show campaign counts (kept by the tally job, which raises `campaigns`). */
const COUNTED = /^\/($|campaigns(\/|$)|data\/campaigns\.json$|api\/v1\/campaigns(\/|$))/;
/** How old a page may be before it is made again even if nothing changed: counts say "as of N seconds ago". */
const COUNTED_MAX_MS = 10_000;
const RECORD_MAX_MS = 60_000;

/** Which scopes a page depends on, or null when it is not cached. */
export function cachePolicy(path: string): { scopes: CacheScope[]; maxAgeMs: number } | null {
  if (PRIVATE.test(path)) return null;
  if (COUNTED.test(path)) return { scopes: ['record', 'campaigns'], maxAgeMs: COUNTED_MAX_MS };
  return { scopes: ['record'], maxAgeMs: RECORD_MAX_MS };
}

/** Whoever carries a session cookie or a token sees the record as their role does: never from the cache. */
function anonymous(req: Request, sessionCookie: string): boolean {
  return !req.headers.authorization && !req.headers.cookie?.includes(`${sessionCookie}=`);
}

const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-language', 'link'];

/** What a shared cache (a proxy, a CDN) may do with an anonymous page. */
function publicCacheControl(maxAgeMs: number): string {
  return `public, max-age=0, s-maxage=${Math.round(maxAgeMs / 2000)}, stale-while-revalidate=60`;
}

/**
 * Per-process limit on reads (DESIGN.md, "Running"): a fixed window in memory, keyed by a keyed
 * hash of the address. A read never writes to the database; a proxy in front is the real shield.
 */
export class ReadLimiter {
  private readonly windows = new Map<string, { hits: number; resetAt: number }>();

  constructor(
    private readonly secret: string,
    private readonly perMinute: number,
  ) {}

  allow(address: string, now: number): boolean {
    const key = keyedHash(this.secret, address);
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 100_000) this.sweep(now);
      this.windows.set(key, { hits: 1, resetAt: now + 60_000 });
      return true;
    }
    window.hits++;
    return window.hits <= this.perMinute;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * The page cache for anonymous GETs (DESIGN.md, "Public pages are cached"): a hit is answered here,
 * before sessions, passport or Nest; a miss goes on and its 200 is kept. The versions a page is
 * kept under are read before it is made, so a write that lands while it is being made leaves it
 * stale on arrival, never cached as current. Conditional requests get 304s.
 */
export function pageCacheMiddleware(config: AppConfig, versions: CacheVersions, sessionCookie: string) {
  const cache = new PageCache();
  const limiter = new ReadLimiter(config.hmacSecret, config.rateLimits.readPerMinute);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/health' || req.path.startsWith('/assets/')) return next();
    const now = Date.now();
    if (!limiter.allow(req.ip ?? req.socket.remoteAddress ?? 'unknown', now)) return next(new ThrottlerException());
    const policy = cachePolicy(req.path);
    if (!policy || !anonymous(req, sessionCookie)) return next();
    const stamp = versions.stamp(policy.scopes);
    if (stamp === null) return next();
    const key = req.originalUrl;
    const hit = cache.get(key, stamp, now);
    if (hit) {
      for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
      res.setHeader('ETag', hit.etag);
      res.setHeader('Last-Modified', hit.lastModified.toUTCString());
      res.setHeader('Cache-Control', publicCacheControl(policy.maxAgeMs));
      res.setHeader('X-Cache', 'hit');
      if (notModified(req, hit.etag, hit.lastModified)) {
        res.status(304).end();
        return;
      }
      res.status(200).setHeader('Content-Length', String(hit.body.length));
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode === 200 && (typeof body === 'string' || Buffer.isBuffer(body)) && cacheable(res)) {
        // Express would choose the type inside send(), after this has read the headers: choose it as it does.
        if (!res.getHeader('content-type')) res.type(typeof body === 'string' ? 'html' : 'bin');
        const bytes = typeof body === 'string' ? Buffer.from(body) : body;
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        const lastModified = new Date(Math.floor(now / 1000) * 1000);
        const etag = etagOf(bytes);
        cache.set(key, {
          status: 200,
          body: bytes,
          headers,
          etag,
          lastModified,
          stamp,
          expiresAt: now + policy.maxAgeMs,
        });
        res.setHeader('ETag', etag);
        res.setHeader('Last-Modified', lastModified.toUTCString());
        res.setHeader('Cache-Control', publicCacheControl(policy.maxAgeMs));
        res.setHeader('X-Cache', 'miss');
      }
      return send(body as never);
    };
    next();
  };
}

/** A response that said it is private, set a cookie or chose its own caching is left alone. */
function cacheable(res: Response): boolean {
  if (res.getHeader('set-cookie')) return false;
  const control = res.getHeader('cache-control');
  return control === undefined;
}

function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const match = req.headers['if-none-match'];
  if (match) return match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
  const since = req.headers['if-modified-since'];
  return since ? Date.parse(since) >= lastModified.getTime() : false;
}
