import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t, validateInput } from '#libs/core';
import type { Principal } from '#libs/auth';
import {
  AttachReplyDto,
  CLASSIFICATIONS,
  ClassifyReplyDto,
  InboundService,
  LetterContextBuilder,
  LettersService,
  ResponsesService,
  type InboundStatus,
  type InboundView,
  publishableReply,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { evidenceChoices } from './letter-page';
import { classifyFormFrom, classifyInput, text, type ClassifyForm, type FormBody } from './outreach-forms';
import {
  inboundRow,
  noticeText,
  options,
  ORGANIZERS,
  refusalFor,
  shownErrors,
  urls,
  withNotice,
  type Shown,
} from './outreach-page-model';

/** The tabs of received mail: the work waiting first. */
const TABS: { key: string; status?: InboundStatus }[] = [
  { key: 'awaiting', status: 'attached' },
  { key: 'held', status: 'held' },
  { key: 'bounces', status: 'bounce' },
  { key: 'all' },
];
const CLASSIFY_FIELDS = ['classification', 'evidence', 'text'] as const;
/** Sent letters offered to attach a held message to. */
const ATTACH_CHOICES = 100;

interface InboundState {
  status?: number;
  flash?: string | null;
  classify?: ClassifyForm;
  classifyShown?: Shown;
  attach?: { letter: string } & Shown;
  formError?: string | null;
}

/**
 * Mail that reached us: replies waiting to be classified, the holding pen, bounces. A message is
 * read as plain text (never its HTML), and can be downloaded whole.
 */
@ApiExcludeController()
@Controller('console/outreach/inbound')
export class OutreachInboundController {
  constructor(
    private readonly inbound: InboundService,
    private readonly responses: ResponsesService,
    private readonly letters: LettersService,
    private readonly contexts: LetterContextBuilder,
  ) {}

  @Get()
  @Access(ORGANIZERS)
  async list(@Query('tab') tab: unknown, @Res() res: Response): Promise<void> {
    const current = TABS.find((entry) => entry.key === tab) ?? TABS[0];
    const messages = await this.inbound.list(current.status ? { status: current.status } : {});
    res.render('pages/console/outreach/inbound-list', {
      title: t('outreach.console.inbound.title'),
      consoleNav: true,
      tabs: TABS.map((entry) => ({
        label: t(`outreach.console.inbound.tab.${entry.key}`),
        url: urls.inbound(entry.key === 'awaiting' ? undefined : entry.key),
        current: entry === current,
      })),
      caption: t(`outreach.console.inbound.tab.${current.key}`),
      empty: t(`outreach.console.inbound.empty.${current.key}`),
      messages: messages.map(inboundRow),
    });
  }

  @Get(':id')
  @Access(ORGANIZERS)
  async show(@Param('id') id: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    await this.render(res, id, { flash: noticeText(notice) });
  }

  /** The message exactly as it arrived, as a file: never shown as a page. */
  @Get(':id/raw')
  @Access(ORGANIZERS)
  async raw(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const mail = await this.inbound.get(id);
    const raw = await this.inbound.raw(mail.id);
    res.setHeader('Content-Type', 'message/rfc822');
    res.setHeader('Content-Disposition', `attachment; filename="message-${mail.id}.eml"`);
    res.send(raw);
  }

  @Post(':id/classify')
  @Access(ORGANIZERS)
  async classify(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = classifyFormFrom(body);
    const { value, errors } = await validateInput(ClassifyReplyDto, classifyInput(form));
    if (errors.length)
      return this.render(res, id, { status: 400, classify: form, classifyShown: shownErrors(errors, CLASSIFY_FIELDS) });
    try {
      await this.responses.classify(actorOf(principal), id, value);
    } catch (error) {
      const refusal = refusalFor(error, CLASSIFY_FIELDS);
      if (!refusal) throw error;
      return this.render(res, id, { status: refusal.status, classify: form, classifyShown: refusal });
    }
    res.redirect(303, withNotice(urls.inboundItem(id), 'classified'));
  }

  @Post(':id/attach')
  @Access(ORGANIZERS)
  async attach(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const letter = text(body, 'letter');
    const { value, errors } = await validateInput(AttachReplyDto, { letter });
    if (errors.length)
      return this.render(res, id, { status: 400, attach: { letter, ...shownErrors(errors, ['letter']) } });
    try {
      await this.inbound.attach(actorOf(principal), id, value);
    } catch (error) {
      const refusal = refusalFor(error, ['letter']);
      if (!refusal) throw error;
      return this.render(res, id, { status: refusal.status, attach: { letter, ...refusal } });
    }
    res.redirect(303, withNotice(urls.inboundItem(id), 'attached'));
  }

  @Post(':id/dismiss')
  @Access(ORGANIZERS)
  async dismiss(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.inbound.dismiss(actorOf(principal), id);
    } catch (error) {
      const refusal = refusalFor(error, []);
      if (!refusal) throw error;
      return this.render(res, id, { status: refusal.status, formError: refusal.formError });
    }
    res.redirect(303, withNotice(urls.inbound('held'), 'dismissed'));
  }

  private async render(res: Response, id: string, state: InboundState): Promise<void> {
    const mail = await this.inbound.get(id);
    const canClassify = (mail.status === 'attached' || mail.status === 'auto_reply') && mail.letterId !== null;
    const canAttach = mail.status === 'held' || mail.status === 'dismissed';
    const canDismiss = mail.status === 'held' || mail.status === 'attached' || mail.status === 'auto_reply';
    // One database connection when embedded: these run one after another.
    const classify = canClassify ? await this.classifySection(mail, state) : null;
    const attach = canAttach ? await this.attachSection(mail, state) : null;
    const response = mail.responseId ? await this.responses.get(mail.responseId) : null;
    res.status(state.status ?? 200).render('pages/console/outreach/inbound', {
      title: mail.subject || t('outreach.console.inbound.no_subject'),
      consoleNav: true,
      flash: state.flash ?? null,
      formError: state.formError ?? null,
      mail: {
        ...inboundRow(mail),
        messageId: mail.messageId,
        sentDate: mail.sentDate,
        via: t(`outreach.console.inbound.via.${mail.via}`),
        text: mail.text,
        attachments: mail.attachments,
        size: mail.size,
        handledBy: mail.handledByLabel,
        rawUrl: `${urls.inboundItem(mail.id)}/raw`,
        responseUrl: response?.letterId ? urls.letter(response.letterId) : null,
        response: response
          ? {
              classificationLabel: t(`outreach.classification.${response.classification}`),
              respondedOn: response.respondedOn,
            }
          : null,
      },
      classify,
      attach,
      dismissUrl: canDismiss ? `${urls.inboundItem(mail.id)}/dismiss` : null,
    });
  }

  /** Classifying a reply: what it amounts to, the evidence it answers (the letter's, to start with), the words to publish. */
  private async classifySection(mail: InboundView, state: InboundState) {
    const letter = await this.letters.get(mail.letterId as string);
    const evidence = await this.contexts.evidenceFor(letter.company.slug);
    const form = state.classify ?? {
      classification: '',
      evidence: letter.evidenceIds,
      text: publishableReply(mail.text),
    };
    return {
      url: `${urls.inboundItem(mail.id)}/classify`,
      form: { ...form, evidenceChoices: evidenceChoices(evidence, form.evidence) },
      classifications: options(CLASSIFICATIONS, 'classification'),
      autoReply: mail.status === 'auto_reply',
      ...(state.classifyShown ?? { errors: [], formError: null }),
    };
  }

  /** Attaching a held message: the sent letters of its company if known, else the latest sent letters. */
  private async attachSection(mail: InboundView, state: InboundState) {
    const sent = await this.letters.list(
      mail.company ? { company: mail.company.slug, status: 'sent' } : { status: 'sent' },
    );
    const choices = sent.slice(0, ATTACH_CHOICES).map((letter) => ({
      value: letter.id,
      label: t('outreach.console.inbound.attach_choice', {
        company: letter.company.name,
        subject: letter.subject,
        date: letter.sentAt?.slice(0, 10) ?? '',
      }),
    }));
    return {
      url: `${urls.inboundItem(mail.id)}/attach`,
      letter: state.attach?.letter ?? '',
      choices,
      errors: state.attach?.errors ?? [],
      formError: state.attach?.formError ?? null,
    };
  }
}
