import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CompanyService,
  CreateOwnershipDto,
  OwnershipService,
  SLUG_PATTERN,
  type OwnershipView,
} from '#libs/companies';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { formRefusal, ownershipFormFrom, ownershipFormOf, ownershipInput, type OwnershipForm } from './forms';

const WRITERS = { roles: ['researcher' as const], token: false as const };

interface FormState {
  form: OwnershipForm;
  errors: ErrorDetail[];
  formError?: string | null;
  /** The company page the organizer came from, and goes back to. */
  from: string;
}

/** A slug to go back to, or nothing: never a URL, so the redirect stays on this site. */
function fromSlug(value: unknown): string {
  return typeof value === 'string' && SLUG_PATTERN.test(value) ? value : '';
}

/** The company page the organizer came from, else the parent's. */
function companyPageOf(from: string, link: { parent: { slug: string }; subsidiary: { slug: string } }): string {
  const slug = from && [link.parent.slug, link.subsidiary.slug].includes(from) ? from : link.parent.slug;
  return `/console/companies/${encodeURIComponent(slug)}/edit`;
}

function backTo(
  from: string,
  link: { parent: { slug: string }; subsidiary: { slug: string } },
  notice: string,
): string {
  return `${companyPageOf(from, link)}?notice=${notice}`;
}

/** Ownership links, managed from a company's edit page. */
@ApiExcludeController()
@Controller('console/ownerships')
export class ConsoleOwnershipsController {
  constructor(
    private readonly ownerships: OwnershipService,
    private readonly companies: CompanyService,
  ) {}

  @Get('new')
  @Access(WRITERS)
  async newForm(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const form = ownershipFormFrom({ parent: fromSlug(query.parent), subsidiary: fromSlug(query.subsidiary) });
    await this.renderNew(res, 200, { form, errors: [], from: fromSlug(query.from) });
  }

  @Post('new')
  @Access(WRITERS)
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = ownershipFormFrom(body);
    const from = fromSlug(body.from);
    const { value, errors } = await validateInput(CreateOwnershipDto, ownershipInput(form));
    if (errors.length) return this.renderNew(res, 400, { form, errors, from });
    let created: OwnershipView;
    try {
      created = await this.ownerships.create(actorOf(principal), value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderNew(res, refusal.status, { form, from, ...refusal });
    }
    res.redirect(303, backTo(from, created, 'ownership_saved'));
  }

  @Get(':id/edit')
  @Access(WRITERS)
  async editForm(@Param('id') id: string, @Query('from') from: unknown, @Res() res: Response): Promise<void> {
    const link = await this.ownerships.get(id);
    await this.renderEdit(res, 200, link, { form: ownershipFormOf(link), errors: [], from: fromSlug(from) });
  }

  @Post(':id/edit')
  @Access(WRITERS)
  async update(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const link = await this.ownerships.get(id);
    const form = ownershipFormFrom(body);
    const from = fromSlug(body.from);
    const { value, errors } = await validateInput(CreateOwnershipDto, ownershipInput(form));
    if (errors.length) return this.renderEdit(res, 400, link, { form, errors, from });
    let saved: OwnershipView;
    try {
      saved = await this.ownerships.replace(actorOf(principal), id, value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderEdit(res, refusal.status, link, { form, from, ...refusal });
    }
    res.redirect(303, backTo(from, saved, 'ownership_saved'));
  }

  @Get(':id/delete')
  @Access(WRITERS)
  async confirmDelete(@Param('id') id: string, @Query('from') from: unknown, @Res() res: Response): Promise<void> {
    const link = await this.ownerships.get(id);
    res.render('pages/console/ownerships/delete', {
      title: t('ownerships.console.delete_title'),
      consoleNav: true,
      link,
      from: fromSlug(from),
      cancelUrl: companyPageOf(fromSlug(from), link),
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
    const link = await this.ownerships.get(id);
    await this.ownerships.delete(actorOf(principal), id);
    res.redirect(303, backTo(fromSlug(body.from), link, 'ownership_deleted'));
  }

  private async renderNew(res: Response, status: number, state: FormState): Promise<void> {
    res.status(status).render('pages/console/ownerships/form', {
      title: t('ownerships.console.new_title'),
      consoleNav: true,
      heading: t('ownerships.console.new_title'),
      action: '/console/ownerships/new',
      cancelUrl: state.from ? `/console/companies/${encodeURIComponent(state.from)}/edit` : '/console/companies',
      companies: await this.companyOptions(),
      formError: null,
      ...state,
    });
  }

  private async renderEdit(res: Response, status: number, link: OwnershipView, state: FormState): Promise<void> {
    res.status(status).render('pages/console/ownerships/form', {
      title: t('ownerships.console.edit_title'),
      consoleNav: true,
      heading: t('ownerships.console.edit_title'),
      action: `/console/ownerships/${encodeURIComponent(link.id)}/edit`,
      cancelUrl: companyPageOf(state.from, link),
      companies: await this.companyOptions(),
      link,
      formError: null,
      ...state,
    });
  }

  private async companyOptions(): Promise<{ value: string; label: string }[]> {
    return (await this.companies.listNames()).map((company) => ({ value: company.slug, label: company.name }));
  }
}
