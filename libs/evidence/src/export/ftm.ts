import { t } from '#libs/core';
import type { CompanyView, OwnershipView, StateBodyView } from '#libs/companies';
import type { EvidenceView } from '../evidence/evidence.view';
import type { ProcurementRecordView } from '../procurement/procurement.view';
import { majorUnits } from '../shared/money';

/**
 * FollowTheMoney (FtM), the entity model of Aleph and OpenSanctions: our record as the schemata
 * and property names of its model (followthemoney/schema/*.yaml), so that investigators can load
 * it beside their own data. Every property value is a list of strings.
 */
export const FTM_SCHEMATA = [
  'Company',
  'PublicBody',
  'Ownership',
  'Contract',
  'ContractAward',
  'Document',
  'Documentation',
] as const;
export type FtmSchema = (typeof FTM_SCHEMATA)[number];

export interface FtmEntity {
  id: string;
  schema: FtmSchema;
  properties: Record<string, string[]>;
}

type PropertyInput = string | null | undefined | readonly (string | null | undefined)[];

/** Empty values are left out, so that a property is either absent or holds something. */
function entity(id: string, schema: FtmSchema, input: Record<string, PropertyInput>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(input)) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (item): item is string => typeof item === 'string' && item.trim() !== '',
    );
    if (values.length) properties[name] = [...new Set(values)];
  }
  return { id, schema, properties };
}

/** Ids are stable across exports: slugs (part of the public contract) and record uuids. */
export const ftmId = {
  company: (slug: string) => `leverage-company-${slug}`,
  stateBody: (slug: string) => `leverage-state-body-${slug}`,
  ownership: (id: string) => `leverage-ownership-${id}`,
  contract: (procurementId: string) => `leverage-procurement-${procurementId}`,
  award: (procurementId: string) => `leverage-procurement-${procurementId}-award`,
  document: (evidenceId: string, index: number) => `leverage-evidence-${evidenceId}-source-${index}`,
  documentation: (evidenceId: string, index: number, party: string) =>
    `leverage-evidence-${evidenceId}-source-${index}-${party}`,
};

/** FtM's country type is the lower-case ISO 3166-1 code. */
function country(code: string | null): string | null {
  return code ? code.toLowerCase() : null;
}

export function companyEntity(company: CompanyView): FtmEntity {
  return entity(ftmId.company(company.slug), 'Company', {
    name: company.name,
    alias: company.aliases,
    country: country(company.country),
    website: company.website,
    description: company.description,
    sourceUrl: company.source?.url,
  });
}

export function publicBodyEntity(body: StateBodyView): FtmEntity {
  return entity(ftmId.stateBody(body.slug), 'PublicBody', {
    name: body.name,
    alias: body.aliases,
    country: country(body.country),
    website: body.website,
    description: body.description,
    sourceUrl: body.source?.url,
  });
}

/** Parent owns subsidiary: FtM's Ownership runs from `owner` to `asset` (a Company is an Asset). */
export function ownershipEntity(link: OwnershipView): FtmEntity {
  return entity(ftmId.ownership(link.id), 'Ownership', {
    owner: ftmId.company(link.parent.slug),
    asset: ftmId.company(link.subsidiary.slug),
    percentage: link.share === null ? null : String(link.share),
    startDate: link.since,
    endDate: link.until,
    sourceUrl: link.source?.url,
    publisher: link.source?.publisher,
  });
}

/**
 * A tender as FtM models procurement: the Contract issued by the buyer (the authority) and the
 * ContractAward that gives it to the supplier. The brand has no property of its own in FtM; it is
 * named in the award's summary.
 */
export function procurementEntities(record: ProcurementRecordView): FtmEntity[] {
  // BigInt keeps every digit where String() of a large number would turn to exponent notation.
  const amount = majorUnits(record.value === null ? null : BigInt(record.value).toString(), record.currency);
  const currency = amount === null ? null : record.currency;
  const contract = entity(ftmId.contract(record.id), 'Contract', {
    name: record.title,
    title: record.title,
    authority: ftmId.stateBody(record.buyer.slug),
    contractDate: record.awardedOn,
    procedureNumber: record.reference,
    amount,
    currency,
    description: record.items.map((item) => item.description),
    sourceUrl: record.url,
  });
  const award = entity(ftmId.award(record.id), 'ContractAward', {
    contract: contract.id,
    supplier: ftmId.company(record.supplier.slug),
    amount,
    currency,
    date: record.awardedOn,
    summary: record.brand ? t('evidence.export.ftm_brand', { name: record.brand.name }) : null,
    sourceUrl: record.url,
  });
  return [contract, award];
}

/**
 * One Document per source of a public item, and one Documentation per (source, party): each
 * company of the chain with its role, and the end user. The Documentation carries the item's
 * title, status (a retracted item stays, marked retracted), period and public page.
 */
export function evidenceEntities(item: EvidenceView, publicUrl: string): FtmEntity[] {
  const page = `${publicUrl.replace(/\/+$/, '')}/evidence/${item.id}`;
  const parties: { party: string; entityId: string; role: string }[] = [
    ...item.chain.map((link) => ({
      party: link.company.slug,
      entityId: ftmId.company(link.company.slug),
      role: link.role,
    })),
    ...(item.endUser
      ? [{ party: item.endUser.slug, entityId: ftmId.stateBody(item.endUser.slug), role: 'end_user' }]
      : []),
  ];
  return item.sources.flatMap((source, index) => {
    const document = entity(ftmId.document(item.id, index), 'Document', {
      name: source.title ?? source.url,
      title: source.title,
      sourceUrl: [source.url, source.archivedUrl],
      publishedAt: source.publishedOn,
      publisher: source.publisher,
      summary: source.excerpt,
    });
    const links = parties.map(({ party, entityId, role }) =>
      entity(ftmId.documentation(item.id, index, party), 'Documentation', {
        document: document.id,
        entity: entityId,
        role,
        summary: item.title,
        status: item.status,
        startDate: item.periodStart,
        endDate: item.periodEnd,
        sourceUrl: page,
      }),
    );
    return [document, ...links];
  });
}

/** Every property that names another entity, by schema: what a reader of the file must find in it. */
export const FTM_REFERENCES: Partial<Record<FtmSchema, string[]>> = {
  Ownership: ['owner', 'asset'],
  Contract: ['authority'],
  ContractAward: ['contract', 'supplier'],
  Documentation: ['document', 'entity'],
};
