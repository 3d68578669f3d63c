import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CampaignsPublicService } from '#libs/campaigns';
import { Public } from '../../security/access.decorator';

/**
 * `/data/campaigns.json`: every public campaign with its count, by country under the small-count
 * rule, and the milestones reached with their dates. No signer appears in it.
 */
@ApiExcludeController()
@Controller('data')
export class CampaignsDataController {
  constructor(private readonly campaigns: CampaignsPublicService) {}

  @Get('campaigns.json')
  @Public()
  async json() {
    const views = await this.campaigns.list();
    return {
      generatedAt: new Date().toISOString(),
      smallCountRule: 'A country with fewer than 10 signatures has signatures: null.',
      campaigns: views.map((v) => ({
        slug: v.slug,
        title: v.title,
        status: v.status,
        demo: v.demo,
        targets: v.targets.map((target) => target.slug),
        goal: v.goal,
        signatures: v.count.signatures,
        countedAt: v.count.countedAt,
        byCountry: v.count.byCountry,
        milestones: v.milestones,
        openedAt: v.openedAt,
        closedAt: v.closedAt,
        wonBy: v.wonBy,
        url: `/campaigns/${v.slug}`,
      })),
    };
  }
}
