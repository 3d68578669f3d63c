import { ApiProperty } from '@nestjs/swagger';
import type { EvidenceCorrectionEntity, CorrectionKind } from '../evidence-correction.entity';
import { CHAIN_ROLES, type ChainRole } from '../evidence-link.entity';
import type { EvidenceSourceEntity } from '../evidence-source.entity';
import { SOURCE_KINDS, type SourceKind } from '../evidence-source.entity';
import {
  CONFIDENCES,
  EVIDENCE_CATEGORIES,
  EVIDENCE_STATUSES,
  POLARITIES,
  type Confidence,
  type EvidenceCategory,
  type EvidenceEntity,
  type EvidenceStatus,
  type Polarity,
} from '../evidence.entity';
import { CORRECTION_KINDS } from '../evidence-correction.entity';
import { formatMoney } from '../shared/money';

/** A company or state body as a link: its slug and its name. */
export class NamedRefView {
  @ApiProperty({ example: 'map-info' })
  slug: string;

  @ApiProperty({ example: 'MAP INFO' })
  name: string;
}

export class ChainLinkView {
  @ApiProperty({ description: '0 is the maker; the last link sold to the end user.' })
  position: number;

  @ApiProperty({ type: () => NamedRefView })
  company: NamedRefView;

  @ApiProperty({ enum: CHAIN_ROLES })
  role: ChainRole;
}

export class EvidenceSourceView {
  @ApiProperty()
  url: string;

  @ApiProperty({ type: String, nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2020-08-28' })
  publishedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  archivedUrl: string | null;

  @ApiProperty({ enum: SOURCE_KINDS })
  kind: SourceKind;

  @ApiProperty({ description: 'The quoted words that support the claim.' })
  excerpt: string;
}

export class MoneyView {
  @ApiProperty({ example: '10000000', description: 'Minor units, as a string (it may exceed 2^53).' })
  minor: string;

  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({ example: '$100,000.00' })
  formatted: string;
}

export class FieldChangeView {
  @ApiProperty({ example: 'summary' })
  field: string;

  @ApiProperty()
  before: string;

  @ApiProperty()
  after: string;
}

export class CorrectionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  evidenceId: string;

  @ApiProperty({ enum: CORRECTION_KINDS })
  kind: CorrectionKind;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: () => [FieldChangeView] })
  changes: FieldChangeView[];

  @ApiProperty()
  madeAt: string;

  @ApiProperty({ description: 'The item version this correction made.' })
  versionAfter: number;
}

export class ProcurementRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  reference: string;

  @ApiProperty()
  title: string;
}

/** An evidence item in a list: enough to name it, place it and link to it. */
export class EvidenceSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: EVIDENCE_CATEGORIES })
  category: EvidenceCategory;

  @ApiProperty({ enum: EVIDENCE_STATUSES })
  status: EvidenceStatus;

  @ApiProperty({ enum: CONFIDENCES })
  confidence: Confidence;

  @ApiProperty({ enum: POLARITIES })
  polarity: Polarity;

  @ApiProperty({ type: () => NamedRefView, nullable: true, description: 'The end user.' })
  endUser: NamedRefView | null;

  @ApiProperty({ type: () => [ChainLinkView] })
  chain: ChainLinkView[];

  @ApiProperty({ type: String, nullable: true })
  periodStart: string | null;

  @ApiProperty({ type: String, nullable: true })
  periodEnd: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When it was last submitted for review.' })
  submittedAt: string | null;

  @ApiProperty()
  version: number;

  @ApiProperty()
  updatedAt: string;
}

/** The whole item: what the public page, the API and the console show. */
export class EvidenceView extends EvidenceSummaryView {
  @ApiProperty({ type: [String] })
  products: string[];

  @ApiProperty({ type: () => MoneyView, nullable: true })
  value: MoneyView | null;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: () => [EvidenceSourceView] })
  sources: EvidenceSourceView[];

  @ApiProperty({ type: () => [ProcurementRefView] })
  procurementRecords: ProcurementRefView[];

  @ApiProperty({ type: () => [CorrectionView], description: 'Newest first.' })
  corrections: CorrectionView[];

  @ApiProperty({ type: String, nullable: true, description: 'Why the item is disputed or retracted.' })
  statusReason: string | null;

  @ApiProperty({ type: String, nullable: true })
  statusChangedAt: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who wrote the item (staff only; null in public answers).',
  })
  author: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who saved the current version (staff only).' })
  updatedBy: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The reviewer who published it (staff only).' })
  publishedBy: string | null;

  @ApiProperty({
    description: 'Published by a reviewer who wrote none of it (false for items the demo seed entered published).',
  })
  peerReviewed: boolean;

  @ApiProperty()
  createdAt: string;
}

export class EvidencePageView {
  @ApiProperty({ type: () => [EvidenceSummaryView] })
  data: EvidenceSummaryView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page.',
  })
  nextCursor: string | null;
}

/** A source address that another item already cites: pointed out, never refused. */
export class CitedElsewhereView {
  @ApiProperty()
  url: string;

  @ApiProperty({ format: 'uuid' })
  evidenceId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: EVIDENCE_STATUSES })
  status: EvidenceStatus;
}

/**
 * Who is reading: the public (and the public API) sees published, disputed and retracted items
 * only, and never the accounts behind them (staff may be at risk too); staff (signed-in
 * researchers, reviewers, admins) also see drafts, items in review and who wrote what.
 */
export type Audience = 'public' | 'staff';

