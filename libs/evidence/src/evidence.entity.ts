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
import { StateBodyEntity } from '#libs/companies';

export const EVIDENCE_CATEGORIES = [
  'censorship',
  'surveillance',
  'internet_shutdown',
  'facial_recognition',
  'data_infrastructure',
  'crowd_control',
  'financial_services',
  'other',
] as const;
export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];

export const EVIDENCE_STATUSES = ['draft', 'in_review', 'published', 'disputed', 'retracted'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
/** What the public sees: a retracted item stays visible, marked as such. */
export const PUBLIC_STATUSES: EvidenceStatus[] = ['published', 'disputed', 'retracted'];

export const CONFIDENCES = ['confirmed', 'corroborated', 'single_source', 'plausible'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const POLARITIES = ['harm', 'positive'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** One documented link between companies and repression, with its chain and its sources. */
@Entity('evidence')
@Check(
  'evidence_category',
  `"category" IN ('censorship','surveillance','internet_shutdown','facial_recognition','data_infrastructure','crowd_control','financial_services','other')`,
)
@Check('evidence_status', `"status" IN ('draft','in_review','published','disputed','retracted')`)
@Check('evidence_confidence', `"confidence" IN ('confirmed','corroborated','single_source','plausible')`)
@Check('evidence_polarity', `"polarity" IN ('harm','positive')`)
@Check('evidence_period', '"period_end" IS NULL OR "period_start" IS NULL OR "period_end" >= "period_start"')
@Check(
  'evidence_value',
  '("value_minor" IS NULL) = ("currency" IS NULL) AND ("value_minor" IS NULL OR "value_minor" >= 0)',
)
@Check('evidence_harm_end_user', `"polarity" = 'positive' OR "state_body_id" IS NOT NULL`)
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Index()
  @Column({ type: 'text' })
  category: EvidenceCategory;

  @Index()
  @Column({ type: 'text' })
  status: EvidenceStatus;

  @Column({ type: 'text' })
  confidence: Confidence;

  @Column({ type: 'text' })
  polarity: Polarity;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  products: string[];

  /** The end user; required for harm (the chain ends there), optional for positive conduct. */
  @Index()
  @Column({ name: 'state_body_id', type: 'uuid', nullable: true })
  stateBodyId: string | null;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_body_id' })
  stateBody?: StateBodyEntity | null;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  /** In minor units of `currency` (cents for USD), as text: a bigint does not fit a JS number. */
  @Column({ name: 'value_minor', type: 'bigint', nullable: true })
  valueMinor: string | null;

  /** ISO 4217, upper case. */
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'text' })
  summary: string;

  /** Bumped by every write; a write that names an older version is refused (409), never merged. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'author_label', type: 'text' })
  authorLabel: string;

  @Column({ name: 'updated_by_label', type: 'text' })
  updatedByLabel: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'publisher_id', type: 'uuid', nullable: true })
  publisherId: string | null;

  @Column({ name: 'publisher_label', type: 'text', nullable: true })
  publisherLabel: string | null;

  /** Why the item is disputed or retracted, shown with its status. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
