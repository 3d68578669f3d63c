import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { CoreModule, JobRunner, UnitOfWork, loadConfig } from '#libs/core';
import { MailModule, MailService } from '#libs/mail';

/**
 * Mail throughput on loopback: N messages to an SMTP sink (a) straight through a pooled
 * nodemailer transport, (b) through Leverage — a row and a job per message, each in its own
 * transaction, then the real `mail.send` handlers (JobRunner, as in the worker) until every row
 * is 'sent'. The ratio is the price of "written first, sent exactly once" and of the queue.
 */
export interface MailBenchResult {
  mail_count: number;
  /** Below mail_count when BENCH_MAIL_MAX_SECONDS ran out first. */
  mail_sent: number;
  mail_raw_per_s: number;
  mail_per_s: number;
  mail_ratio: number;
}

@Module({})
class MailBenchModule {}

async function startSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function message(i: number) {
  return {
    to: `press${i}@company${i % 20}.example`,
    subject: `Letter ${i}`,
    text: `Dear company ${i},\n\nPlease answer.\n`.repeat(20),
    purpose: 'letter',
  };
}

async function raw(url: string, count: number): Promise<number> {
  const port = Number(new URL(url).port);
  const transport = createTransport({ pool: true, host: '127.0.0.1', port, ignoreTLS: true });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const m = message(i);
      return transport.sendMail({
        from: 'Leverage <noreply@leverage.bench>',
        to: m.to,
        subject: m.subject,
        text: m.text,
        envelope: { from: 'bounce@leverage.bench', to: [m.to] },
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return count / seconds;
}

/**
 * Messages per second from the first enqueue until every row is 'sent', or until `maxSeconds`
 * (then the rate of those sent so far): at one job per poll the worker can take minutes for 300.
 */
async function throughLeverage(
  url: string,
  databaseUrl: string,
  poolMax: number,
  count: number,
  maxSeconds: number,
): Promise<{ perSecond: number; sent: number }> {
  const config = loadConfig({
    DATABASE_URL: 'postgres://bench@127.0.0.1/bench',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    HMAC_SECRET: 'bench-secret-bench-secret-bench-secret',
    PUBLIC_URL: 'http://leverage.bench',
    LOG_LEVEL: 'silent',
    SMTP_URL: url,
    MAIL_RATE_PER_DOMAIN_PER_MINUTE: '1000000',
  });
  const moduleRef = await NestFactory.createApplicationContext(
    { module: MailBenchModule, imports: [CoreModule.forRoot({ config, databaseUrl, poolMax }), MailModule] },
    { logger: false },
  );
  try {
    const runner = moduleRef.get(JobRunner);
    await runner.prepareQueues();
    const uow = moduleRef.get(UnitOfWork);
    const mail = moduleRef.get(MailService);
    const dataSource = moduleRef.get(DataSource);
    const ids: string[] = [];
    const started = performance.now();
    for (let i = 0; i < count; i++) ids.push((await uow.run((tx) => mail.enqueue(tx, message(i)))).id);
    await runner.start();
    let sent = 0;
    while (sent < count && performance.now() - started < maxSeconds * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [row] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM mail_message WHERE id = ANY($1) AND status = 'sent'`,
        [ids],
      )) as { n: number }[];
      sent = row.n;
    }
    return { perSecond: sent / ((performance.now() - started) / 1000), sent };
  } finally {
    await moduleRef.close();
  }
}

export async function benchMail(databaseUrl: string, poolMax: number): Promise<MailBenchResult> {
  const count = Number(process.env.BENCH_MAIL_COUNT ?? 300);
  const maxSeconds = Number(process.env.BENCH_MAIL_MAX_SECONDS ?? 60);
  const sink = await startSink();
  try {
    await raw(sink.url, 50); // warm-up
    const before = sink.received();
    const rawPerSecond = await raw(sink.url, count);
    const leverage = await throughLeverage(sink.url, databaseUrl, poolMax, count, maxSeconds);
    const delivered = sink.received() - before - count;
    // Exactly once: the relay saw no more messages than rows marked sent (the job may still hold one in flight).
    if (delivered > leverage.sent + 1)
      throw new Error(`mail bench: ${delivered} messages delivered for ${leverage.sent} rows sent`);
    return {
      mail_count: count,
      mail_sent: leverage.sent,
      mail_raw_per_s: Math.round(rawPerSecond),
      mail_per_s: Number(leverage.perSecond.toFixed(1)),
      mail_ratio: Number((leverage.perSecond / rawPerSecond).toFixed(3)),
    };
  } finally {
    await sink.close();
  }
}
