import { t } from '#libs/core';
import { toMinorUnits } from './amount';
import { candidates, isObject, textOf, unusableRow, type ProcurementRow } from './procurement-rows';

type Json = Record<string, unknown>;

/** An OCDS release package: `{ "releases": [...] }` (https://standard.open-contracting.org). */
export function isReleasePackage(value: unknown): value is { releases: unknown[] } {
  return isObject(value) && Array.isArray(value.releases);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function object(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** YYYY-MM-DD from an OCDS date-time ("2020-09-15T00:00:00+03:00"), as the publisher wrote the day. */
function dayOf(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = textOf(value);
    if (text) return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
  }
  return undefined;
}

function firstWebAddress(...documentLists: unknown[]): string | undefined {
  for (const documents of documentLists) {
    for (const document of list(documents)) {
      const url = textOf(document.url);
      if (url && /^https?:\/\//i.test(url)) return url;
    }
  }
  return undefined;
}

const BRAND = /brand|manufacturer|make/i;

/** A brand named by an item: an extension field, a brand classification, or a brand attribute. */
function brandsOf(items: Json[], award: Json): string[] {
  const found: unknown[] = [];
  const named = (value: unknown): unknown => (isObject(value) ? (value.name ?? value.id) : value);
  found.push(named(award.brand));
  for (const item of items) {
    found.push(named(item.brand), named(item.manufacturer));
    for (const classification of [item.classification, ...list(item.additionalClassifications)]) {
      const c = object(classification);
      if (BRAND.test(textOf(c.scheme) ?? '')) found.push(c.description ?? c.id);
    }
    for (const attribute of list(item.attributes)) {
      if (BRAND.test(textOf(attribute.name) ?? textOf(attribute.id) ?? '')) found.push(attribute.value);
    }
  }
  return candidates(...found);
}

function itemsOf(items: Json[]): Record<string, unknown>[] {
  return items.map((item) => {
    const quantity = item.quantity;
    return {
      description: textOf(item.description) ?? textOf(object(item.classification).description) ?? textOf(item.id) ?? '',
      quantity: typeof quantity === 'number' || typeof quantity === 'string' ? quantity : undefined,
      unit: textOf(object(item.unit).name) ?? undefined,
    };
  });
}

/** The texts that may name a party: its name, the name of the party it points at, its id. */
function partyNames(ref: Json, parties: Json[]): string[] {
  const id = textOf(ref.id);
  const party = id ? parties.find((p) => textOf(p.id) === id) : undefined;
  return candidates(ref.name, party?.name, id);
}

/**
 * One row per award: reference = the award's id (the release's id when it has none), buyer from
 * `buyer` (or the party with the role buyer), supplier from the award's `suppliers`, brand from
 * the items when they name one, value from the award (or its contract) in minor units.
 */
export function rowsFromReleasePackage(pkg: { releases: unknown[] }): ProcurementRow[] {
  const rows: ProcurementRow[] = [];
  pkg.releases.forEach((release, index) => {
    const row = index + 1;
    if (!isObject(release)) {
      rows.push(unusableRow(row, null, t('procurement.import.not_an_object')));
      return;
    }
    const awards = list(release.awards);
    if (!awards.length) {
      rows.push(unusableRow(row, textOf(release.id), t('procurement.import.ocds_no_award')));
      return;
    }
    awards.forEach((award, position) =>
      rows.push(awardRow(release, award, row, awards.length > 1 ? position + 1 : null)),
    );
  });
  return rows;
}

function awardRow(release: Json, award: Json, row: number, position: number | null): ProcurementRow {
  const parties = list(release.parties);
  const tender = object(release.tender);
  const releaseId = textOf(release.id);
  const reference = textOf(award.id) ?? (releaseId && position ? `${releaseId}-${position}` : releaseId);
  const problems: string[] = [];

  const buyerRef = isObject(release.buyer)
    ? release.buyer
    : parties.find((p) => Array.isArray(p.roles) && p.roles.includes('buyer'));
  const buyer = buyerRef ? partyNames(buyerRef, parties) : [];

  const suppliers = list(award.suppliers);
  if (suppliers.length > 1) problems.push(t('procurement.import.ocds_many_suppliers', { count: suppliers.length }));
  const supplier = suppliers[0] ? partyNames(suppliers[0], parties) : [];

  const contract = list(release.contracts).find(
    (c) => textOf(c.awardID) !== null && textOf(c.awardID) === textOf(award.id),
  );
  // The tender's items belong to the award only when there is one award to give them to.
  const rawItems = list(award.items).length
    ? list(award.items)
    : position === null
      ? list(tender.items)
      : list(contract?.items);
  const brands = brandsOf(rawItems, award);
  if (brands.length > 1) problems.push(t('procurement.import.ocds_many_brands', { brands: brands.join(', ') }));

  const data: Record<string, unknown> = {
    ocid: textOf(release.ocid) ?? undefined,
    awardedOn: dayOf(award.date, contract?.dateSigned, release.date),
    items: itemsOf(rawItems),
    url: firstWebAddress(award.documents, contract?.documents, tender.documents),
  };
  if (reference) data.reference = reference;
  const title =
    textOf(award.title) ??
    textOf(contract?.title) ??
    textOf(tender.title) ??
    textOf((data.items as { description: string }[])[0]?.description) ??
    reference;
  if (title) data.title = title;

  const value = isObject(award.value) ? award.value : object(contract?.value);
  if (value.amount !== undefined && value.amount !== null) {
    const currency = textOf(value.currency);
    if (!currency) data.value = value.amount;
    else {
      const converted = toMinorUnits(value.amount, currency);
      if ('minor' in converted) Object.assign(data, { value: converted.minor, currency });
      else problems.push(t(`procurement.import.amount_${converted.error}`, { field: 'value.amount', currency }));
    }
  }
  return { row, reference, data, parties: { buyer, supplier, brand: brands.slice(0, 1) }, problems };
}
