import { t, type ErrorDetail } from '#libs/core';
import { CHAIN_MAX, minorDigits, majorUnits, SOURCES_MAX, type EvidenceView } from '#libs/evidence';

/**
 * The evidence editor arrives flat (`chain.0.company`, `sources.1.url`; the body parser does not
 * nest), with lists one a line and the amount in major units. These turn it into the DTO's shape
 * and an item back into what the form shows.
 */
type FormBody = Record<string, unknown>;

export const CHAIN_FIELDS = ['company', 'role'] as const;
export const SOURCE_FIELDS = ['url', 'publisher', 'title', 'publishedOn', 'archivedUrl', 'kind', 'excerpt'] as const;

export type ChainRow = Record<(typeof CHAIN_FIELDS)[number], string>;
export type SourceRow = Record<(typeof SOURCE_FIELDS)[number], string>;

/** What the editor shows in its fields: always text. */
export interface EvidenceForm {
  title: string;
  category: string;
  polarity: string;
  confidence: string;
  products: string;
  endUser: string;
  periodStart: string;
  periodEnd: string;
  value: string;
  currency: string;
  summary: string;
  procurementRecords: string;
  chain: ChainRow[];
  sources: SourceRow[];
  version: string;
  reason: string;
}

export const FORM_ACTIONS = ['save', 'add_chain', 'add_source'] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

const SCALARS = [
  'title',
  'category',
  'polarity',
  'confidence',
  'products',
  'endUser',
  'periodStart',
  'periodEnd',
  'value',
  'currency',
  'summary',
  'procurementRecords',
  'version',
  'reason',
] as const;

/** Row numbers beyond this are ignored: a chain has at most 10 links, sources at most 30. */
const ROW_INDEX_LIMIT = 100;

/** A field's text; a repeated field (an array) counts as not given. */
function text(body: FormBody, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : '';
}

