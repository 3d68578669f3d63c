import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '#libs/companies';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import {
  CampaignInputDto,
  CampaignsService,
  ReviewFlaggedDto,
  SignaturesAdminService,
  SignaturesExportService,
  UpdateCampaignDto,
  type CampaignView,
} from '#libs/campaigns';
import { OutreachPublicService } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { formRefusal } from '../companies/forms';
import { countryTable, daysChart } from './campaign-dashboard.model';
import {
  campaignFormFrom,
  campaignFormOf,
  campaignInput,
  campaignNotice,
  emptyCampaignForm,
  type CampaignForm,
} from './campaign-forms';

/** Supporters' data is for organizers (admins always): not researchers or reviewers. */
const ORGANIZERS = { roles: ['organizer' as const], token: false as const };

const CSV_COLUMNS = ['signed_at', 'confirmed_at', 'status', 'flagged', 'country', 'given_name', 'email', 'comments'];
const CSV_OPTIONS = {
  cast: { string: (value: string) => neutralizeFormula(value) },
  record_delimiter: 'windows' as const,
};

/** The organizer console's campaigns: write, open, close, mark won; the dashboard; review of flags; CSV. */
@ApiExcludeController()
@Controller('console/campaigns')
export class CampaignsConsoleController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly admin: SignaturesAdminService,
    private readonly exports: SignaturesExportService,
    private readonly outreach: OutreachPublicService,
  ) {}

  @Get()
  @Access(ORGANIZERS)
  async list(@Res() res: Response): Promise<void> {
    const views = await this.campaigns.list();
    res.render('pages/console/campaigns/index', {
      title: t('campaigns.console.title'),
      consoleNav: true,
      campaigns: views.map((v) => ({
        ...v,
        url: `/console/campaigns/${encodeURIComponent(v.slug)}`,
        statusLabel: t(`campaigns.status.${v.status}`),
      })),
    });
  }

  @Get('new')
  @Access(ORGANIZERS)
  newForm(@Res() res: Response): void {
    this.renderForm(res, 200, null, { form: emptyCampaignForm(), errors: [] });
  }

  @Post('new')
  @Access(ORGANIZERS)
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = campaignFormFrom(body);
    const { value, errors } = await validateInput(CampaignInputDto, campaignInput(form));
    if (errors.length) return this.renderForm(res, 400, null, { form, errors });
    try {
      const created = await this.campaigns.create(actorOf(principal), value);
      res.redirect(303, `/console/campaigns/${encodeURIComponent(created.slug)}?notice=created`);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      this.renderForm(res, refusal.status, null, { form, ...refusal });
    }
  }

  @Get(':slug')
  @Access(ORGANIZERS)
  async dashboard(
    @Param('slug') slug: string,
    @Query('notice') notice: unknown,
    @Query('count') count: unknown,
    @Res() res: Response,
  ): Promise<void> {
    await this.renderDashboard(res, 200, slug, campaignNotice(notice, count), []);
  }

  @Get(':slug/edit')
  @Access(ORGANIZERS)
  async editForm(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const view = await this.campaigns.get(slug);
    this.renderForm(res, 200, view, { form: campaignFormOf(view), errors: [] });
  }

  @Post(':slug/edit')
  @Access(ORGANIZERS)
  async update(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const view = await this.campaigns.get(slug);
    const form = campaignFormFrom(body);
    const input = { ...campaignInput(form), version: Number(body.version) };
    const { value, errors } = await validateInput(UpdateCampaignDto, input);
    if (errors.length) return this.renderForm(res, 400, view, { form, errors });
    try {
      const saved = await this.campaigns.update(actorOf(principal), slug, value);
      res.redirect(303, `/console/campaigns/${encodeURIComponent(saved.slug)}?notice=saved`);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      this.renderForm(res, refusal.status, view, { form, ...refusal });
    }
  }

  @Post(':slug/open')
  @Access(ORGANIZERS)
  open(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() p: Principal,
    @Res() res: Response,
  ) {
    return this.act(res, slug, 'opened', () =>
      this.campaigns.open(actorOf(p), slug, { version: Number(body.version) }),
    );
  }

  @Post(':slug/close')
  @Access(ORGANIZERS)
  close(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() p: Principal,
    @Res() res: Response,
  ) {
    return this.act(res, slug, 'closed', () =>
      this.campaigns.close(actorOf(p), slug, { version: Number(body.version) }),
    );
  }

  @Post(':slug/won')
  @Access(ORGANIZERS)
  won(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() p: Principal,
    @Res() res: Response,
  ) {
    const response = typeof body.response === 'string' ? body.response : '';
    return this.act(res, slug, 'won', () =>
      this.campaigns.markWon(actorOf(p), slug, { version: Number(body.version), response }),
    );
  }

  @Post(':slug/review')
  @Access(ORGANIZERS)
  async review(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const input = {
      action: body.action,
      ipHash: body.ipHash,
      domain: body.domain,
      from: body.from,
      to: body.to,
    };
    const { value, errors } = await validateInput(ReviewFlaggedDto, input);
    if (errors.length) return this.renderDashboard(res, 400, slug, null, errors);
    const count = await this.admin.review(actorOf(principal), slug, value);
    const notice = value.action === 'clear' ? 'cleared' : 'invalidated';
    res.redirect(303, `/console/campaigns/${encodeURIComponent(slug)}?notice=${notice}&count=${count}`);
  }

  /** Formula-safe, and only what each signer consented to (their name if shown, their address if they asked for news). */
  @Get(':slug/signatures.csv')
  @Access(ORGANIZERS)
  async csv(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    await this.campaigns.get(slug);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${slug}-signatures.csv"`)
      .setHeader('Cache-Control', 'private, no-store');
    res.write(stringify([CSV_COLUMNS], CSV_OPTIONS));
    for await (const s of this.exports.all(slug))
      res.write(
        stringify(
          [
            [
              s.created_date,
              s.action_date ?? '',
              s.status,
              s.flagged ? 'yes' : 'no',
              s.person.postal_addresses[0]?.country ?? '',
              s.person.given_name ?? '',
              s.person.email_addresses[0]?.address ?? '',
              s.comments ?? '',
            ],
          ],
          CSV_OPTIONS,
        ),
      );
    res.end();
  }

  private async act(res: Response, slug: string, notice: string, action: () => Promise<CampaignView>): Promise<void> {
    try {
      const view = await action();
      res.redirect(303, `/console/campaigns/${encodeURIComponent(view.slug)}?notice=${notice}`);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      await this.renderDashboard(res, refusal.status, slug, null, refusal.errors, refusal.formError);
    }
  }

  private async renderDashboard(
    res: Response,
    status: number,
    slug: string,
    flash: string | null,
    errors: ErrorDetail[],
    formError: string | null = null,
  ): Promise<void> {
    const view = await this.campaigns.get(slug);
    const data = await this.admin.dashboard(slug);
    const responses = (
      await Promise.all(view.targets.map((target) => this.outreach.companyOutreach(target.slug).catch(() => null)))
    )
      .flatMap((o) => o?.timeline ?? [])
      .filter((e) => e.response)
      .map((e) => ({
        value: e.response!.id,
        label: `${e.response!.company.name}, ${e.response!.respondedOn}: ${t(`outreach.classification.${e.response!.classification}`)}`,
      }));
    res.status(status).render('pages/console/campaigns/dashboard', {
      title: t('campaigns.console.dashboard_title', { title: view.title }),
      consoleNav: true,
      flash,
      errors,
      formError,
      campaign: { ...view, statusLabel: t(`campaigns.status.${view.status}`), publicUrl: `/campaigns/${view.slug}` },
      canOpen: view.status === 'draft',
      canClose: view.status === 'open',
      canWin: view.status === 'open' || view.status === 'closed',
      responses,
      totals: data.totals,
      chart: daysChart(data.days),
      countries: countryTable(data.countries),
      flaggedByIp: data.flaggedByIp,
      flaggedByDomain: data.flaggedByDomain,
      trendingIps: data.trendingIps,
      trendingDomains: data.trendingDomains,
      csvUrl: `/console/campaigns/${encodeURIComponent(view.slug)}/signatures.csv`,
      base: `/console/campaigns/${encodeURIComponent(view.slug)}`,
    });
  }

  private renderForm(
    res: Response,
    status: number,
    view: CampaignView | null,
    state: { form: CampaignForm; errors: ErrorDetail[]; formError?: string | null },
  ): void {
    const heading = view ? t('campaigns.console.edit_title', { title: view.title }) : t('campaigns.console.new_title');
    res.status(status).render('pages/console/campaigns/form', {
      title: heading,
      heading,
      consoleNav: true,
      action: view ? `/console/campaigns/${encodeURIComponent(view.slug)}/edit` : '/console/campaigns/new',
      cancelUrl: view ? `/console/campaigns/${encodeURIComponent(view.slug)}` : '/console/campaigns',
      version: view?.version ?? null,
      formError: null,
      ...state,
    });
  }
}
