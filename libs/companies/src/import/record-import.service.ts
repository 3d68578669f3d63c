import { Injectable, Logger } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import { DomainException, t, validateInput, type Actor } from '#libs/core';
import { CompaniesException } from '../companies.exception';
import { CompanyService } from '../company/company.service';
import { CreateCompanyDto } from '../company/dto/create-company.dto';
import type { UpsertOutcome } from '../shared/records';
import { slugify } from '../shared/slug';
import { CreateStateBodyDto } from '../state-body/dto/create-state-body.dto';
import { StateBodyService } from '../state-body/state-body.service';
import { parseRecords, type ImportFormat } from './parse-records';

export interface ImportRejection {
  row: number;
  slug: string | null;
  reasons: string[];
}

export interface ImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
}

export type ImportProgress = (done: number, total: number) => void;

interface ImportTarget<D extends { name: string; slug?: string }> {
  dto: ClassConstructor<D>;
  /** Columns this kind of record does not have: naming one is a mistake, not something to ignore. */
  forbidden: string[];
  upsert(actor: Actor, dto: D): Promise<UpsertOutcome>;
}

/**
 * Imports a file of companies or state bodies: every row is validated like a form, then the record
 * with its slug is made to look like the row, so that importing the same file twice changes nothing.
 * Each row is its own transaction; a rejected row does not stop the others.
 */
@Injectable()
export class RecordImportService {
  private readonly logger = new Logger(RecordImportService.name);
  private readonly targets: Record<string, ImportTarget<{ name: string; slug?: string }>>;

  constructor(companies: CompanyService, stateBodies: StateBodyService) {
    this.targets = {
      companies: {
        dto: CreateCompanyDto,
        forbidden: [],
        upsert: async (actor, dto) => (await companies.upsert(actor, dto as CreateCompanyDto)).outcome,
      },
      'state-bodies': {
        dto: CreateStateBodyDto,
        forbidden: [],
        upsert: async (actor, dto) => (await stateBodies.upsert(actor, dto as CreateStateBodyDto)).outcome,
      },
    };
  }

  kinds(): string[] {
    return Object.keys(this.targets);
  }

  async import(
    kind: string,
    content: string,
    format: ImportFormat,
    actor: Actor,
    onProgress?: ImportProgress,
  ): Promise<ImportReport> {
    const target = this.targets[kind];
    if (!target) throw CompaniesException.importKindUnknown(kind, this.kinds());
    const records = parseRecords(content, format);
    const report: ImportReport = { total: records.length, created: 0, updated: 0, unchanged: 0, rejected: [] };
    const seen = new Map<string, number>();
    onProgress?.(0, records.length);
    for (const [index, record] of records.entries()) {
      const rejection = record.problem
        ? { row: record.row, slug: null, reasons: [record.problem] }
        : await this.importOne(target, record.row, record.data, seen, actor, report);
      if (rejection) report.rejected.push(rejection);
      onProgress?.(index + 1, records.length);
    }
    return report;
  }

  private async importOne(
    target: ImportTarget<{ name: string; slug?: string }>,
    row: number,
    data: Record<string, unknown>,
    seen: Map<string, number>,
    actor: Actor,
    report: ImportReport,
  ): Promise<ImportRejection | null> {
    const givenSlug = typeof data.slug === 'string' ? data.slug.trim() || null : null;
    if ('__notAnObject' in data)
      return { row, slug: null, reasons: [reason('row', t('companies.import.not_an_object'))] };
    const forbidden = target.forbidden.filter(
      (field) => data[field] !== undefined && data[field] !== null && data[field] !== '',
    );
    const { value, errors } = await validateInput(target.dto, data);
    const reasons = [
      ...forbidden.map((field) => reason(field, t('companies.import.not_a_field'))),
      ...errors.map((error) => reason(error.field, error.message)),
    ];
    const slug = value.slug || (typeof value.name === 'string' ? slugify(value.name) : '') || givenSlug;
    if (!reasons.length && !slug) reasons.push(reason('slug', t('companies.import.no_slug')));
    if (!reasons.length && slug && seen.has(slug))
      reasons.push(reason('slug', t('companies.import.slug_repeated', { row: seen.get(slug) })));
    if (reasons.length) return { row, slug: slug || null, reasons };
    seen.set(slug as string, row);
    try {
      const outcome = await target.upsert(actor, { ...value, slug: slug as string });
      report[outcome] += 1;
      return null;
    } catch (error) {
      if (error instanceof DomainException) {
        const details = error.details.map((detail) => reason(detail.field, detail.message));
        return { row, slug, reasons: details.length ? details : [error.message] };
      }
      // Any other failure (the database refusing a value, say) costs this row, not the import.
      // Only the row and the error's class are logged: the row's content may be anything.
      this.logger.warn(`Import row ${row} could not be stored (${error instanceof Error ? error.name : typeof error})`);
      return { row, slug, reasons: [t('companies.import.not_stored')] };
    }
  }
}

function reason(field: string, message: string): string {
  return t('companies.import.reason', { field, message });
}
