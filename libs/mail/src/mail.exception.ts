import { DomainException, t, type ErrorDetail, type ErrorKind } from '#libs/core';

/** The stable `area_reason` codes of mail (DESIGN.md's error shape). */
export enum MailErrorCode {
  InvalidAddress = 'mail_invalid_address',
  InvalidSubject = 'mail_invalid_subject',
  InvalidHeader = 'mail_invalid_header',
  NotFound = 'mail_not_found',
  InboundTooLarge = 'mail_inbound_too_large',
  InboundUnparseable = 'mail_inbound_unparseable',
}

/** The one exception mail throws; each transport maps `kind` to its own answer. */
export class MailException extends DomainException {
  constructor(kind: ErrorKind, code: MailErrorCode, message: string, details: ErrorDetail[] = []) {
    super(kind, code, message, details);
    this.name = 'MailException';
  }

  static invalidAddress(field: string, address: string): MailException {
    const message = t('mail.error.invalid_address', { address });
    return new MailException('invalid', MailErrorCode.InvalidAddress, message, [{ field, message }]);
  }

  static invalidSubject(): MailException {
    const message = t('mail.error.invalid_subject');
    return new MailException('invalid', MailErrorCode.InvalidSubject, message, [{ field: 'subject', message }]);
  }

  static invalidHeader(name: string, reason: string): MailException {
    const message = t('mail.error.invalid_header', { name, reason });
    return new MailException('invalid', MailErrorCode.InvalidHeader, message, [{ field: 'headers', message }]);
  }

  static notFound(id: string): MailException {
    return new MailException('not_found', MailErrorCode.NotFound, t('mail.error.not_found', { id }));
  }
}

export type InboundMailErrorReason = 'too_large' | 'unparseable';

/**
 * A raw message that cannot be taken in: bigger than the limit, or not an email. Never a crash:
 * the SMTP receiver answers 552/554 and POST /api/v1/inbound a 4xx.
 */
export class InboundMailError extends MailException {
  constructor(
    readonly reason: InboundMailErrorReason,
    message: string,
  ) {
    super(
      'invalid',
      reason === 'too_large' ? MailErrorCode.InboundTooLarge : MailErrorCode.InboundUnparseable,
      message,
    );
    this.name = 'InboundMailError';
  }

  static tooLarge(size: number, limit: number): InboundMailError {
    return new InboundMailError('too_large', t('mail.error.inbound_too_large', { size, limit }));
  }

  static unparseable(reason: string): InboundMailError {
    return new InboundMailError('unparseable', t('mail.error.inbound_unparseable', { reason }));
  }
}
