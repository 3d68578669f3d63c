import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompanyEntity } from '#libs/companies';
import { canonicalJson } from '../engine/canonical';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult, ScoreStatus } from '../engine/result';
import type { SnapshotChange } from '../snapshots/snapshot-change';

export const SNAPSHOT_REASONS = ['record', 'day', 'method', 'start'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/**
 * A JSON document kept as its canonical text: the very text that was hashed, written without being
 * parsed by the database (many times cheaper than jsonb for documents this size), read back parsed.
 */
const canonicalText = {
  to: (value: unknown) =>
    value === undefined || value === null || typeof value === 'string' ? value : canonicalJson(value),
  from: (text: string | null) => (text === null ? null : JSON.parse(text)),
};

/**
 * One computed scorecard of one company, kept for good: the method and engine that made it, the
 * inputs whole with their SHA-256, the result, and the change since the company's snapshot before.
 * A new one is written when the record, the method, the engine or the score changed.
 */
@Entity('scorecard_snapshot')
@Unique('scorecard_snapshot_company_seq', ['companyId', 'seq'])
@Index('scorecard_snapshot_current', ['companyId'], { unique: true, where: '"current"' })
@Check('scorecard_snapshot_status', `"status" IN ('scored','unverified','not_scored')`)
@Check('scorecard_snapshot_reason', `"reason" IN ('record','day','method','start')`)
export class ScorecardSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  /** 1, 2, 3 … for each company. */
  @Column({ type: 'integer' })
  seq: number;

  /** The latest snapshot of its company. */
  @Column({ type: 'boolean', default: true })
  current: boolean;

  /** From the injectable clock: provisional periods are counted from it. */
  @Index()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'as_of', type: 'date' })
  asOf: string;

  @Column({ name: 'methodology_version', type: 'text' })
  methodologyVersion: string;

  @Column({ name: 'engine_version', type: 'text' })
  engineVersion: string;

  /** The canonical JSON of the inputs: what `inputs_hash` is the SHA-256 of. */
  @Column({ type: 'text', transformer: canonicalText })
  inputs: ScoreInputs;

  /** SHA-256 of the canonical JSON of `inputs`. */
  @Column({ name: 'inputs_hash', type: 'text' })
  inputsHash: string;

  /** SHA-256 of the inputs without their day: equal when only time passed. */
  @Column({ name: 'record_hash', type: 'text' })
  recordHash: string;

  @Column({ type: 'text', transformer: canonicalText })
  result: ScoreResult;

  /**
   * SHA-256 of the result's canonical JSON with its days of silence left out (they grow by
   * themselves): equal when the score says the same. Null on snapshots written before it was kept.
   */
  @Column({ name: 'result_hash', type: 'text', nullable: true })
  resultHash: string | null;

  /** The result's completeness, for the league table (which does not read the result whole). */
  @Column({ type: 'jsonb' })
  completeness: ScoreResult['completeness'];

  @Index()
  @Column({ type: 'text' })
  status: ScoreStatus;

  @Column({ type: 'double precision', nullable: true })
  overall: number | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  grade: string | null;

  // The figures the league table sorts and filters by, beside the result they come from.

  @Column({ type: 'double precision', nullable: true })
  exposure: number | null;

  @Column({ type: 'double precision', nullable: true })
  responsiveness: number | null;

  @Column({ name: 'range_low', type: 'double precision', nullable: true })
  rangeLow: number | null;

  @Column({ name: 'range_high', type: 'double precision', nullable: true })
  rangeHigh: number | null;

  /** The oldest silence (or lapsed commitment) still standing: "no answer for N days" counts from it. */
  @Column({ name: 'silence_since', type: 'date', nullable: true })
  silenceSince: string | null;

  /** The categories of its harm evidence. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'jsonb', nullable: true })
  change: SnapshotChange | null;

  @Column({ type: 'text' })
  reason: SnapshotReason;

  /** A new grade is provisional this long (the method's review period), while the company may answer. */
  @Column({ name: 'provisional_until', type: 'timestamptz', nullable: true })
  provisionalUntil: Date | null;

  /** The scorecard notice sent to the company about this grade (an outreach letter). */
  @Column({ name: 'notice_letter_id', type: 'uuid', nullable: true })
  noticeLetterId: string | null;
}
