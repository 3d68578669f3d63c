import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { csrfTokenFor, SESSION_COOKIE } from '../../http/pipeline';
import { AccountLoginLimiter } from '../../security/account-login-limiter';
import { Access, Public } from '../../security/access.decorator';
import { CurrentPrincipal } from '../../security/principal.decorator';
import { LoginDto } from './dto/login.dto';
import { noStore } from './form-errors';
import { safeNextPath } from './next-path';

/** What the 'local' strategy hands over on success (see http/pipeline.ts). */
type LocalUser = { sessionKey: string };

interface LoginView {
  email?: string;
  next: string;
  errors?: ErrorDetail[];
  formError?: string | null;
}

/** Runs the 'local' strategy without letting passport answer the request itself. */
function authenticateLocal(req: Request, res: Response): Promise<LocalUser | null> {
  return new Promise((resolve, reject) => {
    const next: NextFunction = (error?: unknown) => (error ? reject(error) : resolve(null));
    passport.authenticate('local', (error: unknown, user: LocalUser | false) =>
      error ? reject(error) : resolve(user || null),
    )(req, res, next);
  });
}

/** Signing in and out of the organizer console. Login attempts are throttled by the shell. */
@ApiExcludeController()
@Controller()
export class LoginController {
  constructor(private readonly accountLimiter: AccountLoginLimiter) {}

  @Get('login')
  @Public()
  form(
    @Query('next') next: unknown,
    @CurrentPrincipal() principal: Principal | null,
    @Req() req: Request,
    @Res() res: Response,
  ): void {
    const target = safeNextPath(next);
    if (principal?.via === 'session') return res.redirect(303, target);
    this.render(req, res, 200, { next: target });
  }

  @Post('login')
  @Public()
  async login(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { value, errors } = await validateInput(LoginDto, body);
    const target = safeNextPath(body.next);
    const email = typeof value.email === 'string' ? value.email : '';
    if (errors.length) return this.render(req, res, 400, { email, next: target, errors });
    if (await this.accountLimiter.isBlocked(email))
      return this.render(req, res, 429, { email, next: target, formError: t('auth.login.account_blocked') });
    const user = await authenticateLocal(req, res);
    // One message for an unknown email, a wrong password and a disabled account alike.
    if (!user) {
      await this.accountLimiter.recordFailure(email);
      return this.render(req, res, 401, { email, next: target, formError: t('auth.login.failed') });
    }
    // passport 0.7 regenerates the session here, so a session id planted before login is useless.
    await new Promise<void>((resolve, reject) =>
      req.logIn(user, (error: unknown) => (error ? reject(error) : resolve())),
    );
    res.redirect(303, target);
  }

  @Post('logout')
  @Access({ roles: 'any' })
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    await new Promise<void>((resolve, reject) => req.logout((error: unknown) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve, reject) =>
      req.session.destroy((error: unknown) => (error ? reject(error) : resolve())),
    );
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/');
  }

  private render(req: Request, res: Response, status: number, view: LoginView): void {
    // The layout only makes a CSRF token for signed-in users; this form is for anonymous ones.
    res.locals.csrfToken = csrfTokenFor(req);
    noStore(res);
    res
      .status(status)
      .render('pages/auth/login', { title: t('auth.login.title'), errors: [], formError: null, email: '', ...view });
  }
}
