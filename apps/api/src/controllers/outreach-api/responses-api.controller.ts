import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import { RecordResponseDto, ResponsesService, ResponseView } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { ORGANIZER_READ, ORGANIZER_WRITE } from './outreach-access';
import { ResponseQueryDto } from './outreach-query.dto';

/**
 * What companies answered, classified. A reply that arrived by email becomes a response through
 * `POST /api/v1/inbound/:id/classify`; this records one by hand (a statement, the press, a meeting).
 * Responses are public: they are read without a login at /api/v1/companies/:slug/outreach.
 */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/v1/responses')
export class ResponsesApiController {
  constructor(private readonly responses: ResponsesService) {}

  @Get()
  @Access(ORGANIZER_READ)
  @ApiOkResponse({ type: [ResponseView], description: 'Responses, newest first.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'validation_failed, outreach_unknown_company.' })
  list(@Query() query: ResponseQueryDto): Promise<ResponseView[]> {
    return this.responses.list({ company: query.company });
  }

  @Post()
  @Access(ORGANIZER_WRITE)
  @ApiCreatedResponse({
    type: ResponseView,
    description:
      'The response; it answers its letter (if named) and shows beside the evidence it names (its right of reply).',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description: 'validation_failed (text or url is required), outreach_unknown_company, outreach_unknown_evidence.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_letter_not_found.' })
  record(@Body() body: RecordResponseDto, @CurrentPrincipal() principal: Principal | null): Promise<ResponseView> {
    return this.responses.record(actorOf(principal), body);
  }

  @Get(':id')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({ type: ResponseView })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_response_not_found.' })
  get(@Param('id') id: string): Promise<ResponseView> {
    return this.responses.get(id);
  }
}
