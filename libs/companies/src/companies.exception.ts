import { DomainException, t, type ErrorDetail, type ErrorKind } from '#libs/core';

/** The stable `area_reason` codes of the company record (DESIGN.md's error shape). */
export enum CompaniesErrorCode {
  CompanyNotFound = 'company_not_found',
  CompanySlugTaken = 'company_slug_taken',
  StateBodyNotFound = 'state_body_not_found',
  StateBodySlugTaken = 'state_body_slug_taken',
  OwnershipNotFound = 'ownership_not_found',
  OwnershipCycle = 'ownership_cycle',
  OwnershipSelf = 'ownership_self',
  OwnershipDuplicate = 'ownership_duplicate',
  CursorInvalid = 'companies_cursor_invalid',
  ImportUnreadable = 'companies_import_unreadable',
  ImportKindUnknown = 'companies_import_kind_unknown',
}

/** The one exception the company record throws; each transport maps `kind` to its own answer. */
export class CompaniesException extends DomainException {
  constructor(kind: ErrorKind, code: CompaniesErrorCode, message: string, details: ErrorDetail[] = []) {
    super(kind, code, message, details);
    this.name = 'CompaniesException';
  }

  static companyNotFound(slug: string): CompaniesException {
    return new CompaniesException(
      'not_found',
      CompaniesErrorCode.CompanyNotFound,
      t('companies.error.company_not_found', { slug }),
    );
  }

  static companySlugTaken(slug: string): CompaniesException {
    return new CompaniesException(
      'conflict',
      CompaniesErrorCode.CompanySlugTaken,
      t('companies.error.company_slug_taken', { slug }),
      [{ field: 'slug', message: t('companies.error.company_slug_taken', { slug }) }],
    );
  }

  static stateBodyNotFound(slug: string): CompaniesException {
    return new CompaniesException(
      'not_found',
      CompaniesErrorCode.StateBodyNotFound,
      t('companies.error.state_body_not_found', { slug }),
    );
  }

  static stateBodySlugTaken(slug: string): CompaniesException {
    return new CompaniesException(
      'conflict',
      CompaniesErrorCode.StateBodySlugTaken,
      t('companies.error.state_body_slug_taken', { slug }),
      [{ field: 'slug', message: t('companies.error.state_body_slug_taken', { slug }) }],
    );
  }

  static ownershipNotFound(id: string): CompaniesException {
    return new CompaniesException(
      'not_found',
      CompaniesErrorCode.OwnershipNotFound,
      t('companies.error.ownership_not_found', { id }),
    );
  }

  static ownershipSelf(): CompaniesException {
    return new CompaniesException('invalid', CompaniesErrorCode.OwnershipSelf, t('companies.error.ownership_self'), [
      { field: 'subsidiary', message: t('companies.error.ownership_self') },
    ]);
  }

  static ownershipCycle(parent: string, subsidiary: string): CompaniesException {
    const message = t('companies.error.ownership_cycle', { parent, subsidiary });
    return new CompaniesException('conflict', CompaniesErrorCode.OwnershipCycle, message, [
      { field: 'parent', message },
    ]);
  }

  static ownershipDuplicate(): CompaniesException {
    const message = t('companies.error.ownership_duplicate');
    return new CompaniesException('conflict', CompaniesErrorCode.OwnershipDuplicate, message, [
      { field: 'since', message },
    ]);
  }

  static cursorInvalid(): CompaniesException {
    const message = t('companies.error.cursor_invalid');
    return new CompaniesException('invalid', CompaniesErrorCode.CursorInvalid, message, [{ field: 'cursor', message }]);
  }

  static importUnreadable(reason: string): CompaniesException {
    return new CompaniesException(
      'invalid',
      CompaniesErrorCode.ImportUnreadable,
      t('companies.error.import_unreadable', { reason }),
    );
  }

  static importKindUnknown(kind: string, known: string[]): CompaniesException {
    return new CompaniesException(
      'invalid',
      CompaniesErrorCode.ImportKindUnknown,
      t('companies.error.import_kind_unknown', { kind, known: known.join(', ') }),
    );
  }
}
