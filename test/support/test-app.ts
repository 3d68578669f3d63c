import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/api-app';
import { FixedClock, JobRunner, loadConfig, SYSTEM_ACTOR, type AppConfig } from '#libs/core';
import { TokensService, UsersService, type Role, type TokenScope } from '#libs/auth';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  /** The HTTP server to hand to supertest. */
  server: Parameters<typeof request>[0];
  config: AppConfig;
  database: TestDatabase;
  clock: FixedClock;
  close(): Promise<void>;
}

export const TEST_SECRET = 'test-secret-test-secret-test-secret-42';

/** Test configuration: the real loader, with generous limits unless a test sets its own. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused_test',
    SESSION_SECRET: TEST_SECRET,
    HMAC_SECRET: TEST_SECRET,
    PUBLIC_URL: 'http://leverage.test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_READ_PER_MINUTE: '100000',
    RATE_LIMIT_WRITE_PER_MINUTE: '100000',
    RATE_LIMIT_LOGIN_PER_15_MINUTES: '100000',
    ...env,
  });
}

/** The real API on a fresh database of its own, ready for supertest. */
export async function createTestApp(
  options: { env?: Record<string, string>; database?: TestDatabase; clock?: FixedClock } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(options.env);
  const clock = options.clock ?? new FixedClock(new Date());
  const app = await createApiApp({ config, databaseUrl: database.url, poolMax: database.poolMax, clock });
  // As main.ts does for a process that only sends: writes may enqueue jobs (mail) in their transaction.
  await app.get(JobRunner).prepareQueues();
  await app.listen(0, '127.0.0.1');
  return {
    app,
    server: app.getHttpServer(),
    config,
    database,
    clock,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

export interface TestAccount {
  email: string;
  password: string;
  userId: string;
  role: Role;
}

let accountCounter = 0;

export async function createAccount(testApp: TestApp, role: Role, email?: string): Promise<TestAccount> {
  const address = email ?? `${role}${++accountCounter}@leverage.test`;
  const password = `correct horse battery ${role}`;
  const { user } = await testApp.app.get(UsersService).create(SYSTEM_ACTOR, { email: address, role, password });
  return { email: address, password, userId: user.id, role };
}

export async function createToken(testApp: TestApp, account: TestAccount, scope: TokenScope): Promise<string> {
  const { token } = await testApp.app.get(TokensService).create(SYSTEM_ACTOR, account.userId, `test ${scope}`, scope);
  return token;
}

/** Reads the CSRF token the page put into its forms. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no CSRF token on the page');
  return match[1];
}

/** A cookie-keeping client, signed in through the real login form. */
export async function signIn(
  testApp: TestApp,
  account: TestAccount,
): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(testApp.server);
  const page = await agent.get('/login').expect(200);
  const login = await agent
    .post('/login')
    .type('form')
    .send({ email: account.email, password: account.password, _csrf: csrfFrom(page.text) });
  if (login.status !== 303) throw new Error(`login failed with ${login.status}: ${login.text.slice(0, 200)}`);
  const console = await agent.get('/console').expect(200);
  return { agent, csrf: csrfFrom(console.text) };
}
