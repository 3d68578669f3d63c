import { ROLES, TOKEN_SCOPES, type TokenView, type UserView } from '#libs/auth';
import { t } from '#libs/core';

export interface Option {
  value: string;
  label: string;
}

export interface UserRowView {
  id: string;
  email: string;
  displayName: string;
  role: string;
  roleLabel: string;
  disabled: boolean;
  status: string;
  createdAt: Date;
}

export interface TokenRowView {
  id: string;
  name: string;
  prefix: string;
  scope: string;
  scopeLabel: string;
  ownerEmail: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const roleOptions = (): Option[] => ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
export const scopeOptions = (): Option[] =>
  TOKEN_SCOPES.map((scope) => ({ value: scope, label: t(`auth.tokens.scope.${scope}`) }));

/** What an account page shows: never the password hash (the service's view has none to give). */
export function toUserRow(user: UserView): UserRowView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    roleLabel: t(`role.${user.role}`),
    disabled: user.disabled,
    status: t(user.disabled ? 'auth.users.disabled' : 'auth.users.active'),
    createdAt: user.createdAt,
  };
}

export function toTokenRow(token: TokenView): TokenRowView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    scopeLabel: t(`auth.tokens.scope.${token.scope}`),
    ownerEmail: token.ownerEmail,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}
