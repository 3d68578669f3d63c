import { t, type ErrorDetail } from '#libs/core';
import { itemLines, majorUnits, parseItemLines, toMinorUnits, type ProcurementRecordView } from '#libs/evidence';

/**
 * The console's procurement form arrives flat: items one a line (`description | quantity | unit`),
 * the amount in major units (100000.50). These turn it into the API's shape, and a record back
 * into what the form shows.
 */
type FormBody = Record<string, unknown>;

export interface ProcurementForm {
  reference: string;
  ocid: string;
  title: string;
  buyer: string;
  supplier: string;
  brand: string;
  awardedOn: string;
  amount: string;
  currency: string;
  items: string;
  url: string;
}

const FIELDS: (keyof ProcurementForm)[] = [
  'reference',
  'ocid',
  'title',
  'buyer',
  'supplier',
  'brand',
  'awardedOn',
  'amount',
  'currency',
  'items',
  'url',
];

/** A field's text; a repeated field (an array) counts as not given. */
function text(body: FormBody, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : '';
}

function blankToUndefined(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

export function procurementFormFrom(body: FormBody): ProcurementForm {
  return Object.fromEntries(FIELDS.map((field) => [field, text(body, field)])) as unknown as ProcurementForm;
}

export function emptyProcurementForm(): ProcurementForm {
  return procurementFormFrom({});
}

export function procurementFormOf(view: ProcurementRecordView): ProcurementForm {
  return {
    reference: view.reference,
    ocid: view.ocid ?? '',
    title: view.title,
    buyer: view.buyer.slug,
    supplier: view.supplier.slug,
    brand: view.brand?.slug ?? '',
    awardedOn: view.awardedOn,
    amount: majorUnits(view.value === null ? null : String(view.value), view.currency) ?? '',
    currency: view.currency ?? '',
    items: itemLines(view.items),
    url: view.url ?? '',
  };
}

/** The create DTO's shape, and the form's own mistakes (an amount with more decimals than its currency has). */
export function procurementInput(form: ProcurementForm): { input: Record<string, unknown>; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const input: Record<string, unknown> = {
    reference: form.reference,
    ocid: blankToUndefined(form.ocid),
    title: form.title,
    buyer: form.buyer,
    supplier: form.supplier,
    brand: blankToUndefined(form.brand),
    awardedOn: form.awardedOn,
    currency: blankToUndefined(form.currency),
    items: parseItemLines(form.items),
    url: blankToUndefined(form.url),
  };
  const amount = blankToUndefined(form.amount);
  const currency = blankToUndefined(form.currency);
  if (amount !== undefined && currency === undefined)
    errors.push({ field: 'currency', message: t('procurement.validation.currency_required') });
  if (amount !== undefined && currency !== undefined) {
    const converted = toMinorUnits(amount, currency);
    if ('minor' in converted) input.value = converted.minor;
    else if (converted.error !== 'currency')
      errors.push({
        field: 'amount',
        message: t(`procurement.validation.amount_${converted.error}`, { currency: currency.trim().toUpperCase() }),
      });
  }
  return { input, errors };
}

/** Errors as the form names its fields: `value` is the amount, every item's problem goes to the items box. */
export function formErrors(errors: ErrorDetail[]): ErrorDetail[] {
  const result: ErrorDetail[] = [];
  for (const error of errors) {
    const item = /^items\.(\d+)\.(\w+)$/.exec(error.field);
    const field = item ? 'items' : error.field === 'value' ? 'amount' : error.field;
    const message = item
      ? t('procurement.form.item_error', { line: Number(item[1]) + 1, message: error.message })
      : error.message;
    // One message per field, so the summary and the field say the same thing.
    if (!result.some((existing) => existing.field === field)) result.push({ field, message });
  }
  return result;
}

/** A record with the labels its page shows. */
export function procurementPage(view: ProcurementRecordView) {
  return {
    ...view,
    evidence: view.evidence.map((item) => ({ ...item, statusLabel: t(`procurement.evidence_status.${item.status}`) })),
  };
}
