import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CorrectionProposalsService, EvidenceService, EvidenceWorkflowService } from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { fieldText, versionOf } from './evidence-forms';
import { itemUrl } from './evidence-page-model';
import { actionRefusal, renderItemPage } from './item-page';

const WRITERS = { roles: ['researcher' as const], token: false as const };
const REVIEWERS = { roles: ['reviewer' as const], token: false as const };

type FormBody = Record<string, unknown>;

/**
 * The review steps as console forms: each posts the version it was shown, and a refusal (someone
 * saved first, the item moved on, the viewer wrote it) shows the item again with the reason on top.
 */
@ApiExcludeController()
@Controller('console/evidence')
export class ConsoleEvidenceReviewController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly workflow: EvidenceWorkflowService,
    private readonly proposals: CorrectionProposalsService,
  ) {}

  @Post(':id/submit')
  @Access(WRITERS)
  submit(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const comment = fieldText(body, 'comment');
    return this.step(res, id, principal, 'submit', comment, 'submitted', (actor) =>
      this.workflow.submit(actor, id, { version: versionOf(body), comment }),
    );
  }

  @Post(':id/return')
  @Access(REVIEWERS)
  sendBack(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const comment = fieldText(body, 'comment');
    return this.step(res, id, principal, 'return', comment, 'returned', (actor) =>
      this.workflow.sendBack(actor, id, { version: versionOf(body), comment }),
    );
  }

  @Post(':id/publish')
  @Access(REVIEWERS)
  publish(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const comment = fieldText(body, 'comment');
    return this.step(res, id, principal, 'publish', comment, 'published', (actor) =>
      this.workflow.publish(actor, id, { version: versionOf(body), comment }),
    );
  }

  @Post(':id/dispute')
  @Access(REVIEWERS)
  dispute(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const reason = fieldText(body, 'reason');
    return this.step(res, id, principal, 'dispute', reason, 'disputed', (actor) =>
      this.workflow.dispute(actor, id, { version: versionOf(body), reason }),
    );
  }

  @Post(':id/resolve')
  @Access(REVIEWERS)
  resolve(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const reason = fieldText(body, 'reason');
    return this.step(res, id, principal, 'resolve', reason, 'resolved', (actor) =>
      this.workflow.resolveDispute(actor, id, { version: versionOf(body), reason }),
    );
  }

  @Post(':id/retract')
  @Access(REVIEWERS)
  retract(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const reason = fieldText(body, 'reason');
    return this.step(res, id, principal, 'retract', reason, 'retracted', (actor) =>
      this.workflow.retract(actor, id, { version: versionOf(body), reason }),
    );
  }

  /** Runs one step; after it, back to the item with a notice, or the item again with the refusal. */
  private async step(
    res: Response,
    id: string,
    principal: Principal,
    action: string,
    typed: string,
    notice: string,
    run: (actor: Actor) => Promise<unknown>,
  ): Promise<void> {
    try {
      await run(actorOf(principal));
    } catch (error) {
      const refusal = actionRefusal(error, action, typed);
      if (!refusal) throw error;
      return renderItemPage({ evidence: this.evidence, proposals: this.proposals }, res, id, principal, {
        status: refusal.status,
        attempt: refusal.attempt,
      });
    }
    res.redirect(303, itemUrl(id, notice));
  }
}
