import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, t, validateInput, type AppConfig, type ErrorDetail } from '#libs/core';
import { TokensService, type Principal } from '#libs/auth';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { scopeOptions, toTokenRow } from './auth.view';
import { CreateTokenDto } from './dto/create-token.dto';
import { noStore } from './form-errors';

interface TokenForm {
  name?: string;
  scope?: string;
  errors: ErrorDetail[];
}

/** API tokens: everyone manages their own; admins see and revoke everyone's. */
@ApiExcludeController()
@Controller('console/tokens')
export class TokensController {
  constructor(
    private readonly tokens: TokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Access({ roles: 'any' })
  async list(
    @Query('notice') notice: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    await this.renderList(
      res,
      200,
      principal,
      { scope: 'read', errors: [] },
      notice === 'revoked' ? t('auth.tokens.revoked') : null,
    );
  }

  @Post()
  @Access({ roles: 'any' })
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { value, errors } = await validateInput(CreateTokenDto, body);
    if (errors.length) {
      const form = {
        name: typeof value.name === 'string' ? value.name : undefined,
        scope: typeof value.scope === 'string' ? value.scope : undefined,
      };
      return this.renderList(res, 400, principal, { ...form, errors }, null);
    }
    // A token always belongs to whoever creates it; admins make tokens for others with the CLI.
    const created = await this.tokens.create(actorOf(principal), principal.userId, value.name, value.scope);
    const token = toTokenRow(created.view);
    noStore(res);
    res.status(201).render('pages/console/tokens/created', {
      title: t('auth.tokens.created_title'),
      consoleNav: true,
      body: t('auth.tokens.created_body', { name: token.name, scope: token.scopeLabel }),
      secret: created.token,
      usage: `curl -H "Authorization: Bearer ${created.token}" ${this.config.publicUrl}/api/v1/companies`,
    });
  }

  @Post(':id/revoke')
  @Access({ roles: 'any' })
  async revoke(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    // Someone else's token answers "not found", not "forbidden": its existence is not theirs to learn.
    await this.tokens.revoke(actorOf(principal), id, principal.role === 'admin' ? null : principal.userId);
    res.redirect(303, '/console/tokens?notice=revoked');
  }

  private async renderList(
    res: Response,
    status: number,
    principal: Principal,
    form: TokenForm,
    flash: string | null,
  ): Promise<void> {
    const isAdmin = principal.role === 'admin';
    const tokens = isAdmin ? await this.tokens.listAll() : await this.tokens.listForUser(principal.userId);
    res.status(status).render('pages/console/tokens/index', {
      title: t('auth.tokens.title'),
      consoleNav: true,
      isAdmin,
      tokens: tokens.map(toTokenRow),
      scopes: scopeOptions(),
      flash,
      ...form,
    });
  }
}
