import { canonicalJson } from '../engine/canonical';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult, ScoreStatus } from '../engine/result';

/** The figures of a score that a change is told in. */
export interface ScoreSummary {
  status: ScoreStatus;
  overall: number | null;
  grade: string | null;
  exposure: number | null;
  responsiveness: number | null;
  low: number | null;
  high: number | null;
}

/**
 * What changed since the company's snapshot before, split in two: what the record changed (and the
 * time that passed) and what the method changed. `rerun` is the previous inputs under the new
 * method, so that old and new are compared like for like; without a new method there is none.
 */
export interface SnapshotChange {
  previousId: string;
  previousSeq: number;
  before: ScoreSummary;
  rerun: ScoreSummary | null;
  after: ScoreSummary;
  method: { from: string; to: string } | null;
  /** Points of overall (or of the range's low end while unverified) moved by the record, and by the method. */
  recordDelta: number | null;
  methodDelta: number | null;
  items: { added: string[]; removed: string[]; changed: string[] };
  answers: { added: string[]; removed: string[] };
  letters: { added: string[] };
}

export function summary(result: ScoreResult): ScoreSummary {
  return {
    status: result.status,
    overall: result.overall,
    grade: result.grade,
    exposure: result.exposure,
    responsiveness: result.responsiveness,
    low: result.range?.low ?? null,
    high: result.range?.high ?? null,
  };
}

/** The figure a delta is taken of: the overall, or the low end of the range while there is no point score. */
function figure(s: ScoreSummary): number | null {
  return s.overall ?? s.low;
}

function delta(to: ScoreSummary, from: ScoreSummary): number | null {
  const a = figure(to);
  const b = figure(from);
  return a === null || b === null ? null : Math.round((a - b) * 100) / 100;
}

function diffById<T extends { id: string }>(before: T[], after: T[]) {
  const old = new Map(before.map((x) => [x.id, canonicalJson(x)]));
  const now = new Map(after.map((x) => [x.id, canonicalJson(x)]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)).sort(),
  };
}

export function snapshotChange(input: {
  previous: { id: string; seq: number; methodologyVersion: string; inputs: ScoreInputs; result: ScoreResult };
  rerun: ScoreResult | null;
  methodologyVersion: string;
  inputs: ScoreInputs;
  result: ScoreResult;
}): SnapshotChange {
  const before = summary(input.previous.result);
  const rerun = input.rerun ? summary(input.rerun) : null;
  const after = summary(input.result);
  const answers = diffById(input.previous.inputs.responses, input.inputs.responses);
  return {
    previousId: input.previous.id,
    previousSeq: input.previous.seq,
    before,
    rerun,
    after,
    method:
      input.previous.methodologyVersion === input.methodologyVersion
        ? null
        : { from: input.previous.methodologyVersion, to: input.methodologyVersion },
    recordDelta: delta(after, rerun ?? before),
    methodDelta: rerun ? delta(rerun, before) : null,
    items: diffById(input.previous.inputs.items, input.inputs.items),
    answers: { added: answers.added, removed: answers.removed },
    letters: { added: diffById(input.previous.inputs.letters, input.inputs.letters).added },
  };
}