/** The numbered rows `prefix.N.field`, in order of N, without those whose "Remove" box is ticked. */
function rowsFrom<F extends string>(body: FormBody, prefix: string, fields: readonly F[]): Record<F, string>[] {
  const indices = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.[a-zA-Z]+$`);
  for (const key of Object.keys(body)) {
    const match = pattern.exec(key);
    if (match && Number(match[1]) < ROW_INDEX_LIMIT) indices.add(Number(match[1]));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .filter((index) => text(body, `${prefix}.${index}.remove`) === '')
    .map(
      (index) =>
        Object.fromEntries(fields.map((field) => [field, text(body, `${prefix}.${index}.${field}`)])) as Record<
          F,
          string
        >,
    );
}

export function evidenceFormFrom(body: FormBody): EvidenceForm {
  const scalars = Object.fromEntries(SCALARS.map((field) => [field, text(body, field)])) as Record<
    (typeof SCALARS)[number],
    string
  >;
  return {
    ...scalars,
    chain: rowsFrom(body, 'chain', CHAIN_FIELDS),
    sources: rowsFrom(body, 'sources', SOURCE_FIELDS),
  };
}

/** Which submit button was pressed; Enter presses the first, "Save". */
export function formAction(body: FormBody): FormAction {
  const action = text(body, '_action');
  return (FORM_ACTIONS as readonly string[]).includes(action) ? (action as FormAction) : 'save';
}

function emptyChainRow(): ChainRow {
  return { company: '', role: '' };
}

function emptySourceRow(): SourceRow {
  return { url: '', publisher: '', title: '', publishedOn: '', archivedUrl: '', kind: '', excerpt: '' };
}

/** The form with at least one chain row and one source row to fill in. */
export function withEmptyRows(form: EvidenceForm): EvidenceForm {
  return {
    ...form,
    chain: form.chain.length ? form.chain : [emptyChainRow()],
    sources: form.sources.length ? form.sources : [emptySourceRow()],
  };
}

/** One more empty row of the chain or the sources; null when the list is already as long as it may be. */
export function withExtraRow(form: EvidenceForm, action: Exclude<FormAction, 'save'>): EvidenceForm | null {
  if (action === 'add_chain')
    return form.chain.length >= CHAIN_MAX ? null : { ...form, chain: [...form.chain, emptyChainRow()] };
  return form.sources.length >= SOURCES_MAX ? null : { ...form, sources: [...form.sources, emptySourceRow()] };
}

export function emptyEvidenceForm(): EvidenceForm {
  return withEmptyRows({ ...evidenceFormFrom({}), polarity: 'harm' });
}

/** The item as the editor shows it; the amount in major units of its currency. */
export function evidenceFormOf(view: EvidenceView): EvidenceForm {
  return {
    title: view.title,
    category: view.category,
    polarity: view.polarity,
    confidence: view.confidence,
    products: view.products.join('\n'),
    endUser: view.endUser?.slug ?? '',
    periodStart: view.periodStart ?? '',
    periodEnd: view.periodEnd ?? '',
    value: view.value ? (majorUnits(view.value.minor, view.value.currency) ?? '') : '',
    currency: view.value?.currency ?? '',
    summary: view.summary,
    procurementRecords: view.procurementRecords.map((record) => record.reference).join('\n'),
    chain: view.chain.map((link) => ({ company: link.company.slug, role: link.role })),
    sources: view.sources.map((source) => ({
      url: source.url,
      publisher: source.publisher ?? '',
      title: source.title ?? '',
      publishedOn: source.publishedOn ?? '',
      archivedUrl: source.archivedUrl ?? '',
      kind: source.kind,
      excerpt: source.excerpt,
    })),
    version: String(view.version),
    reason: '',
  };
}

function isBlank(row: Record<string, string>): boolean {
  return Object.values(row).every((value) => value.trim() === '');
}

function blankToNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * An amount in major units ("100000.50") as integer minor units of the currency, by moving digits
 * (never through a floating-point multiplication). A currency the runtime does not know is left to
 * the DTO's own check.
 */
export function toMinor(amount: string, currency: string): { minor: number } | { error: string } | null {
  let digits: number;
  try {
    digits = minorDigits(currency.trim().toUpperCase());
  } catch {
    return null;
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim().replace(/[\s_]/g, ''));
  if (!match) return { error: t('evidence.console.validation.amount') };
  // 100000.500 is exactly 100000.50: only significant decimals count.
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits)
    return {
      error: t('evidence.console.validation.amount_decimals', { currency: currency.trim().toUpperCase(), digits }),
    };
  const minor = BigInt(match[1]) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { error: t('evidence.console.validation.amount_too_large') };
  return { minor: Number(minor) };
}

/** The DTO's shape, where each chain and source entry came from in the form, and the form's own mistakes. */
export interface EvidenceInput {
  input: Record<string, unknown>;
  /** `chainRows[i]` is the form row of the DTO's `chain[i]` (blank rows are left out). */
  chainRows: number[];
  sourceRows: number[];
  errors: ErrorDetail[];
}

/**
 * The whole item as the create DTO takes it. Every field is given (blanks as null or empty lists),
 * so that a PATCH or a correction built from it clears what the form cleared.
 */
export function evidenceInput(form: EvidenceForm): EvidenceInput {
  const errors: ErrorDetail[] = [];
  const chainRows: number[] = [];
  const sourceRows: number[] = [];
  const chain: Record<string, string>[] = [];
  form.chain.forEach((row, index) => {
    if (isBlank(row)) return;
    chainRows.push(index);
    chain.push({ company: row.company, role: row.role });
  });
  const sources: Record<string, string | null>[] = [];
  form.sources.forEach((row, index) => {
    if (isBlank(row)) return;
    sourceRows.push(index);
    sources.push({
      url: row.url,
      publisher: blankToNull(row.publisher),
      title: blankToNull(row.title),
      publishedOn: blankToNull(row.publishedOn),
      archivedUrl: blankToNull(row.archivedUrl),
      kind: row.kind,
      excerpt: row.excerpt,
    });
  });

  let value: number | null = null;
  const amount = form.value.trim();
  const currency = form.currency.trim();
  if (amount !== '' && currency === '')
    errors.push({ field: 'currency', message: t('evidence.validation.currency_required') });
  if (amount !== '' && currency !== '') {
    const converted = toMinor(amount, currency);
    if (converted && 'minor' in converted) value = converted.minor;
    else if (converted) errors.push({ field: 'value', message: converted.error });
  }

  const input: Record<string, unknown> = {
    title: form.title,
    category: form.category,
    polarity: blankToNull(form.polarity) ?? 'harm',
    confidence: form.confidence,
    products: lines(form.products),
    endUser: blankToNull(form.endUser),
    chain,
    periodStart: blankToNull(form.periodStart),
    periodEnd: blankToNull(form.periodEnd),
    value,
    currency: blankToNull(form.currency),
    summary: form.summary,
    sources,
    procurementRecords: lines(form.procurementRecords),
  };
  return { input, chainRows, sourceRows, errors };
}

/** The source addresses entered so far, for the "also a source of" notices. */
export function enteredUrls(form: EvidenceForm): string[] {
  return [...new Set(form.sources.map((source) => source.url.trim()).filter((url) => /^https?:\/\//i.test(url)))];
}

/** Fields that have no box of their own: their messages go above the form. */
const FORM_LEVEL = new Set(['version', 'changes']);

/**
 * Errors as the form names its fields: DTO positions back to form rows, a correction's `changes.`
 * prefix dropped, one message per field, and what belongs to no field above the form.
 */
export function formErrors(
  errors: ErrorDetail[],
  mapping: Pick<EvidenceInput, 'chainRows' | 'sourceRows'>,
): { errors: ErrorDetail[]; formError: string | null } {
  const result: ErrorDetail[] = [];
  const above: string[] = [];
  for (const error of errors) {
    let field = error.field.replace(/^changes\./, '');
    let message = error.message;
    const row = /^(chain|sources)\.(\d+)(\..+)?$/.exec(field);
    if (row) {
      const rows = row[1] === 'chain' ? mapping.chainRows : mapping.sourceRows;
      field = `${row[1]}.${rows[Number(row[2])] ?? row[2]}${row[3] ?? ''}`;
    }
    // The DTO counts minor units; the form asks for the amount as written.
    if (field === 'value' && message === t('evidence.validation.value'))
      message = t('evidence.console.validation.amount');
    if (FORM_LEVEL.has(field)) {
      if (!above.includes(message)) above.push(message);
    } else if (!result.some((existing) => existing.field === field)) {
      result.push({ field, message });
    }
  }
  return { errors: result, formError: above.length ? above.join(' ') : null };
}

/** The version an action form was based on; a missing one is refused by the DTO, not guessed. */
export function versionOf(body: FormBody): number {
  const value = text(body, 'version').trim();
  return value === '' ? Number.NaN : Number(value);
}

/**
 * The text of one field of an action form (a comment, a reason), trimmed: a reason of blanks is no
 * reason, and the DTOs check only that it is not empty.
 */
export function fieldText(body: FormBody, key: string): string {
  return text(body, key).trim();
}
