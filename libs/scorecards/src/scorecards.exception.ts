import { DomainException, t } from '#libs/core';

export enum ScorecardsErrorCode {
  NotFound = 'scorecard_not_found',
  MethodologyNotFound = 'methodology_not_found',
  MethodologyInvalid = 'methodology_invalid',
  MethodologyNotNewer = 'methodology_not_newer',
  SnapshotNotFound = 'scorecard_snapshot_not_found',
  NoContact = 'scorecard_no_contact',
  NothingToNotify = 'scorecard_nothing_to_notify',
  ChangedMeanwhile = 'scorecard_changed_meanwhile',
}

/** What the scorecards refuse, with its code (DESIGN.md's error shape). */
export class ScorecardsException extends DomainException {
  static notFound(slug: string): ScorecardsException {
    return new ScorecardsException(
      'not_found',
      ScorecardsErrorCode.NotFound,
      t('scorecards.error.not_found', { slug }),
    );
  }

  static methodologyNotFound(version: string): ScorecardsException {
    return new ScorecardsException(
      'not_found',
      ScorecardsErrorCode.MethodologyNotFound,
      t('scorecards.error.methodology_not_found', { version }),
    );
  }

  static methodologyInvalid(message: string): ScorecardsException {
    return new ScorecardsException('invalid', ScorecardsErrorCode.MethodologyInvalid, message, [
      { field: 'yaml', message },
    ]);
  }

  static methodologyNotNewer(version: string, current: string): ScorecardsException {
    const message = t('scorecards.error.methodology_not_newer', { version, current });
    return new ScorecardsException('conflict', ScorecardsErrorCode.MethodologyNotNewer, message, [
      { field: 'yaml', message },
    ]);
  }

  static snapshotNotFound(id: string): ScorecardsException {
    return new ScorecardsException(
      'not_found',
      ScorecardsErrorCode.SnapshotNotFound,
      t('scorecards.error.snapshot_not_found', { id }),
    );
  }

  static noContact(company: string): ScorecardsException {
    return new ScorecardsException(
      'conflict',
      ScorecardsErrorCode.NoContact,
      t('scorecards.error.no_contact', { company }),
    );
  }

  static nothingToNotify(company: string): ScorecardsException {
    return new ScorecardsException(
      'conflict',
      ScorecardsErrorCode.NothingToNotify,
      t('scorecards.error.nothing_to_notify', { company }),
    );
  }

  static changedMeanwhile(company: string): ScorecardsException {
    return new ScorecardsException(
      'conflict',
      ScorecardsErrorCode.ChangedMeanwhile,
      t('scorecards.error.changed_meanwhile', { company }),
    );
  }
}
