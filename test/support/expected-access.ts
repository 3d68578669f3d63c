import type { Role } from '../../libs/auth';

/** Who may call a route: anyone, or signed-in roles (admins always) and which tokens. */
export type Expected = 'public' | { roles: Role[] | 'any'; token: false | 'read' | 'write' };

const anyone: Expected = 'public';
const signedIn: Expected = { roles: 'any', token: false };
const admin: Expected = { roles: ['admin'], token: false };
const recordConsole: Expected = { roles: ['researcher'], token: false };
const recordApiWrite: Expected = { roles: ['researcher'], token: 'write' };

/**
 * The contract the route × role walk checks. A route missing here fails the walk: decide who may
 * call a new route, and write it down.
 */
export const EXPECTED_ACCESS: Record<string, Expected> = {
  'GET /': anyone,
  'GET /health': anyone,
  'GET /api/docs': anyone,
  'GET /api/docs/': anyone,
  'GET /api/docs/index.html': anyone,
  'GET /api/docs/LICENSE': anyone,
  'GET /api/docs/swagger-ui-init.js': anyone,
  'GET /api/docs/docs/swagger-ui-init.js': anyone,
  'GET /api/docs-json': anyone,
  'GET /api/docs-yaml': anyone,
  'GET /login': anyone,
  'POST /login': anyone,
  'POST /logout': signedIn,
  'GET /companies': anyone,
  'GET /companies/:slug': anyone,
  'GET /state-bodies/:slug': anyone,
  'GET /data/companies.csv': anyone,
  'GET /data/companies.json': anyone,
  'GET /data/state-bodies.csv': anyone,
  'GET /data/state-bodies.json': anyone,

  'GET /console': signedIn,
  'GET /console/history/:type/:id': signedIn,
  'GET /console/account/password': signedIn,
  'POST /console/account/password': signedIn,
  'GET /console/tokens': signedIn,
  'POST /console/tokens': signedIn,
  'POST /console/tokens/:id/revoke': signedIn,
  'GET /console/users': admin,
  'GET /console/users/new': admin,
  'POST /console/users/new': admin,
  'GET /console/users/:id/edit': admin,
  'POST /console/users/:id/edit': admin,
  'POST /console/users/:id/reset-password': admin,

  'GET /console/companies': signedIn,
  'GET /console/companies/new': recordConsole,
  'POST /console/companies/new': recordConsole,
  'GET /console/companies/:slug/edit': recordConsole,
  'POST /console/companies/:slug/edit': recordConsole,
  'GET /console/companies/:slug/delete': recordConsole,
  'POST /console/companies/:slug/delete': recordConsole,
  'GET /console/state-bodies': signedIn,
  'GET /console/state-bodies/new': recordConsole,
  'POST /console/state-bodies/new': recordConsole,
  'GET /console/state-bodies/:slug/edit': recordConsole,
  'POST /console/state-bodies/:slug/edit': recordConsole,
  'GET /console/state-bodies/:slug/delete': recordConsole,
  'POST /console/state-bodies/:slug/delete': recordConsole,
  'GET /console/ownerships/new': recordConsole,
  'POST /console/ownerships/new': recordConsole,
  'GET /console/ownerships/:id/edit': recordConsole,
  'POST /console/ownerships/:id/edit': recordConsole,
  'GET /console/ownerships/:id/delete': recordConsole,
  'POST /console/ownerships/:id/delete': recordConsole,

  'GET /api/v1/companies': anyone,
  'POST /api/v1/companies': recordApiWrite,
  'GET /api/v1/companies/:slug': anyone,
  'PATCH /api/v1/companies/:slug': recordApiWrite,
  'DELETE /api/v1/companies/:slug': recordApiWrite,
  'GET /api/v1/ownerships': anyone,
  'POST /api/v1/ownerships': recordApiWrite,
  'GET /api/v1/ownerships/:id': anyone,
  'PATCH /api/v1/ownerships/:id': recordApiWrite,
  'DELETE /api/v1/ownerships/:id': recordApiWrite,
  'GET /api/v1/state-bodies': anyone,
  'POST /api/v1/state-bodies': recordApiWrite,
  'GET /api/v1/state-bodies/:slug': anyone,
  'PATCH /api/v1/state-bodies/:slug': recordApiWrite,
  'DELETE /api/v1/state-bodies/:slug': recordApiWrite,
};
