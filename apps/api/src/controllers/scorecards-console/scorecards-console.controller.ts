import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t } from '#libs/core';
import type { Principal } from '#libs/auth';
import {
  MethodologyService,
  ScorecardNoticeService,
  ScorecardsConsoleService,
  ScorecardsException,
} from '#libs/scorecards';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { noticeOf } from './console-notices';
import { changedRow, provisionalRow, runRow, snapshotRow, staleRow } from './scorecards-console.model';

const READERS = { roles: 'any' as const };
const ORGANIZERS = { roles: ['organizer' as const] };
const ADMINS = { roles: [] as never[] };

/**
 * Scorecards in the console: what is provisional (and whether the company was told), what changed
 * and why, what waits to be computed, each company's snapshots with their diff, the notice, and
 * publishing a new methodology version (admins), with the progress of its recompute.
 */
@ApiExcludeController()
@Controller('console/scorecards')
export class ScorecardsConsoleController {
  constructor(
    private readonly scorecards: ScorecardsConsoleService,
    private readonly notices: ScorecardNoticeService,
    private readonly methodologies: MethodologyService,
  ) {}

  @Get()
  @Access(READERS)
  async overview(
    @Query('notice') notice: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const provisional = await this.scorecards.provisional();
    const changed = await this.scorecards.changed();
    const stale = await this.scorecards.stale();
    const runs = await this.scorecards.runs(5);
    const { methodology } = await this.methodologies.current();
    res.render('pages/console/scorecards/index', {
      title: t('scorecards.console.title'),
      consoleNav: true,
      flash: noticeOf(notice),
      version: methodology.version,
      canNotify: ['organizer', 'admin'].includes(principal.role),
      isAdmin: principal.role === 'admin',
      provisional: provisional.map(provisionalRow),
      changed: changed.map(changedRow),
      stale: { rows: stale.rows.map(staleRow), total: stale.total },
      runs: runs.map(runRow),
    });
  }

  @Get('methodology')
  @Access(ADMINS)
  async methodologyForm(@Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const current = await this.methodologies.current();
    await this.renderMethodology(res, 200, { yaml: current.yaml, error: null, flash: noticeOf(notice) });
  }

  @Post('methodology')
  @Access(ADMINS)
  async publish(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const yaml = typeof body.yaml === 'string' ? body.yaml : '';
    try {
      await this.methodologies.publish(actorOf(principal), yaml);
    } catch (error) {
      if (!(error instanceof ScorecardsException) || !['invalid', 'conflict'].includes(error.kind)) throw error;
      return this.renderMethodology(res, error.kind === 'conflict' ? 409 : 400, {
        yaml,
        error: error.message,
        flash: null,
      });
    }
    res.redirect(303, '/console/scorecards/methodology?notice=published');
  }

  @Get(':slug')
  @Access(READERS)
  async company(
    @Param('slug') slug: string,
    @Query('notice') notice: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { company, snapshots } = await this.scorecards.snapshots(slug);
    res.render('pages/console/scorecards/show', {
      title: t('scorecards.console.company_title', { name: company.name }),
      consoleNav: true,
      flash: noticeOf(notice),
      company: { ...company, publicUrl: `/companies/${encodeURIComponent(company.slug)}` },
      canNotify: ['organizer', 'admin'].includes(principal.role),
      snapshots: snapshots.map(snapshotRow),
      error: null,
    });
  }

  @Post(':slug/notice')
  @Access(ORGANIZERS)
  async notice(
    @Param('slug') slug: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const letter = await this.notices.prepare(actorOf(principal), slug);
      res.redirect(303, `/console/outreach/letters/${encodeURIComponent(letter.id)}?notice=composed`);
    } catch (error) {
      if (!(error instanceof ScorecardsException) || error.kind !== 'conflict') throw error;
      const { company, snapshots } = await this.scorecards.snapshots(slug);
      res.status(409).render('pages/console/scorecards/show', {
        title: t('scorecards.console.company_title', { name: company.name }),
        consoleNav: true,
        company: { ...company, publicUrl: `/companies/${encodeURIComponent(company.slug)}` },
        canNotify: true,
        snapshots: snapshots.map(snapshotRow),
        error: error.message,
      });
    }
  }

  private async renderMethodology(
    res: Response,
    status: number,
    state: { yaml: string; error: string | null; flash: string | null },
  ): Promise<void> {
    const versions = await this.methodologies.list();
    const runs = await this.scorecards.runs(10);
    res.status(status).render('pages/console/scorecards/methodology', {
      title: t('scorecards.console.method_title'),
      consoleNav: true,
      versions: versions.map((v) => ({
        version: v.methodology.version,
        publishedAt: v.publishedAt.toISOString(),
        by: v.publishedByLabel,
        origin: t(`scorecards.method.origin.${v.origin}`),
        yamlUrl: `/methodology/${v.methodology.version}.yaml`,
      })),
      runs: runs.map(runRow),
      ...state,
    });
  }
}
