import request from 'supertest';
import type { Role } from '#libs/auth';
import { isPublicForm, publicFormToken } from '../../apps/api/src/http/public-forms';
import { createAccount, createTestApp, createToken, csrfFrom, signIn, type TestApp } from '../support/test-app';
import { fillPath, listRoutes, seedRouteFixtures, type RouteFixtures, type ServedRoute } from '../support/routes';
import { EXPECTED_ACCESS, type Expected } from '../support/expected-access';

/**
 * Walks every route the API serves with every kind of caller and fails on any grant the table
 * below does not expect — and on any route the table does not list, so new routes must say
 * who may call them.
 */
type Caller = { name: string; role?: Role; via: 'anonymous' | 'session' | 'read-token' | 'write-token' };

const ROLES: Role[] = ['admin', 'organizer', 'researcher', 'reviewer'];
const CALLERS: Caller[] = [
  { name: 'anonymous', via: 'anonymous' },
  ...ROLES.map((role): Caller => ({ name: `${role} session`, role, via: 'session' })),
  ...ROLES.map((role): Caller => ({ name: `${role} read token`, role, via: 'read-token' })),
  ...ROLES.map((role): Caller => ({ name: `${role} write token`, role, via: 'write-token' })),
];

function allowed(expected: Expected, caller: Caller): boolean {
  if (expected === 'public') return true;
  if (caller.via === 'anonymous') return false;
  if (caller.via !== 'session') {
    if (!expected.token) return false;
    if (expected.token === 'write' && caller.via === 'read-token') return false;
  }
  return caller.role === 'admin' || expected.roles === 'any' || expected.roles.includes(caller.role!);
}

describe('every route × every caller', () => {
  let t: TestApp;
  let fixtures: RouteFixtures;
  const sessions = new Map<Role, Awaited<ReturnType<typeof signIn>>>();
  const tokens = new Map<string, string>();
  let anonymous: { agent: ReturnType<typeof request.agent>; csrf: string };

  beforeAll(async () => {
    t = await createTestApp();
    fixtures = await seedRouteFixtures(t);
    // An anonymous visitor with a CSRF token of their own (from the login page), so that what
    // refuses them is the access rule, not the missing token.
    const agent = request.agent(t.server);
    anonymous = { agent, csrf: csrfFrom((await agent.get('/login')).text) };
    for (const role of ROLES) {
      const account = await createAccount(t, role);
      sessions.set(role, await signIn(t, account));
      tokens.set(`${role}:read`, await createToken(t, account, 'read'));
      tokens.set(`${role}:write`, await createToken(t, account, 'write'));
    }
  });

  afterAll(() => t.close());

  it('lists every served route in the table of expected access', () => {
    const unlisted = listRoutes(t.app).filter((route) => !(route.key in EXPECTED_ACCESS));
    expect(unlisted.map((r) => r.key)).toEqual([]);
  });

  it('grants exactly what the table says', async () => {
    const unexpected: string[] = [];
    // Logging out ends the session the other routes use, so it goes last.
    const last = (route: ServedRoute) => (route.key === 'POST /logout' ? 1 : 0);
    for (const route of listRoutes(t.app).sort((a, b) => last(a) - last(b))) {
      const expected = EXPECTED_ACCESS[route.key];
      if (!expected) continue;
      for (const caller of CALLERS) {
        const path = fillPath(route.path, fixtures);
        const session =
          caller.via === 'session' && caller.role
            ? sessions.get(caller.role)
            : caller.via === 'anonymous'
              ? anonymous
              : undefined;
        const client = session ? session.agent : request(t.server);
        let req = (client as ReturnType<typeof request>)[route.method.toLowerCase() as 'get'](path).redirects(0);
        if (caller.via === 'read-token' || caller.via === 'write-token')
          req = req.set(
            'Authorization',
            `Bearer ${tokens.get(`${caller.role}:${caller.via === 'read-token' ? 'read' : 'write'}`)}`,
          );
        if (route.method !== 'GET') {
          req = req.set('Accept', path.startsWith('/api/') ? 'application/json' : 'text/html');
          // Supporters' forms carry the signed token of their own page instead of a session's.
          if (isPublicForm({ method: route.method, path })) req = req.send({ _csrf: publicFormToken(t.config, path) });
          else {
            if (session) req = req.set('X-CSRF-Token', session.csrf);
            req = req.send({});
          }
        }
        const res = await req;
        const denied =
          res.status === 401 ||
          res.status === 403 ||
          (res.status === 303 && String(res.headers.location).startsWith('/login'));
        const shouldAllow = allowed(expected, caller);
        if (shouldAllow && denied) unexpected.push(`${route.key} refused ${caller.name} (${res.status})`);
        if (!shouldAllow && !denied) unexpected.push(`${route.key} GRANTED ${caller.name} (${res.status})`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
