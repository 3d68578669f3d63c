import type { Request } from 'express';
import { LOCALES, readToken, signToken, type AppConfig, type Locale } from '#libs/core';

/**
 * Supporters' forms need no session (DESIGN.md, "Signing safely"): their CSRF token is signed,
 * bound to the form's action and dated, so a cached page can carry it and a signer leaves no
 * session row behind. A cross-site post is refused by its Origin as well.
 */
const PUBLIC_FORM = /^\/(campaigns\/[^/]+\/sign|signatures\/confirm\/[^/]+|supporters\/me\/[^/]+\/erase)$/;
/** RFC 8058: the mail client posts it without a token; the signed link is the credential. */
const ONE_CLICK = /^\/unsubscribe\/[^/]+$/;
const LIFETIME_MS = 48 * 60 * 60 * 1000;

export function isPublicForm(req: Pick<Request, 'method' | 'path'>): boolean {
  return req.method === 'POST' && PUBLIC_FORM.test(req.path);
}

export function isOneClick(req: Request): boolean {
  return req.method === 'POST' && ONE_CLICK.test(req.path);
}

export function publicFormToken(config: AppConfig, action: string, now = new Date()): string {
  return signToken(config.hmacSecret, `form:${action}`, [], now);
}

export function publicFormAccepted(config: AppConfig, req: Request): boolean {
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    const host = (() => {
      try {
        return new URL(origin).host;
      } catch {
        return null;
      }
    })();
    if (host !== req.headers.host && origin !== new URL(config.publicUrl).origin) return false;
  }
  const token = (req.body as Record<string, unknown> | undefined)?._csrf;
  return (
    typeof token === 'string' && readToken(config.hmacSecret, `form:${req.path}`, token, new Date(), LIFETIME_MS).valid
  );
}

/** The reader's language among those we have (English until there are others), from Accept-Language. */
export function localeOf(req: Request): Locale {
  const found = req.acceptsLanguages(...Object.keys(LOCALES));
  return (typeof found === 'string' ? found : 'en') as Locale;
}
