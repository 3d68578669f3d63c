import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * Every email Leverage sends, written before it is sent (DESIGN.md "Mail flow"). The Message-ID
 * is fixed when the row is written, so a resend after a crash carries the same one; the claim
 * columns let one attempt at a time own the row.
 */
@Entity('mail_message')
@Index('IDX_mail_message_ref', ['refType', 'refId'])
@Index('IDX_mail_message_status_created', ['status', 'createdAt'])
@Check('mail_message_status', `"status" IN ('queued','sending','sent','failed','bounced')`)
export class MailMessageEntity {
  /** Chosen by the writer (it is also in the bounce address), not by the database. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** What the message is for: 'letter', 'follow_up', 'notification', ... */
  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'ref_type', type: 'text', nullable: true })
  refType: string | null;

  @Column({ name: 'ref_id', type: 'uuid', nullable: true })
  refId: string | null;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  /** Lower-cased domain of the recipient: the per-domain send rate counts by it. */
  @Index()
  @Column({ name: 'to_domain', type: 'text' })
  toDomain: string;

  @Column({ name: 'from_address', type: 'text' })
  fromAddress: string;

  @Column({ name: 'reply_to', type: 'text', nullable: true })
  replyTo: string | null;

  /** The VERP bounce address (`bounce+<id>.<sig>@MAIL_DOMAIN`), the SMTP envelope sender. */
  @Column({ name: 'envelope_from', type: 'text' })
  envelopeFrom: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody: string | null;

  /** Extra headers such as List-Unsubscribe. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  @Index({ unique: true })
  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ type: 'text' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'bounced_at', type: 'timestamptz', nullable: true })
  bouncedAt: Date | null;

  @Column({ name: 'bounce_reason', type: 'text', nullable: true })
  bounceReason: string | null;

  /** From the Clock, like every time the sender compares with it. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
