import { t, ValidationFailedException, type ErrorDetail, type Tx } from '#libs/core';
import { descriptionText, textOrNull } from '#libs/companies';
import type { ChainRole } from '../evidence-link.entity';
import type { CreateEvidenceDto } from './dto/create-evidence.dto';
import type { EvidenceFields, EvidenceRepository, SourceFields } from './evidence.repository';
import { sourceFieldsOf, type EvidenceAggregate } from './evidence.view';

/** Everything one write of an item sets: its columns, its chain, its sources, its procurement links. */
export interface ResolvedEvidence {
  fields: EvidenceFields;
  chain: { companyId: string; role: ChainRole }[];
  sources: SourceFields[];
  procurementIds: string[];
}

/** The item as the create DTO would give it: a PATCH or a correction is laid over this. */
export function inputOf(aggregate: EvidenceAggregate): CreateEvidenceDto {
  const e = aggregate.evidence;
  return {
    title: e.title,
    category: e.category,
    polarity: e.polarity,
    confidence: e.confidence,
    products: [...e.products],
    endUser: aggregate.endUser?.slug ?? null,
    chain: [...aggregate.chain]
      .sort((a, b) => a.position - b.position)
      .map((link) => ({ company: link.company.slug, role: link.role })),
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    value: e.valueMinor === null ? null : Number(e.valueMinor),
    currency: e.currency?.trim() ?? null,
    summary: e.summary,
    sources: sourceFieldsOf(aggregate.sources),
    procurementRecords: aggregate.procurement.map((record) => record.reference),
  };
}

/** `patch` laid over `base`: a key the patch leaves out keeps its value; a null clears it. */
export function overlay(base: CreateEvidenceDto, patch: Partial<CreateEvidenceDto>): Record<string, unknown> {
  // Minor units mean nothing without their currency: a new currency needs the amount given again.
  const currency = typeof patch.currency === 'string' ? patch.currency.trim().toUpperCase() : patch.currency;
  if (
    patch.value === undefined &&
    currency !== undefined &&
    currency !== null &&
    base.value !== null &&
    base.value !== undefined &&
    currency !== base.currency
  ) {
    throw new ValidationFailedException([{ field: 'value', message: t('evidence.validation.value_with_currency') }]);
  }
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined && key !== 'version') merged[key] = value;
  return merged;
}

function cleanList(values: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values ?? []) {
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (trimmed === '' || seen.has(trimmed.toLocaleLowerCase())) continue;
    seen.add(trimmed.toLocaleLowerCase());
    result.push(trimmed);
  }
  return result;
}

/**
 * Checks the rules a DTO cannot check alone (companies, state bodies and tenders exist; a harm
 * item's chain ends at a state body; dates and amounts agree) and turns slugs into ids. Every
 * broken rule is reported beside its field, all at once.
 */
export async function resolveEvidence(
  tx: Tx,
  repository: EvidenceRepository,
  dto: CreateEvidenceDto,
): Promise<ResolvedEvidence> {
  const details: ErrorDetail[] = [];
  const polarity = dto.polarity ?? 'harm';

  let stateBodyId: string | null = null;
  if (dto.endUser) {
    const body = await repository.findStateBodyBySlug(dto.endUser, tx);
    if (body) stateBodyId = body.id;
    else details.push({ field: 'endUser', message: t('evidence.validation.end_user_unknown', { slug: dto.endUser }) });
  } else if (polarity === 'harm') {
    details.push({ field: 'endUser', message: t('evidence.validation.end_user_required') });
  }

  const companies = await repository.companiesBySlug(
    tx,
    dto.chain.map((link) => link.company),
  );
  const bySlug = new Map(companies.map((company) => [company.slug, company.id]));
  const seen = new Set<string>();
  const chain: ResolvedEvidence['chain'] = [];
  dto.chain.forEach((link, index) => {
    const companyId = bySlug.get(link.company);
    if (!companyId)
      details.push({
        field: `chain.${index}.company`,
        message: t('evidence.validation.chain_company_unknown', { slug: link.company }),
      });
    else if (seen.has(companyId))
      details.push({
        field: `chain.${index}.company`,
        message: t('evidence.validation.chain_company_twice', { slug: link.company }),
      });
    else chain.push({ companyId, role: link.role });
    if (companyId) seen.add(companyId);
  });

  if (dto.periodStart && dto.periodEnd && dto.periodEnd < dto.periodStart) {
    details.push({ field: 'periodEnd', message: t('evidence.validation.period_order') });
  }
  const hasValue = dto.value !== undefined && dto.value !== null;
  const hasCurrency = Boolean(dto.currency);
  if (hasValue && !hasCurrency)
    details.push({ field: 'currency', message: t('evidence.validation.currency_required') });
  if (!hasValue && hasCurrency) details.push({ field: 'value', message: t('evidence.validation.value_required') });

  const urls = new Set<string>();
  dto.sources.forEach((source, index) => {
    if (urls.has(source.url))
      details.push({ field: `sources.${index}.url`, message: t('evidence.validation.source_twice') });
    urls.add(source.url);
  });

  const references = cleanList(dto.procurementRecords);
  const procurement = await repository.procurementIdsByReference(tx, references);
  for (const reference of references) {
    if (!procurement.has(reference))
      details.push({
        field: 'procurementRecords',
        message: t('evidence.validation.procurement_unknown', { reference }),
      });
  }

  if (details.length) throw new ValidationFailedException(details);
  return {
    fields: {
      title: dto.title.trim(),
      category: dto.category,
      polarity,
      confidence: dto.confidence,
      products: cleanList(dto.products),
      stateBodyId,
      periodStart: dto.periodStart ?? null,
      periodEnd: dto.periodEnd ?? null,
      valueMinor: hasValue && hasCurrency ? String(dto.value) : null,
      currency: hasValue && hasCurrency ? (dto.currency as string).toUpperCase() : null,
      summary: descriptionText(dto.summary),
    },
    chain,
    sources: dto.sources.map((source) => ({
      url: source.url.trim(),
      publisher: textOrNull(source.publisher),
      title: textOrNull(source.title),
      publishedOn: textOrNull(source.publishedOn),
      archivedUrl: textOrNull(source.archivedUrl),
      kind: source.kind,
      excerpt: descriptionText(source.excerpt),
    })),
    procurementIds: references.map((reference) => procurement.get(reference) as string),
  };
}
