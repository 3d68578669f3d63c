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
  CorrectionView,
  CreateEvidenceDto,
  EvidencePageView,
  EvidenceQueryDto,
  EvidenceService,
  EvidenceView,
  UpdateEvidenceDto,
} from '#libs/evidence';
import { Access, Public } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from './api-docs';
import { audienceOf } from './audience';
import { OptionalVersionDto } from './version-query.dto';

const WRITE = { roles: ['researcher' as const], token: 'write' as const };

/**
 * Evidence items: reads for everyone (drafts and items in review only for signed-in researchers,
 * reviewers and admins), drafts written by researchers. Review steps are in EvidenceReviewApiController.
 */
@ApiTags('evidence')
@Controller('api/v1/evidence')
export class EvidenceApiController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: EvidencePageView,
    description:
      'A page of items, newest first; follow nextCursor for the next one. Anonymous callers see public items only.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  list(@Query() query: EvidenceQueryDto, @CurrentPrincipal() principal: Principal | null): Promise<EvidencePageView> {
    return this.evidence.list(query, audienceOf(principal));
  }

  @Post()
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: EvidenceView, description: 'The new draft (version 1).' })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description: 'validation_failed, with one detail per field (e.g. `endUser`, `chain.0.company`, `sources.1.url`).',
  })
  create(@Body() body: CreateEvidenceDto, @CurrentPrincipal() principal: Principal | null): Promise<EvidenceView> {
    return this.evidence.create(actorOf(principal), body);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: EvidenceView })
  @ApiNotFoundResponse({
    type: ApiErrorDoc,
    description: 'evidence_not_found (also for an item the caller may not see).',
  })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal | null): Promise<EvidenceView> {
    return this.evidence.get(id, audienceOf(principal));
  }

  @Patch(':id')
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiOkResponse({
    type: EvidenceView,
    description: 'The draft with the fields given; fields left out stay as they are.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description:
      'evidence_version_conflict (names who saved), evidence_published_edit (correct it instead), evidence_wrong_status.',
  })
  update(
    @Param('id') id: string,
    @Body() body: UpdateEvidenceDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.evidence.update(actorOf(principal), id, body);
  }

  @Delete(':id')
  @Access(WRITE)
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiBody({ type: OptionalVersionDto, required: false, description: 'The version you read; or pass it as ?version=.' })
  @ApiNoContentResponse({
    description: 'The draft is gone. Only drafts can be deleted; a public item is retracted instead.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'evidence_version_conflict, evidence_wrong_status.' })
  remove(
    @Param('id') id: string,
    @Body() body: OptionalVersionDto,
    @Query() query: OptionalVersionDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<void> {
    return this.evidence.delete(actorOf(principal), id, { version: (body.version ?? query.version) as number });
  }

  @Get(':id/corrections')
  @Public()
  @ApiOkResponse({
    type: [CorrectionView],
    description: "The item's public corrections, disputes and retractions, newest first.",
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  async corrections(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CorrectionView[]> {
    return (await this.evidence.get(id, audienceOf(principal))).corrections;
  }
}
