import { t, type AuditEventEntity } from '../../../../../libs/core';

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

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Nested objects (a source) become dotted fields, so that each part shows as its own row. */
function flatten(value: Record<string, unknown> | null, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value ?? {})) {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) Object.assign(flat, flatten(inner as Record<string, unknown>, `${prefix}${key}.`));
    else flat[`${prefix}${key}`] = inner;
  }
  return flat;
}

/** The fields that differ between two snapshots, in a stable order: a diff a person can read. */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): ChangeView[] {
  const was = flatten(before);
  const is = flatten(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort();
  return keys.map((field) => ({ field, before: show(was[field]), after: show(is[field]) })).filter((change) => change.before !== change.after);
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
