import type { Tx, UnitOfWork } from '#libs/core';
/** Record types as the audit trail names them (and the console's history URLs use them). */
export const COMPANY_RECORD = 'company';
export const OWNERSHIP_RECORD = 'ownership';
export const STATE_BODY_RECORD = 'state_body';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult<T> {
  outcome: UpsertOutcome;
  record: T;
}

/** Runs `work` in the caller's transaction when there is one, else in a new one. */
export function inTx<T>(uow: UnitOfWork, outer: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return outer ? work(outer) : uow.run(work);
}
