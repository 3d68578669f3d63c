/** Record types as the audit trail names them (and the console's history URLs use them). */
export const COMPANY_RECORD = 'company';
export const OWNERSHIP_RECORD = 'ownership';
export const STATE_BODY_RECORD = 'state_body';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult<T> {
  outcome: UpsertOutcome;
  record: T;
}
