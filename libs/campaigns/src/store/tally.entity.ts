import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/** Confirmed signatures by country, as the tally job last added them up. */
@Entity('campaign_tally')
export class CampaignTallyEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'integer' })
  signatures: number;
}

/** One row per campaign, written once per tally run: the total and when it was added up. */
@Entity('campaign_count')
export class CampaignCountEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'integer' })
  signatures: number;

  @Column({ name: 'counted_at', type: 'timestamptz' })
  countedAt: Date;
}
