import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Principal } from '#libs/auth';
import {
  CampaignInputDto,
  CampaignPageView,
  CampaignsPublicService,
  CampaignsService,
  CampaignVersionDto,
  CampaignView,
  MarkWonDto,
  ReviewFlaggedDto,
  SignaturesAdminService,
  SignaturesExportService,
  OsdiPage,
  UpdateCampaignDto,
} from '#libs/campaigns';
import { Access, Public } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { ORGANIZER_READ, ORGANIZER_WRITE } from '../outreach-api/outreach-access';

export class SignatureQueryDto {
  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}

export class ReviewResultView {
  @ApiProperty({ description: 'How many flagged signatures were cleared or invalidated.' })
  signatures: number;
}

/**
 * Campaigns as JSON. Reads of open, closed and won campaigns are public; organizers write with a
 * token, and read signatures with OSDI's field names so that other campaign tools can take them.
 */
@ApiTags('campaigns')
@Controller('api/v1/campaigns')
export class CampaignsApiController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly published: CampaignsPublicService,
    private readonly admin: SignaturesAdminService,
    private readonly exports: SignaturesExportService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: CampaignPageView, description: 'Open campaigns first, then closed and won; never drafts.' })
  async list(): Promise<CampaignPageView> {
    return { data: await this.published.list() };
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({ type: CampaignView, description: 'Counts by country: a country under 10 has `signatures: null`.' })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'campaign_not_found (drafts too).' })
  get(@Param('slug') slug: string): Promise<CampaignView> {
    return this.published.get(slug);
  }

  @Post()
  @ApiBearerAuth()
  @Access(ORGANIZER_WRITE)
  @ApiCreatedResponse({ type: CampaignView, description: 'A draft; open it to take signatures.' })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description: 'validation_failed, campaign_unknown_company, campaign_unknown_evidence, campaign_kind_not_available.',
  })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'campaign_slug_taken.' })
  create(@Body() body: CampaignInputDto, @CurrentPrincipal() principal: Principal | null): Promise<CampaignView> {
    return this.campaigns.create(actorOf(principal), body);
  }

  @Put(':slug')
  @ApiBearerAuth()
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({ type: CampaignView })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'campaign_version_conflict, campaign_slug_taken.' })
  update(
    @Param('slug') slug: string,
    @Body() body: UpdateCampaignDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CampaignView> {
    return this.campaigns.update(actorOf(principal), slug, body);
  }

  @Post(':slug/open')
  @HttpCode(200)
  @ApiBearerAuth()
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({ type: CampaignView })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'campaign_wrong_status, campaign_version_conflict.' })
  open(@Param('slug') slug: string, @Body() body: CampaignVersionDto, @CurrentPrincipal() p: Principal | null) {
    return this.campaigns.open(actorOf(p), slug, body);
  }

  @Post(':slug/close')
  @HttpCode(200)
  @ApiBearerAuth()
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({ type: CampaignView, description: 'Closing erases the addresses of signers who asked for no news.' })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'campaign_wrong_status, campaign_version_conflict.' })
  close(@Param('slug') slug: string, @Body() body: CampaignVersionDto, @CurrentPrincipal() p: Principal | null) {
    return this.campaigns.close(actorOf(p), slug, body);
  }

  @Post(':slug/won')
  @HttpCode(200)
  @ApiBearerAuth()
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({ type: CampaignView })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'campaign_unknown_response.' })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'campaign_wrong_status, campaign_version_conflict.' })
  won(@Param('slug') slug: string, @Body() body: MarkWonDto, @CurrentPrincipal() p: Principal | null) {
    return this.campaigns.markWon(actorOf(p), slug, body);
  }

  @Get(':slug/signatures')
  @ApiBearerAuth()
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: OsdiPage,
    description:
      'OSDI-style signatures, oldest first: `given_name` only if the signer chose to be shown, `email_addresses` only if they asked for news.',
  })
  signatures(@Param('slug') slug: string, @Query() query: SignatureQueryDto): Promise<OsdiPage> {
    return this.exports.page(slug, query.limit ?? 100, query.cursor);
  }

  @Post(':slug/signatures/review')
  @HttpCode(200)
  @ApiBearerAuth()
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({
    type: ReviewResultView,
    description: 'Clears or invalidates the unreviewed flagged signatures that match.',
  })
  async review(
    @Param('slug') slug: string,
    @Body() body: ReviewFlaggedDto,
    @CurrentPrincipal() p: Principal | null,
  ): Promise<ReviewResultView> {
    return { signatures: await this.admin.review(actorOf(p), slug, body) };
  }
}
