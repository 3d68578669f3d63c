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
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error('Tx.enqueue outside a transaction');
    await this.queue.send(name, data, {
      ...options,
      db: {
        executeSql: (sql: string, params?: unknown[]) =>
          runner.query(sql, params, true).then((r: { records: unknown[] }) => ({ rows: r.records as never[] })),
      },
    });
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
