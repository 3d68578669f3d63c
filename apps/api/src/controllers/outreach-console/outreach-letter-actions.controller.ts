import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t, type Actor } from '#libs/core';
import type { Principal } from '#libs/auth';
import {
  ContactsService,
  InboundService,
  LetterContextBuilder,
  LettersService,
  ResponsesService,
  type PreviewView,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { LETTER_FORM_FIELDS, LETTER_RENAME, letterUrls, renderLetterPage, type LetterPageDeps } from './letter-page';
import { versionOf, type FormBody } from './outreach-forms';
import { ORGANIZERS, refusalFor, urls, withNotice } from './outreach-page-model';

/**
 * The letter's HTML version is the company's email, not our page: it is served on its own with a
 * policy that runs nothing and loads nothing, and only our own pages may frame it.
 */
const PREVIEW_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** A letter's preview (text and HTML), sending it once, and making its text public. */
@ApiExcludeController()
@Controller('console/outreach/letters')
export class OutreachLetterActionsController {
  constructor(
    private readonly letters: LettersService,
    private readonly contacts: ContactsService,
    private readonly contexts: LetterContextBuilder,
    private readonly inbound: InboundService,
    private readonly responses: ResponsesService,
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

  /** What the company would receive if the draft were sent now (a sent letter: what it received). */
  @Get(':id/preview')
  @Access(ORGANIZERS)
  async preview(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const letter = await this.letters.get(id);
    let preview: PreviewView | null = null;
    let formError: string | null = null;
    try {
      preview = await this.letters.preview(letter.id, actorOf(principal));
    } catch (error) {
      const refusal = refusalFor(error, []);
      if (!refusal) throw error;
      formError = refusal.formError;
    }
    res.status(preview ? 200 : 400).render('pages/console/outreach/letter-preview', {
      title: t('outreach.console.preview.title', { company: letter.company.name }),
      consoleNav: true,
      formError,
      draft: letter.status === 'draft',
      letterUrl: urls.letter(letter.id),
      companyName: letter.company.name,
      preview: preview
        ? { subject: preview.subject, text: preview.text, htmlUrl: letterUrls.previewHtml(letter.id) }
        : null,
    });
  }

  @Get(':id/preview.html')
  @Access(ORGANIZERS)
  async previewHtml(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const preview = await this.letters.preview(id, actorOf(principal));
    res.setHeader('Content-Security-Policy', PREVIEW_POLICY);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.type('html').send(preview.html);
  }

  @Post(':id/send')
  @Access(ORGANIZERS)
  send(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    return this.step(res, id, principal, 'sent', (actor) => this.letters.send(actor, id, { version: versionOf(body) }));
  }

  @Post(':id/publish')
  @Access(ORGANIZERS)
  publish(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    return this.step(res, id, principal, 'published', (actor) =>
      this.letters.publish(actor, id, { version: versionOf(body) }),
    );
  }

  /** Runs one action; after it, back to the letter with a notice, or the letter again with the refusal on top. */
  private async step(
    res: Response,
    id: string,
    principal: Principal,
    notice: string,
    run: (actor: Actor) => Promise<unknown>,
  ): Promise<void> {
    try {
      await run(actorOf(principal));
    } catch (error) {
      const refusal = refusalFor(error, LETTER_FORM_FIELDS, LETTER_RENAME);
      if (!refusal) throw error;
      return renderLetterPage(this.deps, res, id, {
        status: refusal.status,
        errors: refusal.errors,
        formError: refusal.formError,
      });
    }
    res.redirect(303, withNotice(urls.letter(id), notice));
  }
}
