import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#libs/core';
import { MAX_PAGE_SIZE, OwnershipService, RecordExportService, toSafeCsv } from '#libs/companies';
import { LedgerService } from '../evidence/ledger.service';
import type { EvidenceView } from '../evidence/evidence.view';
import { ProcurementExportService } from '../procurement/procurement-export.service';
import {
  companyEntity,
  evidenceEntities,
  ownershipEntity,
  procurementEntities,
  publicBodyEntity,
  type FtmEntity,
} from './ftm';
import { EVIDENCE_CSV_COLUMNS, EVIDENCE_SOURCE_CSV_COLUMNS, evidenceCsvRow, sourceCsvRows } from './open-data';

/**
 * The open data of the ledger (public items only: published, disputed, retracted) as JSON and CSV,
 * and the whole public record as FollowTheMoney entities for `export --format ftm`.
 */
@Injectable()
export class EvidenceExportService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly records: RecordExportService,
    private readonly ownerships: OwnershipService,
    private readonly procurement: ProcurementExportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every public item, whole: chain, sources, corrections. */
  async json(): Promise<EvidenceView[]> {
    const items: EvidenceView[] = [];
    for await (const item of this.ledger.publicItems()) items.push(item);
    return items;
  }

  /** One row per item; formula-like cells are neutralised. */
  async csv(): Promise<string> {
    return toSafeCsv((await this.json()).map(evidenceCsvRow), EVIDENCE_CSV_COLUMNS);
  }

  /** One row per source of a public item. */
  async sourcesCsv(): Promise<string> {
    return toSafeCsv((await this.json()).flatMap(sourceCsvRows), EVIDENCE_SOURCE_CSV_COLUMNS);
  }

  /**
   * Companies and state bodies first, then what refers to them: ownership, procurement, and the
   * sources of public evidence. One query at a time (the embedded database has one connection).
   */
  async *ftm(): AsyncGenerator<FtmEntity> {
    for (const company of await this.records.companiesJson()) yield companyEntity(company);
    for (const body of await this.records.stateBodiesJson()) yield publicBodyEntity(body);
    let cursor: string | undefined;
    do {
      const page = await this.ownerships.list({ limit: MAX_PAGE_SIZE, cursor });
      for (const link of page.data) yield ownershipEntity(link);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    for (const record of await this.procurement.json()) yield* procurementEntities(record);
    for await (const item of this.ledger.publicItems()) yield* evidenceEntities(item, this.config.publicUrl);
  }
}
