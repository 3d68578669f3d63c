import { DomainException } from '../../core';

export class AuthException extends DomainException {}

export const authErrors = {
  userNotFound: () => new AuthException('not_found', 'auth_user_not_found', 'No such account.'),
  emailTaken: (email: string) => new AuthException('conflict', 'auth_email_taken', `An account with ${email} already exists.`, [{ field: 'email', message: 'An account with this email already exists.' }]),
  wrongPassword: () => new AuthException('invalid', 'auth_wrong_password', 'The current password is not right.', [{ field: 'currentPassword', message: 'The current password is not right.' }]),
  tokenNotFound: () => new AuthException('not_found', 'auth_token_not_found', 'No such token.'),
  lastAdmin: () => new AuthException('conflict', 'auth_last_admin', 'The last active admin cannot be disabled or demoted.'),
  invalidToken: () => new AuthException('unauthenticated', 'auth_invalid_token', 'The API token is missing, unknown or revoked.'),
};
