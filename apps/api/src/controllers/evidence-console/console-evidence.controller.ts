import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t, validateInput } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CorrectionProposalsService, EvidenceQueryDto, EvidenceService } from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { pageUrl } from '../companies/page-model';
import { versionOf } from './evidence-forms';
import { audienceOf, itemUrl, noticeText, powersOf, statusTabs, summaryRow } from './evidence-page-model';
import { actionRefusal, pageRefusal, renderItemPage } from './item-page';
import { pendingCorrectionRows } from './proposal-page-model';

const WRITERS = { roles: ['researcher' as const], token: false as const };
const REVIEWERS = { roles: ['reviewer' as const], token: false as const };

/** The evidence console: every item by status, the review queue (items and proposed corrections), one item with its actions, deleting a draft. */
@ApiExcludeController()
@Controller('console/evidence')
export class ConsoleEvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly proposals: CorrectionProposalsService,
  ) {}

  private get deps() {
    return { evidence: this.evidence, proposals: this.proposals };
  }

  @Get()
  @Access({ roles: 'any' })
  async list(
    @Query() raw: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { value: query, errors } = await validateInput(EvidenceQueryDto, { status: raw.status, cursor: raw.cursor });
    const audience = audienceOf(principal);
    const page = errors.length
      ? null
      : await this.evidence.list({ status: query.status, cursor: query.cursor, limit: 50 }, audience);
    res.status(errors.length ? 400 : 200).render('pages/console/evidence/index', {
      title: t('evidence.console.list.title'),
      consoleNav: true,
      errors,
      flash: noticeText(raw.notice),
      tabs: statusTabs(audience, query.status),
      powers: powersOf(principal),
      items: page?.data.map(summaryRow) ?? [],
      nextUrl: page?.nextCursor
        ? pageUrl('/console/evidence', { status: query.status, cursor: page.nextCursor })
        : null,
      firstUrl: query.cursor ? pageUrl('/console/evidence', { status: query.status }) : null,
    });
  }

  @Get('review')
  @Access(REVIEWERS)
  async reviewQueue(@CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    // One database connection when embedded: these run one after another.
    const items = await this.evidence.reviewQueue();
    const corrections = await this.proposals.pending(principal.userId);
    res.render('pages/console/evidence/review', {
      title: t('evidence.console.review.title'),
      consoleNav: true,
      items: items.map(summaryRow),
      corrections: pendingCorrectionRows(corrections),
    });
  }

  @Get(':id')
  @Access({ roles: 'any' })
  async show(
    @Param('id') id: string,
    @Query('notice') notice: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    await renderItemPage(this.deps, res, id, principal, { flash: noticeText(notice) });
  }

  @Get(':id/delete')
  @Access(WRITERS)
  async confirmDelete(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const item = await this.evidence.get(id, 'staff');
    const refusal = pageRefusal(item, 'delete');
    if (refusal) return renderItemPage(this.deps, res, id, principal, { status: 409, refusal });
    res.render('pages/console/evidence/delete', {
      title: t('evidence.console.delete.title', { title: item.title }),
      consoleNav: true,
      item: { ...item, url: itemUrl(item.id) },
    });
  }

  @Post(':id/delete')
  @Access(WRITERS)
  async delete(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.evidence.delete(actorOf(principal), id, { version: versionOf(body) });
    } catch (error) {
      const refusal = actionRefusal(error, 'delete', '');
      if (!refusal) throw error;
      return renderItemPage(this.deps, res, id, principal, { status: refusal.status, attempt: refusal.attempt });
    }
    res.redirect(303, '/console/evidence?notice=deleted');
  }
}
