import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainException, t, validateInput, type ErrorDetail } from '#libs/core';
import { MIN_PASSWORD_LENGTH, UsersService, type Principal } from '#libs/auth';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ChangePasswordDto } from './dto/change-password.dto';
import { csrfTokenFor } from '../../http/pipeline';
import { formErrorsFrom } from './form-errors';

/** The signed-in person's own account. */
@ApiExcludeController()
@Controller('console/account')
export class AccountController {
  constructor(private readonly users: UsersService) {}

  @Get('password')
  @Access({ roles: 'any' })
  passwordForm(@Res() res: Response): void {
    this.render(res, 200, { errors: [], changed: false });
  }

  @Post('password')
  @Access({ roles: 'any' })
  async changePassword(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { value, errors } = await validateInput(ChangePasswordDto, body);
    if (errors.length) return this.render(res, 400, { errors, changed: false });
    let sessionKey: string;
    try {
      sessionKey = await this.users.changePassword(
        actorOf(principal),
        principal.userId,
        value.currentPassword,
        value.newPassword,
      );
    } catch (error) {
      if (error instanceof DomainException && error.code === 'auth_wrong_password')
        return this.render(res, 400, { errors: formErrorsFrom(error).errors, changed: false });
      throw error;
    }
    // Every other session of this account has just ended; this one carries on, in a new session.
    await new Promise<void>((resolve, reject) =>
      req.logIn({ sessionKey } as never, (error) => (error ? reject(error as Error) : resolve())),
    );
    res.locals.csrfToken = csrfTokenFor(req);
    this.render(res, 200, { errors: [], changed: true });
  }

  private render(res: Response, status: number, view: { errors: ErrorDetail[]; changed: boolean }): void {
    // Passwords are never sent back into the form, right or wrong.
    res.status(status).render('pages/console/account/password', {
      title: t('auth.password.title'),
      consoleNav: true,
      minLength: MIN_PASSWORD_LENGTH,
      ...view,
    });
  }
}
