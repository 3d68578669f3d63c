import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LetterEntity } from './letter.entity';

/**
 * What happened to a received message:
 * - attached: a reply to a letter, waiting for an organizer to classify it;
 * - auto_reply: attached, but an out-of-office or similar (not an answer);
 * - classified: recorded as a response;
 * - bounce: a delivery failure report; its letter is marked;
 * - held: matched no letter (or its address was forged): the holding pen;
 * - dismissed: an organizer set it aside (spam, unrelated).
 */
export const INBOUND_STATUSES = ['attached', 'auto_reply', 'classified', 'bounce', 'held', 'dismissed'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

export const HOLD_REASONS = [
  'no_letter',
  'unknown_letter',
  'forged_address',
  'unparseable',
  'delivery_notice',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** Every message that reaches us, kept whole (raw) before anything else is done with it. */
@Entity('outreach_inbound_mail')
@Check('outreach_inbound_status', `"status" IN ('attached','auto_reply','classified','bounce','held','dismissed')`)
@Check(
  'outreach_inbound_hold_reason',
  `"hold_reason" IS NULL OR "hold_reason" IN ('no_letter','unknown_letter','forged_address','unparseable','delivery_notice')`,
)
export class InboundMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'text' })
  via: 'smtp' | 'api';

  @Column({ name: 'envelope_from', type: 'text', nullable: true })
  envelopeFrom: string | null;

  @Column({ name: 'envelope_to', type: 'text', array: true, default: () => "'{}'" })
  envelopeTo: string[];

  @Column({ type: 'bytea' })
  raw: Buffer;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ name: 'from_address', type: 'text', nullable: true })
  fromAddress: string | null;

  @Column({ name: 'from_name', type: 'text', nullable: true })
  fromName: string | null;

  @Column({ type: 'text', default: '' })
  subject: string;

  @Column({ name: 'text_body', type: 'text', default: '' })
  textBody: string;

  /** The date the sender's message gives, when it gives one. */
  @Column({ name: 'sent_date', type: 'timestamptz', nullable: true })
  sentDate: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: { filename: string | null; contentType: string; size: number }[];

  @Index()
  @Column({ type: 'text' })
  status: InboundStatus;

  @Column({ name: 'hold_reason', type: 'text', nullable: true })
  holdReason: HoldReason | null;

  /** For a bounce: what the report said. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Index()
  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId: string | null;

  @ManyToOne(() => LetterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: LetterEntity | null;

  @Column({ name: 'handled_by_label', type: 'text', nullable: true })
  handledByLabel: string | null;

  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
