import { t } from './i18n';

/**
 * How much of a date the source gives. `month`: only the month ("September 2020"), kept as the
 * first of the month. `on_or_before`: only a latest date ("by 24 November 2020"), when a source
 * reports that something had happened by then without saying when.
 */
export const DATE_PRECISIONS = ['day', 'month', 'on_or_before'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2020-09-15` as the source gives it: "15 September 2020", "September 2020" or "by 15 September 2020". */
export function datedLabel(isoDay: string, precision: DatePrecision = 'day'): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  if (precision === 'month') return monthFormat.format(date);
  const day = dayFormat.format(date);
  return precision === 'on_or_before' ? t('dates.on_or_before', { date: day }) : day;
}

/** The day a dated fact is stored as: a month-precise date is kept as the first of its month. */
export function storedDay(isoDay: string, precision: DatePrecision): string {
  return precision === 'month' ? `${isoDay.slice(0, 7)}-01` : isoDay.slice(0, 10);
}

/**
 * The latest day a dated fact can have happened on: the last of its month for a month-precise date.
 * Clocks that run against a company (a letter's deadline) start there, giving it the benefit of the doubt.
 */
export function latestDay(isoDay: string, precision: DatePrecision): string {
  if (precision !== 'month') return isoDay.slice(0, 10);
  const [year, month] = isoDay.slice(0, 7).split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
