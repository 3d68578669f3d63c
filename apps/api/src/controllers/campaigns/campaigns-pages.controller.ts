import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { APP_CONFIG, Clock, DomainException, t, validateInput, type AppConfig, type ErrorDetail } from '#libs/core';
import {
  CampaignsException,
  CampaignsPublicService,
  countryOptions,
  SignDto,
  SigningService,
  type CampaignView,
} from '#libs/campaigns';
import { EvidenceService, type EvidenceView } from '#libs/evidence';
import { OutreachPublicService } from '#libs/outreach';
import { ScorecardsPublicService } from '#libs/scorecards';
import { localeOf, publicFormToken } from '../../http/public-forms';
import { Public } from '../../security/access.decorator';
import {
  campaignCards,
  countAge,
  countryRows,
  evidenceRows,
  formatCount,
  milestoneRows,
  progress,
  signerRows,
  statusText,
  targetRows,
} from './campaign-page.model';

/** What the form shows again after a refusal: what was typed, never the honeypot. */
interface SignForm {
  name: string;
  email: string;
  country: string;
  show_name: boolean;
  updates: boolean;
  comment: string;
}

const text = (body: Record<string, unknown>, key: string) =>
  typeof body[key] === 'string' ? (body[key] as string) : '';

/** Campaigns in public: the list, a campaign's page with its form, and signing. No login, no session. */
@ApiExcludeController()
@Controller('campaigns')
export class CampaignsPagesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignsPublicService,
    private readonly signing: SigningService,
    private readonly evidence: EvidenceService,
    private readonly outreach: OutreachPublicService,
    private readonly scorecards: ScorecardsPublicService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  async list(@Res() res: Response): Promise<void> {
    const views = await this.campaigns.list();
    res.render('pages/campaigns/index', {
      title: t('campaigns.list.title'),
      description: t('campaigns.list.lead'),
      open: campaignCards(views.filter((v) => v.status === 'open')),
      ended: campaignCards(views.filter((v) => v.status !== 'open')),
    });
  }

  @Get(':slug')
  @Public()
  async page(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const view = await this.campaigns.get(slug);
    await this.render(res, 200, view, { form: emptyForm(), errors: [] });
  }

  /** Always the same answer for a checked form, whether the address is new, pending or signed already. */
  @Post(':slug/sign')
  @Public()
  @SkipThrottle({ write: true })
  async sign(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const form: SignForm = {
      name: text(body, 'name'),
      email: text(body, 'email'),
      country: text(body, 'country'),
      show_name: body.show_name === 'on' || body.show_name === 'true',
      updates: body.updates === 'on' || body.updates === 'true',
      comment: text(body, 'comment'),
    };
    const { value, errors } = await validateInput(SignDto, { ...form, website: text(body, 'website') || undefined });
    const refuse = async (status: number, details: ErrorDetail[]) =>
      this.render(res, status, await this.campaigns.get(slug), { form, errors: details });
    if (errors.length) return refuse(400, errors);
    try {
      await this.signing.sign(slug, value, {
        ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        locale: localeOf(req),
      });
    } catch (error) {
      if (error instanceof CampaignsException && error.code === 'campaign_not_open')
        return refuse(409, [{ field: 'form', message: error.message }]);
      if (error instanceof DomainException && error.kind === 'invalid') return refuse(400, error.details);
      throw error;
    }
    res.redirect(303, `/campaigns/${encodeURIComponent(slug)}/signed`);
  }

  @Get(':slug/signed')
  @Public()
  async signed(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const view = await this.campaigns.get(slug);
    res.setHeader('Cache-Control', 'no-store');
    res.render('pages/campaigns/signed', {
      title: t('campaigns.signed.title'),
      campaign: { title: view.title, url: `/campaigns/${encodeURIComponent(view.slug)}` },
    });
  }

  private async render(
    res: Response,
    status: number,
    view: CampaignView,
    state: { form: SignForm; errors: ErrorDetail[] },
  ): Promise<void> {
    const now = this.clock.now();
    const [items, cards, outreach, signers] = await Promise.all([
      Promise.all(view.evidence.map((id) => this.evidence.get(id, 'public').catch(() => null))),
      this.byTarget(view, (slug) => this.scorecards.summaryOf(slug)),
      this.byTarget(view, (slug) => this.outreach.companyOutreach(slug)),
      this.campaigns.recentSigners(view.id),
    ]);
    const action = `/campaigns/${encodeURIComponent(view.slug)}/sign`;
    res.status(status).render('pages/campaigns/show', {
      title: view.title,
      description: view.ask,
      campaign: view,
      statusLabel: statusText(view),
      statusTag: t(`campaigns.status.${view.status}`),
      evidence: evidenceRows(items.filter((item): item is EvidenceView => item !== null)),
      targets: targetRows(view, cards, outreach, now),
      progress: progress(view),
      count: formatCount(view.count.signatures),
      goal: formatCount(view.goal),
      countAge: countAge(view.count.countedAt, now),
      milestones: milestoneRows(view),
      countries: countryRows(view),
      signers: signerRows(signers),
      action,
      formToken: publicFormToken(this.config, action, now),
      countries_options: countryOptions().map((c) => ({ value: c.code, label: c.name })),
      ...state,
    });
  }

  private async byTarget<T>(view: CampaignView, load: (slug: string) => Promise<T>): Promise<Map<string, T | null>> {
    const entries = await Promise.all(
      view.targets.map(async (target) => [target.slug, await load(target.slug).catch(() => null)] as const),
    );
    return new Map(entries);
  }
}

function emptyForm(): SignForm {
  return { name: '', email: '', country: '', show_name: false, updates: false, comment: '' };
}
