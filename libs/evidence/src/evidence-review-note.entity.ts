import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceEntity } from './evidence.entity';

export const REVIEW_ACTIONS = ['submitted', 'returned', 'published'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The review conversation of an item, seen in the console only. */
@Entity('evidence_review_note')
@Check('evidence_review_note_action', `"action" IN ('submitted','returned','published')`)
export class EvidenceReviewNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @Column({ type: 'text' })
  action: ReviewAction;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'integer' })
  version: number;
}
