import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { CompanyRepository } from '../company/company.repository';
import { toCompanyView, type CompanyView } from '../company/company.view';
import { EXPORT_ONLY_COLUMNS, RECORD_CSV_COLUMNS } from '../import/parse-records';
import { neutralizeFormula } from '../shared/csv-safety';
import type { SourceView } from '../shared/source.view';
import { StateBodyRepository } from '../state-body/state-body.repository';
import { toStateBodyView, type StateBodyView } from '../state-body/state-body.view';

/** One CSV row per record, in the columns the import reads (aliases joined with `|`). */
function csvRow(view: CompanyView | StateBodyView): Record<string, string> {
  const source: SourceView | null = view.source;
  return {
    slug: view.slug,
    name: view.name,
    kind: view.kind,
    country: view.country ?? '',
    website: view.website ?? '',
    aliases: view.aliases.join('|'),
    description: view.description,
    source_url: source?.url ?? '',
    source_title: source?.title ?? '',
    source_publisher: source?.publisher ?? '',
    source_published_on: source?.publishedOn ?? '',
    id: view.id,
    created_at: view.createdAt,
    updated_at: view.updatedAt,
  };
}

/** CSV whose every text cell is safe to open in a spreadsheet. */
export function toSafeCsv(rows: Record<string, string>[], columns: readonly string[]): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    cast: { string: (value: string) => neutralizeFormula(value) },
  });
}

/** The open data: every company (and state body) as CSV or JSON. */
@Injectable()
export class RecordExportService {
  constructor(
    private readonly companies: CompanyRepository,
    private readonly stateBodies: StateBodyRepository,
  ) {}

  async companiesJson(): Promise<CompanyView[]> {
    const views: CompanyView[] = [];
    for await (const company of this.companies.walk()) views.push(toCompanyView(company));
    return views;
  }

  async companiesCsv(): Promise<string> {
    return toSafeCsv((await this.companiesJson()).map(csvRow), [...RECORD_CSV_COLUMNS, ...EXPORT_ONLY_COLUMNS]);
  }

  async stateBodiesJson(): Promise<StateBodyView[]> {
    const views: StateBodyView[] = [];
    let cursor = null;
    for (;;) {
      const page = await this.stateBodies.search({}, cursor, 500);
      if (!page.length) return views;
      views.push(...page.map((row) => toStateBodyView(row.stateBody)));
      const last = page[page.length - 1];
      cursor = { key: last.sortKey, id: last.stateBody.id };
    }
  }

  async stateBodiesCsv(): Promise<string> {
    return toSafeCsv((await this.stateBodiesJson()).map(csvRow), [...RECORD_CSV_COLUMNS, ...EXPORT_ONLY_COLUMNS]);
  }
}
