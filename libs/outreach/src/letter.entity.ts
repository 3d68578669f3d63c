import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DatePrecision } from '#libs/core';
import { CompanyEntity, SourceRef } from '#libs/companies';
import { LetterBatchEntity } from './letter-batch.entity';
import type { ContactRole } from './contact.entity';

export const LETTER_KINDS = ['initial', 'follow_up', 'escalation'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** draft (editable) → sent (frozen, its messages queued) → bounced (every recipient bounced). */
export const LETTER_STATUSES = ['draft', 'sent', 'bounced'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Where the company's answer stands; set by replies, responses and the deadline sweep. */
export const RESPONSE_STATES = ['awaiting', 'answered', 'overdue', 'no_response'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

/** A recipient as written to: kept on the letter, so deleting a contact later changes no sent letter. */
export interface LetterRecipient {
  contactId: string | null;
  name: string;
  role: ContactRole;
  email: string;
  escalationOrder: number;
}

@Entity('outreach_letter')
@Check('outreach_letter_kind', `"kind" IN ('initial','follow_up','escalation')`)
@Check('outreach_letter_status', `"status" IN ('draft','sent','bounced')`)
@Check(
  'outreach_letter_response_state',
  `"response_state" IS NULL OR "response_state" IN ('awaiting','answered','overdue','no_response')`,
)
@Check('outreach_letter_deadline_days', '"deadline_days" BETWEEN 1 AND 365')
@Check(
  'outreach_letter_sent',
  `"status" = 'draft' OR ("sent_at" IS NOT NULL AND "deadline" IS NOT NULL AND "content_hash" IS NOT NULL)`,
)
@Check('outreach_letter_sent_on_precision', `"sent_on_precision" IN ('day','month','on_or_before')`)
@Check('outreach_letter_sender_source', `"sender_organization" IS NULL OR "source_url" IS NOT NULL`)
@Index('outreach_letter_one_follow_up', ['parentLetterId'], { unique: true, where: `"kind" = 'follow_up'` })
export class LetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Index()
  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @ManyToOne(() => LetterBatchEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id' })
  batch?: LetterBatchEntity | null;

  @Column({ type: 'text' })
  kind: LetterKind;

  /** The letter a follow-up follows (replies to it count for the parent). */
  @Column({ name: 'parent_letter_id', type: 'uuid', nullable: true })
  parentLetterId: string | null;

  @ManyToOne(() => LetterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_letter_id' })
  parent?: LetterEntity | null;

  @Column({ name: 'template_key', type: 'text' })
  templateKey: string;

  /** Handlebars sources (strict): what the organizer edits; rendered from the record when previewed and sent. */
  @Column({ name: 'subject_source', type: 'text' })
  subjectSource: string;

  @Column({ name: 'body_source', type: 'text' })
  bodySource: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  recipients: LetterRecipient[];

  /** Text composed into the letter by the area that wrote it (a scorecard notice), as `{{appendix}}`. */
  @Column({ type: 'text', nullable: true })
  appendix: string | null;

  /** The published evidence the letter asks about. */
  @Column({ name: 'evidence_ids', type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds: string[];

  @Column({ name: 'deadline_days', type: 'integer', default: 14 })
  deadlineDays: number;

  @Index()
  @Column({ type: 'text' })
  status: LetterStatus;

  @Index()
  @Column({ name: 'response_state', type: 'text', nullable: true })
  responseState: ResponseState | null;

  /** The subject as it reads: rendered whenever a draft is saved, frozen at sending. */
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  // Frozen at sending.

  @Column({ name: 'text_body', type: 'text', nullable: true })
  textBody: string | null;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody: string | null;

  /** SHA-256 of the subject, text and HTML as sent. */
  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash: string | null;

  @Index()
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'sent_by_label', type: 'text', nullable: true })
  sentByLabel: string | null;

  /** The account that sent it: told when it bounces. */
  @Column({ name: 'sent_by_id', type: 'uuid', nullable: true })
  sentById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** When the deadline passed without an answer (the deadline itself, not when the sweep noticed). */
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true })
  overdueAt: Date | null;

  /** Twice the deadline after sending, still no answer. */
  @Column({ name: 'no_response_at', type: 'timestamptz', nullable: true })
  noResponseAt: Date | null;

  @Column({ name: 'bounced_at', type: 'timestamptz', nullable: true })
  bouncedAt: Date | null;

  /** The text is public once an organizer publishes it; the dates and the silence are public from sending. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /**
   * A letter another organization sent (the diaspora's letter to Supermicro, the #KeepItOn
   * coalition's to A1): recorded from its source, never sent by us. Its answers and silence count
   * like ours, labelled by whom it was sent. Null for our own letters.
   */
  @Column({ name: 'sender_organization', type: 'text', nullable: true })
  senderOrganization: string | null;

  /** How much of the sending date the source gives (our own letters: the day). */
  @Column({ name: 'sent_on_precision', type: 'text', default: 'day' })
  sentOnPrecision: DatePrecision;

  /** Where a letter by others is documented. */
  @Column(() => SourceRef, { prefix: false })
  source: SourceRef;

  @Column({ name: 'source_excerpt', type: 'text', default: '' })
  sourceExcerpt: string;

  /** Demo data: shown as such; no message was ever sent. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by_label', type: 'text' })
  createdByLabel: string;

  @Column({ name: 'updated_by_label', type: 'text' })
  updatedByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
