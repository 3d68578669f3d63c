import { DomainException, t } from '#libs/core';

export class AuthException extends DomainException {}

export const authErrors = {
  userNotFound: () => new AuthException('not_found', 'auth_user_not_found', t('auth.error.user_not_found')),
  emailTaken: (email: string) =>
    new AuthException('conflict', 'auth_email_taken', t('auth.error.email_taken', { email }), [
      { field: 'email', message: t('auth.error.email_taken_field') },
    ]),
  wrongPassword: () =>
    new AuthException('invalid', 'auth_wrong_password', t('auth.error.wrong_password'), [
      { field: 'currentPassword', message: t('auth.error.wrong_password') },
    ]),
  tokenNotFound: () => new AuthException('not_found', 'auth_token_not_found', t('auth.error.token_not_found')),
  lastAdmin: () => new AuthException('conflict', 'auth_last_admin', t('auth.error.last_admin')),
  invalidToken: () => new AuthException('unauthenticated', 'auth_invalid_token', t('auth.error.invalid_token')),
};
