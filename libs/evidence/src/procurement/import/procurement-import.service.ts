import { Injectable, Logger } from '@nestjs/common';
import { DomainException, t, validateInput, type Actor } from '#libs/core';
import type { ImportProgress, ImportRejection, ImportReport } from '#libs/companies';
import { CreateProcurementDto } from '../dto/create-procurement.dto';
import { ProcurementRepository } from '../procurement.repository';
import { ProcurementService } from '../procurement.service';
import { parseProcurement, type ProcurementImportFormat } from './parse-procurement';
import type { ProcurementRow } from './procurement-rows';

const PARTIES = [
  { field: 'buyer', kind: 'state_body', required: true },
  { field: 'supplier', kind: 'company', required: true },
  { field: 'brand', kind: 'company', required: false },
] as const;

/**
 * Imports procurement records from a CSV file, a JSON list or an OCDS release package. Parties are
 * found by slug, name or alias; every row is validated like the API's body, then the record with
 * its reference is made to look like the row, so that importing the same file twice changes
 * nothing. Each row is its own transaction; a rejected row does not stop the others. The report's
 * `slug` of a rejected row is its reference.
 */
@Injectable()
export class ProcurementImportService {
  private readonly logger = new Logger(ProcurementImportService.name);

  constructor(
    private readonly procurement: ProcurementService,
    private readonly records: ProcurementRepository,
  ) {}

  async import(
    content: string,
    format: ProcurementImportFormat,
    actor: Actor,
    onProgress?: ImportProgress,
  ): Promise<ImportReport> {
    const rows = parseProcurement(content, format);
    const report: ImportReport = { total: rows.length, created: 0, updated: 0, unchanged: 0, rejected: [] };
    const seen = new Map<string, number>();
    onProgress?.(0, rows.length);
    for (const [index, row] of rows.entries()) {
      const rejection = await this.importOne(row, seen, actor, report);
      if (rejection) report.rejected.push(rejection);
      onProgress?.(index + 1, rows.length);
    }
    return report;
  }

  private async importOne(
    row: ProcurementRow,
    seen: Map<string, number>,
    actor: Actor,
    report: ImportReport,
  ): Promise<ImportRejection | null> {
    if (row.unusable) return { row: row.row, slug: row.reference, reasons: row.problems };
    const name = (field: string) => fieldName(field, row.fieldNames);
    const reasons = [...row.problems];
    const resolved: Record<string, string> = {};
    const unresolved = new Set<string>();
    for (const party of PARTIES) {
      const texts = row.parties[party.field];
      if (!texts.length) {
        if (party.required) reasons.push(reason(party.field, t('validation.required')));
        if (party.required) unresolved.add(party.field);
        continue;
      }
      const match = await this.match(party.kind, texts);
      if (match) resolved[party.field] = match;
      else {
        unresolved.add(party.field);
        reasons.push(reason(party.field, t(`procurement.import.${party.kind}_unmatched`, { name: texts[0] })));
      }
    }
    const { value, errors } = await validateInput(CreateProcurementDto, { ...row.data, ...resolved });
    reasons.push(
      ...errors
        .filter((error) => !unresolved.has(error.field))
        .map((error) => reason(name(error.field), error.message)),
    );
    const reference = typeof value.reference === 'string' ? value.reference : row.reference;
    if (!reasons.length && reference && seen.has(reference))
      reasons.push(reason('reference', t('procurement.import.reference_repeated', { row: seen.get(reference) })));
    if (!reasons.length && reference) {
      // An OCDS award id is unique only within its contracting process: never let another process's record be overwritten.
      const existing = await this.records.findByReference(reference);
      if (existing?.ocid && value.ocid && existing.ocid !== value.ocid)
        reasons.push(reason('reference', t('procurement.import.reference_other_ocid', { ocid: existing.ocid })));
    }
    if (reasons.length) return { row: row.row, slug: reference ?? null, reasons };
    seen.set(value.reference, row.row);
    try {
      const { outcome } = await this.procurement.upsert(actor, value);
      report[outcome] += 1;
      return null;
    } catch (error) {
      if (error instanceof DomainException) {
        const details = error.details.map((detail) => reason(name(detail.field), detail.message));
        return { row: row.row, slug: value.reference, reasons: details.length ? details : [error.message] };
      }
      // Any other failure (the database refusing a value, say) costs this row, not the import.
      // Only the row and the error's class are logged: the row's content may be anything.
      this.logger.warn(
        `Import row ${row.row} could not be stored (${error instanceof Error ? error.name : typeof error})`,
      );
      return { row: row.row, slug: value.reference, reasons: [t('procurement.import.not_stored')] };
    }
  }

  /** The first text that names exactly one record of this kind, as its slug. */
  private async match(kind: 'company' | 'state_body', texts: string[]): Promise<string | null> {
    for (const text of texts) {
      const row = kind === 'company' ? await this.records.matchCompany(text) : await this.records.matchStateBody(text);
      if (row) return row.slug;
    }
    return null;
  }
}

/** The field as the file names it; an item's field with its line (`items, line 2, quantity`). */
function fieldName(field: string, names: Record<string, string> = {}): string {
  const item = /^items\.(\d+)\.(\w+)$/.exec(field);
  if (item) return t('procurement.import.item_field', { line: Number(item[1]) + 1, field: item[2] });
  return names[field] ?? field;
}

function reason(field: string, message: string): string {
  return t('procurement.import.reason', { field, message });
}
