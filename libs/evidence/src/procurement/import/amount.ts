import { minorDigits } from '../../shared/money';

export type MinorUnits = { minor: number } | { error: 'amount' | 'currency' | 'decimals' };

/**
 * An amount in major units ("100000.50", or a JSON number) as integer minor units of the currency
 * (10000050 for USD), exactly: the digits are moved, never multiplied in floating point.
 */
export function toMinorUnits(amount: unknown, currency: string): MinorUnits {
  let digits: number;
  try {
    digits = minorDigits(currency.trim().toUpperCase());
  } catch {
    return { error: 'currency' };
  }
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount) || amount < 0) return { error: 'amount' };
    text = String(amount);
    // 1e-7 or 1e+21: too fine for any currency, or beyond what the record keeps exactly.
    if (/e/i.test(text)) return { error: amount < 1 ? 'decimals' : 'amount' };
  } else if (typeof amount === 'string') {
    text = amount.trim().replace(/[\s_]/g, '');
  } else {
    return { error: 'amount' };
  }
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { error: 'amount' };
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { error: 'decimals' };
  const minor = BigInt(match[1]) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  // Beyond 2^53 the number is refused by validation (the value's upper bound), not rounded here.
  return { minor: Number(minor) };
}
