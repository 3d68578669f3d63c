import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CompanyEntity } from '#libs/companies';
import { EvidenceEntity } from '#libs/evidence';
import { ResponseEntity } from '#libs/outreach';

/** `petition` now; `letter` (each supporter's own letter to the company) comes next. */
export const CAMPAIGN_KINDS = ['petition', 'letter'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** draft → open → (closed | won). */
export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed', 'won'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

@Entity('campaign')
@Check('campaign_kind', `"kind" IN ('petition','letter')`)
@Check('campaign_status', `"status" IN ('draft','open','closed','won')`)
@Check('campaign_goal', '"goal" > 0')
@Check('campaign_won', `("status" = 'won') = ("won_response_id" IS NOT NULL)`)
@Check('campaign_dates', '"closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"')
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ type: 'text' })
  title: string;

  /** What the campaign asks of its targets, in one or two sentences. */
  @Column({ type: 'text' })
  ask: string;

  /** Why: the case, in a paragraph or two; the linked evidence carries the sources. */
  @Column({ type: 'text' })
  why: string;

  @Column({ type: 'integer' })
  goal: number;

  @Column({ type: 'text' })
  status: CampaignStatus;

  /** When signing opens and closes (null: opens when opened, stays open until closed). */
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The company's response that won it (an exit, a commitment). */
  @Column({ name: 'won_response_id', type: 'uuid', nullable: true })
  wonResponseId: string | null;

  @ManyToOne(() => ResponseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'won_response_id' })
  wonResponse?: ResponseEntity | null;

  /** A demo campaign says so on every page it appears on. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ name: 'updated_by_label', type: 'text' })
  updatedByLabel: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A company the campaign asks something of; in the order the organizer gave. */
@Entity('campaign_target')
export class CampaignTargetEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Index()
  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column({ type: 'integer' })
  position: number;
}

/** A published evidence item the campaign rests on. */
@Entity('campaign_evidence')
export class CampaignEvidenceEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Index()
  @ManyToOne(() => EvidenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @Column({ type: 'integer' })
  position: number;
}

/** A count the campaign celebrates on the way to its goal; the tally job dates it when reached. */
@Entity('campaign_milestone')
@Check('campaign_milestone_count', '"count" > 0')
export class CampaignMilestoneEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'integer' })
  count: number;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ name: 'reached_at', type: 'timestamptz', nullable: true })
  reachedAt: Date | null;
}
