import { diffSnapshots, t, type AuditEventEntity } from '#libs/core';

export { diffSnapshots };

export interface ChangeView {
  field: string;
  before: string;
  after: string;
}

export interface HistoryView {
  seq: string;
  at: Date;
  actor: string;
  action: string;
  recordType: string;
  recordId: string;
  changes: ChangeView[];
}

export function toHistoryView(event: AuditEventEntity): HistoryView {
  const key = `audit.action.${event.action}`;
  const label = t(key);
  return {
    seq: event.seq,
    at: event.at,
    actor: event.actorLabel,
    action: label === key ? event.action.replace(/_/g, ' ') : label,
    recordType: event.recordType,
    recordId: event.recordId,
    changes: diffSnapshots(event.before, event.after),
  };
}
