import { DomainException, t, type ErrorDetail, type ErrorKind } from '#libs/core';

/** The stable `area_reason` codes of outreach (DESIGN.md's error shape). */
export enum OutreachErrorCode {
  UnknownCompany = 'outreach_unknown_company',
  ContactNotFound = 'outreach_contact_not_found',
  ContactTaken = 'outreach_contact_taken',
  ContactInUse = 'outreach_contact_in_use',
  LetterNotFound = 'outreach_letter_not_found',
  BatchNotFound = 'outreach_batch_not_found',
  VersionConflict = 'outreach_version_conflict',
  AlreadySent = 'outreach_letter_already_sent',
  NotSent = 'outreach_letter_not_sent',
  NoContact = 'outreach_no_contact',
  UnknownTemplate = 'outreach_unknown_template',
  TemplateError = 'outreach_template_error',
  UnknownEvidence = 'outreach_unknown_evidence',
  InboundNotFound = 'outreach_inbound_not_found',
  InboundHandled = 'outreach_inbound_handled',
  InboundTooLarge = 'outreach_inbound_too_large',
  InboundEmpty = 'outreach_inbound_empty',
  ResponseNotFound = 'outreach_response_not_found',
}

/** The one exception outreach throws; each transport maps `kind` to its own answer. */
export class OutreachException extends DomainException {
  constructor(kind: ErrorKind, code: OutreachErrorCode, message: string, details: ErrorDetail[] = []) {
    super(kind, code, message, details);
    this.name = 'OutreachException';
  }

  /** A company named in a request body that does not exist: a field error, not a missing page. */
  static unknownCompany(slug: string, field = 'company'): OutreachException {
    const message = t('outreach.error.unknown_company', { slug });
    return new OutreachException('invalid', OutreachErrorCode.UnknownCompany, message, [{ field, message }]);
  }

  static contactNotFound(id: string): OutreachException {
    return new OutreachException(
      'not_found',
      OutreachErrorCode.ContactNotFound,
      t('outreach.error.contact_not_found', { id }),
    );
  }

  static contactTaken(email: string, company: string): OutreachException {
    const message = t('outreach.error.contact_taken', { email, company });
    return new OutreachException('conflict', OutreachErrorCode.ContactTaken, message, [{ field: 'email', message }]);
  }

  static letterNotFound(id: string): OutreachException {
    return new OutreachException(
      'not_found',
      OutreachErrorCode.LetterNotFound,
      t('outreach.error.letter_not_found', { id }),
    );
  }

  static batchNotFound(id: string): OutreachException {
    return new OutreachException(
      'not_found',
      OutreachErrorCode.BatchNotFound,
      t('outreach.error.batch_not_found', { id }),
    );
  }

  static versionConflict(expected: number, current: number, by: string, at: Date): OutreachException {
    const message = t('outreach.error.version_conflict', { expected, current, by, at: at.toISOString() });
    return new OutreachException('conflict', OutreachErrorCode.VersionConflict, message, [
      { field: 'version', message },
    ]);
  }

  /** A sent letter is frozen: what the company received does not change afterwards. */
  static alreadySent(sentAt: Date): OutreachException {
    return new OutreachException(
      'conflict',
      OutreachErrorCode.AlreadySent,
      t('outreach.error.already_sent', { date: sentAt.toISOString().slice(0, 10) }),
    );
  }

  static notSent(): OutreachException {
    return new OutreachException('conflict', OutreachErrorCode.NotSent, t('outreach.error.not_sent'));
  }

  static noContact(company: string): OutreachException {
    const message = t('outreach.error.no_contact', { company });
    return new OutreachException('conflict', OutreachErrorCode.NoContact, message, [{ field: 'recipients', message }]);
  }

  static unknownTemplate(key: string, known: string[]): OutreachException {
    const message = t('outreach.error.unknown_template', { key, known: known.join(', ') });
    return new OutreachException('invalid', OutreachErrorCode.UnknownTemplate, message, [
      { field: 'template', message },
    ]);
  }

  /** A letter's subject or body that does not render: the field it names, where, and the fields there are. */
  static templateError(field: 'subject' | 'body', problem: string): OutreachException {
    const message = t('outreach.error.template', { problem });
    return new OutreachException('invalid', OutreachErrorCode.TemplateError, message, [{ field, message }]);
  }

  static unknownEvidence(ids: string[]): OutreachException {
    const message = t('outreach.error.unknown_evidence', { ids: ids.join(', ') });
    return new OutreachException('invalid', OutreachErrorCode.UnknownEvidence, message, [
      { field: 'evidence', message },
    ]);
  }

  static inboundNotFound(id: string): OutreachException {
    return new OutreachException(
      'not_found',
      OutreachErrorCode.InboundNotFound,
      t('outreach.error.inbound_not_found', { id }),
    );
  }

  static inboundHandled(status: string): OutreachException {
    return new OutreachException(
      'conflict',
      OutreachErrorCode.InboundHandled,
      t('outreach.error.inbound_handled', { status: t(`outreach.inbound_status.${status}`) }),
    );
  }

  static inboundTooLarge(size: number, max: number): OutreachException {
    return new OutreachException(
      'invalid',
      OutreachErrorCode.InboundTooLarge,
      t('outreach.error.inbound_too_large', { size, max }),
    );
  }

  static inboundEmpty(): OutreachException {
    return new OutreachException('invalid', OutreachErrorCode.InboundEmpty, t('outreach.error.inbound_empty'));
  }

  static responseNotFound(id: string): OutreachException {
    return new OutreachException(
      'not_found',
      OutreachErrorCode.ResponseNotFound,
      t('outreach.error.response_not_found', { id }),
    );
  }
}
