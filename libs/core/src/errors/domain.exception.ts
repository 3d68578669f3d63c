import { t } from '../i18n/i18n';

/** What kind of failure a domain error is; each transport maps kinds to its own answers in one place. */
export type ErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'unavailable';

export interface ErrorDetail {
  field: string;
  message: string;
}

/**
 * The one exception libraries throw. `code` is the stable `area_reason` string of DESIGN.md's
 * error shape; each area declares its codes next to its service.
 */
export class DomainException extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export class ValidationFailedException extends DomainException {
  constructor(details: ErrorDetail[], message = t('form.errors.title')) {
    super('invalid', 'validation_failed', message, details);
  }
}
