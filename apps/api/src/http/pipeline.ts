import type { NestExpressApplication } from '@nestjs/platform-express';
import connectPgSimple from 'connect-pg-simple';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { Pool } from 'pg';
import { pinoHttp, type Options } from 'pino-http';
import type { AppConfig } from '#libs/core';
import { sessionKeyOf, TokensService, UsersService, type Principal } from '#libs/auth';
import { CacheVersions, DomainException, t } from '#libs/core';
import { pageCacheMiddleware } from './page-cache.middleware';
import { isOneClick, isPublicForm, publicFormAccepted } from './public-forms';

/** The session cookie's name (the logout clears it). */
export const SESSION_COOKIE = 'leverage.sid';

type Req = Request & { principal?: Principal | null; tokenError?: DomainException; user?: Principal };

const csrf = csrfSync({
  getTokenFromRequest: (req) =>
    ((req.body as Record<string, unknown> | undefined)?._csrf as string | undefined) ??
    (req.headers['x-csrf-token'] as string | undefined),
});

/** The same token the layout puts into every form; made only when a form needs it. */
export function csrfTokenFor(req: Request): string {
  return csrf.generateToken(req);
}

/** Supporters' links are credentials to their data: the log keeps the route, never the token. */
const TOKEN_PATHS = /^(\/(?:signatures\/confirm|supporters\/me|unsubscribe)\/)[^/?#]+/;

export function redactTokens(url: string | undefined): string | undefined {
  return url?.replace(TOKEN_PATHS, '$1:token');
}

export function pinoOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // No IP address is ever written down, not even in logs: a request is logged by an allow-list
    // (no headers at all, since X-Forwarded-For and its kin carry addresses, cookies carry sessions).
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactTokens(req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  };
}

/**
 * Order matters: logs → security headers → page cache and read limit → bodies → session → passport
 * → principal → CSRF.
 * Nest adds its own body parsers only at init, after these, so we register ours first.
 */
export function applyPipeline(app: NestExpressApplication, config: AppConfig, pool: Pool): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(pinoHttp(pinoOptions(config)));
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'object-src': ["'none'"],
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
    referrerPolicy: { policy: 'same-origin' },
  });
  // Swagger UI needs inline styles and data: images; only its own pages get that.
  const docs = helmet({
    contentSecurityPolicy: {
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next),
  );
  // Anonymous reads are answered from the page cache before anything below runs.
  app.use(pageCacheMiddleware(config, app.get(CacheVersions), SESSION_COOKIE));
  app.useBodyParser('urlencoded', { extended: false, limit: '200kb' });
  app.useBodyParser('json', { limit: '1mb' });

  const PgStore = connectPgSimple(session);
  // Supporters' forms never use a session: signing in a surge costs no session work at all.
  const sessionless = (req: Request) => isPublicForm(req) || isOneClick(req);
  const unlessSessionless =
    (middleware: (req: Request, res: Response, next: NextFunction) => void) =>
    (req: Request, res: Response, next: NextFunction) => (sessionless(req) ? next() : middleware(req, res, next));
  const sessions = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PgStore({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicUrl.startsWith('https:'),
      maxAge: 8 * 60 * 60 * 1000,
    },
  });
  app.use(unlessSessionless(sessions));

  const users = app.get(UsersService);
  const tokens = app.get(TokensService);
  passport.use(
    new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, (email, password, done) => {
      users
        .verifyCredentials(email, password)
        .then((user) => done(null, user ? { sessionKey: sessionKeyOf(user) } : false))
        .catch(done);
    }),
  );
  passport.serializeUser((user, done) => done(null, (user as { sessionKey: string }).sessionKey));
  passport.deserializeUser((key: string, done) => {
    users
      .principalFor(key)
      .then((principal) => done(null, principal ?? false))
      .catch(done);
  });
  app.use(passport.initialize());
  app.use(unlessSessionless(passport.session() as (req: Request, res: Response, next: NextFunction) => void));

  // Who is asking: a bearer token wins over a session cookie.
  app.use((req: Req, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      tokens
        .authenticate(header.slice(7).trim())
        .then((principal) => (req.principal = principal))
        .catch((error: unknown) => {
          if (error instanceof DomainException) req.tokenError = error;
          else throw error;
        })
        .then(() => next(), next);
      return;
    }
    req.principal = req.user ?? null;
    next();
  });

  // What a signed-in person sees (drafts on the public URLs, account names) must never be kept by
  // a shared cache and served to the next visitor; the same URL serves the public version.
  app.use((req: Req, res: Response, next: NextFunction) => {
    if (req.principal || req.headers.authorization || req.headers.cookie?.includes(`${SESSION_COOKIE}=`))
      res.setHeader('Cache-Control', 'private, no-store');
    res.vary('Cookie');
    res.vary('Authorization');
    next();
  });

  // CSRF protects cookie-authenticated writes; a bearer token cannot be sent by another site.
  const csrfRefusal = () => new DomainException('forbidden', 'csrf_invalid', t('error.csrf_invalid'));
  app.use((req: Req, res: Response, next: NextFunction) => {
    if (req.principal && req.principal.via !== 'token') res.locals.csrfToken = csrf.generateToken(req);
    res.locals.principal = req.principal ?? null;
    // Supporters' forms carry a signed token instead of a session's; one-click unsubscribe carries none.
    if (isOneClick(req)) return next();
    if (isPublicForm(req)) return next(publicFormAccepted(config, req) ? undefined : csrfRefusal());
    if (req.principal?.via === 'token' || req.tokenError) return next();
    // An anonymous API call carries no ambient credentials to abuse; the guard answers it.
    if (!req.principal && req.path.startsWith('/api/')) return next();
    csrf.csrfSynchronisedProtection(req, res, (error?: unknown) => next(error ? csrfRefusal() : undefined));
  });
}
