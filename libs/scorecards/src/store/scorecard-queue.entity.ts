import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CompanyEntity } from '#libs/companies';

/**
 * A company whose scorecard must be computed again: marked in the transaction of the change that
 * touched it, cleared by the recompute job once the new inputs are read. Many changes to one
 * company before the job runs are one row (one recompute).
 */
@Entity('scorecard_dirty')
export class ScorecardDirtyEntity {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  /** A deleted company's mark goes with it. */
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column({ type: 'text' })
  reason: string;

  /** When it was last marked (shown in the console). */
  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt: Date;

  /**
   * Drawn anew from a sequence by every mark: a job clears a mark only if it still has the version
   * it read, whatever the clock says (two marks in one instant are still two).
   */
  @Index()
  @Column({ type: 'bigint' })
  @Generated('increment')
  version: string;

  /** The recompute of a new methodology version this mark belongs to (for its progress figure). */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId: string | null;
}

/** A recompute of every company under a newly published methodology version, with its progress. */
@Entity('scorecard_run')
export class ScorecardRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'methodology_version', type: 'text' })
  methodologyVersion: string;

  @Column({ type: 'integer' })
  total: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'requested_by_label', type: 'text' })
  requestedByLabel: string;
}

/** The days on which every company was marked for its daily recompute (recency, deadlines, due dates). */
@Entity('scorecard_day')
export class ScorecardDayEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt: Date;
}
