import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  CampaignEntity,
  CampaignEvidenceEntity,
  CampaignMilestoneEntity,
  CampaignTargetEntity,
} from './store/campaign.entity';
import { SignatureEntity } from './store/signature.entity';
import { CampaignCountEntity, CampaignTallyEntity } from './store/tally.entity';

/** Every table of campaigns (the CLI's data source lists them too, for generating migrations). */
export const CAMPAIGN_ENTITIES = [
  CampaignEntity,
  CampaignTargetEntity,
  CampaignEvidenceEntity,
  CampaignMilestoneEntity,
  SignatureEntity,
  CampaignTallyEntity,
  CampaignCountEntity,
];

/** Campaigns: petitions, their signatures, the tally and supporters' own data. Needs CoreModule. */
@Module({
  imports: [TypeOrmModule.forFeature(CAMPAIGN_ENTITIES)],
  providers: [],
  exports: [],
})
export class CampaignsModule {}
