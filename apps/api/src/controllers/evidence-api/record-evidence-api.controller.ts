import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AttributionService, CompanyEvidenceView, EvidenceSummaryView } from '#libs/evidence';
import { Public } from '../../security/access.decorator';
import { ApiErrorDoc } from './api-docs';

/** What the public record attributes to a company, and what reached a state body. Public items only. */
@ApiTags('evidence')
@Controller('api/v1')
export class RecordEvidenceApiController {
  constructor(private readonly attribution: AttributionService) {}

  @Get('companies/:slug/evidence')
  @Public()
  @ApiOkResponse({
    type: CompanyEvidenceView,
    description:
      'Every public item that counts for the company: directly, via intermediaries after it in the chain, or through subsidiaries it owns, with the path in words (pathLabel).',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'company_not_found' })
  company(@Param('slug') slug: string): Promise<CompanyEvidenceView> {
    return this.attribution.forCompany(slug);
  }

  @Get('state-bodies/:slug/evidence')
  @Public()
  @ApiOkResponse({
    type: [EvidenceSummaryView],
    description: 'Every public item whose chain ends at this state body, with its suppliers.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'state_body_not_found' })
  stateBody(@Param('slug') slug: string): Promise<EvidenceSummaryView[]> {
    return this.attribution.forStateBody(slug);
  }
}
