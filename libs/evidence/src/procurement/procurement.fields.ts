import { t, ValidationFailedException, type ErrorDetail } from '#libs/core';
import { textOrNull } from '#libs/companies';
import type { ProcurementItem, ProcurementRecordEntity } from '../procurement-record.entity';
import type { CreateProcurementDto } from './dto/create-procurement.dto';
import type { ProcurementItemDto } from './dto/procurement-item.dto';
import type { UpdateProcurementDto } from './dto/update-procurement.dto';
import type { ProcurementFields } from './procurement.repository';

/** The parties a write names, resolved to ids (the service looks the slugs up). */
export interface ProcurementParties {
  buyerId: string;
  supplierId: string;
  brandId: string | null;
}

export function toItems(items: ProcurementItemDto[] | null | undefined): ProcurementItem[] {
  return (items ?? []).map((item) => ({
    description: item.description.trim(),
    quantity: item.quantity ?? null,
    unit: textOrNull(item.unit),
  }));
}

/** An amount and its currency come together or not at all (the table checks it too). */
export function checkValue(value: number | null | undefined, currency: string | null | undefined): void {
  const details: ErrorDetail[] = [];
  if ((value === null || value === undefined) && currency)
    details.push({ field: 'value', message: t('procurement.validation.value_without_currency') });
  if (value !== null && value !== undefined && !currency)
    details.push({ field: 'currency', message: t('procurement.validation.currency_required') });
  if (details.length) throw new ValidationFailedException(details);
}

export function procurementFieldsFromCreate(dto: CreateProcurementDto, parties: ProcurementParties): ProcurementFields {
  checkValue(dto.value, dto.currency);
  return {
    reference: dto.reference.trim(),
    ocid: textOrNull(dto.ocid),
    title: dto.title.trim(),
    ...parties,
    items: toItems(dto.items),
    valueMinor: dto.value === null || dto.value === undefined ? null : String(dto.value),
    currency: dto.currency ? dto.currency.toUpperCase() : null,
    awardedOn: dto.awardedOn,
    url: textOrNull(dto.url),
  };
}

/** A record after a PATCH: left out keeps, null clears. */
export function procurementFieldsFromPatch(
  entity: ProcurementRecordEntity,
  dto: UpdateProcurementDto,
  parties: ProcurementParties,
): ProcurementFields {
  const valueMinor = dto.value !== undefined ? (dto.value === null ? null : String(dto.value)) : entity.valueMinor;
  const currency = dto.currency !== undefined ? (dto.currency?.toUpperCase() ?? null) : entity.currency?.trim() || null;
  // Minor units mean nothing without their currency: a new currency needs the amount given again.
  if (
    dto.value === undefined &&
    valueMinor !== null &&
    currency !== null &&
    currency !== (entity.currency?.trim() || null)
  ) {
    throw new ValidationFailedException([{ field: 'value', message: t('evidence.validation.value_with_currency') }]);
  }
  checkValue(valueMinor === null ? null : Number(valueMinor), currency);
  return {
    reference: dto.reference?.trim() ?? entity.reference,
    ocid: dto.ocid !== undefined ? textOrNull(dto.ocid) : entity.ocid,
    title: dto.title?.trim() ?? entity.title,
    ...parties,
    items: dto.items !== undefined ? toItems(dto.items) : entity.items,
    valueMinor,
    currency,
    awardedOn: dto.awardedOn ?? entity.awardedOn,
    url: dto.url !== undefined ? textOrNull(dto.url) : entity.url,
  };
}

function sameItems(a: readonly ProcurementItem[], b: readonly ProcurementItem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (item, index) =>
        item.description === b[index].description &&
        (item.quantity ?? null) === b[index].quantity &&
        (item.unit ?? null) === b[index].unit,
    )
  );
}

/** Whether writing `fields` would change nothing (then no write and no audit row). */
export function sameProcurement(entity: ProcurementRecordEntity, fields: ProcurementFields): boolean {
  return (
    entity.reference === fields.reference &&
    entity.ocid === fields.ocid &&
    entity.title === fields.title &&
    entity.buyerId === fields.buyerId &&
    entity.supplierId === fields.supplierId &&
    entity.brandId === fields.brandId &&
    sameItems(entity.items, fields.items) &&
    entity.valueMinor === fields.valueMinor &&
    (entity.currency?.trim() || null) === fields.currency &&
    entity.awardedOn === fields.awardedOn &&
    entity.url === fields.url
  );
}
