import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '#libs/mail';
import { CampaignSweepService } from './campaigns/campaign-sweep.service';
import { CampaignsService } from './campaigns/campaigns.service';
import { CampaignsDemoSeedService } from './demo/campaigns-demo-seed.service';
import { SignaturesAdminService } from './organizers/signatures-admin.service';
import { SignaturesExportService } from './organizers/signatures-export.service';
import { CampaignsPublicService } from './public/campaigns-public.service';
import { SignatureIntake } from './signing/signature-intake';
import { SigningService } from './signing/signing.service';
import {
  CampaignEntity,
  CampaignEvidenceEntity,
  CampaignMilestoneEntity,
  CampaignTargetEntity,
} from './store/campaign.entity';
import { CampaignStore } from './store/campaign.store';
import { SignatureEntity } from './store/signature.entity';
import { CampaignCountEntity, CampaignTallyEntity } from './store/tally.entity';
import { SupporterErasure } from './supporters/supporter-erasure';
import { SupporterMail } from './supporters/supporter-mail';
import { SupporterTokens } from './supporters/supporter-tokens';
import { SupportersService } from './supporters/supporters.service';
import { TallyService } from './tally/tally.service';

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
  imports: [TypeOrmModule.forFeature(CAMPAIGN_ENTITIES), MailModule],
  providers: [
    CampaignStore,
    CampaignsService,
    CampaignSweepService,
    CampaignsPublicService,
    CampaignsDemoSeedService,
    SignatureIntake,
    SigningService,
    SignaturesAdminService,
    SignaturesExportService,
    SupporterErasure,
    SupporterMail,
    SupporterTokens,
    SupportersService,
    TallyService,
  ],
  exports: [
    CampaignsService,
    CampaignsPublicService,
    CampaignsDemoSeedService,
    SigningService,
    SignaturesAdminService,
    SignaturesExportService,
    SupportersService,
    TallyService,
  ],
})
export class CampaignsModule {}
