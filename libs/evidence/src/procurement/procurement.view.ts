import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_STATUSES, type EvidenceStatus } from '../evidence.entity';
import type { ProcurementRecordEntity } from '../procurement-record.entity';
import { formatMoney } from '../shared/money';
import type { LinkedEvidenceRow } from './procurement.repository';

/** A buyer, supplier or brand as a link: its slug and its name. */
export class ProcurementPartyView {
  @ApiProperty({ example: 'map-info' })
  slug: string;

  @ApiProperty({ example: 'MAP INFO' })
  name: string;
}

export class ProcurementItemView {
  @ApiProperty({ example: 'SuperServer 6029P rack servers' })
  description: string;

  @ApiProperty({ type: Number, nullable: true, example: 12 })
  quantity: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'piece' })
  unit: string | null;
}

/** Evidence that cites the record; only published, disputed or retracted items are ever shown. */
export class LinkedEvidenceView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: EVIDENCE_STATUSES })
  status: EvidenceStatus;
}

/** A record in a list (a company's or a state body's page): enough to name it and link to it. */
export class ProcurementSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'BY-2020-0915-KGB-17' })
  reference: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ example: '2020-09-15' })
  awardedOn: string;

  @ApiProperty({ type: () => ProcurementPartyView })
  buyer: ProcurementPartyView;

  @ApiProperty({ type: () => ProcurementPartyView })
  supplier: ProcurementPartyView;

  @ApiProperty({ type: () => ProcurementPartyView, nullable: true })
  brand: ProcurementPartyView | null;

  @ApiProperty({ type: Number, nullable: true, example: 10_000_000, description: 'In minor units of the currency.' })
  value: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'USD' })
  currency: string | null;

  @ApiProperty({ type: String, nullable: true, example: '$100,000.00' })
  formattedValue: string | null;
}

export class ProcurementRecordView extends ProcurementSummaryView {
  @ApiProperty({ type: String, nullable: true, example: 'ocds-a1b2c3-000-00017' })
  ocid: string | null;

  @ApiProperty({ type: () => [ProcurementItemView] })
  items: ProcurementItemView[];

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: () => [LinkedEvidenceView], description: 'Public evidence that cites this record.' })
  evidence: LinkedEvidenceView[];

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;
}

export class ProcurementPageView {
  @ApiProperty({ type: () => [ProcurementRecordView] })
  data: ProcurementRecordView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page.',
  })
  nextCursor: string | null;
}

function party(entity: { slug: string; name: string }): ProcurementPartyView {
  const view = new ProcurementPartyView();
  view.slug = entity.slug;
  view.name = entity.name;
  return view;
}

function fillSummary(view: ProcurementSummaryView, entity: ProcurementRecordEntity): void {
  if (!entity.buyer || !entity.supplier) throw new Error(`procurement record ${entity.id} loaded without its parties`);
  view.id = entity.id;
  view.reference = entity.reference;
  view.title = entity.title;
  view.awardedOn = entity.awardedOn;
  view.buyer = party(entity.buyer);
  view.supplier = party(entity.supplier);
  view.brand = entity.brand ? party(entity.brand) : null;
  view.value = entity.valueMinor === null ? null : Number(entity.valueMinor);
  view.currency = entity.currency?.trim() || null;
  view.formattedValue = formatMoney(entity.valueMinor, view.currency);
}

/** The entity must come with buyer, supplier and brand loaded. */
export function toProcurementSummaryView(entity: ProcurementRecordEntity): ProcurementSummaryView {
  const view = new ProcurementSummaryView();
  fillSummary(view, entity);
  return view;
}

export function toProcurementRecordView(
  entity: ProcurementRecordEntity,
  evidence: LinkedEvidenceRow[],
): ProcurementRecordView {
  const view = new ProcurementRecordView();
  fillSummary(view, entity);
  view.ocid = entity.ocid;
  view.items = entity.items.map((item) =>
    Object.assign(new ProcurementItemView(), {
      description: item.description,
      quantity: item.quantity,
      unit: item.unit,
    }),
  );
  view.url = entity.url;
  view.evidence = evidence.map((row) =>
    Object.assign(new LinkedEvidenceView(), { id: row.id, title: row.title, status: row.status }),
  );
  view.createdAt = entity.createdAt.toISOString();
  view.updatedAt = entity.updatedAt.toISOString();
  return view;
}

/** What the audit trail keeps of a record: parties by slug, so that history reads without joins. */
export function procurementSnapshot(
  entity: ProcurementRecordEntity,
  slugs: { buyer: string; supplier: string; brand: string | null },
): Record<string, unknown> {
  return {
    reference: entity.reference,
    ocid: entity.ocid,
    title: entity.title,
    buyer: slugs.buyer,
    supplier: slugs.supplier,
    brand: slugs.brand,
    items: entity.items.map((item) => ({ description: item.description, quantity: item.quantity, unit: item.unit })),
    valueMinor: entity.valueMinor,
    currency: entity.currency?.trim() || null,
    awardedOn: entity.awardedOn,
    url: entity.url,
  };
}
