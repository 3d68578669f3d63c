import { DomainException, t, type ErrorDetail, type ErrorKind } from '#libs/core';

/** The stable `area_reason` codes of campaigns (DESIGN.md's error shape). */
export enum CampaignsErrorCode {
  NotFound = 'campaign_not_found',
  SlugTaken = 'campaign_slug_taken',
  VersionConflict = 'campaign_version_conflict',
  WrongStatus = 'campaign_wrong_status',
  UnknownCompany = 'campaign_unknown_company',
  UnknownEvidence = 'campaign_unknown_evidence',
  UnknownResponse = 'campaign_unknown_response',
  NotOpen = 'campaign_not_open',
  KindNotYet = 'campaign_kind_not_available',
}

export class CampaignsException extends DomainException {
  constructor(kind: ErrorKind, code: CampaignsErrorCode, message: string, details: ErrorDetail[] = []) {
    super(kind, code, message, details);
    this.name = 'CampaignsException';
  }

  static notFound(slug: string): CampaignsException {
    return new CampaignsException('not_found', CampaignsErrorCode.NotFound, t('campaigns.error.not_found', { slug }));
  }

  static slugTaken(slug: string): CampaignsException {
    const message = t('campaigns.error.slug_taken', { slug });
    return new CampaignsException('conflict', CampaignsErrorCode.SlugTaken, message, [{ field: 'slug', message }]);
  }

  static versionConflict(): CampaignsException {
    return new CampaignsException(
      'conflict',
      CampaignsErrorCode.VersionConflict,
      t('campaigns.error.version_conflict'),
    );
  }

  static wrongStatus(status: string, action: string): CampaignsException {
    return new CampaignsException(
      'conflict',
      CampaignsErrorCode.WrongStatus,
      t('campaigns.error.wrong_status', {
        status: t(`campaigns.status.${status}`),
        action: t(`campaigns.action.${action}`),
      }),
    );
  }

  static unknownCompany(slug: string): CampaignsException {
    const message = t('campaigns.error.unknown_company', { slug });
    return new CampaignsException('invalid', CampaignsErrorCode.UnknownCompany, message, [
      { field: 'targets', message },
    ]);
  }

  static unknownEvidence(id: string): CampaignsException {
    const message = t('campaigns.error.unknown_evidence', { id });
    return new CampaignsException('invalid', CampaignsErrorCode.UnknownEvidence, message, [
      { field: 'evidence', message },
    ]);
  }

  static unknownResponse(id: string): CampaignsException {
    const message = t('campaigns.error.unknown_response', { id });
    return new CampaignsException('invalid', CampaignsErrorCode.UnknownResponse, message, [
      { field: 'response', message },
    ]);
  }

  static kindNotYet(kind: string): CampaignsException {
    const message = t('campaigns.error.kind_not_yet', { kind });
    return new CampaignsException('invalid', CampaignsErrorCode.KindNotYet, message, [{ field: 'kind', message }]);
  }

  /** Signing a draft or closed campaign: the page says so, with a 409. */
  static notOpen(slug: string): CampaignsException {
    return new CampaignsException('conflict', CampaignsErrorCode.NotOpen, t('campaigns.error.not_open', { slug }));
  }
}
