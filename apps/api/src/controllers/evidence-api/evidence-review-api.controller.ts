import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  EvidenceView,
  EvidenceWorkflowService,
  ReturnEvidenceDto,
  ReviewStepDto,
  StatusChangeDto,
} from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from './api-docs';

const RESEARCHER = { roles: ['researcher' as const], token: 'write' as const };
const REVIEWER = { roles: ['reviewer' as const], token: 'write' as const };
const CONFLICT =
  'evidence_version_conflict (names who saved first) or evidence_wrong_status (the step does not apply to the item as it is).';

/**
 * The review workflow over the API: draft → in review → published → disputed | retracted. Every
 * step names the version it acts on; every change to a public item is a public correction, made
 * through CorrectionProposalsApiController.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api/v1/evidence/:id')
export class EvidenceReviewApiController {
  constructor(private readonly workflow: EvidenceWorkflowService) {}

  @Post('submit')
  @Access(RESEARCHER)
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceView, description: 'The draft, now in review.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: CONFLICT })
  submit(
    @Param('id') id: string,
    @Body() body: ReviewStepDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.workflow.submit(actorOf(principal), id, body);
  }

  @Post('return')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceView, description: 'Back to a draft, with the comment for its author.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: CONFLICT })
  sendBack(
    @Param('id') id: string,
    @Body() body: ReturnEvidenceDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.workflow.sendBack(actorOf(principal), id, body);
  }

  @Post('publish')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceView, description: 'Published: the public sees it from now on.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiForbiddenResponse({
    type: ApiErrorDoc,
    description: 'evidence_own_work: a reviewer who wrote or edited the item cannot publish it (four eyes).',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: CONFLICT })
  publish(
    @Param('id') id: string,
    @Body() body: ReviewStepDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.workflow.publish(actorOf(principal), id, body);
  }

  @Post('dispute')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceView, description: 'Marked disputed; it stays public with the reason.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: CONFLICT })
  dispute(
    @Param('id') id: string,
    @Body() body: StatusChangeDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.workflow.dispute(actorOf(principal), id, body);
  }

  @Post('resolve')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceView, description: 'The dispute is resolved; the item is published again.' })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: CONFLICT })
  resolve(
    @Param('id') id: string,
    @Body() body: StatusChangeDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.workflow.resolveDispute(actorOf(principal), id, body);
  }

  @Post('retract')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({
    type: EvidenceView,
    description: 'Retracted: it stays visible, marked, with the reason, and no longer counts.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: CONFLICT })
  retract(
    @Param('id') id: string,
    @Body() body: StatusChangeDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.workflow.retract(actorOf(principal), id, body);
  }
}
