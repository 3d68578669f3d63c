import { parse } from 'csv-parse/sync';
import { t } from '#libs/core';
import { EvidenceException } from '../../evidence.exception';
import { parseItemLines } from '../procurement-items';
import { toMinorUnits } from './amount';
import { isReleasePackage, rowsFromReleasePackage } from './ocds';
import { candidates, isObject, textOf, unusableRow, type ProcurementRow } from './procurement-rows';

export type ProcurementImportFormat = 'csv' | 'json';

/** The columns a procurement CSV may have; `amount` is in major units ("100000.00"). */
export const PROCUREMENT_CSV_COLUMNS = [
  'reference',
  'ocid',
  'title',
  'awarded_on',
  'buyer',
  'supplier',
  'brand',
  'amount',
  'currency',
  'items',
  'url',
] as const;
/** Written by the export for people to read, ignored by the import. */
export const PROCUREMENT_EXPORT_ONLY_COLUMNS = [
  'id',
  'buyer_name',
  'supplier_name',
  'brand_name',
  'evidence',
  'created_at',
  'updated_at',
] as const;

const CSV_FIELD_NAMES = { value: 'amount', awardedOn: 'awarded_on' };
const FORMULA = /^'[=+\-@\t\r]/;

/** The export neutralises cells a spreadsheet would run; the import takes the apostrophe off again. */
function restoreFormula(value: string): string {
  return FORMULA.test(value) ? value.slice(1) : value;
}

export function parseProcurement(content: string, format: ProcurementImportFormat): ProcurementRow[] {
  return format === 'json' ? parseJson(content) : parseCsv(content);
}

/** An OCDS release package, or a JSON array of records shaped like the API's (or its `{ data }` page). */
function parseJson(content: string): ProcurementRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw EvidenceException.importUnreadable((error as Error).message);
  }
  if (isReleasePackage(parsed)) return rowsFromReleasePackage(parsed);
  const records = Array.isArray(parsed) ? parsed : isObject(parsed) ? parsed.data : undefined;
  if (!Array.isArray(records)) throw EvidenceException.importUnreadable(t('procurement.import.not_a_list'));
  return records.map((record, index) => {
    if (!isObject(record)) return unusableRow(index + 1, null, t('procurement.import.not_an_object'));
    const {
      buyer,
      supplier,
      brand,
      evidence: _evidence,
      id: _id,
      formattedValue: _formatted,
      createdAt: _created,
      updatedAt: _updated,
      ...data
    } = record;
    return {
      row: index + 1,
      reference: textOf(data.reference),
      data,
      parties: { buyer: partyTexts(buyer), supplier: partyTexts(supplier), brand: partyTexts(brand) },
      problems: [],
    };
  });
}

/** A party as the API writes it (`{ slug, name }`) or as a person does (a slug or a name). */
function partyTexts(value: unknown): string[] {
  return isObject(value) ? candidates(value.slug, value.name) : candidates(value);
}

function parseCsv(content: string): ProcurementRow[] {
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
    throw EvidenceException.importUnreadable((error as Error).message);
  }
  const [head, ...rows] = records;
  if (!head) return [];
  const header = head.record.map((column) => column.trim().toLowerCase());
  const known = new Set<string>([...PROCUREMENT_CSV_COLUMNS, ...PROCUREMENT_EXPORT_ONLY_COLUMNS]);
  const unknown = header.filter((column) => !known.has(column));
  if (unknown.length)
    throw EvidenceException.importUnreadable(t('procurement.import.unknown_columns', { columns: unknown.join(', ') }));
  return rows.map(({ record, info }): ProcurementRow => {
    if (record.length !== header.length) {
      return unusableRow(
        info.lines,
        null,
        t('procurement.import.column_count', { found: record.length, expected: header.length }),
      );
    }
    return rowFromCsv(info.lines, Object.fromEntries(header.map((column, index) => [column, record[index]])));
  });
}

function rowFromCsv(row: number, cells: Record<string, string>): ProcurementRow {
  const cell = (column: string): string | undefined => {
    const value = restoreFormula((cells[column] ?? '').trim());
    return value === '' ? undefined : value;
  };
  const problems: string[] = [];
  const data: Record<string, unknown> = {
    reference: cell('reference'),
    ocid: cell('ocid'),
    title: cell('title'),
    awardedOn: cell('awarded_on'),
    currency: cell('currency'),
    url: cell('url'),
  };
  const items = cell('items');
  if (items !== undefined) data.items = parseItemLines(items);
  const amount = cell('amount');
  const currency = cell('currency');
  if (amount !== undefined && currency === undefined)
    problems.push(
      t('procurement.import.reason', { field: 'currency', message: t('procurement.validation.currency_required') }),
    );
  if (amount !== undefined && currency !== undefined) {
    const converted = toMinorUnits(amount, currency);
    if ('minor' in converted) data.value = converted.minor;
    else if (converted.error !== 'currency')
      problems.push(t(`procurement.import.amount_${converted.error}`, { field: 'amount', currency }));
  }
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return {
    row,
    reference: cell('reference') ?? null,
    data,
    parties: {
      buyer: candidates(cell('buyer')),
      supplier: candidates(cell('supplier')),
      brand: candidates(cell('brand')),
    },
    problems,
    fieldNames: CSV_FIELD_NAMES,
  };
}
