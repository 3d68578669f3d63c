import type { StateBodyKind } from '#libs/companies';
import type { Confidence, EvidenceCategory } from '#libs/evidence';
import type { Classification } from '#libs/outreach';

export type Route = 'direct' | 'via_intermediary' | 'via_subsidiary';
export type ResponseValueKey = Classification | 'no_response';
export type CommitmentKind = 'committed_to_act' | 'partial_action';

/** One version of the scoring method, as its YAML file gives it (DESIGN.md, "Scoring"). */
export interface Methodology {
  version: string;
  publishedOn: string;
  changes: string;
  reviewPeriodDays: number;
  exposure: {
    categorySeverity: Record<EvidenceCategory, number>;
    endUserSeverity: Record<StateBodyKind, number>;
    confidence: Record<Confidence, number>;
    role: Record<Route, number>;
    recencyHalfLifeYears: number;
  };
  responsiveness: {
    values: Record<ResponseValueKey, number>;
    commitmentDueDays: Record<CommitmentKind, number>;
    silencePenalty: number;
    exitRelief: number;
  };
  positive: { maxBonus: number };
  /** Best first; the last has min 0. */
  grades: { grade: string; min: number }[];
}

export const ROUTES: readonly Route[] = ['direct', 'via_intermediary', 'via_subsidiary'];
export const COMMITMENT_KINDS: readonly CommitmentKind[] = ['committed_to_act', 'partial_action'];

/** Semantic versions, compared part by part: 1.10.0 comes after 1.9.2. */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
