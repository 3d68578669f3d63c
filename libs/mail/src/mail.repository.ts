import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { In, Repository } from 'typeorm';
import { DB_POOL, type Tx } from '#libs/core';
import { MAIL_SEND_JOB } from './mail.constants';
import { MailMessageEntity, type MailStatus } from './mail-message.entity';

/** Every column a new row sets; the claim and outcome columns start empty. */
export type NewMailMessage = Pick<
  MailMessageEntity,
  | 'id'
  | 'purpose'
  | 'refType'
  | 'refId'
  | 'toAddress'
  | 'toDomain'
  | 'fromAddress'
  | 'replyTo'
  | 'envelopeFrom'
  | 'subject'
  | 'textBody'
  | 'htmlBody'
  | 'headers'
  | 'messageId'
  | 'createdAt'
>;

/** The columns under their entity names, so that a raw RETURNING reads like an entity. */
const COLUMNS = `id, purpose, ref_type AS "refType", ref_id AS "refId", to_address AS "toAddress", to_domain AS "toDomain",
  from_address AS "fromAddress", reply_to AS "replyTo", envelope_from AS "envelopeFrom", subject, text_body AS "textBody",
  html_body AS "htmlBody", headers, message_id AS "messageId", status, attempts, claimed_at AS "claimedAt",
  claim_token AS "claimToken", last_error AS "lastError", sent_at AS "sentAt", bounced_at AS "bouncedAt",
  bounce_reason AS "bounceReason", created_at AS "createdAt"`;

interface Rows<T> {
  rows: T[];
  rowCount: number;
}

/**
 * The queries of mail. The sender's statements run on the pool, one at a time and outside any
 * transaction (nothing is held open while the relay talks); writes of a caller's transaction go
 * through its connection.
 */
@Injectable()
export class MailRepository {
  constructor(
    @InjectRepository(MailMessageEntity) private readonly messages: Repository<MailMessageEntity>,
    @Inject(DB_POOL) private readonly pool: Pool,
  ) {}

  async insert(tx: Tx, message: NewMailMessage): Promise<void> {
    await tx.manager.insert(MailMessageEntity, { ...message, status: 'queued', attempts: 0 });
  }

  /** Many rows in one statement (arrays, so the statement is the same whatever the count). */
  async insertMany(tx: Tx, messages: NewMailMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const column = <K extends keyof NewMailMessage>(key: K) => messages.map((m) => m[key]);
    await txQuery(
      tx,
      `INSERT INTO mail_message (id, purpose, ref_type, ref_id, to_address, to_domain, from_address, reply_to,
         envelope_from, subject, text_body, html_body, headers, message_id, created_at, status, attempts)
       SELECT *, 'queued', 0 FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[],
         $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[], $14::text[],
         $15::timestamptz[])`,
      [
        column('id'),
        column('purpose'),
        column('refType'),
        column('refId'),
        column('toAddress'),
        column('toDomain'),
        column('fromAddress'),
        column('replyTo'),
        column('envelopeFrom'),
        column('subject'),
        column('textBody'),
        column('htmlBody'),
        messages.map((m) => JSON.stringify(m.headers)),
        column('messageId'),
        column('createdAt'),
      ],
    );
  }

  /**
   * Empties every column that says who a message was for or what it said; a message not yet sent
   * will not be. The row stays, so the console still counts what was sent.
   */
  async forget(tx: Tx, refType: string, refIds: string[]): Promise<{ id: string; createdAt: Date }[]> {
    if (refIds.length === 0) return [];
    const { rows } = await txQuery<{ id: string; createdAt: Date }>(
      tx,
      `UPDATE mail_message SET to_address = 'erased@erased.invalid', to_domain = 'erased.invalid', subject = '',
         text_body = '', html_body = NULL, headers = '{}',
         status = CASE WHEN status = 'queued' THEN 'failed' ELSE status END,
         last_error = CASE WHEN status = 'queued' THEN 'recipient erased' ELSE last_error END
       WHERE ref_type = $1 AND ref_id = ANY($2) AND to_domain <> 'erased.invalid'
       RETURNING id, created_at AS "createdAt"`,
      [refType, refIds],
    );
    return rows;
  }

  findById(id: string): Promise<MailMessageEntity | null> {
    return this.messages.findOne({ where: { id } });
  }

  findByRefs(refType: string, refIds: string[]): Promise<MailMessageEntity[]> {
    if (refIds.length === 0) return Promise.resolve([]);
    return this.messages.find({ where: { refType, refId: In(refIds) }, order: { createdAt: 'ASC', toAddress: 'ASC' } });
  }

