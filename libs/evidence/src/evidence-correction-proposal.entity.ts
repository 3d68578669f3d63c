import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldChange } from './evidence-correction.entity';
import { EvidenceEntity } from './evidence.entity';

export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * A correction of a public item as someone proposed it: it changes nothing until a reviewer who
 * did not propose it approves it (the four-eyes rule holds for corrections as for publication).
 */
@Entity('evidence_correction_proposal')
@Check('evidence_correction_proposal_status', `"status" IN ('pending','approved','rejected')`)
export class EvidenceCorrectionProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  /** The item version the proposal was written against; approving needs the item still at it. */
  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Column({ type: 'text' })
  reason: string;

  /** The fields that change, as the correction DTO's `changes` gave them. */
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  /** What the approval would change, field by field, worked out when it was proposed. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  diff: FieldChange[];

  @Index()
  @Column({ type: 'text' })
  status: ProposalStatus;

  @Column({ name: 'proposer_id', type: 'uuid', nullable: true })
  proposerId: string | null;

  @Column({ name: 'proposer_label', type: 'text' })
  proposerLabel: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  @Column({ name: 'decided_by_label', type: 'text', nullable: true })
  decidedByLabel: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment: string | null;
}
