import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CompanyQueryDto, CompanyService, CreateCompanyDto, OwnershipService, type CompanyView } from '#libs/companies';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import {
  emptyRecordForm,
  formRefusal,
  kindOptions,
  recordFormFrom,
  recordFormOf,
  recordInput,
  type RecordForm,
} from './forms';
import { companyPage, noticeText, pageUrl } from './page-model';

/** Who may change the record (admins always may). */
const WRITERS = { roles: ['researcher' as const], token: false as const };
const NOTICES = ['created', 'saved', 'deleted', 'ownership_saved', 'ownership_deleted'];

interface FormState {
  form: RecordForm;
  errors: ErrorDetail[];
  formError?: string | null;
}

/** The organizer console's company pages: list, create, edit, delete with confirmation. */
@ApiExcludeController()
@Controller('console/companies')
export class ConsoleCompaniesController {
  constructor(
    private readonly companies: CompanyService,
    private readonly ownerships: OwnershipService,
  ) {}

  @Get()
  @Access({ roles: 'any' })
  async list(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { value: query, errors } = await validateInput(CompanyQueryDto, { q: raw.q, cursor: raw.cursor });
    const page = errors.length ? null : await this.companies.search({ q: query.q, cursor: query.cursor, limit: 50 });
    res.status(errors.length ? 400 : 200).render('pages/console/companies/index', {
      title: t('companies.console.title'),
      consoleNav: true,
      q: typeof raw.q === 'string' ? raw.q : '',
      errors,
      flash: noticeText(raw.notice, NOTICES),
      companies: page?.data.map(companyPage) ?? [],
      totalLabel: page
        ? t(page.total === 1 ? 'companies.directory.count_one' : 'companies.directory.count', { count: page.total })
        : '',
      nextUrl: page?.nextCursor ? pageUrl('/console/companies', { q: query.q, cursor: page.nextCursor }) : null,
      firstUrl: query.cursor ? pageUrl('/console/companies', { q: query.q }) : null,
    });
  }

  @Get('new')
  @Access(WRITERS)
  newForm(@Res() res: Response): void {
    this.renderNew(res, 200, { form: emptyRecordForm(), errors: [] });
  }

  @Post('new')
  @Access(WRITERS)
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = recordFormFrom(body);
    const { value, errors } = await validateInput(CreateCompanyDto, recordInput(form, true));
    if (errors.length) return this.renderNew(res, 400, { form, errors });
    let created: CompanyView;
    try {
      created = await this.companies.create(actorOf(principal), value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderNew(res, refusal.status, { form, ...refusal });
    }
    res.redirect(303, `/console/companies/${encodeURIComponent(created.slug)}/edit?notice=created`);
  }

  @Get(':slug/edit')
  @Access(WRITERS)
  async editForm(@Param('slug') slug: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(slug);
    await this.renderEdit(res, 200, company, { form: recordFormOf(company), errors: [] }, noticeText(notice, NOTICES));
  }

  @Post(':slug/edit')
  @Access(WRITERS)
  async update(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const company = await this.companies.getBySlug(slug);
    const form = recordFormFrom(body);
    const { value, errors } = await validateInput(CreateCompanyDto, recordInput(form, true));
    if (errors.length) return this.renderEdit(res, 400, company, { form, errors });
    let saved: CompanyView;
    try {
      saved = await this.companies.replace(actorOf(principal), slug, value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderEdit(res, refusal.status, company, { form, ...refusal });
    }
    res.redirect(303, `/console/companies/${encodeURIComponent(saved.slug)}/edit?notice=saved`);
  }

  @Get(':slug/delete')
  @Access(WRITERS)
  async confirmDelete(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(slug);
    const links = await this.ownerships.list({ company: slug, limit: 100 });
    res.render('pages/console/companies/delete', {
      title: t('companies.console.delete_title', { name: company.name }),
      consoleNav: true,
      company,
      links: links.data,
    });
  }

  @Post(':slug/delete')
  @Access(WRITERS)
  async delete(
    @Param('slug') slug: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    await this.companies.delete(actorOf(principal), slug);
    res.redirect(303, '/console/companies?notice=deleted');
  }

  private renderNew(res: Response, status: number, state: FormState): void {
    res.status(status).render('pages/console/companies/form', {
      title: t('companies.console.new_title'),
      consoleNav: true,
      heading: t('companies.console.new_title'),
      action: '/console/companies/new',
      cancelUrl: '/console/companies',
      kinds: kindOptions(),
      formError: null,
      ...state,
    });
  }

  private async renderEdit(
    res: Response,
    status: number,
    company: CompanyView,
    state: FormState,
    flash: string | null = null,
  ): Promise<void> {
    const links = await this.ownerships.list({ company: company.slug, limit: 100 });
    res.status(status).render('pages/console/companies/form', {
      title: t('companies.console.edit_title', { name: company.name }),
      consoleNav: true,
      heading: t('companies.console.edit_title', { name: company.name }),
      action: `/console/companies/${encodeURIComponent(company.slug)}/edit`,
      cancelUrl: '/console/companies',
      kinds: kindOptions(),
      company,
      links: links.data,
      flash,
      formError: null,
      ...state,
    });
  }
}
