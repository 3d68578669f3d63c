import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, SYSTEM_ACTOR } from '#libs/core';
import { CampaignsService } from './campaigns.service';

/** Closes campaigns whose closing time has passed (and so forgets the addresses that go at closing). */
@Injectable()
export class CampaignSweepService {
  private readonly logger = new Logger(CampaignSweepService.name);

  constructor(private readonly campaigns: CampaignsService) {}

  @JobHandler('campaigns.close-due', { cron: '*/5 * * * *' })
  async run(): Promise<void> {
    const closed = await this.campaigns.closeDue(SYSTEM_ACTOR);
    if (closed.length) this.logger.log(`closed at their closing time: ${closed.join(', ')}`);
  }
}