  findRecent(status: MailStatus | undefined, limit: number): Promise<MailMessageEntity[]> {
    return this.messages.find({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /**
   * Takes the row for one attempt: a queued row, or one whose last attempt let its lease run out
   * (a worker that died mid-send). Exactly one of two racing attempts gets it.
   */
  async claim(id: string, now: Date, leaseMs: number, token: string): Promise<MailMessageEntity | null> {
    const { rows } = await this.pool.query<MailMessageEntity>(
      `UPDATE mail_message SET status = 'sending', attempts = attempts + 1, claimed_at = $2, claim_token = $3
       WHERE id = $1 AND (status = 'queued' OR (status = 'sending' AND claimed_at < $4))
       RETURNING ${COLUMNS}`,
      [id, now, token, new Date(now.getTime() - leaseMs)],
    );
    return rows[0] ?? null;
  }

  /**
   * The claim and its domain's recent sends in one round trip: the count is of the other messages
   * (the statement does not see its own claim), so the caller adds this one.
   */
  async claimCounting(
    id: string,
    now: Date,
    leaseMs: number,
    token: string,
    since: Date,
  ): Promise<{ row: MailMessageEntity; others: number; oldest: Date | null } | null> {
    const { rows } = await this.pool.query<MailMessageEntity & { others: string; oldest: Date | null }>(
      `WITH claimed AS (
         UPDATE mail_message SET status = 'sending', attempts = attempts + 1, claimed_at = $2, claim_token = $3
          WHERE id = $1 AND (status = 'queued' OR (status = 'sending' AND claimed_at < $4))
          RETURNING ${COLUMNS})
       SELECT claimed.*,
              (SELECT count(*) FROM mail_message m WHERE m.to_domain = claimed."toDomain" AND m.id <> claimed.id
                  AND m.status IN ('sending', 'sent') AND (m.claimed_at >= $5 OR m.sent_at >= $5)) AS others,
              (SELECT min(GREATEST(m.claimed_at, m.sent_at)) FROM mail_message m WHERE m.to_domain = claimed."toDomain"
                  AND m.id <> claimed.id AND m.status IN ('sending', 'sent') AND (m.claimed_at >= $5 OR m.sent_at >= $5)) AS oldest
         FROM claimed`,
      [id, now, token, new Date(now.getTime() - leaseMs), since],
    );
    const found = rows[0];
    if (!found) return null;
    const { others, oldest, ...row } = found;
    return { row: row as MailMessageEntity, others: Number(others), oldest };
  }

  async statusOf(id: string): Promise<MailStatus | null> {
    const { rows } = await this.pool.query<{ status: MailStatus }>('SELECT status FROM mail_message WHERE id = $1', [
      id,
    ]);
    return rows[0]?.status ?? null;
  }

  /** Gives the row back unsent, in the caller's transaction; `undoAttempt` when it never reached the relay. */
  async release(tx: Tx, id: string, token: string, undoAttempt: boolean): Promise<void> {
    await txQuery(
      tx,
      `UPDATE mail_message SET status = 'queued', attempts = attempts - $3, claim_token = NULL WHERE id = $1 AND claim_token = $2 AND status = 'sending'`,
      [id, token, undoAttempt ? 1 : 0],
    );
  }

  /** Back to the queue after a temporary failure, with the error kept for the console. */
  async requeueAfterError(id: string, token: string, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE mail_message SET status = 'queued', last_error = $3, claim_token = NULL WHERE id = $1 AND claim_token = $2 AND status = 'sending'`,
      [id, token, error],
    );
  }

  /** false when the claim was lost meanwhile (the lease ran out and another attempt took the row). */
  async markSent(id: string, token: string, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE mail_message SET status = 'sent', sent_at = $3, last_error = NULL, claim_token = NULL WHERE id = $1 AND claim_token = $2 AND status = 'sending'`,
      [id, token, now],
    );
    return rowCount === 1;
  }

  async markFailed(id: string, token: string, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE mail_message SET status = 'failed', last_error = $3, claim_token = NULL WHERE id = $1 AND claim_token = $2 AND status = 'sending'`,
      [id, token, error],
    );
  }

  /** Idempotent: a second report of the same bounce keeps the first time and reason. */
  async markBounced(
    tx: Tx,
    by: { id: string } | { messageId: string },
    reason: string,
    now: Date,
  ): Promise<MailMessageEntity | null> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['message_id', by.messageId];
    const { rows } = await txQuery<MailMessageEntity>(
      tx,
      `UPDATE mail_message SET status = 'bounced', bounced_at = COALESCE(bounced_at, $2), bounce_reason = COALESCE(bounce_reason, $3), claim_token = NULL
       WHERE ${column} = $1 RETURNING ${COLUMNS}`,
      [value, now, reason],
    );
    return rows[0] ?? null;
  }

  /**
   * Rows that no job will pick up: queued since before `queuedBefore` with no job waiting or
   * running for them, and rows whose sending attempt let its lease run out (the worker died) with
   * no retry waiting. Reads pg-boss's job table (schema `pgboss`, see QueueService) because its
   * queues do not refuse a second job with the same singletonKey.
   */
  async findStale(queuedBefore: Date, leaseBefore: Date, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT m.id FROM mail_message m
       WHERE ((m.status = 'queued' AND m.created_at < $1) OR (m.status = 'sending' AND m.claimed_at < $2))
         AND NOT EXISTS (
           SELECT 1 FROM pgboss.job j
           WHERE j.name = $3 AND j.singleton_key = m.id::text
             AND (j.state IN ('created', 'retry') OR (j.state = 'active' AND m.status = 'queued')))
       ORDER BY m.created_at LIMIT $4`,
      [queuedBefore, leaseBefore, MAIL_SEND_JOB, limit],
    );
    return rows.map((r) => r.id);
  }
}

/** A statement on the transaction's own connection, with pg's row count (TypeORM's query() hides it for UPDATE). */
async function txQuery<T>(tx: Tx, sql: string, params: unknown[]): Promise<Rows<T>> {
  const runner = tx.manager.queryRunner;
  if (!runner) throw new Error('MailRepository: a transaction is required');
  const result = (await runner.query(sql, params, true)) as { records: T[]; affected?: number };
  return { rows: result.records, rowCount: result.affected ?? result.records.length };
}
