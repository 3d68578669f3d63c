/** One change as the audit trail records it (and as listeners to the record's changes see it). */
export type AuditAction = 'create' | 'update' | 'delete' | string;

export interface AuditEntry {
  recordType: string;
  recordId: string;
  action: AuditAction;
  before?: object | null;
  after?: object | null;
}
