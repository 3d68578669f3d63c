import { SetMetadata } from '@nestjs/common';
import type { Role } from '#libs/auth';

export const PUBLIC_ROUTE = 'leverage:public';
export const ACCESS_POLICY = 'leverage:access';

export interface AccessPolicy {
  /** Roles allowed besides admin (who may do everything); 'any' = any signed-in role. */
  roles: Role[] | 'any';
  /** Whether, and with which scope, an API token may call the route. Sessions always may. */
  token: false | 'read' | 'write';
}

/** This route is public on purpose: anyone may call it, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** This route needs a signed-in account with one of these roles (admins always pass). */
export const Access = (policy: { roles?: Role[] | 'any'; token?: false | 'read' | 'write' } = {}) =>
  SetMetadata<string, AccessPolicy>(ACCESS_POLICY, { roles: policy.roles ?? 'any', token: policy.token ?? false });
