import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UUID_PATTERN as UUID, APP_CONFIG, Clock, type AppConfig, type Tx } from '#libs/core';
import { BOUNCE_TAG, MAIL_FORGET_JOB, MAIL_SEND_JOB } from './mail.constants';
import { MailException } from './mail.exception';
import type { MailStatus } from './mail-message.entity';
import { MailRepository } from './mail.repository';
import {
  toMailMessageDetailView,
  toMailMessageView,
  type MailMessageDetailView,
  type MailMessageView,
  type QueuedMail,
} from './mail.view';
import { checkOutgoingMail, type OutgoingMail } from './outgoing-mail';
import { signedAddress } from './signed-address';

const MAX_RECENT = 500;

/**
 * Mail as the rest of Leverage uses it: a message is a row written in the caller's transaction
 * together with the job that sends it (MailSender), so a rollback takes both back and a commit
 * loses neither.
 */
@Injectable()
export class MailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: MailRepository,
    private readonly clock: Clock,
  ) {}

  async enqueue(tx: Tx, mail: OutgoingMail): Promise<QueuedMail> {
    const [queued] = await this.enqueueMany(tx, [mail]);
    return queued;
  }

  /** Many messages in two statements (the rows, their jobs): a group commit's mail. */
  async enqueueMany(tx: Tx, mails: OutgoingMail[]): Promise<QueuedMail[]> {
    const rows = mails.map((mail) => this.row(mail));
    await this.repository.insertMany(tx, rows);
    await tx.enqueueMany(
      MAIL_SEND_JOB,
      rows.map((row) => ({ data: { id: row.id }, singletonKey: row.id })),
    );
    return rows.map((row) => ({ id: row.id, messageId: row.messageId, status: 'queued' as const }));
  }

  /**
   * Forgets whom the messages of these records went to and what they said (a supporter's erasure):
   * the rows keep only that a message was sent; their outbox copies are removed by a job.
   */
  async forget(tx: Tx, refType: string, refIds: string[]): Promise<number> {
    const forgotten = await this.repository.forget(tx, refType, refIds);
    if (forgotten.length)
      await tx.enqueue(MAIL_FORGET_JOB, {
        files: forgotten.map((m) => ({ id: m.id, createdAt: m.createdAt.toISOString() })),
      });
    return forgotten.length;
  }

  private row(mail: OutgoingMail) {
    const checked = checkOutgoingMail(mail);
    const id = randomUUID();
    const messageId = `<${randomUUID()}@${this.config.mailDomain}>`;
    return {
      id,
      purpose: checked.purpose,
      refType: checked.refType,
      refId: checked.refId,
      toAddress: checked.to.address,
      toDomain: checked.to.domain,
      fromAddress: this.config.mailFrom,
      replyTo: checked.replyTo,
      envelopeFrom: signedAddress(this.config.hmacSecret, BOUNCE_TAG, id, this.config.mailDomain),
      subject: checked.subject,
      textBody: checked.text,
      htmlBody: checked.html,
      headers: checked.headers,
      messageId,
      createdAt: this.clock.now(),
    };
  }

  async forRef(refType: string, refId: string): Promise<MailMessageView[]> {
    return this.forRefs(refType, [refId]);
  }

  /** The messages of many records in one query, oldest first. */
  async forRefs(refType: string, refIds: string[]): Promise<MailMessageView[]> {
    const ids = [...new Set(refIds)].filter((id) => UUID.test(id));
    return (await this.repository.findByRefs(refType, ids)).map(toMailMessageView);
  }

  async get(id: string): Promise<MailMessageDetailView> {
    const message = UUID.test(id) ? await this.repository.findById(id) : null;
    if (!message) throw MailException.notFound(id);
    return toMailMessageDetailView(message);
  }

  /** Newest first, for the console. */
  async recent(options: { status?: MailStatus; limit: number }): Promise<MailMessageView[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit) || 1, 1), MAX_RECENT);
    return (await this.repository.findRecent(options.status, limit)).map(toMailMessageView);
  }

  /**
   * Records that a message bounced, found by its row id (from the signed bounce address) or its
   * Message-ID (from a DSN). Idempotent. null when no message matches; the view names the
   * record the message was for, so that the caller can mark it.
   */
  async markBounced(
    tx: Tx,
    which: { messageRowId?: string | null; messageId?: string | null },
    reason: string,
  ): Promise<MailMessageView | null> {
    const now = this.clock.now();
    let message = null;
    if (which.messageRowId && UUID.test(which.messageRowId))
      message = await this.repository.markBounced(tx, { id: which.messageRowId }, reason, now);
    else if (which.messageId)
      message = await this.repository.markBounced(tx, { messageId: normalizeMessageId(which.messageId) }, reason, now);
    return message ? toMailMessageView(message) : null;
  }
}

/** Message-IDs are compared with their angle brackets, as they are stored. */
function normalizeMessageId(value: string): string {
  const bare = value.trim().replace(/^<|>$/g, '');
  return `<${bare}>`;
}
