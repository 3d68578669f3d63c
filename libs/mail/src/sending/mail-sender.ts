import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Clock, JobHandler, UnitOfWork, type AppConfig } from '#libs/core';
import {
  MAIL_REQUEUE_STALE_JOB,
  MAIL_SEND_JOB,
  MAX_ATTEMPTS,
  RATE_WINDOW_MS,
  SEND_LEASE_MS,
  STALE_QUEUED_MS,
} from '../mail.constants';
import type { MailMessageEntity } from '../mail-message.entity';
import { MailRepository } from '../mail.repository';
import { MailTransport } from './mail-transport';
import { describeSendError, isPermanent } from './send-errors';

/** What one run of the job did. */
export type SendOutcome = 'sent' | 'done' | 'deferred' | 'failed';

/** Another attempt holds the row (its lease is live): the job is retried later, by pg-boss. */
export class MailBusyError extends Error {
  constructor(id: string) {
    super(`mail ${id} is being sent by another attempt`);
    this.name = 'MailBusyError';
  }
}

/** The relay failed for now (4xx, connection): the row is queued again and pg-boss retries the job. */
export class MailRetryError extends Error {
  constructor(id: string, reason: string, options?: { cause?: unknown }) {
    super(`mail ${id} will be retried: ${reason}`, options);
    this.name = 'MailRetryError';
  }
}

const STALE_BATCH = 500;

/**
 * The `mail.send` job: hands one stored message to the relay, at most once.
 *
 * 1. Claim: one UPDATE moves the row from 'queued' (or from a 'sending' whose lease ran out) to
 *    'sending' with a fresh token; of two racing attempts exactly one gets the row.
 * 2. Per-domain rate: counted in SQL, so it holds across every worker process; over the rate, the
 *    row goes back to 'queued' and a new job waits until a slot frees up.
 * 3. Send, with the Message-ID stored in the row.
 * 4. Mark sent, only under our own token.
 *
 * What remains: a worker that dies after the relay accepted the message (its 250) and before step
 * 4 leaves the row in 'sending'; after the lease it is sent again, with the same Message-ID and
 * Date, so that receivers that de-duplicate on Message-ID show it once. A worker that dies before
 * the 250 leaves nothing delivered, and the next attempt is simply the first delivery. No
 * transaction is held open while the relay talks.
 */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: MailRepository,
    private readonly transport: MailTransport,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @JobHandler(MAIL_SEND_JOB, { batchSize: 20, concurrency: 8, pollingIntervalSeconds: 1 })
  async send(data: { id?: unknown }): Promise<void> {
    if (typeof data?.id !== 'string') throw new Error(`${MAIL_SEND_JOB}: the job has no message id`);
    await this.sendNow(data.id);
  }

  @JobHandler(MAIL_REQUEUE_STALE_JOB, { cron: '*/5 * * * *' })
  async sweep(): Promise<void> {
    const ids = await this.requeueStale();
    if (ids.length) this.logger.warn(`gave ${ids.length} stale message(s) a new send job`);
  }

  /** The job's logic, for one message row. Throws when pg-boss should try again later. */
  async sendNow(id: string): Promise<SendOutcome> {
    const now = this.clock.now();
    const token = randomUUID();
    const smtp = this.transport.mode === 'smtp';
    const claimed = smtp
      ? await this.repository.claimCounting(id, now, SEND_LEASE_MS, token, new Date(now.getTime() - RATE_WINDOW_MS))
      : await this.repository
          .claim(id, now, SEND_LEASE_MS, token)
          .then((r) => (r ? { row: r, others: 0, oldest: null } : null));
    if (!claimed) {
      const status = await this.repository.statusOf(id);
      if (status === 'sending' || status === 'queued') throw new MailBusyError(id);
      return 'done'; // sent, failed or bounced already (or gone)
    }
    const { row } = claimed;

    const wait = smtp ? this.rateLimitWait(claimed.others + 1, claimed.oldest, now) : 0;
    if (wait > 0) {
      await this.uow.run(async (tx) => {
        await this.repository.release(tx, id, token, true);
        await tx.enqueue(MAIL_SEND_JOB, { id }, { singletonKey: id, startAfter: new Date(now.getTime() + wait) });
      });
      return 'deferred';
    }

    try {
      await this.transport.send(row);
    } catch (error) {
      return this.afterError(row, token, error);
    }
    if (!(await this.repository.markSent(id, token, this.clock.now()))) {
      // Only if this attempt outlived its lease, which the transport's timeouts are there to prevent.
      this.logger.error(
        `mail ${id} was sent but another attempt had taken it over; it may arrive twice (same Message-ID)`,
      );
    }
    return 'sent';
  }

  /** Rows nothing would send any more get a job again; returns their ids. */
  async requeueStale(): Promise<string[]> {
    const now = this.clock.now().getTime();
    const ids = await this.repository.findStale(
      new Date(now - STALE_QUEUED_MS),
      new Date(now - SEND_LEASE_MS),
      STALE_BATCH,
    );
    if (ids.length) {
      await this.uow.run(async (tx) => {
        for (const id of ids) await tx.enqueue(MAIL_SEND_JOB, { id }, { singletonKey: id });
      });
    }
    return ids;
  }

  /**
   * 0 when the domain is within its rate (this row's own claim counted), otherwise how long until
   * the oldest counted message leaves the window, plus a few seconds of spread so that deferred
   * messages do not all wake together.
   */
  private rateLimitWait(count: number, oldest: Date | null, now: Date): number {
    if (count <= this.config.mailRatePerDomainPerMinute) return 0;
    const free = oldest ? oldest.getTime() + RATE_WINDOW_MS - now.getTime() : RATE_WINDOW_MS;
    return Math.max(1000, free) + Math.floor(Math.random() * 5000);
  }

  private async afterError(row: MailMessageEntity, token: string, error: unknown): Promise<SendOutcome> {
    const reason = describeSendError(error);
    if (isPermanent(error) || row.attempts >= MAX_ATTEMPTS) {
      await this.repository.markFailed(row.id, token, reason);
      this.logger.warn(`mail ${row.id} to ${row.toDomain} failed after ${row.attempts} attempt(s): ${reason}`);
      return 'failed';
    }
    await this.repository.requeueAfterError(row.id, token, reason);
    throw new MailRetryError(row.id, reason, { cause: error });
  }
}
