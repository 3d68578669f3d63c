import { Injectable } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { CoreModule, JobHandler, JobRunner, UnitOfWork } from '#libs/core';
import { testConfig } from '../../support/test-app';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

@Injectable()
class RecordingJobs {
  readonly seen: number[] = [];

  @JobHandler('test.record-number')
  async record(data: { n: number }): Promise<void> {
    this.seen.push(data.n);
  }
}

/** Jobs are enqueued in the write's own transaction: a rollback takes the job back with it. */
describe('jobs in the same transaction as the write', () => {
  let db: TestDatabase;
  let moduleRef: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot({ config: testConfig(), databaseUrl: db.url, poolMax: db.poolMax })],
      providers: [RecordingJobs],
    }).compile();
    await moduleRef.init();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await db?.drop();
  });

  it('delivers committed jobs and drops rolled-back ones, on one connection if need be', async () => {
    const runner = moduleRef.get(JobRunner);
    expect(await runner.prepareQueues()).toEqual(expect.arrayContaining(['test.record-number', 'audit.verify-chain']));
    const uow = moduleRef.get(UnitOfWork);
    await uow.run((tx) => tx.enqueue('test.record-number', { n: 1 }));
    await expect(
      uow.run(async (tx) => {
        await tx.enqueue('test.record-number', { n: 2 });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await uow.run((tx) => tx.enqueue('test.record-number', { n: 3 }));
    await expect(uow.run((tx) => tx.enqueue('test.unknown-job', {}))).rejects.toThrow(/not prepared/);

    await runner.start();
    const jobs = moduleRef.get(RecordingJobs);
    for (let i = 0; i < 100 && jobs.seen.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(jobs.seen.sort()).toEqual([1, 3]);
  });
});
