import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError } from 'typeorm';
import { DomainException, t, type ErrorDetail, type ErrorKind } from '#libs/core';

export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  kind: ErrorKind | 'server';
}

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'invalid',
  415: 'invalid',
  429: 'rate_limited',
  503: 'unavailable',
};

/** The one place where any error becomes a status, a code and a message. Null: an unexpected error (500). */
export function toErrorBody(error: unknown, method: string, path: string): ErrorBody | null {
  if (error instanceof DomainException)
    return {
      status: STATUS[error.kind],
      code: error.code,
      message: error.message,
      details: error.details,
      kind: error.kind,
    };
  if (error instanceof QueryFailedError)
    return fromDatabase((error.driverError as { code?: string } | undefined)?.code);
  if (error instanceof ThrottlerException)
    return { status: 429, code: 'rate_limited', message: t('error.rate_limited'), details: [], kind: 'rate_limited' };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 500) return null;
    const kind = KIND_BY_STATUS[status] ?? 'invalid';
    if (status === HttpStatus.NOT_FOUND)
      return {
        status,
        code: 'route_not_found',
        message: t('error.route_not_found', { method, path }),
        details: [],
        kind,
      };
    // Framework refusals (a malformed id, an unreadable body) in our own words and codes.
    const known: Record<number, [string, string]> = {
      413: ['payload_too_large', 'error.payload_too_large'],
      415: ['unsupported_media_type', 'error.unsupported_media_type'],
    };
    const [code, key] =
      known[status] ?? (status === 400 ? ['bad_request', 'error.bad_request'] : [kind, `error.${kind}.title`]);
    return { status, code, message: t(key), details: [], kind };
  }
  return null;
}

/**
 * What the database refused because of the input rather than a fault: a value it cannot store
 * (a NUL byte, a number out of range) or a write that lost a race to a unique constraint.
 */
function fromDatabase(sqlState: string | undefined): ErrorBody | null {
  if (!sqlState) return null;
  if (sqlState === '23505' || sqlState === '23503' || sqlState === '40001' || sqlState === '40P01')
    return { status: 409, code: 'record_conflict', message: t('error.record_conflict'), details: [], kind: 'conflict' };
  if (sqlState.startsWith('22'))
    return { status: 400, code: 'invalid_input', message: t('error.invalid_input'), details: [], kind: 'invalid' };
  return null;
}

/** What the log keeps of an unexpected error: never the SQL parameters, which hold people's data. */
export function loggable(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const sqlState =
    error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
  return { type: error.name, message: error.message, stack: error.stack, ...(sqlState ? { sqlState } : {}) };
}
