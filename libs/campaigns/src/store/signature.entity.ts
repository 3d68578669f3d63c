import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/** pending (email not confirmed) → confirmed; invalidated by an organizer (a flagged group). */
export const SIGNATURE_STATUSES = ['pending', 'confirmed', 'invalidated'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** Why a signature was set aside quietly: over a rate limit, or a filled honeypot. */
export const SIGNATURE_FLAGS = ['rate_limit', 'honeypot'] as const;
export type SignatureFlag = (typeof SIGNATURE_FLAGS)[number];

/** What makes a signature count: confirmed, and not flagged unless an organizer cleared it. */
export const COUNTS_SQL = `("status" = 'confirmed' AND ("flag" IS NULL OR "cleared_at" IS NOT NULL))`;

/**
 * One person's signature on one campaign (DESIGN.md, "Signing safely"). A supporter is their
 * address's keyed hash: no account, no session. Erasure empties every column that says who they
 * are; the row stays as an anonymous count. No raw IP address is stored: `ip_hash` is keyed per
 * campaign, so that one address cannot be followed across campaigns.
 */
@Entity('signature')
@Index('signature_one_per_person', ['campaignId', 'emailHash'], { unique: true })
@Index('signature_by_ip', ['campaignId', 'ipHash', 'createdAt'])
@Index('signature_by_created', ['campaignId', 'createdAt'])
@Index('signature_untallied', ['campaignId'], { where: `"tallied" <> ${COUNTS_SQL}` })
@Check('signature_status', `"status" IN ('pending','confirmed','invalidated')`)
@Check('signature_flag', `"flag" IS NULL OR "flag" IN ('rate_limit','honeypot')`)
@Check('signature_confirmed', `"status" <> 'confirmed' OR "confirmed_at" IS NOT NULL`)
@Check('signature_country', `"country" ~ '^[A-Z]{2}$'`)
@Check('signature_erased', `"erased_at" IS NULL OR ("email" IS NULL AND "name" IS NULL AND "comment" IS NULL)`)
export class SignatureEntity {
  /** Chosen by the intake, which writes many rows in one statement. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  /** Keyed hash of the canonical address: one signature per person, and how their own page finds them. */
  @Index()
  @Column({ name: 'email_hash', type: 'text' })
  emailHash: string;

  /** As typed (trimmed); null once erased, or once the campaign closed for one who wanted no updates. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Lower-cased, for the trending-domains view; erased with the address. */
  @Column({ name: 'email_domain', type: 'text', nullable: true })
  emailDomain: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'show_name', type: 'boolean' })
  showName: boolean;

  @Column({ type: 'boolean' })
  updates: boolean;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** The language the signer used: their mail is written in it. */
  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'text' })
  status: SignatureStatus;

  @Column({ type: 'text', nullable: true })
  flag: SignatureFlag | null;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ name: 'ip_hash', type: 'text', nullable: true })
  ipHash: string | null;

  /** Whether the tally counts it now; the tally job brings it in line with COUNTS_SQL. */
  @Column({ type: 'boolean', default: false })
  tallied: boolean;

  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'invalidated_at', type: 'timestamptz', nullable: true })
  invalidatedAt: Date | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
