import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres } from '#libs/core';
import { buildOnce } from '../support/build-once';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { TEST_SECRET } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Killed mid-surge (DESIGN.md, "Signing safely": an acknowledged signature is committed): a real
 * API process takes a burst of signatures and is SIGKILLed halfway through. After a restart with
 * the worker, every signature that got its 303 is there exactly once, and every confirmation email
 * is sent once. The first process runs no worker, so that the kill hits the intake, not the mail.
 */
jest.setTimeout(240_000);

const root = join(__dirname, '..', '..');
const onPostgres = Boolean(process.env.DATABASE_URL);
const SLUG = 'supermicro-stop-supplying-the-kgb';
const BURST = 400;
const CONCURRENCY = 32;
const KILL_AFTER = 120;

let sink: SmtpSink;
let database: TestDatabase | null = null;
let dataDir: string;
let port: number;
let app: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: found } = server.address() as { port: number };
      server.close(() => resolve(found));
    });
  });
}

function start(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<void> } {
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js', '--embedded', ...args], {
    cwd: root,
    env: {
      ...inherited,
      ...(database ? { DATABASE_URL: database.url } : {}),
      DATA_DIR: dataDir,
      PORT: String(port),
      SMTP_URL: sink.url,
      SESSION_SECRET: TEST_SECRET,
      HMAC_SECRET: TEST_SECRET,
      PUBLIC_URL: 'http://leverage.test',
      INBOUND_SMTP_PORT: '0',
      LOG_LEVEL: 'error',
      RATE_LIMIT_READ_PER_MINUTE: '100000',
      SIGN_LIMIT_PER_MINUTE: '100000',
      SIGN_LIMIT_PER_5_MINUTES: '100000',
      // Every signer here is at one domain; its send rate is not what this test is about.
      MAIL_RATE_PER_DOMAIN_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

async function ready(output: () => string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`the app did not start:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function query<T>(sql: string): Promise<T[]> {
  if (database) {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const embedded = await EmbeddedPostgres.start(dataDir);
  const client = new Client({ connectionString: embedded.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
    await embedded.stop();
  }
}

beforeAll(async () => {
  await buildOnce();
  dataDir = mkdtempSync(join(tmpdir(), 'leverage-sign-kill-'));
  if (onPostgres) database = await createTestDatabase();
  sink = await startSmtpSink();
  port = await freePort();
});

afterAll(async () => {
  if (app && app.exitCode === null) app.kill('SIGKILL');
  await sink?.close();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged signature, once, and sends each confirmation once, across a SIGKILL', async () => {
  const first = start([]);
  app = first.child;
  await ready(first.output);
  const page = await (await fetch(`http://127.0.0.1:${port}/campaigns/${SLUG}`)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(page)![1];

  const acknowledged: string[] = [];
  let next = 0;
  let killed = false;
  const client = async () => {
    while (next < BURST) {
      const email = `kill-${next++}@mail.example.by`;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/campaigns/${SLUG}/sign`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ name: 'Burst', email, country: 'BY', _csrf: token }).toString(),
        });
        await res.arrayBuffer();
        if (res.status === 303) acknowledged.push(email);
        else if (!killed) throw new Error(`sign answered ${res.status}`);
      } catch (error) {
        if (!killed) throw error;
      }
      if (!killed && acknowledged.length >= KILL_AFTER) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  await first.exited;
  expect(killed).toBe(true);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(acknowledged.length).toBeLessThan(BURST);

  // The worker comes up with the restarted app and sends what the killed one committed.
  const second = start(['--with-worker']);
  app = second.child;
  await ready(second.output);
  const started = Date.now();
  const arrived = () => new Set(sink.messages.flatMap((m) => m.rcptTo));
  while (!acknowledged.every((email) => arrived().has(email))) {
    if (Date.now() - started > 90_000)
      throw new Error(`${acknowledged.filter((e) => !arrived().has(e)).length} confirmation(s) never arrived`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 3000)); // a second copy would have come by now
  second.child.kill('SIGTERM');
  await second.exited;

  const perAddress = new Map<string, number>();
  for (const message of sink.messages)
    for (const to of message.rcptTo) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  expect([...perAddress.values()].filter((n) => n !== 1)).toEqual([]);
  expect(new Set(sink.messages.map((m) => m.parsed.messageId)).size).toBe(sink.messages.length);

  const rows = await query<{ email: string; n: number; mails: number }>(
    `SELECT s.email, count(DISTINCT s.id)::int AS n,
            (SELECT count(*)::int FROM mail_message m WHERE m.ref_id = s.id) AS mails
       FROM signature s WHERE s.email LIKE 'kill-%' GROUP BY s.email, s.id`,
  );
  const stored = new Map(rows.map((r) => [r.email, r]));
  // Every acknowledged one is there, once, with one confirmation; a few more may have committed
  // as the process died, before their 303 left it.
  expect(acknowledged.filter((email) => stored.get(email)?.n !== 1 || stored.get(email)?.mails !== 1)).toEqual([]);
  expect(rows.every((r) => r.n === 1 && r.mails === 1)).toBe(true);
  expect(rows.length).toBe(new Set(rows.map((r) => r.email)).size);
});
