import { DomainException, t, type ErrorDetail, type ErrorKind } from '#libs/core';

/** The stable `area_reason` codes of the evidence ledger (DESIGN.md's error shape). */
export enum EvidenceErrorCode {
  EvidenceNotFound = 'evidence_not_found',
  VersionConflict = 'evidence_version_conflict',
  WrongStatus = 'evidence_wrong_status',
  OwnWork = 'evidence_own_work',
  PublishedEdit = 'evidence_published_edit',
  NothingToCorrect = 'evidence_nothing_to_correct',
  ProposalNotFound = 'evidence_proposal_not_found',
  ProposalDecided = 'evidence_proposal_decided',
  OwnProposal = 'evidence_own_proposal',
  ProposalStale = 'evidence_proposal_stale',
  ProcurementNotFound = 'procurement_record_not_found',
  ProcurementReferenceTaken = 'procurement_reference_taken',
  ProcurementCited = 'procurement_record_cited',
  ProcurementPublished = 'procurement_record_published',
  ImportUnreadable = 'evidence_import_unreadable',
}

/** The one exception the evidence ledger throws; each transport maps `kind` to its own answer. */
export class EvidenceException extends DomainException {
  constructor(kind: ErrorKind, code: EvidenceErrorCode, message: string, details: ErrorDetail[] = []) {
    super(kind, code, message, details);
    this.name = 'EvidenceException';
  }

  static notFound(id: string): EvidenceException {
    return new EvidenceException(
      'not_found',
      EvidenceErrorCode.EvidenceNotFound,
      t('evidence.error.not_found', { id }),
    );
  }

  /** Someone else saved first: name them, so that the two people can talk. */
  static versionConflict(expected: number, current: number, by: string, at: Date): EvidenceException {
    const message = t('evidence.error.version_conflict', { expected, current, by, at: at.toISOString() });
    return new EvidenceException('conflict', EvidenceErrorCode.VersionConflict, message, [
      { field: 'version', message },
    ]);
  }

  static wrongStatus(action: string, status: string): EvidenceException {
    return new EvidenceException(
      'conflict',
      EvidenceErrorCode.WrongStatus,
      t('evidence.error.wrong_status', {
        action: t(`evidence.action.${action}`),
        status: t(`evidence.status.${status}`),
      }),
    );
  }

  static ownWork(): EvidenceException {
    const message = t('evidence.error.own_work');
    return new EvidenceException('forbidden', EvidenceErrorCode.OwnWork, message, [{ field: 'version', message }]);
  }

  static publishedEdit(status: string): EvidenceException {
    return new EvidenceException(
      'conflict',
      EvidenceErrorCode.PublishedEdit,
      t('evidence.error.published_edit', { status: t(`evidence.status.${status}`) }),
    );
  }

  static nothingToCorrect(): EvidenceException {
    const message = t('evidence.error.nothing_to_correct');
    return new EvidenceException('invalid', EvidenceErrorCode.NothingToCorrect, message, [
      { field: 'changes', message },
    ]);
  }

  static proposalNotFound(id: string): EvidenceException {
    return new EvidenceException(
      'not_found',
      EvidenceErrorCode.ProposalNotFound,
      t('evidence.error.proposal_not_found', { id }),
    );
  }

  static proposalDecided(status: string): EvidenceException {
    return new EvidenceException(
      'conflict',
      EvidenceErrorCode.ProposalDecided,
      t('evidence.error.proposal_decided', { status: t(`evidence.proposal_status.${status}`) }),
    );
  }

  static ownProposal(): EvidenceException {
    return new EvidenceException('forbidden', EvidenceErrorCode.OwnProposal, t('evidence.error.own_proposal'));
  }

  /** The item changed after the proposal was written: it must be proposed again against what is there now. */
  static proposalStale(baseVersion: number, current: number, by: string): EvidenceException {
    return new EvidenceException(
      'conflict',
      EvidenceErrorCode.ProposalStale,
      t('evidence.error.proposal_stale', { base: baseVersion, current, by }),
    );
  }

  static procurementNotFound(id: string): EvidenceException {
    return new EvidenceException(
      'not_found',
      EvidenceErrorCode.ProcurementNotFound,
      t('procurement.error.not_found', { id }),
    );
  }

  static procurementReferenceTaken(reference: string): EvidenceException {
    const message = t('procurement.error.reference_taken', { reference });
    return new EvidenceException('conflict', EvidenceErrorCode.ProcurementReferenceTaken, message, [
      { field: 'reference', message },
    ]);
  }

  /** Evidence cites the record: it is taken out of the evidence first, so that nobody loses a source unnoticed. */
  static procurementCited(reference: string, count: number): EvidenceException {
    return new EvidenceException(
      'conflict',
      EvidenceErrorCode.ProcurementCited,
      t('procurement.error.cited', { reference, count }),
    );
  }

  /** Public evidence rests on the record as it is: changing it would change a published fact without a correction. */
  static procurementPublished(reference: string, count: number): EvidenceException {
    return new EvidenceException(
      'conflict',
      EvidenceErrorCode.ProcurementPublished,
      t('procurement.error.published', { reference, count }),
    );
  }

  static importUnreadable(reason: string): EvidenceException {
    return new EvidenceException(
      'invalid',
      EvidenceErrorCode.ImportUnreadable,
      t('procurement.error.import_unreadable', { reason }),
    );
  }
}
