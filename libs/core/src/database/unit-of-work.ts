import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueService } from '../queue/queue.service';

/** One database transaction; everything written through it, jobs included, commits or fails together. */
export class Tx {
  constructor(
    readonly manager: EntityManager,
    private readonly queue: QueueService,
  ) {}

  /** Enqueues a job in this transaction, so that a rollback also takes the job back. */
  async enqueue(name: string, data: object, options: { singletonKey?: string; startAfter?: Date } = {}): Promise<void> {
    await this.queue.send(name, data, { ...options, db: this.db('Tx.enqueue') });
  }

  /**
   * One statement's rows, whatever its command. (TypeORM's `manager.query` answers an UPDATE or
   * DELETE … RETURNING with `[rows, count]`, a SELECT or INSERT with the rows: easy to misread.)
   */
  async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error('Tx.rows outside a transaction');
    const result = (await runner.query(sql, params, true)) as { records: T[] };
    return result.records;
  }

  /** Many jobs of one queue, in one statement, in this transaction. */
  async enqueueMany(name: string, jobs: { data: object; singletonKey?: string; startAfter?: Date }[]): Promise<void> {
    await this.queue.insert(name, jobs, this.db('Tx.enqueueMany'));
  }

  private db(caller: string) {
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error(`${caller} outside a transaction`);
    return {
      executeSql: (sql: string, params?: unknown[]) =>
        runner.query(sql, params, true).then((r: { records: unknown[] }) => ({ rows: r.records as never[] })),
    };
  }
}

@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new Tx(manager, this.queue)));
  }
}
