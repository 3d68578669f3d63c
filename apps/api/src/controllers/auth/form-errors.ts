import type { Response } from 'express';
import { DomainException, t, type ErrorDetail } from '#libs/core';

/** A domain error's message in the reader's language: `auth.error.<code>` when we have one. */
export function domainMessage(error: DomainException): string {
  const key = `auth.error.${error.code}`;
  const text = t(key);
  return text === key ? error.message : text;
}

/**
 * A domain error that belongs beside a form field (a taken email, a wrong current password)
 * becomes that field's message; one without a field (the last admin) is shown above the form.
 */
export function formErrorsFrom(error: DomainException): { errors: ErrorDetail[]; formError: string | null } {
  const message = domainMessage(error);
  if (error.details.length)
    return { errors: error.details.map((detail) => ({ field: detail.field, message })), formError: null };
  return { errors: [], formError: message };
}

/** Pages that show a password or a token once must not be kept by a browser or a proxy. */
export function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
}
