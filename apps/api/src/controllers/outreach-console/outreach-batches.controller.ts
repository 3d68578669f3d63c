import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t, validateInput } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CompanyService } from '#libs/companies';
import { BatchesService, CreateBatchDto, DEFAULT_DEADLINE_DAYS, LettersService, type BatchView } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { letterFields } from './letter-page';
import { batchFormFrom, batchInput, type BatchForm, type FormBody } from './outreach-forms';
import {
  checkboxes,
  composable,
  countText,
  letterRow,
  noticeText,
  ORGANIZERS,
  refusalFor,
  shownErrors,
  urls,
  withNotice,
  type Shown,
} from './outreach-page-model';

const FIELDS = ['title', 'template', 'companies', 'deadlineDays', 'subject', 'body'] as const;

/** One letter to many companies: the batches, a new one, its letters side by side, sending them together. */
@ApiExcludeController()
@Controller('console/outreach/batches')
export class OutreachBatchesController {
  constructor(
    private readonly batches: BatchesService,
    private readonly letters: LettersService,
    private readonly companies: CompanyService,
  ) {}

  @Get()
  @Access(ORGANIZERS)
  async list(@Res() res: Response): Promise<void> {
    const batches = await this.batches.list();
    res.render('pages/console/outreach/batches', {
      title: t('outreach.console.batches.title'),
      consoleNav: true,
      newUrl: urls.newBatch,
      batches: batches.map((batch) => ({ ...batch, url: urls.batch(batch.id) })),
    });
  }

  @Get('new')
  @Access(ORGANIZERS)
  async newForm(@Res() res: Response): Promise<void> {
    const form: BatchForm = {
      title: '',
      template: 'joint-letter',
      companies: [],
      deadlineDays: String(DEFAULT_DEADLINE_DAYS),
      subject: '',
      body: '',
    };
    await this.renderForm(res, 200, form, { errors: [], formError: null });
  }

  @Post('new')
  @Access(ORGANIZERS)
  async create(@Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const form = batchFormFrom(body);
    const { value, errors } = await validateInput(CreateBatchDto, batchInput(form));
    if (errors.length) return this.renderForm(res, 400, form, shownErrors(errors, FIELDS));
    let batch: BatchView;
    try {
      batch = await this.batches.create(actorOf(principal), value);
    } catch (error) {
      const refusal = refusalFor(error, FIELDS);
      if (!refusal) throw error;
      return this.renderForm(res, refusal.status, form, refusal);
    }
    res.redirect(303, withNotice(urls.batch(batch.id), 'batch_created'));
  }

  @Get(':id')
  @Access(ORGANIZERS)
  async show(@Param('id') id: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    this.renderBatch(res, 200, await this.batches.get(id), { flash: noticeText(notice) });
  }

  @Post(':id/send')
  @Access(ORGANIZERS)
  async send(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    let batch: BatchView;
    try {
      batch = await this.batches.send(actorOf(principal), id);
    } catch (error) {
      const refusal = refusalFor(error, []);
      if (!refusal) throw error;
      return this.renderBatch(res, refusal.status, await this.batches.get(id), { formError: refusal.formError });
    }
    if (batch.problems.length) {
      const formError = t('outreach.console.batch.not_all_sent', {
        problems: batch.problems.map((p) => `${p.company.name}: ${p.message}`).join('; '),
      });
      return this.renderBatch(res, 200, batch, { formError });
    }
    res.redirect(303, withNotice(urls.batch(id), 'batch_sent'));
  }

  private renderBatch(
    res: Response,
    status: number,
    batch: BatchView,
    state: { flash?: string | null; formError?: string | null },
  ): void {
    const rows = batch.rows.map((row) => ({
      ...letterRow(row.letter),
      classificationLabel: row.classification ? t(`outreach.classification.${row.classification}`) : null,
      needsContact: !row.sendable,
      addContactUrl: urls.newContact(row.company.slug),
    }));
    const ready = batch.rows.filter((row) => row.letter.status === 'draft' && row.sendable).length;
    const waiting = batch.rows.filter((row) => row.letter.status === 'draft' && !row.sendable).length;
    res.status(status).render('pages/console/outreach/batch', {
      title: batch.title,
      consoleNav: true,
      flash: state.flash ?? null,
      formError: state.formError ?? null,
      batch: { ...batch, sendUrl: `${urls.batch(batch.id)}/send` },
      rows,
      ready,
      sendLabel: countText('outreach.console.batch.send_button', ready),
      waitingText: waiting ? countText('outreach.console.batch.waiting', waiting) : null,
    });
  }

  private async renderForm(res: Response, status: number, form: BatchForm, shown: Shown): Promise<void> {
    const companies = await this.companies.listNames();
    res.status(status).render('pages/console/outreach/batch-new', {
      title: t('outreach.console.batch.new_title'),
      consoleNav: true,
      form: {
        ...form,
        companyChoices: checkboxes(
          companies.map((company) => ({ value: company.slug, label: company.name })),
          form.companies,
        ),
        fields: letterFields(),
      },
      templates: composable(this.letters.templates()).map((template) => ({
        value: template.key,
        label: template.name,
      })),
      ...shown,
    });
  }
}
