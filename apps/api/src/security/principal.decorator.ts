import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '#libs/core';
import type { Principal } from '#libs/auth';

export function principalOf(req: Request): Principal | null {
  return (req as Request & { principal?: Principal | null }).principal ?? null;
}

/** The signed-in account behind the request, or null. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  principalOf(ctx.switchToHttp().getRequest<Request>()),
);

/** Who the audit trail names for a write. */
export function actorOf(principal: Principal | null): Actor {
  if (!principal) return { id: null, label: 'anonymous' };
  return {
    id: principal.userId,
    label: principal.via === 'token' ? `${principal.email} (token ${principal.tokenId})` : principal.email,
  };
}
