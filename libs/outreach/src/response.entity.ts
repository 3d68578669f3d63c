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
import { CompanyEntity } from '#libs/companies';
import { InboundMailEntity } from './inbound-mail.entity';
import { LetterEntity } from './letter.entity';

export const RESPONSE_CHANNELS = ['email', 'public_statement', 'press', 'meeting'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

/** From the most to the least (DESIGN.md, "Scoring": responsiveness). */
export const CLASSIFICATIONS = [
  'exited',
  'committed_to_act',
  'partial_action',
  'acknowledged',
  'justified',
  'denied',
  'declined_to_comment',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** What a company answered, by whatever channel, classified and linked to the evidence it answers. */
@Entity('outreach_response')
@Check('outreach_response_channel', `"channel" IN ('email','public_statement','press','meeting')`)
@Check(
  'outreach_response_classification',
  `"classification" IN ('exited','committed_to_act','partial_action','acknowledged','justified','denied','declined_to_comment')`,
)
@Check('outreach_response_date_precision', `"responded_on_precision" IN ('day','month','on_or_before')`)
@Check('outreach_response_content', `"text" <> '' OR "url" IS NOT NULL`)
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Index()
  @Column({ name: 'letter_id', type: 'uuid', nullable: true })
  letterId: string | null;

  @ManyToOne(() => LetterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'letter_id' })
  letter?: LetterEntity | null;

  @Index({ unique: true, where: '"inbound_mail_id" IS NOT NULL' })
  @Column({ name: 'inbound_mail_id', type: 'uuid', nullable: true })
  inboundMailId: string | null;

  @ManyToOne(() => InboundMailEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inbound_mail_id' })
  inboundMail?: InboundMailEntity | null;

  @Column({ type: 'text' })
  channel: ResponseChannel;

  @Column({ name: 'responded_on', type: 'date' })
  respondedOn: string;

  /** How much of the date the source gives. */
  @Column({ name: 'responded_on_precision', type: 'text', default: 'day' })
  respondedOnPrecision: DatePrecision;

  /** The answer's words (or a faithful summary, said so in `text`), public. */
  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text' })
  classification: Classification;

  /**
   * For a commitment (`committed_to_act`, `partial_action`): the day the company said it would act
   * by. Unset, the methodology's default period applies. Unmet by then, it counts as silence.
   */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** The published evidence this answers: shown beside it as the company's right of reply. */
  @Column({ name: 'evidence_ids', type: 'uuid', array: true, default: () => "'{}'" })
  evidenceIds: string[];

  @Column({ name: 'recorded_by_label', type: 'text' })
  recordedByLabel: string;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
