import { t, ValidationFailedException } from '#libs/core';
import type { OwnershipEntity } from '../ownership.entity';
import { sameSource, toSourceRef } from '../shared/source.view';
import type { OwnershipFields } from './ownership.repository';
import type { CreateOwnershipDto } from './dto/create-ownership.dto';
import type { UpdateOwnershipDto } from './dto/update-ownership.dto';

/** numeric(5,2) as the database gives it back: 100 → '100.00'. */
export function shareText(share: number | null | undefined): string | null {
  return share === null || share === undefined ? null : share.toFixed(2);
}

export function ownershipFieldsFromCreate(
  dto: CreateOwnershipDto,
  parentId: string,
  subsidiaryId: string,
): OwnershipFields {
  return {
    parentId,
    subsidiaryId,
    share: shareText(dto.share),
    since: dto.since ?? null,
    until: dto.until ?? null,
    source: toSourceRef(dto.source),
  };
}

export function ownershipFieldsFromPatch(
  entity: OwnershipEntity,
  dto: UpdateOwnershipDto,
  parentId: string,
  subsidiaryId: string,
): OwnershipFields {
  return {
    parentId,
    subsidiaryId,
    share: dto.share !== undefined ? shareText(dto.share) : entity.share,
    since: dto.since !== undefined ? (dto.since ?? null) : entity.since,
    until: dto.until !== undefined ? (dto.until ?? null) : entity.until,
    source: dto.source !== undefined ? toSourceRef(dto.source) : entity.source,
  };
}

/** A period ends on or after it starts (ISO dates compare as text). */
export function checkPeriod(fields: Pick<OwnershipFields, 'since' | 'until'>): void {
  if (fields.since && fields.until && fields.until < fields.since) {
    throw new ValidationFailedException([{ field: 'until', message: t('companies.validation.until_before_since') }]);
  }
}

export function sameOwnership(entity: OwnershipEntity, fields: OwnershipFields): boolean {
  return (
    entity.parentId === fields.parentId &&
    entity.subsidiaryId === fields.subsidiaryId &&
    (entity.share === null ? null : Number(entity.share).toFixed(2)) === fields.share &&
    entity.since === fields.since &&
    entity.until === fields.until &&
    sameSource(entity.source, fields.source)
  );
}
