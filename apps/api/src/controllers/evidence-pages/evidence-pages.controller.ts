import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '#libs/auth';
import { t } from '#libs/core';
import { EvidenceService, LedgerService } from '#libs/evidence';
import { OutreachPublicService } from '#libs/outreach';
import { Public } from '../../security/access.decorator';
import { CurrentPrincipal } from '../../security/principal.decorator';
import { pageUrl } from '../companies/page-model';
import { responsePage } from '../outreach-pages/outreach-page.model';
import { correctionEntryPage } from './correction.model';
import { audienceOf, evidencePage } from './evidence-page.model';

/** The public ledger: one evidence item, and every correction. No login. */
@ApiExcludeController()
@Controller()
export class EvidencePagesController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly ledger: LedgerService,
    private readonly outreach: OutreachPublicService,
  ) {}

  /** Drafts and items in review are not there for the public; staff preview them, marked. */
  @Get('evidence/:id')
  @Public()
  async show(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal | null,
    @Res() res: Response,
  ): Promise<void> {
    const audience = audienceOf(principal);
    const view = await this.evidence.get(id, audience);
    const replies = await this.outreach.responsesForEvidence(view.id);
    res.render('pages/evidence/show', {
      title: view.title,
      evidence: evidencePage(view, audience),
      replies: replies.map(responsePage),
    });
  }

  @Get('corrections')
  @Public()
  async corrections(@Query('cursor') cursor: unknown, @Res() res: Response): Promise<void> {
    const page = await this.ledger.corrections({ cursor: cursor as string | undefined });
    res.render('pages/corrections/index', {
      title: t('evidence.page.corrections.title'),
      entries: page.data.map(correctionEntryPage),
      nextUrl: page.nextCursor ? pageUrl('/corrections', { cursor: page.nextCursor }) : null,
      firstUrl: typeof cursor === 'string' && cursor ? '/corrections' : null,
    });
  }
}
