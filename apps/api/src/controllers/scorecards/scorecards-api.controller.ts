import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ScorecardPageView,
  ScorecardQueryDto,
  ScorecardsException,
  ScorecardsPublicService,
  ScorecardView,
} from '#libs/scorecards';
import { Public } from '../../security/access.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';

/** The scorecards as JSON: every company's current one (filtered, paged by slug), and one whole. */
@ApiTags('scorecards')
@Controller('api/v1/scorecards')
export class ScorecardsApiController {
  constructor(private readonly scorecards: ScorecardsPublicService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: ScorecardPageView,
    description: 'Current scorecards by company slug, with every filter given applied.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  list(@Query() query: ScorecardQueryDto): Promise<ScorecardPageView> {
    return this.scorecards.page(query);
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({
    type: ScorecardView,
    description:
      'The current scorecard whole: breakdown (each line with the evidence item or answer it comes from and its points), matters and history. Every snapshot with its inputs is in /data/scorecards.json.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'scorecard_not_found: no such company, or not computed yet.' })
  async get(@Param('slug') slug: string): Promise<ScorecardView> {
    const card = await this.scorecards.profile(slug);
    if (!card) throw ScorecardsException.notFound(slug);
    return card;
  }
}
