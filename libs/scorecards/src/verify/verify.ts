import { canonicalJson, inputsHash } from '../engine/canonical';
import { ENGINE_VERSION, score } from '../engine/engine';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult } from '../engine/result';
import type { Methodology } from '../methodology/methodology';

/** One snapshot as the open data and an export give it. */
export interface ExportedSnapshot {
  id: string;
  company: string;
  seq: number;
  methodologyVersion: string;
  engineVersion: string;
  inputsHash: string;
  inputs: ScoreInputs;
  result: ScoreResult;
}

export interface Mismatch {
  company: string;
  seq: number;
  id: string;
  problem: 'inputs_hash' | 'result' | 'methodology_missing';
  detail: string;
}

export interface VerifyReport {
  /** Snapshots computed again (or whose inputs failed their hash). */
  checked: number;
  mismatches: Mismatch[];
  /**
   * Snapshots made by another engine version: their inputs were checked against their hash, but
   * their results are not recomputed, since this engine may rightly compute another figure.
   */
  otherEngine: { company: string; seq: number; id: string; engineVersion: string }[];
}

const figure = (result: ScoreResult) =>
  result.status === 'scored'
    ? `${result.grade} ${result.overall}`
    : `${result.status} ${result.range?.low ?? ''}–${result.range?.high ?? ''}`;

/**
 * Computes every snapshot again from its own inputs under the methodology it names, and names
 * every one that does not come out the same: inputs that do not hash to their recorded SHA-256,
 * a result the engine does not give, a method that is not in the export. Snapshots of another
 * engine version are set apart, not counted as mismatches.
 */
export function verifySnapshots(snapshots: ExportedSnapshot[], methodologies: Map<string, Methodology>): VerifyReport {
  const mismatches: Mismatch[] = [];
  const otherEngine: VerifyReport['otherEngine'] = [];
  for (const s of snapshots) {
    const at = { company: s.company, seq: s.seq, id: s.id };
    if (inputsHash(s.inputs) !== s.inputsHash) {
      mismatches.push({ ...at, problem: 'inputs_hash', detail: `the inputs do not hash to ${s.inputsHash}` });
      continue;
    }
    if (s.engineVersion !== ENGINE_VERSION) {
      otherEngine.push({ ...at, engineVersion: String(s.engineVersion) });
      continue;
    }
    const method = methodologies.get(s.methodologyVersion);
    if (!method) {
      mismatches.push({
        ...at,
        problem: 'methodology_missing',
        detail: `methodology ${s.methodologyVersion} is not in the export`,
      });
      continue;
    }
    const again = score(s.inputs, method);
    if (canonicalJson(again) !== canonicalJson(s.result))
      mismatches.push({ ...at, problem: 'result', detail: `recorded ${figure(s.result)}, computed ${figure(again)}` });
  }
  return { checked: snapshots.length - otherEngine.length, mismatches, otherEngine };
}
