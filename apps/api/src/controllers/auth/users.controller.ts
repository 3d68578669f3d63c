import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainException, t, validateInput, type ErrorDetail } from '#libs/core';
import { UsersService, type Principal } from '#libs/auth';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { roleOptions, toUserRow, type UserRowView } from './auth.view';
import { CreateUserDto } from './dto/create-user.dto';
import { CHECKED, UpdateUserDto } from './dto/update-user.dto';
import { formErrorsFrom, noStore } from './form-errors';

interface NewUserForm {
  email?: string;
  displayName?: string;
  role?: string;
  errors: ErrorDetail[];
}

interface EditUserForm {
  role: string;
  displayName: string;
  disabled: boolean;
  errors: ErrorDetail[];
  formError: string | null;
}

/** Admins manage the organizer accounts. Passwords are generated and shown once. */
@ApiExcludeController()
@Controller('console/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access({ roles: ['admin'] })
  async list(@Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const users = await this.users.list();
    res.render('pages/console/users/index', {
      title: t('auth.users.title'),
      consoleNav: true,
      users: users.map(toUserRow),
      flash: notice === 'saved' ? t('auth.users.saved') : null,
    });
  }

  @Get('new')
  @Access({ roles: ['admin'] })
  newForm(@Res() res: Response): void {
    this.renderNew(res, 200, { role: 'researcher', errors: [] });
  }

  @Post('new')
  @Access({ roles: ['admin'] })
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { value, errors } = await validateInput(CreateUserDto, body);
    const form = { email: asText(value.email), displayName: asText(value.displayName), role: asText(value.role) };
    if (errors.length) return this.renderNew(res, 400, { ...form, errors });
    let created;
    try {
      created = await this.users.create(actorOf(principal), {
        email: value.email,
        displayName: value.displayName,
        role: value.role,
      });
    } catch (error) {
      if (error instanceof DomainException && error.code === 'auth_email_taken')
        return this.renderNew(res, 409, { ...form, errors: formErrorsFrom(error).errors });
      throw error;
    }
    noStore(res);
    const user = toUserRow(created.user);
    res.status(201).render('pages/console/users/created', {
      title: t('auth.users.created_title'),
      consoleNav: true,
      user,
      body: t('auth.users.created_body', { email: user.email, role: user.roleLabel }),
      password: created.password,
    });
  }

  @Get(':id/edit')
  @Access({ roles: ['admin'] })
  async editForm(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const user = toUserRow(await this.users.get(id));
    this.renderEdit(res, 200, user, {
      role: user.role,
      displayName: user.displayName,
      disabled: user.disabled,
      errors: [],
      formError: null,
    });
  }

  @Post(':id/edit')
  @Access({ roles: ['admin'] })
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const user = toUserRow(await this.users.get(id));
    const { value, errors } = await validateInput(UpdateUserDto, body);
    const disabled = (CHECKED as readonly string[]).includes(value.disabled ?? '');
    const form = { role: asText(value.role) ?? '', displayName: asText(value.displayName) ?? '', disabled };
    if (errors.length) return this.renderEdit(res, 400, user, { ...form, errors, formError: null });
    try {
      await this.users.update(actorOf(principal), id, {
        role: value.role,
        displayName: value.displayName ?? '',
        disabled,
      });
    } catch (error) {
      // The service refuses to leave the console without an active admin.
      if (error instanceof DomainException && error.code === 'auth_last_admin')
        return this.renderEdit(res, 409, user, { ...form, ...formErrorsFrom(error) });
      throw error;
    }
    res.redirect(303, '/console/users?notice=saved');
  }

  @Post(':id/reset-password')
  @Access({ roles: ['admin'] })
  async resetPassword(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const user = toUserRow(await this.users.get(id));
    const password = await this.users.resetPassword(actorOf(principal), id);
    noStore(res);
    // Nest answers a POST with 201 unless told otherwise; nothing new was created here.
    res.status(200).render('pages/console/users/password-reset', {
      title: t('auth.users.reset_title'),
      consoleNav: true,
      user,
      body: t('auth.users.reset_body', { email: user.email }),
      password,
    });
  }

  private renderNew(res: Response, status: number, form: NewUserForm): void {
    res.status(status).render('pages/console/users/new', {
      title: t('auth.users.new'),
      consoleNav: true,
      roles: roleOptions(),
      ...form,
    });
  }

  private renderEdit(res: Response, status: number, user: UserRowView, form: EditUserForm): void {
    res.status(status).render('pages/console/users/edit', {
      title: t('auth.users.edit_title', { email: user.email }),
      consoleNav: true,
      user,
      roles: roleOptions(),
      ...form,
    });
  }
}

/** A form value to show again: strings only (a repeated field arrives as an array). */
function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
