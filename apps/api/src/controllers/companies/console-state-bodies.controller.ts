import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateStateBodyDto, StateBodyQueryDto, StateBodyService, type StateBodyView } from '#libs/companies';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import {
  emptyRecordForm,
  formRefusal,
  recordFormFrom,
  recordFormOf,
  recordInput,
  stateBodyKindOptions,
  type RecordForm,
} from './forms';
import { noticeText, pageUrl, stateBodyPage } from './page-model';

const WRITERS = { roles: ['researcher' as const], token: false as const };
const NOTICES = ['created', 'saved', 'deleted'];

interface FormState {
  form: RecordForm;
  errors: ErrorDetail[];
  formError?: string | null;
}

/** The organizer console's state-body pages: list, create, edit, delete with confirmation. */
@ApiExcludeController()
@Controller('console/state-bodies')
export class ConsoleStateBodiesController {
  constructor(private readonly stateBodies: StateBodyService) {}

  @Get()
  @Access({ roles: 'any' })
  async list(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { value: query, errors } = await validateInput(StateBodyQueryDto, { q: raw.q, cursor: raw.cursor });
    const page = errors.length ? null : await this.stateBodies.search({ q: query.q, cursor: query.cursor, limit: 50 });
    res.status(errors.length ? 400 : 200).render('pages/console/state-bodies/index', {
      title: t('state_bodies.console.title'),
      consoleNav: true,
      q: typeof raw.q === 'string' ? raw.q : '',
      errors,
      flash: noticeText(raw.notice, NOTICES),
      stateBodies: page?.data.map(stateBodyPage) ?? [],
      totalLabel: page
        ? t(page.total === 1 ? 'state_bodies.count_one' : 'state_bodies.count', { count: page.total })
        : '',
      nextUrl: page?.nextCursor ? pageUrl('/console/state-bodies', { q: query.q, cursor: page.nextCursor }) : null,
      firstUrl: query.cursor ? pageUrl('/console/state-bodies', { q: query.q }) : null,
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
    const { value, errors } = await validateInput(CreateStateBodyDto, recordInput(form, true));
    if (errors.length) return this.renderNew(res, 400, { form, errors });
    let created: StateBodyView;
    try {
      created = await this.stateBodies.create(actorOf(principal), value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderNew(res, refusal.status, { form, ...refusal });
    }
    res.redirect(303, `/console/state-bodies/${encodeURIComponent(created.slug)}/edit?notice=created`);
  }

  @Get(':slug/edit')
  @Access(WRITERS)
  async editForm(@Param('slug') slug: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const body = await this.stateBodies.getBySlug(slug);
    this.renderEdit(res, 200, body, { form: recordFormOf(body), errors: [] }, noticeText(notice, NOTICES));
  }

  @Post(':slug/edit')
  @Access(WRITERS)
  async update(
    @Param('slug') slug: string,
    @Body() input: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const body = await this.stateBodies.getBySlug(slug);
    const form = recordFormFrom(input);
    const { value, errors } = await validateInput(CreateStateBodyDto, recordInput(form, true));
    if (errors.length) return this.renderEdit(res, 400, body, { form, errors });
    let saved: StateBodyView;
    try {
      saved = await this.stateBodies.replace(actorOf(principal), slug, value);
    } catch (error) {
      const refusal = formRefusal(error);
      if (!refusal) throw error;
      return this.renderEdit(res, refusal.status, body, { form, ...refusal });
    }
    res.redirect(303, `/console/state-bodies/${encodeURIComponent(saved.slug)}/edit?notice=saved`);
  }

  @Get(':slug/delete')
  @Access(WRITERS)
  async confirmDelete(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const stateBody = await this.stateBodies.getBySlug(slug);
    res.render('pages/console/state-bodies/delete', {
      title: t('state_bodies.console.delete_title', { name: stateBody.name }),
      consoleNav: true,
      stateBody,
    });
  }

  @Post(':slug/delete')
  @Access(WRITERS)
  async delete(
    @Param('slug') slug: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    await this.stateBodies.delete(actorOf(principal), slug);
    res.redirect(303, '/console/state-bodies?notice=deleted');
  }

  private renderNew(res: Response, status: number, state: FormState): void {
    res.status(status).render('pages/console/state-bodies/form', {
      title: t('state_bodies.console.new_title'),
      consoleNav: true,
      heading: t('state_bodies.console.new_title'),
      action: '/console/state-bodies/new',
      kinds: stateBodyKindOptions(),
      formError: null,
      ...state,
    });
  }

  private renderEdit(
    res: Response,
    status: number,
    stateBody: StateBodyView,
    state: FormState,
    flash: string | null = null,
  ): void {
    res.status(status).render('pages/console/state-bodies/form', {
      title: t('state_bodies.console.edit_title', { name: stateBody.name }),
      consoleNav: true,
      heading: t('state_bodies.console.edit_title', { name: stateBody.name }),
      action: `/console/state-bodies/${encodeURIComponent(stateBody.slug)}/edit`,
      stateBody,
      kinds: stateBodyKindOptions(),
      flash,
      formError: null,
      ...state,
    });
  }
}
