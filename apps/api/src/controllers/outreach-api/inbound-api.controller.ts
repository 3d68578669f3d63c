import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal } from '#libs/auth';
import { APP_CONFIG, type AppConfig } from '#libs/core';
import {
  AttachReplyDto,
  ClassifyReplyDto,
  InboundService,
  InboundSummaryView,
  InboundView,
  OutreachException,
  ResponsesService,
  ResponseView,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { ORGANIZER_READ, ORGANIZER_WRITE } from './outreach-access';
import { InboundQueryDto } from './outreach-query.dto';
import { RAW_MAIL_TYPES, readRawMail } from './raw-mail-body';

/**
 * Mail that reached us: replies attach themselves to their letter (by its signed reply address),
 * bounces mark it, anything else waits in the holding pen (`?status=held`) for an organizer.
 * Replies also arrive over SMTP (INBOUND_SMTP_PORT); this is the same intake for a relay or a
 * script that posts the raw message.
 */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/v1/inbound')
export class InboundApiController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbound: InboundService,
    private readonly responses: ResponsesService,
  ) {}

  @Post()
  @Access(ORGANIZER_WRITE)
  @HttpCode(202)
  @ApiConsumes(...RAW_MAIL_TYPES)
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    description: 'The raw message (RFC 822), headers and body, as received.',
  })
  @ApiAcceptedResponse({
    type: InboundSummaryView,
    description:
      'Stored. `status` says what became of it: attached (to `letterId`), auto_reply, bounce (the letter is marked), or held (see `holdReason`).',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'outreach_inbound_empty: no message in the body.' })
  @ApiPayloadTooLargeResponse({
    type: ApiErrorDoc,
    description: 'payload_too_large: over INBOUND_MAX_BYTES (default 10 MiB).',
  })
  @ApiUnsupportedMediaTypeResponse({
    type: ApiErrorDoc,
    description: 'unsupported_media_type: send it as message/rfc822 (or text/plain, application/octet-stream).',
  })
  async receive(@Req() req: Request): Promise<InboundSummaryView> {
    const raw = await readRawMail(req, this.config.inboundMaxBytes);
    if (!raw) throw OutreachException.inboundEmpty();
    return this.inbound.receive(raw, { via: 'api' });
  }

  @Get()
  @Access(ORGANIZER_READ)
  @ApiOkResponse({ type: [InboundSummaryView], description: 'Received mail, newest first.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  list(@Query() query: InboundQueryDto): Promise<InboundSummaryView[]> {
    return this.inbound.list({ status: query.status });
  }

  @Get(':id')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: InboundView,
    description: 'The message with its text (never rendered as HTML) and attachments listed.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_inbound_not_found.' })
  get(@Param('id') id: string): Promise<InboundView> {
    return this.inbound.get(id);
  }

  @Post(':id/classify')
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({
    type: ResponseView,
    description:
      "The reply, classified, is the company's response: public on its profile and beside the evidence it names.",
  })
  @HttpCode(200)
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'validation_failed, outreach_unknown_evidence.' })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: 'outreach_inbound_handled: only a reply attached to its letter can be classified.',
  })
  classify(
    @Param('id') id: string,
    @Body() body: ClassifyReplyDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ResponseView> {
    return this.responses.classify(actorOf(principal), id, body);
  }

  @Post(':id/attach')
  @Access(ORGANIZER_WRITE)
  @HttpCode(200)
  @ApiOkResponse({ type: InboundView, description: 'From the holding pen onto the letter it answers.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_inbound_not_found, outreach_letter_not_found.' })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'outreach_inbound_handled, outreach_letter_not_sent.' })
  attach(
    @Param('id') id: string,
    @Body() body: AttachReplyDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<InboundView> {
    return this.inbound.attach(actorOf(principal), id, body);
  }

  @Post(':id/dismiss')
  @Access(ORGANIZER_WRITE)
  @HttpCode(200)
  @ApiOkResponse({ type: InboundView, description: 'Set aside (spam, unrelated); kept, never deleted.' })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'outreach_inbound_handled.' })
  dismiss(@Param('id') id: string, @CurrentPrincipal() principal: Principal | null): Promise<InboundView> {
    return this.inbound.dismiss(actorOf(principal), id);
  }
}
