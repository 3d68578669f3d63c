import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, EmbeddedPostgres, FixedClock, JobRunner, UnitOfWork } from '#libs/core';
import { MailModule, MailSender, MailService, SEND_LEASE_MS } from '#libs/mail';
import { buildOnce } from '../support/build-once';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { TEST_SECRET, testConfig } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Killed mid-send: a real worker process hands a message to the relay, the relay takes the whole
 * DATA and never answers, and the worker is SIGKILLed. After the lease the message is taken over
 * and arrives exactly once, as the row says. On PostgreSQL the test and the worker share a test
 * database; embedded, they take turns on one data folder (PGlite serves one process at a time).
 */
const root = join(__dirname, '..', '..');
const onPostgres = Boolean(process.env.DATABASE_URL);

let sink: SmtpSink;
let database: TestDatabase | null = null;
let dataDir: string;
let worker: ChildProcess | null = null;
let stalled: { messageId: string } | null = null;
let onStall: () => void = () => undefined;
const stall = new Promise<void>((resolve) => (onStall = resolve));

/** The app in this process, on the shared database, for as long as `work` runs. */
async function withApp<T>(
  clock: FixedClock,
  work: (app: { mail: MailService; sender: MailSender; uow: UnitOfWork; query: DataSource['query'] }) => Promise<T>,
): Promise<T> {
  const embedded = onPostgres ? null : await EmbeddedPostgres.start(dataDir);
  const url = database?.url ?? embedded!.url;
  const moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({
        config: testConfig({ SMTP_URL: sink.url }),
        databaseUrl: url,
        poolMax: onPostgres ? 2 : 1,
        migrationsRun: !onPostgres,
        clock,
      }),
      MailModule,
    ],
  }).compile();
  try {
    await moduleRef.init();
    await moduleRef.get(JobRunner).prepareQueues();
    const dataSource = moduleRef.get(DataSource);
    return await work({
      mail: moduleRef.get(MailService),
      sender: moduleRef.get(MailSender),
      uow: moduleRef.get(UnitOfWork),
      query: dataSource.query.bind(dataSource),
    });
  } finally {
    await moduleRef.close();
    await embedded?.stop();
  }
}

beforeAll(async () => {
  await buildOnce();
  dataDir = mkdtempSync(join(tmpdir(), 'leverage-mail-kill-'));
  if (onPostgres) database = await createTestDatabase();
  sink = await startSmtpSink({
    onData: async (message, index) => {
      if (index > 0) return;
      stalled = { messageId: message.parsed.messageId ?? '' };
      onStall();
      await new Promise(() => undefined); // the end of DATA is never answered
    },
  });
});

afterAll(async () => {
  if (worker && worker.exitCode === null) worker.kill('SIGKILL');
  await sink?.close();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('sends a message exactly once although the worker was killed after the relay had it', async () => {
  const queued = await withApp(new FixedClock(new Date()), ({ mail, uow }) =>
    uow.run((tx) =>
      mail.enqueue(tx, {
        to: 'press@supermicro.example',
        subject: 'Your servers and the KGB',
        text: 'Dear Supermicro,',
        purpose: 'letter',
      }),
    ),
  );

  const { DATABASE_URL: _unused, ...inherited } = process.env;
  worker = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
    cwd: root,
    env: {
      ...inherited,
      ...(database ? { DATABASE_URL: database.url } : {}),
      DATA_DIR: dataDir,
      SMTP_URL: sink.url,
      SESSION_SECRET: TEST_SECRET,
      HMAC_SECRET: TEST_SECRET,
      PUBLIC_URL: 'http://leverage.test',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  worker.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => worker!.once('exit', () => resolve()));
  const timeout = setTimeout(() => worker?.kill('SIGKILL'), 30_000);
  await Promise.race([stall, exited]);
  clearTimeout(timeout);
  expect({ stalled, output: stalled ? '' : output }).toEqual({ stalled: { messageId: queued.messageId }, output: '' });
  worker.kill('SIGKILL');
  await exited;

  // The lease has run out: whoever looks next (the sweep, a retry) takes the message over.
  const afterLease = new FixedClock(new Date(Date.now() + SEND_LEASE_MS + 1000));
  await withApp(afterLease, async ({ sender, query }) => {
    expect(await query('SELECT status, attempts FROM mail_message WHERE id = $1', [queued.id])).toEqual([
      { status: 'sending', attempts: 1 },
    ]);
    expect(await sender.requeueStale()).toEqual([queued.id]);
    expect(await sender.sendNow(queued.id)).toBe('sent');
    expect(await sender.sendNow(queued.id)).toBe('done');
    expect(await query('SELECT status, attempts FROM mail_message WHERE id = $1', [queued.id])).toEqual([
      { status: 'sent', attempts: 2 },
    ]);
  });
  expect(sink.messages.map((m) => m.parsed.messageId)).toEqual([queued.messageId]);
});
