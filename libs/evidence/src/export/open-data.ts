import type { EvidenceView } from '../evidence/evidence.view';
import { majorUnits } from '../shared/money';

/** `/data/evidence.csv`: one row per public item; lists inside a cell are joined with `|`. */
export const EVIDENCE_CSV_COLUMNS = [
  'id',
  'title',
  'status',
  'category',
  'confidence',
  'polarity',
  'end_user',
  'chain',
  'period_start',
  'period_end',
  'value',
  'currency',
  'products',
  'summary',
  'source_urls',
  'published_at',
  'corrections',
] as const;

/** `/data/evidence-sources.csv`: one row per source, so that a source never shares a cell. */
export const EVIDENCE_SOURCE_CSV_COLUMNS = [
  'evidence_id',
  'url',
  'publisher',
  'title',
  'published_on',
  'archived_url',
  'kind',
  'excerpt',
] as const;

type Row<Columns extends readonly string[]> = Record<Columns[number], string>;

/** The chain as one cell, maker first: "supermicro:manufacturer > map-info:reseller". */
export function chainCell(item: Pick<EvidenceView, 'chain'>): string {
  return item.chain.map((link) => `${link.company.slug}:${link.role}`).join(' > ');
}

export function evidenceCsvRow(item: EvidenceView): Row<typeof EVIDENCE_CSV_COLUMNS> {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    category: item.category,
    confidence: item.confidence,
    polarity: item.polarity,
    end_user: item.endUser?.slug ?? '',
    chain: chainCell(item),
    period_start: item.periodStart ?? '',
    period_end: item.periodEnd ?? '',
    value: item.value ? (majorUnits(item.value.minor, item.value.currency) ?? '') : '',
    currency: item.value?.currency ?? '',
    products: item.products.join('|'),
    summary: item.summary,
    source_urls: item.sources.map((source) => source.url).join('|'),
    published_at: item.publishedAt ?? '',
    corrections: String(item.corrections.length),
  };
}

export function sourceCsvRows(item: EvidenceView): Row<typeof EVIDENCE_SOURCE_CSV_COLUMNS>[] {
  return item.sources.map((source) => ({
    evidence_id: item.id,
    url: source.url,
    publisher: source.publisher ?? '',
    title: source.title ?? '',
    published_on: source.publishedOn ?? '',
    archived_url: source.archivedUrl ?? '',
    kind: source.kind,
    excerpt: source.excerpt,
  }));
}
