import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CompanyService, type CompanyView } from '#libs/companies';
import {
  ComposeLetterDto,
  ContactsService,
  DEFAULT_DEADLINE_DAYS,
  InboundService,
  LetterContextBuilder,
  LettersService,
  ResponsesService,
  UpdateLetterDto,
  type LetterView,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import {
  evidenceChoices,
  LETTER_FORM_FIELDS,
  LETTER_RENAME,
  letterFields,
  recipientChoices,
  renderLetterPage,
  type LetterPageDeps,
} from './letter-page';
import {
  composeInput,
  letterFormFrom,
  text,
  updateInput,
  versionOf,
  type FormBody,
  type LetterForm,
} from './outreach-forms';
import {
  composable,
  noticeText,
  ORGANIZERS,
  refusalFor,
  shownErrors,
  urls,
  withNotice,
  type Shown,
} from './outreach-page-model';

const COMPOSE_FIELDS = ['template', 'kind', ...LETTER_FORM_FIELDS] as const;
const KINDS = ['initial', 'escalation'] as const;

/** A subject or a body left empty in the editor would send an empty letter: the form asks for it. */
function blankSources(form: LetterForm): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  if (form.subject.trim() === '')
    errors.push({ field: 'subject', message: t('outreach.console.letter.subject_required') });
  if (form.body.trim() === '') errors.push({ field: 'body', message: t('outreach.console.letter.body_required') });
  return errors;
}

/**
 * Writing letters: compose a draft from a template (for one company, to chosen contacts, about
 * chosen evidence), then the letter's page — a draft's editor, or a sent letter frozen — and
 * deleting a draft. Preview, send and publish: OutreachLetterActionsController.
 */
@ApiExcludeController()
@Controller('console/outreach/letters')
export class OutreachLettersController {
  constructor(
    private readonly letters: LettersService,
    private readonly contacts: ContactsService,
    private readonly contexts: LetterContextBuilder,
    private readonly inbound: InboundService,
    private readonly responses: ResponsesService,
    private readonly companies: CompanyService,
  ) {}

  private get deps(): LetterPageDeps {
    return {
      letters: this.letters,
      contacts: this.contacts,
      contexts: this.contexts,
      inbound: this.inbound,
      responses: this.responses,
    };
  }

  @Get('new')
  @Access(ORGANIZERS)
  async newForm(@Query() query: FormBody, @Res() res: Response): Promise<void> {
    const slug = text(query, 'company');
    if (!slug) return this.chooseCompany(res);
    const company = await this.companies.getBySlug(slug);
    const kind = (KINDS as readonly string[]).includes(text(query, 'kind')) ? text(query, 'kind') : 'initial';
    const contacts = await this.contacts.forCompany(company.slug);
    const evidence = await this.contexts.evidenceFor(company.slug);
    const active = contacts.filter((contact) => contact.active);
    const asked = active.find((contact) => contact.id === text(query, 'contact'));
    const form: LetterForm = {
      template: kind === 'escalation' ? 'escalation' : 'inquiry',
      kind,
      contacts: asked ? [asked.id] : active.slice(0, 1).map((contact) => contact.id),
      evidence: evidence.map((item) => item.id),
      deadlineDays: String(DEFAULT_DEADLINE_DAYS),
      subject: '',
      body: '',
      version: '',
    };
    await this.renderCompose(res, 200, company, form, { errors: [], formError: null });
  }

  @Post('new')
  @Access(ORGANIZERS)
  async compose(@Body() body: FormBody, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(text(body, 'company'));
    const form = letterFormFrom(body);
    const { value, errors } = await validateInput(ComposeLetterDto, composeInput(company.slug, form));
    if (errors.length)
      return this.renderCompose(res, 400, company, form, shownErrors(errors, COMPOSE_FIELDS, LETTER_RENAME));
    let letter: LetterView;
    try {
      letter = await this.letters.compose(actorOf(principal), value);
    } catch (error) {
      const refusal = refusalFor(error, COMPOSE_FIELDS, LETTER_RENAME);
      if (!refusal) throw error;
      return this.renderCompose(res, refusal.status, company, form, refusal);
    }
    res.redirect(303, withNotice(urls.letter(letter.id), 'composed'));
  }

  @Get(':id')
  @Access(ORGANIZERS)
  async show(@Param('id') id: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    await renderLetterPage(this.deps, res, id, { flash: noticeText(notice) });
  }

  @Post(':id/edit')
  @Access(ORGANIZERS)
  async update(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = letterFormFrom(body);
    const { value, errors } = await validateInput(UpdateLetterDto, updateInput(form));
    const mistakes = [...blankSources(form), ...errors];
    if (mistakes.length)
      return renderLetterPage(this.deps, res, id, {
        status: 400,
        form,
        ...shownErrors(mistakes, LETTER_FORM_FIELDS, LETTER_RENAME),
      });
    try {
      await this.letters.update(actorOf(principal), id, value);
    } catch (error) {
      const refusal = refusalFor(error, LETTER_FORM_FIELDS, LETTER_RENAME);
      if (!refusal) throw error;
      return renderLetterPage(this.deps, res, id, {
        status: refusal.status,
        form,
        errors: refusal.errors,
        formError: refusal.formError,
      });
    }
    res.redirect(303, withNotice(urls.letter(id), 'saved'));
  }

  @Post(':id/delete')
  @Access(ORGANIZERS)
  async deleteDraft(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const letter = await this.letters.get(id);
    try {
      await this.letters.deleteDraft(actorOf(principal), id, { version: versionOf(body) });
    } catch (error) {
      const refusal = refusalFor(error, []);
      if (!refusal) throw error;
      return renderLetterPage(this.deps, res, id, { status: refusal.status, formError: refusal.formError });
    }
    res.redirect(303, withNotice(urls.company(letter.company.slug), 'draft_deleted'));
  }

  /** Without a company: which company to write to (a GET form, so it works without JavaScript). */
  private async chooseCompany(res: Response): Promise<void> {
    const companies = await this.companies.listNames();
    res.render('pages/console/outreach/choose-company', {
      title: t('outreach.console.compose.choose_title'),
      consoleNav: true,
      heading: t('outreach.console.compose.choose_title'),
      action: urls.newLetter(),
      companies: companies.map((company) => ({ value: company.slug, label: company.name })),
    });
  }

  private async renderCompose(
    res: Response,
    status: number,
    company: CompanyView,
    form: LetterForm,
    shown: Shown,
  ): Promise<void> {
    // One database connection when embedded: these run one after another.
    const contacts = await this.contacts.forCompany(company.slug);
    const evidence = await this.contexts.evidenceFor(company.slug);
    const templates = composable(this.letters.templates());
    const heading = t(
      form.kind === 'escalation' ? 'outreach.console.compose.escalation_title' : 'outreach.console.compose.title',
      { company: company.name },
    );
    res.status(status).render('pages/console/outreach/letter-new', {
      title: heading,
      consoleNav: true,
      heading,
      company: {
        slug: company.slug,
        name: company.name,
        url: urls.company(company.slug),
        addContactUrl: urls.newContact(company.slug),
      },
      form: {
        ...form,
        contactChoices: recipientChoices(contacts, form.contacts),
        evidenceChoices: evidenceChoices(evidence, form.evidence),
        noActiveContact: !contacts.some((contact) => contact.active),
        fields: letterFields(),
      },
      templates: templates.map((template) => ({ value: template.key, label: template.name })),
      kinds: KINDS.map((kind) => ({ value: kind, label: t(`outreach.console.compose.kind_${kind}`) })),
      ...shown,
    });
  }
}
