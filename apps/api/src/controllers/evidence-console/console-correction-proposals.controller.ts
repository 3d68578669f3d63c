import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CorrectionProposalsService, EvidenceService } from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { fieldText } from './evidence-forms';
import { itemUrl } from './evidence-page-model';
import { actionRefusal, renderItemPage } from './item-page';
import { proposalAction } from './proposal-page-model';

const REVIEWERS = { roles: ['reviewer' as const], token: false as const };

type FormBody = Record<string, unknown>;

/**
 * A second reviewer's decision on a proposed correction, from the forms on the item page. A
 * refusal (the proposer approving their own, a proposal decided or outrun by a later change)
 * shows the item again with the reason on top, like the other review steps.
 */
@ApiExcludeController()
@Controller('console/evidence/proposals')
export class ConsoleCorrectionProposalsController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly proposals: CorrectionProposalsService,
  ) {}

  @Post(':proposalId/approve')
  @Access(REVIEWERS)
  approve(
    @Param('proposalId') proposalId: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const comment = fieldText(body, 'comment');
    return this.decide(
      res,
      proposalId,
      principal,
      'approve',
      comment,
      'correction_made',
      async (actor) => (await this.proposals.approve(actor, proposalId, { comment })).id,
    );
  }

  @Post(':proposalId/reject')
  @Access(REVIEWERS)
  reject(
    @Param('proposalId') proposalId: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const comment = fieldText(body, 'comment');
    return this.decide(
      res,
      proposalId,
      principal,
      'reject',
      comment,
      'correction_rejected',
      async (actor) => (await this.proposals.reject(actor, proposalId, { comment })).evidenceId,
    );
  }

  /** Runs the decision; after it, back to the item with a notice, or the item again with the refusal. */
  private async decide(
    res: Response,
    proposalId: string,
    principal: Principal,
    decision: 'approve' | 'reject',
    typed: string,
    notice: string,
    run: (actor: Actor) => Promise<string>,
  ): Promise<void> {
    let evidenceId: string;
    try {
      evidenceId = await run(actorOf(principal));
    } catch (error) {
      const refusal = actionRefusal(error, proposalAction(proposalId, decision), typed);
      if (!refusal) throw error;
      // An unknown proposal is not refused but missing: `get` answers 404 for it.
      const proposal = await this.proposals.get(proposalId);
      return renderItemPage(
        { evidence: this.evidence, proposals: this.proposals },
        res,
        proposal.evidenceId,
        principal,
        { status: refusal.status, attempt: refusal.attempt },
      );
    }
    res.redirect(303, itemUrl(evidenceId, notice));
  }
}
