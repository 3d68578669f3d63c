/**
 * Amounts are kept in integer minor units of an ISO 4217 currency (cents for USD), as text, so a
 * bigint column never passes through a floating-point number.
 */

/** How many minor units a currency has (JPY 0, USD 2, BHD 3), as the runtime's ICU data knows it. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
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
  return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: digits }).format(decimal as unknown as number);
}

/** The amount in major units as a decimal string ("100000.00"), for open data. */
export function majorUnits(valueMinor: string | null, currency: string | null): string | null {
  if (valueMinor === null || currency === null) return null;
  const digits = minorDigits(currency);
  const minor = BigInt(valueMinor);
  const scale = 10n ** BigInt(digits);
  return digits > 0 ? `${minor / scale}.${(minor % scale).toString().padStart(digits, '0')}` : `${minor}`;
}
