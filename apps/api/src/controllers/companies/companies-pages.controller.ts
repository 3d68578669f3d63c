import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CompanyQueryDto, CompanyService, MAX_PAGE_SIZE, StateBodyService } from '#libs/companies';
import { APP_CONFIG, Clock, t, validateInput, type AppConfig } from '#libs/core';
import { AttributionService, ProcurementService } from '#libs/evidence';
import { OutreachPublicService } from '#libs/outreach';
import { MethodologyService, ScorecardsPublicService } from '#libs/scorecards';
import { Public } from '../../security/access.decorator';
import { companyEvidencePage, stateBodySuppliersPage } from '../evidence-pages/company-evidence.model';
import { companyOutreachPage } from '../outreach-pages/outreach-page.model';
import { kindOptions } from './forms';
import { companyPage, groupLinkPage, pageUrl, stateBodyPage } from './page-model';
import { scorecardSection } from '../scorecards/scorecard-page.model';

/** The public record: the directory, company profiles and state-body pages. No login. */
@ApiExcludeController()
@Controller()
export class CompaniesPagesController {
  constructor(
    private readonly companies: CompanyService,
    private readonly stateBodies: StateBodyService,
    private readonly attribution: AttributionService,
    private readonly procurement: ProcurementService,
    private readonly outreach: OutreachPublicService,
    private readonly scorecards: ScorecardsPublicService,
    private readonly methodologies: MethodologyService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('companies')
  @Public()
  async directory(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { value: query, errors } = await validateInput(CompanyQueryDto, {
      q: raw.q,
      kind: raw.kind,
      country: raw.country,
      cursor: raw.cursor,
    });
    const filters = { q: text(raw.q), kind: text(raw.kind), country: text(raw.country) };
    const base = {
      title: t('companies.directory.title'),
      filters,
      kinds: kindOptions(),
      errors,
      filtered: Boolean(query.q || query.kind || query.country),
      stateBodies: await this.stateBodyLinks(),
    };
    if (errors.length) {
      res.status(400).render('pages/companies/index', { ...base, companies: [], total: 0 });
      return;
    }
    const page = await this.companies.search({
      q: query.q,
      kind: query.kind,
      country: query.country,
      cursor: query.cursor,
    });
    const params = { q: query.q, kind: query.kind, country: query.country };
    res.render('pages/companies/index', {
      ...base,
      companies: page.data.map(companyPage),
      total: page.total,
      totalLabel: t(page.total === 1 ? 'companies.directory.count_one' : 'companies.directory.count', {
        count: page.total,
      }),
      nextUrl: page.nextCursor ? pageUrl('/companies', { ...params, cursor: page.nextCursor }) : null,
      firstUrl: query.cursor ? pageUrl('/companies', params) : null,
    });
  }

  @Get('companies/:slug')
  @Public()
  async profile(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const profile = await this.companies.profile(slug);
    // One after the other: the embedded database has a single connection.
    const evidence = await this.attribution.forCompany(profile.company.slug);
    const procurement = await this.procurement.listForCompany(profile.company.slug);
    const outreach = await this.outreach.companyOutreach(profile.company.slug);
    const scorecard = scorecardSection(
      await this.scorecards.profile(profile.company.slug),
      (await this.methodologies.current()).methodology.grades,
      this.clock.now().toISOString().slice(0, 10),
      profile.company,
      this.config.publicUrl,
    );
    res.render('pages/companies/show', {
      title: profile.company.name,
      meta: scorecard.meta,
      scorecard,
      publicUrl: this.config.publicUrl.replace(/\/+$/, ''),
      company: companyPage(profile.company),
      parents: profile.group.parents.map(groupLinkPage),
      subsidiaries: profile.group.subsidiaries.map(groupLinkPage),
      evidence: companyEvidencePage(evidence),
      procurement,
      outreach: companyOutreachPage(outreach),
    });
  }

  private async stateBodyLinks(): Promise<{ name: string; url: string }[]> {
    const page = await this.stateBodies.search({ limit: MAX_PAGE_SIZE });
    return page.data.map((body) => ({ name: body.name, url: `/state-bodies/${encodeURIComponent(body.slug)}` }));
  }

  @Get('state-bodies/:slug')
  @Public()
  async stateBody(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const body = await this.stateBodies.getBySlug(slug);
    const suppliers = await this.attribution.forStateBody(body.slug);
    const procurement = await this.procurement.listForStateBody(body.slug);
    res.render('pages/state-bodies/show', {
      title: body.name,
      stateBody: stateBodyPage(body),
      suppliers: stateBodySuppliersPage(suppliers),
      procurement,
    });
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
