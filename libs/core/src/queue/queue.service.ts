import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { PgBoss, type Db as IDatabase, type Job, type JobResult } from 'pg-boss';
import type { Pool } from 'pg';
import { DB_POOL } from '../database/db-pool';
import type { WorkTuning } from './job-handler.decorator';

export interface SendOptions {
  singletonKey?: string;
  startAfter?: Date;
  db?: IDatabase;
}

/**
 * pg-boss on the application's own pool (no second pool: the embedded database takes one
 * connection). The API only sends; the worker also supervises, schedules and works.
 */
@Injectable()
export class QueueService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueService.name);
  private boss: PgBoss | null = null;
  private readonly queues = new Set<string>();

  constructor(@Inject(DB_POOL) private readonly pool: Pool) {}

  async start(role: 'sender' | 'worker'): Promise<PgBoss> {
    if (this.boss) return this.boss;
    const boss = new PgBoss({
      db: { executeSql: (sql, params) => this.pool.query(sql, params as unknown[]) },
      schema: 'pgboss',
      supervise: role === 'worker',
      schedule: role === 'worker',
      migrate: true,
    });
    boss.on('error', (error: Error) => this.logger.error(error.message));
    // Two processes starting together on a new database may both try to create pg-boss's schema;
    // the loser fails on the duplicate and finds it there on the next try.
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.start();
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        await boss.stop({ graceful: false, close: false }).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
    this.boss = boss;
    return boss;
  }

  /** Creates the queues up front, on the pool, before any transaction could need them. */
  async prepare(queues: { name: string; policy?: 'standard' | 'stately' }[]): Promise<void> {
    const boss = await this.start('sender');
    for (const { name, policy } of queues) {
      if (!this.queues.has(name) && !(await boss.getQueue(name)))
        await boss.createQueue(name, { policy: policy ?? 'standard' });
      this.queues.add(name);
    }
  }

  /** A job for a queue that was not prepared would need a second connection mid-transaction. */
  private ready(name: string): PgBoss {
    if (!this.boss || !this.queues.has(name))
      throw new Error(`Queue ${name} was not prepared at start-up; give it a @JobHandler.`);
    return this.boss;
  }

  async send(name: string, data: object, options: SendOptions = {}): Promise<void> {
    const boss = this.ready(name);
    await boss.send(name, data, { retryLimit: 5, retryBackoff: true, ...options });
  }

  /** Many jobs of one queue in one statement (a group commit's mail). */
  async insert(
    name: string,
    jobs: { data: object; singletonKey?: string; startAfter?: Date }[],
    db: IDatabase,
  ): Promise<void> {
    if (jobs.length === 0) return;
    const boss = this.ready(name);
    await boss.insert(
      name,
      jobs.map((job) => ({ retryLimit: 5, retryBackoff: true, ...job })),
      { db },
    );
  }

  /** Each job of a batch succeeds or fails on its own: one failing job does not retry its neighbours. */
  async work(name: string, handler: (data: unknown) => Promise<void>, tuning: WorkTuning = {}): Promise<void> {
    const boss = this.ready(name);
    const batchSize = tuning.batchSize ?? 1;
    await boss.work(
      name,
      {
        batchSize,
        burstWhenBatchFull: batchSize > 1,
        localConcurrency: tuning.concurrency ?? 1,
        pollingIntervalSeconds: tuning.pollingIntervalSeconds ?? 2,
        perJobResults: true,
      },
      async (jobs: Job<object>[]) => {
        const results: JobResult[] = [];
        for (const job of jobs) {
          try {
            await handler(job.data);
            results.push({ id: job.id, status: 'completed' });
          } catch (error) {
            this.logger.warn(`job ${name} ${job.id} failed: ${error instanceof Error ? error.message : String(error)}`);
            results.push({
              id: job.id,
              status: 'failed',
              output: { message: error instanceof Error ? error.message : String(error) },
            });
          }
        }
        return results;
      },
    );
  }

  async schedule(name: string, cron: string): Promise<void> {
    const boss = this.ready(name);
    await boss.schedule(name, cron, {});
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.boss) await this.boss.stop({ graceful: true, close: false, timeout: 10_000 });
    this.boss = null;
  }
}