/** What the loaded item brings with it, besides its own row. */
export interface EvidenceAggregate {
  evidence: EvidenceEntity;
  endUser: { slug: string; name: string } | null;
  chain: { position: number; role: ChainRole; company: { id: string; slug: string; name: string } }[];
  sources: EvidenceSourceEntity[];
  procurement: { id: string; reference: string; title: string }[];
  corrections: EvidenceCorrectionEntity[];
}

function ref(value: { slug: string; name: string }): NamedRefView {
  const view = new NamedRefView();
  view.slug = value.slug;
  view.name = value.name;
  return view;
}

function chainView(chain: EvidenceAggregate['chain']): ChainLinkView[] {
  return [...chain]
    .sort((a, b) => a.position - b.position)
    .map((link) => {
      const view = new ChainLinkView();
      view.position = link.position;
      view.company = ref(link.company);
      view.role = link.role;
      return view;
    });
}

function fillSummary(
  view: EvidenceSummaryView,
  aggregate: Pick<EvidenceAggregate, 'evidence' | 'endUser' | 'chain'>,
): void {
  const e = aggregate.evidence;
  view.id = e.id;
  view.title = e.title;
  view.category = e.category;
  view.status = e.status;
  view.confidence = e.confidence;
  view.polarity = e.polarity;
  view.endUser = aggregate.endUser ? ref(aggregate.endUser) : null;
  view.chain = chainView(aggregate.chain);
  view.periodStart = e.periodStart;
  view.periodEnd = e.periodEnd;
  view.publishedAt = e.publishedAt ? e.publishedAt.toISOString() : null;
  view.submittedAt = e.submittedAt ? e.submittedAt.toISOString() : null;
  view.version = e.version;
  view.updatedAt = e.updatedAt.toISOString();
}

export function toEvidenceSummaryView(
  aggregate: Pick<EvidenceAggregate, 'evidence' | 'endUser' | 'chain'>,
): EvidenceSummaryView {
  const view = new EvidenceSummaryView();
  fillSummary(view, aggregate);
  return view;
}

export function toSourceView(source: EvidenceSourceEntity): EvidenceSourceView {
  const view = new EvidenceSourceView();
  view.url = source.url;
  view.publisher = source.publisher;
  view.title = source.title;
  view.publishedOn = source.publishedOn;
  view.archivedUrl = source.archivedUrl;
  view.kind = source.kind;
  view.excerpt = source.excerpt;
  return view;
}

export function toCorrectionView(correction: EvidenceCorrectionEntity): CorrectionView {
  const view = new CorrectionView();
  view.id = correction.id;
  view.evidenceId = correction.evidenceId;
  view.kind = correction.kind;
  view.reason = correction.reason;
  view.changes = correction.changes.map((change) => Object.assign(new FieldChangeView(), change));
  view.madeAt = correction.madeAt.toISOString();
  view.versionAfter = correction.versionAfter;
  return view;
}

export function toEvidenceView(aggregate: EvidenceAggregate, audience: Audience = 'staff'): EvidenceView {
  const e = aggregate.evidence;
  const view = new EvidenceView();
  fillSummary(view, aggregate);
  view.products = [...e.products];
  const formatted = formatMoney(e.valueMinor, e.currency);
  view.value =
    formatted && e.valueMinor !== null && e.currency !== null
      ? Object.assign(new MoneyView(), { minor: e.valueMinor, currency: e.currency, formatted })
      : null;
  view.summary = e.summary;
  view.sources = [...aggregate.sources].sort((a, b) => a.position - b.position).map(toSourceView);
  view.procurementRecords = aggregate.procurement.map((record) => Object.assign(new ProcurementRefView(), record));
  view.corrections = [...aggregate.corrections]
    .sort((a, b) => b.madeAt.getTime() - a.madeAt.getTime() || b.versionAfter - a.versionAfter)
    .map(toCorrectionView);
  view.statusReason = e.statusReason;
  view.statusChangedAt = e.statusChangedAt ? e.statusChangedAt.toISOString() : null;
  const staff = audience === 'staff';
  view.author = staff ? e.authorLabel : null;
  view.updatedBy = staff ? e.updatedByLabel : null;
  view.publishedBy = staff ? e.publisherLabel : null;
  view.peerReviewed = e.publisherId !== null;
  view.createdAt = e.createdAt.toISOString();
  return view;
}

/** An item's sources in order, as plain fields (what a form, a PATCH and a snapshot hold). */
export function sourceFieldsOf(sources: EvidenceSourceEntity[]) {
  return [...sources]
    .sort((a, b) => a.position - b.position)
    .map((source) => ({
      url: source.url,
      publisher: source.publisher,
      title: source.title,
      publishedOn: source.publishedOn,
      archivedUrl: source.archivedUrl,
      kind: source.kind,
      excerpt: source.excerpt,
    }));
}

/**
 * What the audit trail and a correction's diff keep of an item: its own fields, with companies and
 * state bodies by slug, in the words a reader understands.
 */
export function evidenceSnapshot(aggregate: EvidenceAggregate): Record<string, unknown> {
  const e = aggregate.evidence;
  return {
    title: e.title,
    category: e.category,
    status: e.status,
    confidence: e.confidence,
    polarity: e.polarity,
    products: [...e.products],
    endUser: aggregate.endUser?.slug ?? null,
    chain: chainView(aggregate.chain).map((link) => `${link.company.slug} (${link.role})`),
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    value: formatMoney(e.valueMinor, e.currency),
    summary: e.summary,
    sources: sourceFieldsOf(aggregate.sources),
    procurementRecords: aggregate.procurement.map((record) => record.reference).sort(),
  };
}
