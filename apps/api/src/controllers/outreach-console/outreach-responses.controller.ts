import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DATE_PRECISIONS, t, validateInput } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CompanyService, type CompanyView } from '#libs/companies';
import {
  CLASSIFICATIONS,
  LetterContextBuilder,
  LettersService,
  RecordResponseDto,
  RESPONSE_CHANNELS,
  ResponsesService,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { evidenceChoices } from './letter-page';
import { responseFormFrom, responseInput, text, type FormBody, type ResponseForm } from './outreach-forms';
import { options, ORGANIZERS, refusalFor, shownErrors, urls, withNotice, type Shown } from './outreach-page-model';

const FIELDS = [
  'letter',
  'channel',
  'respondedOn',
  'respondedOnPrecision',
  'dueOn',
  'text',
  'url',
  'classification',
  'evidence',
] as const;

/** A response recorded by hand: a public statement, a quote in the press, a meeting, a reply that came another way. */
@ApiExcludeController()
@Controller('console/outreach/responses')
export class OutreachResponsesController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly letters: LettersService,
    private readonly contexts: LetterContextBuilder,
    private readonly companies: CompanyService,
  ) {}

  @Get('new')
  @Access(ORGANIZERS)
  async newForm(@Query() query: FormBody, @Res() res: Response): Promise<void> {
    const slug = text(query, 'company');
    if (!slug) {
      const companies = await this.companies.listNames();
      return res.render('pages/console/outreach/choose-company', {
        title: t('outreach.console.response.choose_title'),
        consoleNav: true,
        heading: t('outreach.console.response.choose_title'),
        action: urls.newResponse(),
        companies: companies.map((company) => ({ value: company.slug, label: company.name })),
      });
    }
    const company = await this.companies.getBySlug(slug);
    const form: ResponseForm = {
      letter: text(query, 'letter'),
      channel: '',
      respondedOn: '',
      respondedOnPrecision: 'day',
      dueOn: '',
      text: '',
      url: '',
      classification: '',
      evidence: [],
    };
    await this.render(res, 200, company, form, { errors: [], formError: null });
  }

  @Post('new')
  @Access(ORGANIZERS)
  async record(@Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(text(body, 'company'));
    const form = responseFormFrom(body);
    const { value, errors } = await validateInput(RecordResponseDto, responseInput(company.slug, form));
    if (errors.length) return this.render(res, 400, company, form, shownErrors(errors, FIELDS));
    try {
      await this.responses.record(actorOf(principal), value);
    } catch (error) {
      const refusal = refusalFor(error, FIELDS);
      if (!refusal) throw error;
      return this.render(res, refusal.status, company, form, refusal);
    }
    res.redirect(303, withNotice(urls.company(company.slug), 'response_recorded'));
  }

  private async render(
    res: Response,
    status: number,
    company: CompanyView,
    form: ResponseForm,
    shown: Shown,
  ): Promise<void> {
    // One database connection when embedded: these run one after another.
    const letters = (await this.letters.list({ company: company.slug })).filter((letter) => letter.status !== 'draft');
    const evidence = await this.contexts.evidenceFor(company.slug);
    const heading = t('outreach.console.response.title', { company: company.name });
    res.status(status).render('pages/console/outreach/response-new', {
      title: heading,
      consoleNav: true,
      heading,
      company: { slug: company.slug, name: company.name, url: urls.company(company.slug) },
      action: urls.newResponse(),
      form: { ...form, evidenceChoices: evidenceChoices(evidence, form.evidence) },
      letters: letters.map((letter) => ({
        value: letter.id,
        label: t(
          letter.sentBy
            ? 'outreach.console.response.letter_choice_external'
            : 'outreach.console.response.letter_choice',
          {
            sender: letter.sentBy ?? '',
            subject: letter.subject,
            date: letter.sentAt?.slice(0, 10) ?? '',
          },
        ),
      })),
      channels: options(RESPONSE_CHANNELS, 'channel'),
      precisions: DATE_PRECISIONS.map((value) => ({ value, label: t(`dates.precision.${value}`) })),
      classifications: options(CLASSIFICATIONS, 'classification'),
      ...shown,
    });
  }
}
