import { parse } from 'csv-parse/sync';
import { t } from '#libs/core';
import { CompaniesException } from '../companies.exception';
import { restoreFormula } from '../shared/csv-safety';
import { splitAliases } from '../shared/text';

export type ImportFormat = 'csv' | 'json';

/**
 * One record of an import file: `row` is the CSV line it ends on, or its 1-based place in a JSON
 * array. `problem` (translated) says why the row cannot be read; the import rejects that row alone.
 */
export interface RawRecord {
  row: number;
  data: Record<string, unknown>;
  problem?: string;
}

/** The columns a company or state-body CSV may have (`kind` from each one's own list). */
export const RECORD_CSV_COLUMNS = [
  'slug',
  'name',
  'kind',
  'country',
  'website',
  'aliases',
  'description',
  'source_url',
  'source_title',
  'source_publisher',
  'source_published_on',
] as const;
/** Written by the export, ignored by the import, so that an export imports again as it is. */
export const EXPORT_ONLY_COLUMNS = ['id', 'created_at', 'updated_at'] as const;

export function detectFormat(fileName: string, content: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return /^\s*[[{]/.test(content) ? 'json' : 'csv';
}

export function parseRecords(content: string, format: ImportFormat): RawRecord[] {
  return format === 'json' ? parseJson(content) : parseCsv(content);
}

/** A JSON array of objects, or the API's `{ "data": [...] }` page. */
function parseJson(content: string): RawRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw CompaniesException.importUnreadable((error as Error).message);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { data?: unknown } | null)?.data;
  if (!Array.isArray(list)) throw CompaniesException.importUnreadable(t('companies.import.not_an_array'));
  return list.map((item, index) => ({
    row: index + 1,
    data:
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : { __notAnObject: item },
  }));
}

function parseCsv(content: string): RawRecord[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Rows are read as lists, so that a row with too few or too many cells is rejected alone.
    records = parse(content, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw CompaniesException.importUnreadable((error as Error).message);
  }
  const [head, ...rows] = records;
  if (!head) return [];
  const header = head.record.map((column) => column.trim().toLowerCase());
  const known = new Set<string>([...RECORD_CSV_COLUMNS, ...EXPORT_ONLY_COLUMNS]);
  const unknown = header.filter((column) => !known.has(column));
  if (unknown.length)
    throw CompaniesException.importUnreadable(t('companies.import.unknown_columns', { columns: unknown.join(', ') }));
  return rows.map(({ record, info }) => {
    if (record.length !== header.length) {
      return {
        row: info.lines,
        data: {},
        problem: t('companies.import.column_count', { found: record.length, expected: header.length }),
      };
    }
    return {
      row: info.lines,
      data: inputFromCsv(Object.fromEntries(header.map((column, index) => [column, record[index]]))),
    };
  });
}

/** A CSV row in the shape of the create DTO: blanks left out, aliases split, the source nested. */
export function inputFromCsv(row: Record<string, string>): Record<string, unknown> {
  const cell = (column: string): string | undefined => {
    const value = restoreFormula((row[column] ?? '').trim());
    return value === '' ? undefined : value;
  };
  const input: Record<string, unknown> = {};
  for (const column of ['slug', 'name', 'kind', 'country', 'website', 'description'] as const) {
    const value = cell(column);
    if (value !== undefined) input[column] = value;
  }
  const aliases = cell('aliases');
  if (aliases !== undefined) input.aliases = splitAliases(aliases);
  const source = {
    url: cell('source_url'),
    title: cell('source_title'),
    publisher: cell('source_publisher'),
    publishedOn: cell('source_published_on'),
  };
  if (Object.values(source).some((value) => value !== undefined)) input.source = source;
  return input;
}
