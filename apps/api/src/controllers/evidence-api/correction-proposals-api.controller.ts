import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  ApproveProposalDto,
  CorrectEvidenceDto,
  CorrectionProposalsService,
  CorrectionProposalView,
  EvidenceView,
  RejectProposalDto,
} from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from './api-docs';

const STAFF_READ = { roles: ['researcher' as const, 'reviewer' as const], token: 'read' as const };
const CORRECTOR = { roles: ['researcher' as const, 'reviewer' as const], token: 'write' as const };
const REVIEWER = { roles: ['reviewer' as const], token: 'write' as const };
const DECIDED = 'evidence_proposal_decided (already approved or rejected)';

/**
 * Corrections of public items under the four-eyes rule: a researcher or reviewer proposes one, a
 * reviewer who did not propose it approves it (then it is public) or rejects it with a comment.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api/v1')
export class CorrectionProposalsApiController {
  constructor(private readonly proposals: CorrectionProposalsService) {}

  @Post('evidence/:id/corrections')
  @Access(CORRECTOR)
  @ApiCreatedResponse({
    type: CorrectionProposalView,
    description:
      'The proposed correction, pending: `diff` is what approving it changes. Nothing public changes until a second reviewer approves it.',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description:
      'validation_failed (details name the changed field, e.g. `currency`, `chain.0.company`), or evidence_nothing_to_correct when the changes change nothing.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description:
      'evidence_version_conflict (names who saved first) or evidence_wrong_status (only published or disputed items are corrected).',
  })
  propose(
    @Param('id') id: string,
    @Body() body: CorrectEvidenceDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CorrectionProposalView> {
    return this.proposals.propose(actorOf(principal), id, body);
  }

  @Get('evidence/:id/correction-proposals')
  @Access(STAFF_READ)
  @ApiOkResponse({
    type: [CorrectionProposalView],
    description: "The item's proposed corrections, pending and decided, newest first.",
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  forEvidence(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CorrectionProposalView[]> {
    return this.proposals.forEvidence(id, principal?.userId ?? null);
  }

  @Post('correction-proposals/:id/approve')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({
    type: EvidenceView,
    description:
      'The corrected item: the correction (reason and what changed) is first in its corrections, public at once.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiForbiddenResponse({
    type: ApiErrorDoc,
    description: 'evidence_own_proposal: the proposer cannot approve their own correction (four eyes).',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'evidence_proposal_not_found.' })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: `${DECIDED}, or evidence_proposal_stale (the item changed after it was proposed; the message names who changed it): reject it and propose it again.`,
  })
  approve(
    @Param('id') id: string,
    @Body() body: ApproveProposalDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<EvidenceView> {
    return this.proposals.approve(actorOf(principal), id, body);
  }

  @Post('correction-proposals/:id/reject')
  @Access(REVIEWER)
  @HttpCode(200)
  @ApiOkResponse({
    type: CorrectionProposalView,
    description: 'The proposal, rejected, with the comment. Nothing public changes.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'validation_failed: the comment is required.' })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'evidence_proposal_not_found.' })
  @ApiConflictResponse({ type: ApiErrorDoc, description: `${DECIDED}.` })
  reject(
    @Param('id') id: string,
    @Body() body: RejectProposalDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CorrectionProposalView> {
    return this.proposals.reject(actorOf(principal), id, body);
  }
}
