import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A company whose scorecard must be computed again: marked in the transaction of the change that
 * touched it, cleared by the recompute job once the new inputs are read. Many changes to one
 * company before the job runs are one row (one recompute).
 */
@Entity('scorecard_dirty')
export class ScorecardDirtyEntity {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @Column({ type: 'text' })
  reason: string;

  /** Bumped by every new mark: a job clears only what it read before the mark. */
  @Index()
  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt: Date;

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
