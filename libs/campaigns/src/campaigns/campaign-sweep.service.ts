import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, SYSTEM_ACTOR, UnitOfWork } from '#libs/core';
import { SupporterErasure } from '../supporters/supporter-erasure';
import { CampaignsService } from './campaigns.service';

/** Closes campaigns whose closing time has passed (and so forgets the addresses that go at closing). */
@Injectable()
export class CampaignSweepService {
  private readonly logger = new Logger(CampaignSweepService.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly erasure: SupporterErasure,
    private readonly uow: UnitOfWork,
  ) {}

  @JobHandler('campaigns.close-due', { cron: '*/5 * * * *' })
  async run(): Promise<void> {
    const closed = await this.campaigns.closeDue(SYSTEM_ACTOR);
    if (closed.length) this.logger.log(`closed at their closing time: ${closed.join(', ')}`);
    // A signature that was being written as its campaign closed keeps its address no longer than this.
    const late = await this.uow.run((tx) => this.erasure.afterClose(tx));
    if (late) this.logger.log(`forgot ${late} address(es) of signers of ended campaigns who asked for no news`);
  }
}
