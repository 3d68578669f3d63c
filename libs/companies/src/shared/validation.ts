import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as YYYY-MM-DD (2023-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function IsCalendarDate(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'validation.date', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
  };
}

/** Strings arrive trimmed; an empty string means "not given". */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });
}

/** Like Trim, and upper-cased: country codes. */
export function TrimUpper(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim().toUpperCase();
    return trimmed === '' ? undefined : trimmed;
  });
}

/** Numbers from a form or a query string arrive as text; '' means "not given". */
export function ToNumber(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    const number = Number(trimmed);
    return Number.isNaN(number) ? value : number;
  });
}

/** PostgreSQL refuses a NUL byte in text, so a string carrying one is refused here with a message. */
export function hasNoNulByte(value: unknown): boolean {
  return typeof value !== 'string' || !value.includes('\u0000');
}

/** Refuses a NUL byte in a string (or, with `each`, in each string of a list). */
export function NoNulByte(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'noNulByte',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'companies.validation.nul_byte', ...options },
      validator: { validate: (value: unknown) => hasNoNulByte(value) },
    });
  };
}

export const SHARE_MAX = 100;

/**
 * An ownership share: a finite number above 0 and at most 100 with at most two decimals. Decimals
 * are counted by rounding, not by reading the text, so 1e-7 or Infinity are refused, not a crash.
 */
export function isShare(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value <= 0 || value > SHARE_MAX) return false;
  return Number(value.toFixed(2)) === value;
}

export function IsShare(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isShare',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'companies.validation.share', ...options },
      validator: { validate: (value: unknown) => isShare(value) },
    });
  };
}
