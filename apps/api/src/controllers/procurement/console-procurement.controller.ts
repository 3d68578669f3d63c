import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '#libs/auth';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import {
  CreateProcurementDto,
  ProcurementQueryDto,
  ProcurementService,
  type ProcurementRecordView,
} from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { formRefusal } from '../companies/forms';
import { pageUrl } from '../companies/page-model';
import {
  emptyProcurementForm,
  formErrors,
  procurementFormFrom,
  procurementFormOf,
  procurementInput,
  type ProcurementForm,
} from './procurement-forms';

/** Who may change the record (admins always may). */
const WRITERS = { roles: ['researcher' as const], token: false as const };
const NOTICES = ['created', 'saved', 'deleted'];

interface FormState {
  form: ProcurementForm;
  errors: ErrorDetail[];
  formError?: string | null;
}

function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' && NOTICES.includes(notice) ? t(`procurement.notice.${notice}`) : null;
}

function editUrl(id: string, notice: string): string {
  return `/console/procurement/${encodeURIComponent(id)}/edit?notice=${notice}`;
}

/** The organizer console's procurement pages: list, create, edit, delete with confirmation. */
@ApiExcludeController()
@Controller('console/procurement')
export class ConsoleProcurementController {
  constructor(private readonly procurement: ProcurementService) {}

  @Get()
  @Access({ roles: 'any' })
  async list(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { value: query, errors } = await validateInput(ProcurementQueryDto, {
      company: raw.company,
      stateBody: raw.stateBody,
      cursor: raw.cursor,
    });
    const page = errors.length
      ? null
      : await this.procurement.list({
          company: query.company,
          stateBody: query.stateBody,
          cursor: query.cursor,
          limit: 50,
        });
    const params = { company: query.company, stateBody: query.stateBody };
    res.status(errors.length ? 400 : 200).render('pages/console/procurement/index', {
      title: t('procurement.console.title'),
      consoleNav: true,
      errors,
      filters: {
        company: typeof raw.company === 'string' ? raw.company : '',
        stateBody: typeof raw.stateBody === 'string' ? raw.stateBody : '',
      },
      filtered: Boolean(query.company || query.stateBody),
      flash: noticeText(raw.notice),
      records: page?.data ?? [],
      nextUrl: page?.nextCursor ? pageUrl('/console/procurement', { ...params, cursor: page.nextCursor }) : null,
      firstUrl: query.cursor ? pageUrl('/console/procurement', params) : null,
    });
  }

  @Get('new')
  @Access(WRITERS)
  async newForm(@Res() res: Response): Promise<void> {
    await this.renderForm(res, 200, null, { form: emptyProcurementForm(), errors: [] });
  }

  @Post('new')
  @Access(WRITERS)
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = procurementFormFrom(body);
    const { input, errors: formMistakes } = procurementInput(form);
    const { value, errors } = await validateInput(CreateProcurementDto, input);
    if (errors.length || formMistakes.length)
      return this.renderForm(res, 400, null, { form, errors: formErrors([...formMistakes, ...errors]) });
    let created: ProcurementRecordView;
    try {
      created = await this.procurement.create(actorOf(principal), value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderForm(res, refusal.status, null, { form, ...refusal, errors: formErrors(refusal.errors) });
    }
    res.redirect(303, editUrl(created.id, 'created'));
  }

  @Get(':id/edit')
  @Access(WRITERS)
  async editForm(@Param('id') id: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const record = await this.procurement.get(id);
    await this.renderForm(res, 200, record, { form: procurementFormOf(record), errors: [] }, noticeText(notice));
  }

  @Post(':id/edit')
  @Access(WRITERS)
  async update(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const record = await this.procurement.get(id);
    const form = procurementFormFrom(body);
    const { input, errors: formMistakes } = procurementInput(form);
    const { value, errors } = await validateInput(CreateProcurementDto, input);
    if (errors.length || formMistakes.length)
      return this.renderForm(res, 400, record, { form, errors: formErrors([...formMistakes, ...errors]) });
    try {
      await this.procurement.replace(actorOf(principal), id, value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderForm(res, refusal.status, record, { form, ...refusal, errors: formErrors(refusal.errors) });
    }
    res.redirect(303, editUrl(record.id, 'saved'));
  }

  @Get(':id/delete')
  @Access(WRITERS)
  async confirmDelete(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const record = await this.procurement.get(id);
    res.render('pages/console/procurement/delete', {
      title: t('procurement.console.delete_title', { reference: record.reference }),
      consoleNav: true,
      record,
      formError: null,
    });
  }

  @Post(':id/delete')
  @Access(WRITERS)
  async delete(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const record = await this.procurement.get(id);
    try {
      await this.procurement.delete(actorOf(principal), id);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      res.status(refusal.status).render('pages/console/procurement/delete', {
        title: t('procurement.console.delete_title', { reference: record.reference }),
        consoleNav: true,
        record,
        formError: refusal.formError ?? refusal.errors[0]?.message ?? null,
      });
      return;
    }
    res.redirect(303, '/console/procurement?notice=deleted');
  }

  private async renderForm(
    res: Response,
    status: number,
    record: ProcurementRecordView | null,
    state: FormState,
    flash: string | null = null,
  ): Promise<void> {
    const choices = await this.procurement.choices();
    const heading = record
      ? t('procurement.console.edit_title', { reference: record.reference })
      : t('procurement.console.new_title');
    res.status(status).render('pages/console/procurement/form', {
      title: heading,
      consoleNav: true,
      heading,
      action: record ? `/console/procurement/${encodeURIComponent(record.id)}/edit` : '/console/procurement/new',
      record,
      stateBodies: choices.stateBodies.map((body) => ({ value: body.slug, label: body.name })),
      companies: choices.companies.map((company) => ({ value: company.slug, label: company.name })),
      flash,
      formError: null,
      ...state,
    });
  }
}
