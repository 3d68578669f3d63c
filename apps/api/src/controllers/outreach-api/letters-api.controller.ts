import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  ComposeLetterDto,
  LetterSummaryView,
  LettersService,
  LetterView,
  PreviewView,
  TemplateView,
  UpdateLetterDto,
  VersionDto,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { OptionalVersionDto } from '../evidence-api/version-query.dto';
import { ORGANIZER_READ, ORGANIZER_WRITE } from './outreach-access';
import { LetterQueryDto } from './outreach-query.dto';

const TEMPLATE_ERROR =
  'validation_failed; outreach_template_error names the field (`subject` or `body`) and the unknown field or syntax error with its line; outreach_unknown_template; outreach_unknown_evidence; outreach_unknown_company.';

/**
 * Letters to companies: composed from a template of templates/letters/ and the record, edited and
 * previewed as drafts, sent once (then frozen, with their content hash), and published when their
 * text may be public.
 */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/v1')
export class LettersApiController {
  constructor(private readonly letters: LettersService) {}

  @Get('letter-templates')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: [TemplateView],
    description: 'The templates a letter can start from, with their Handlebars sources.',
  })
  templates(): TemplateView[] {
    return this.letters.templates();
  }

  @Get('letters')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({ type: [LetterSummaryView], description: 'Letters, newest first, with every filter given applied.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  list(@Query() query: LetterQueryDto): Promise<LetterSummaryView[]> {
    return this.letters.list({
      company: query.company,
      status: query.status,
      responseState: query.responseState,
      batchId: query.batch,
    });
  }

  @Post('letters')
  @Access(ORGANIZER_WRITE)
  @ApiCreatedResponse({
    type: LetterView,
    description: 'The draft, rendered from the record (version 1). Nothing is sent yet.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: TEMPLATE_ERROR })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: 'outreach_no_contact: the company has no contact to write to.',
  })
  compose(@Body() body: ComposeLetterDto, @CurrentPrincipal() principal: Principal | null): Promise<LetterView> {
    return this.letters.compose(actorOf(principal), body);
  }

  @Get('letters/:id')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: LetterView,
    description: 'The letter with its sources and, once sent, what was sent and each delivery.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_letter_not_found.' })
  get(@Param('id') id: string): Promise<LetterView> {
    return this.letters.get(id);
  }

  @Patch('letters/:id')
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({
    type: LetterView,
    description: 'The draft with the fields given; fields left out stay as they are.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: TEMPLATE_ERROR })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: 'outreach_version_conflict (names who saved); outreach_letter_already_sent (a sent letter is frozen).',
  })
  update(
    @Param('id') id: string,
    @Body() body: UpdateLetterDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<LetterView> {
    return this.letters.update(actorOf(principal), id, body);
  }

  @Delete('letters/:id')
  @Access(ORGANIZER_WRITE)
  @HttpCode(204)
  @ApiBody({ type: OptionalVersionDto, required: false, description: 'The version you read; or pass it as ?version=.' })
  @ApiNoContentResponse({ description: 'The draft is gone. A sent letter stays: it is part of the record.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'validation_failed: no version given.' })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'outreach_version_conflict, outreach_letter_already_sent.' })
  remove(
    @Param('id') id: string,
    @Body() body: OptionalVersionDto,
    @Query() query: OptionalVersionDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<void> {
    return this.letters.deleteDraft(actorOf(principal), id, { version: (body.version ?? query.version) as number });
  }

  /** A POST (it renders with the caller as the sender) that changes nothing: a read token may call it. */
  @Post('letters/:id/preview')
  @Access(ORGANIZER_READ)
  @HttpCode(200)
  @ApiOkResponse({
    type: PreviewView,
    description:
      'What the company would receive if the draft were sent now (subject, text and HTML); for a sent letter, what was sent.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: TEMPLATE_ERROR })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  preview(@Param('id') id: string, @CurrentPrincipal() principal: Principal | null): Promise<PreviewView> {
    return this.letters.preview(id, actorOf(principal));
  }

  @Post('letters/:id/send')
  @Access(ORGANIZER_WRITE)
  @HttpCode(200)
  @ApiOkResponse({
    type: LetterView,
    description: 'Sent: frozen with its content hash, one message per recipient queued; the deadline runs from now.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description:
      'outreach_letter_already_sent (a letter is sent once), outreach_no_contact, outreach_version_conflict.',
  })
  send(
    @Param('id') id: string,
    @Body() body: VersionDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<LetterView> {
    return this.letters.send(actorOf(principal), id, body);
  }

  @Post('letters/:id/publish')
  @Access(ORGANIZER_WRITE)
  @HttpCode(200)
  @ApiOkResponse({
    type: LetterView,
    description:
      'The text of the sent letter is public from now on (/outreach/letters/:id); dates and silence are public from sending.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'outreach_letter_not_sent, outreach_version_conflict.' })
  publish(
    @Param('id') id: string,
    @Body() body: VersionDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<LetterView> {
    return this.letters.publish(actorOf(principal), id, body);
  }
}
