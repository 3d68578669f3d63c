import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DATE_PRECISIONS, t, validateInput } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CompanyService, type CompanyView } from '#libs/companies';
import { ExternalLettersService, LetterContextBuilder, RecordExternalLetterDto } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { evidenceChoices } from './letter-page';
import {
  externalLetterFormFrom,
  externalLetterInput,
  text,
  type ExternalLetterForm,
  type FormBody,
} from './outreach-forms';
import { ORGANIZERS, refusalFor, shownErrors, urls, withNotice, type Shown } from './outreach-page-model';

const FIELDS = [
  'senderOrganization',
  'sentOn',
  'sentOnPrecision',
  'subject',
  'summary',
  'evidence',
  'deadlineDays',
  'source.url',
  'source.title',
  'source.publisher',
  'source.publishedOn',
  'sourceExcerpt',
] as const;

/** A letter another organization sent, recorded from the source that documents it. */
@ApiExcludeController()
@Controller('console/outreach/external-letters')
export class OutreachExternalLettersController {
  constructor(
    private readonly letters: ExternalLettersService,
    private readonly contexts: LetterContextBuilder,
    private readonly companies: CompanyService,
  ) {}

  @Get('new')
  @Access(ORGANIZERS)
  async newForm(@Query() query: FormBody, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(text(query, 'company'));
    await this.render(res, 200, company, externalLetterFormFrom({ deadlineDays: '14', sentOnPrecision: 'day' }), {
      errors: [],
      formError: null,
    });
  }

  @Post('new')
  @Access(ORGANIZERS)
  async record(@Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(text(body, 'company'));
    const form = externalLetterFormFrom(body);
    const { value, errors } = await validateInput(RecordExternalLetterDto, externalLetterInput(company.slug, form));
    if (errors.length) return this.render(res, 400, company, form, shownErrors(errors, FIELDS));
    try {
      await this.letters.record(actorOf(principal), value);
    } catch (error) {
      const refusal = refusalFor(error, FIELDS);
      if (!refusal) throw error;
      return this.render(res, refusal.status, company, form, refusal);
    }
    res.redirect(303, withNotice(urls.company(company.slug), 'external_recorded'));
  }

  private async render(
    res: Response,
    status: number,
    company: CompanyView,
    form: ExternalLetterForm,
    shown: Shown,
  ): Promise<void> {
    const evidence = await this.contexts.evidenceFor(company.slug);
    const heading = t('outreach.console.external.title', { company: company.name });
    res.status(status).render('pages/console/outreach/external-letter-new', {
      title: heading,
      consoleNav: true,
      heading,
      company: { slug: company.slug, name: company.name, url: urls.company(company.slug) },
      action: urls.newExternalLetter(),
      form: { ...form, evidenceChoices: evidenceChoices(evidence, form.evidence) },
      precisions: DATE_PRECISIONS.map((value) => ({ value, label: t(`dates.precision.${value}`) })),
      ...shown,
    });
  }
}
