import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { t } from '../i18n/i18n';
import { ValidationFailedException, type ErrorDetail } from './domain.exception';

/** Flattens class-validator's tree into one message per field, translated, nested fields dotted. */
export function toDetails(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    // A field the DTO does not know (forbidNonWhitelisted) gets our own words, not the library's.
    const first = constraints.whitelistValidation ? 'validation.unknown_field' : Object.values(constraints)[0];
    if (first) details.push({ field, message: t(first) });
    if (error.children?.length) details.push(...toDetails(error.children, field));
  }
  return details;
}

export interface Validated<T> {
  value: T;
  errors: ErrorDetail[];
}

/**
 * Validates a plain object (a form or a JSON body) against a DTO class the same way the global
 * pipe does, without throwing, so that a form can be shown again with messages beside the fields.
 */
export async function validateInput<T extends object>(dto: ClassConstructor<T>, input: unknown): Promise<Validated<T>> {
  const value = plainToInstance(dto, input ?? {}, { enableImplicitConversion: false });
  const errors = await validate(value, { whitelist: true, forbidUnknownValues: false });
  return { value, errors: toDetails(errors) };
}

export async function validateOrThrow<T extends object>(dto: ClassConstructor<T>, input: unknown): Promise<T> {
  const { value, errors } = await validateInput(dto, input);
  if (errors.length) throw new ValidationFailedException(errors);
  return value;
}
