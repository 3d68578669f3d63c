/**
 * One record of an import file, before its parties are looked up. `row` is the CSV line it ends
 * on, or its 1-based place in a JSON array or in a release package's `releases`. `parties` holds,
 * per party, the texts that may name it (slug, name or alias), best first. `problem` (translated)
 * says why the row cannot be used; the import rejects that row alone.
 */
export interface ProcurementRow {
  row: number;
  reference: string | null;
  data: Record<string, unknown>;
  parties: { buyer: string[]; supplier: string[]; brand: string[] };
  problems: string[];
  /** Nothing in the row can be used (not an object, a release without an award): only `problems` are reported. */
  unusable?: boolean;
  /** How the file names the DTO's fields, for the report (`amount` in a CSV for `value`). */
  fieldNames?: Record<string, string>;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Trimmed text, or null for anything else or blank. Numbers count (OCDS ids are often numbers). */
export function textOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Distinct non-blank texts, in order. */
export function candidates(...values: unknown[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = textOf(value);
    if (text !== null) seen.add(text);
  }
  return [...seen];
}

/** A row that cannot be used at all, for this reason. */
export function unusableRow(row: number, reference: string | null, problem: string): ProcurementRow {
  return {
    row,
    reference,
    data: {},
    parties: { buyer: [], supplier: [], brand: [] },
    problems: [problem],
    unusable: true,
  };
}
