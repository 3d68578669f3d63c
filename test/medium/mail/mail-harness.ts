import 'reflect-metadata';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CoreModule, FixedClock, JobRunner, UnitOfWork, type AppConfig } from '#libs/core';
import { MailModule, MailSender, MailService, type OutgoingMail, type QueuedMail } from '#libs/mail';
import { testConfig } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** Mail's services on a database of their own; the jobs are prepared but not worked unless `work`. */
export interface MailHarness {
  db: TestDatabase;
  moduleRef: TestingModule;
  config: AppConfig;
  clock: FixedClock;
  mail: MailService;
  sender: MailSender;
  uow: UnitOfWork;
  enqueue(mail: Partial<OutgoingMail> & { to: string }): Promise<QueuedMail>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startMailHarness(
  env: Record<string, string>,
  options: { work?: boolean } = {},
): Promise<MailHarness> {
  const db = await createTestDatabase();
  const config = testConfig(env);
  const clock = new FixedClock(new Date());
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config, databaseUrl: db.url, poolMax: db.poolMax, clock }), MailModule],
  }).compile();
  await moduleRef.init();
  const runner = moduleRef.get(JobRunner);
  if (options.work) await runner.start();
  else await runner.prepareQueues();
  const uow = moduleRef.get(UnitOfWork);
  const mail = moduleRef.get(MailService);
  return {
    db,
    moduleRef,
    config,
    clock,
    mail,
    sender: moduleRef.get(MailSender),
    uow,
    enqueue: (message) =>
      uow.run((tx) =>
        mail.enqueue(tx, {
          subject: 'Your servers and the KGB',
          text: 'Dear Supermicro,',
          purpose: 'letter',
          ...message,
        }),
      ),
    query: (sql, params = []) => moduleRef.get(DataSource).query(sql, params),
    close: async () => {
      await moduleRef.close();
      await db.drop();
    },
  };
}

/** pg-boss's jobs for one message row, oldest first. */
export function jobsFor(harness: MailHarness, id: string): Promise<{ state: string; start_after: Date }[]> {
  return harness.query(
    `SELECT state, start_after FROM pgboss.job WHERE name = 'mail.send' AND singleton_key = $1 ORDER BY created_on`,
    [id],
  );
}
