import { isISO4217CurrencyCode } from 'class-validator';

/**
 * Amounts are kept in integer minor units of an ISO 4217 currency (cents for USD), as text, so a
 * bigint column never passes through a floating-point number.
 */

/**
 * Minor-unit digits per ISO 4217 where they are not 2 (currencies with no minor unit, such as gold,
 * count as 0). Kept here rather than read from the runtime: ICU shows some currencies with fewer
 * decimals than the standard (HUF, IDR, IQD…), and an amount stored in minor units must mean the
 * same thing on every machine and after every upgrade.
 */
const ISO_4217_DIGITS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  XAG: 0,
  XAU: 0,
  XBA: 0,
  XBB: 0,
  XBC: 0,
  XBD: 0,
  XDR: 0,
  XPD: 0,
  XPT: 0,
  XSU: 0,
  XTS: 0,
  XUA: 0,
  XXX: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** How many minor units a currency has (JPY 0, USD 2, BHD 3), as ISO 4217 says; a code that is not a currency throws a RangeError. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  if (!isISO4217CurrencyCode(code)) throw new RangeError(`Invalid currency code: ${currency}`);
  return ISO_4217_DIGITS[code] ?? 2;
}

/** "$100,000.00" for ("10000000", "USD"); null when there is no amount. */
export function formatMoney(valueMinor: string | null, currency: string | null): string | null {
  if (valueMinor === null || currency === null) return null;
  const digits = minorDigits(currency);
  const minor = BigInt(valueMinor);
  const scale = 10n ** BigInt(digits);
  const whole = minor / scale;
  const fraction = (minor % scale).toString().padStart(digits, '0');
  const decimal = digits > 0 ? `${whole}.${fraction}` : `${whole}`;
  // Intl accepts a decimal string, so amounts beyond 2^53 keep every digit.
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal as unknown as number);
}

/** The amount in major units as a decimal string ("100000.00"), for open data. */
export function majorUnits(valueMinor: string | null, currency: string | null): string | null {
  if (valueMinor === null || currency === null) return null;
  const digits = minorDigits(currency);
  const minor = BigInt(valueMinor);
  const scale = 10n ** BigInt(digits);
  return digits > 0 ? `${minor / scale}.${(minor % scale).toString().padStart(digits, '0')}` : `${minor}`;
}
