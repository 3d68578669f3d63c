import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainException, t } from '#libs/core';
import { ACCESS_POLICY, PUBLIC_ROUTE, type AccessPolicy } from './access.decorator';
import { principalOf } from './principal.decorator';

/**
 * Every route must say who may call it. A route that says nothing is refused, so that a
 * forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<Request & { tokenError?: DomainException }>();
    if (req.tokenError) throw req.tokenError;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, targets);
    if (!policy) {
      this.logger.error(`No access policy on ${context.getClass().name}.${context.getHandler().name}`);
      throw new DomainException('forbidden', 'auth_no_policy', t('auth.error.no_policy'));
    }
    const principal = principalOf(req);
    if (!principal) throw new DomainException('unauthenticated', 'auth_required', t('auth.error.required'));
    if (principal.via === 'token') {
      if (!policy.token)
        throw new DomainException('forbidden', 'auth_token_not_allowed', t('auth.error.token_not_allowed'));
      if (policy.token === 'write' && principal.scope !== 'write')
        throw new DomainException('forbidden', 'auth_token_scope', t('auth.error.token_scope'));
    }
    if (principal.role === 'admin' || policy.roles === 'any' || policy.roles.includes(principal.role)) return true;
    throw new DomainException(
      'forbidden',
      'auth_role_required',
      t('auth.error.role_required', { roles: policy.roles.join(' or ') }),
    );
  }
}
