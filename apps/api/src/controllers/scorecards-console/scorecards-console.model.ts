import { datedLabel, t } from '#libs/core';
import {
  lineLabel,
  signedPoints,
  type ChangedRow,
  type ProvisionalRow,
  type ScoreSummary,
  type SnapshotDetail,
  type StaleRow,
} from '#libs/scorecards';

const enc = encodeURIComponent;
const figure = (value: number | null) => (value === null ? '—' : value.toFixed(2));
const gradeOf = (s: Pick<ScoreSummary, 'status' | 'grade'>) =>
  s.status === 'scored' ? (s.grade ?? '—') : t(`scorecards.status.${s.status}`);

export function provisionalRow(row: ProvisionalRow) {
  return {
    name: row.name,
    url: `/console/scorecards/${enc(row.slug)}`,
    grade: row.grade ?? '—',
    overall: figure(row.overall),
    until: row.provisionalUntil.toISOString(),
    notice: row.notice
      ? {
          url: `/console/outreach/letters/${enc(row.notice.id)}`,
          label: row.notice.sentAt
            ? t('scorecards.console.notice_sent', { date: datedLabel(row.notice.sentAt.toISOString().slice(0, 10)) })
            : t('scorecards.console.notice_draft'),
        }
      : null,
    noticeAction: `/console/scorecards/${enc(row.slug)}/notice`,
  };
}

function deltas(change: {
  recordDelta: number | null;
  methodDelta: number | null;
  method: { from: string; to: string } | null;
}) {
  return {
    record: change.recordDelta === null ? '—' : signedPoints(change.recordDelta),
    method: change.method
      ? `${change.methodDelta === null ? '—' : signedPoints(change.methodDelta)} (${change.method.from} → ${change.method.to})`
      : '—',
  };
}

export function changedRow(row: ChangedRow) {
  return {
    name: row.name,
    url: `/console/scorecards/${enc(row.slug)}#snapshot-${row.seq}`,
    when: row.computedAt.toISOString(),
    before: gradeOf(row.change.before),
    after: gradeOf({ status: row.status as ScoreSummary['status'], grade: row.grade }),
    ...deltas(row.change),
  };
}

export function staleRow(row: StaleRow) {
  return {
    name: row.name,
    url: `/console/scorecards/${enc(row.slug)}`,
    since: row.markedAt.toISOString(),
    reason: t(`scorecards.reason.${['record', 'day', 'method'].includes(row.reason) ? row.reason : 'record'}`),
  };
}

export function runRow(run: {
  methodologyVersion: string;
  total: number;
  remaining: number;
  startedAt: Date;
  finishedAt: Date | null;
  requestedByLabel: string;
}) {
  const done = Math.max(0, run.total - run.remaining);
  return {
    version: run.methodologyVersion,
    started: run.startedAt.toISOString(),
    by: run.requestedByLabel,
    progress: t('scorecards.console.run_progress', {
      done,
      total: run.total,
      percent: run.total ? Math.round((100 * done) / run.total) : 100,
    }),
    value: done,
    max: Math.max(1, run.total),
    finished: run.finishedAt ? run.finishedAt.toISOString() : null,
  };
}

/** A snapshot with what changed since the one before: figures, items, answers, in words. */
export function snapshotRow(s: SnapshotDetail) {
  const title = (id: string) => s.inputs.items.find((item) => item.id === id)?.title ?? id;
  const change = s.change;
  return {
    id: `snapshot-${s.seq}`,
    seq: s.seq,
    current: s.current,
    computedAt: s.computedAt.toISOString(),
    asOf: datedLabel(s.asOf),
    grade: gradeOf(s.result),
    overall: figure(s.result.overall),
    range: s.result.range ? `${figure(s.result.range.low)}–${figure(s.result.range.high)}` : '—',
    method: s.methodologyVersion,
    engine: s.engineVersion,
    reason: t(`scorecards.reason.${s.reason}`),
    inputsHash: s.inputsHash,
    provisionalUntil: s.provisionalUntil ? s.provisionalUntil.toISOString() : null,
    noticeUrl: s.noticeLetterId ? `/console/outreach/letters/${enc(s.noticeLetterId)}` : null,
    lines: s.result.breakdown.map((line) => ({ label: lineLabel(line), points: signedPoints(line.points) })),
    change: change
      ? {
          previous: change.previousSeq,
          before: `${gradeOf(change.before)} ${figure(change.before.overall ?? change.before.low)}`,
          rerun: change.rerun ? `${gradeOf(change.rerun)} ${figure(change.rerun.overall ?? change.rerun.low)}` : null,
          after: `${gradeOf(change.after)} ${figure(change.after.overall ?? change.after.low)}`,
          ...deltas(change),
          added: change.items.added.map(title),
          removed: change.items.removed,
          changed: change.items.changed.map(title),
          answers: change.answers.added.length,
          letters: change.letters.added.length,
        }
      : null,
  };
}
