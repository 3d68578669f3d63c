import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CompanyOutreachView, OutreachPublicService, OutreachStatsView, ResponseView } from '#libs/outreach';
import { Public } from '../../security/access.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';

/** What the public pages show of outreach, as JSON: open to everyone, like the pages. Never an e-mail address. */
@ApiTags('outreach')
@Controller('api/v1')
export class OutreachPublicApiController {
  constructor(private readonly outreach: OutreachPublicService) {}

  @Get('outreach/stats')
  @Public()
  @ApiOkResponse({
    type: OutreachStatsView,
    description:
      'Companies written to, answered, the response rate, the median days to answer, and each company counted once by its latest answer or silence.',
  })
  stats(): Promise<OutreachStatsView> {
    return this.outreach.stats();
  }

  @Get('companies/:slug/outreach')
  @Public()
  @ApiOkResponse({
    type: CompanyOutreachView,
    description:
      "The company's outreach timeline, oldest first: letters (recipients by role), reminders, answers, bounces and silence, with its current state.",
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'company_not_found: there is no company with this slug.' })
  company(@Param('slug') slug: string): Promise<CompanyOutreachView> {
    return this.outreach.companyOutreach(slug);
  }

  @Get('evidence/:id/responses')
  @Public()
  @ApiOkResponse({
    type: [ResponseView],
    description: 'The answers that name this evidence item (its right of reply), oldest first.',
  })
  responses(@Param('id') id: string): Promise<ResponseView[]> {
    return this.outreach.responsesForEvidence(id);
  }
}
