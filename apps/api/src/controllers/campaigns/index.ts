import type { Type } from '@nestjs/common';
import { CampaignsApiController } from './campaigns-api.controller';
import { CampaignsConsoleController } from './campaigns-console.controller';
import { CampaignsDataController } from './campaigns-data.controller';
import { CampaignsPagesController } from './campaigns-pages.controller';
import { SupportersPagesController } from './supporters-pages.controller';

/** Campaigns: public pages and signing, supporters' own pages, the console, the API and the open data. */
export const campaignControllers: Type<unknown>[] = [
  CampaignsPagesController,
  SupportersPagesController,
  CampaignsConsoleController,
  CampaignsApiController,
  CampaignsDataController,
];
