import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EvidenceEntity } from './evidence.entity';

export const SOURCE_KINDS = [
  'investigation',
  'procurement_record',
  'company_statement',
  'press_report',
  'court_record',
  'leak',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where an evidence item comes from, with the words in it that support the claim. */
@Entity('evidence_source')
@Unique('evidence_source_position', ['evidenceId', 'position'])
@Check(
  'evidence_source_kind',
  `"kind" IN ('investigation','procurement_record','company_statement','press_report','court_record','leak','other')`,
)
export class EvidenceSourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @Column({ type: 'integer' })
  position: number;

  /** Indexed: a URL already cited by another item is pointed out when it is entered. */
  @Index()
  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;

  @Column({ name: 'archived_url', type: 'text', nullable: true })
  archivedUrl: string | null;

  @Column({ type: 'text' })
  kind: SourceKind;

  @Column({ type: 'text', default: '' })
  excerpt: string;
}
