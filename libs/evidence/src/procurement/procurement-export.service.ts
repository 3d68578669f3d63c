import { Injectable } from '@nestjs/common';
import { toSafeCsv } from '#libs/companies';
import type { ProcurementRecordEntity } from '../procurement-record.entity';
import { majorUnits } from '../shared/money';
import { PROCUREMENT_CSV_COLUMNS, PROCUREMENT_EXPORT_ONLY_COLUMNS } from './import/parse-procurement';
import { itemLines } from './procurement-items';
import { ProcurementRepository } from './procurement.repository';
import { toProcurementRecordView, type ProcurementRecordView } from './procurement.view';

/** How many records' evidence is looked up at once. */
const BATCH = 500;

/** One CSV row per record, in the columns the import reads (the amount in major units), plus names to read. */
function csvRow(view: ProcurementRecordView): Record<string, string> {
  return {
    reference: view.reference,
    ocid: view.ocid ?? '',
    title: view.title,
    awarded_on: view.awardedOn,
    buyer: view.buyer.slug,
    supplier: view.supplier.slug,
    brand: view.brand?.slug ?? '',
    amount: majorUnits(view.value === null ? null : String(view.value), view.currency) ?? '',
    currency: view.currency ?? '',
    items: itemLines(view.items),
    url: view.url ?? '',
    id: view.id,
    buyer_name: view.buyer.name,
    supplier_name: view.supplier.name,
    brand_name: view.brand?.name ?? '',
    evidence: view.evidence.map((item) => item.id).join('|'),
    created_at: view.createdAt,
    updated_at: view.updatedAt,
  };
}

/** The open data: every procurement record, with the public evidence that cites it, as CSV or JSON. */
@Injectable()
export class ProcurementExportService {
  constructor(private readonly records: ProcurementRepository) {}

  async json(): Promise<ProcurementRecordView[]> {
    const views: ProcurementRecordView[] = [];
    let batch: ProcurementRecordEntity[] = [];
    for await (const record of this.records.walk(BATCH)) {
      batch.push(record);
      if (batch.length === BATCH) {
        views.push(...(await this.withEvidence(batch)));
        batch = [];
      }
    }
    views.push(...(await this.withEvidence(batch)));
    return views;
  }

  async csv(): Promise<string> {
    return toSafeCsv((await this.json()).map(csvRow), [...PROCUREMENT_CSV_COLUMNS, ...PROCUREMENT_EXPORT_ONLY_COLUMNS]);
  }

  private async withEvidence(batch: ProcurementRecordEntity[]): Promise<ProcurementRecordView[]> {
    const evidence = await this.records.linkedEvidence(batch.map((record) => record.id));
    return batch.map((record) =>
      toProcurementRecordView(
        record,
        evidence.filter((row) => row.procurement_record_id === record.id),
      ),
    );
  }
}
