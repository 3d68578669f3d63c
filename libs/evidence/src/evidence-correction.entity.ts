import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceEntity } from './evidence.entity';

export const CORRECTION_KINDS = ['correction', 'dispute', 'dispute_resolved', 'retraction'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A public change to a published item, with its reason: never a silent edit. */
@Entity('evidence_correction')
@Check('evidence_correction_kind', `"kind" IN ('correction','dispute','dispute_resolved','retraction')`)
export class EvidenceCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @Column({ type: 'text' })
  kind: CorrectionKind;

  @Column({ type: 'text' })
  reason: string;

  /** What changed, field by field, in the words the public page shows. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChange[];

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  /** From the injectable clock; the public list is ordered by it. */
  @Index()
  @Column({ name: 'made_at', type: 'timestamptz' })
  madeAt: Date;

  @Column({ name: 'version_after', type: 'integer' })
  versionAfter: number;
}
