import type { ResponseValueKey } from '../methodology/methodology';

export type ScoreStatus = 'scored' | 'unverified' | 'not_scored';

/** Where a matter stands for the method: what decided its value, or why it has none. */
export type MatterState = 'answered' | 'silence' | 'commitment_lapsed' | 'awaiting' | 'not_asked';

export interface Matter {
  evidenceId: string;
  state: MatterState;
  /** 0–1, or null while not asked or awaiting. */
  value: number | null;
  /** The answer (classification) or `no_response` that gave the value. */
  key: ResponseValueKey | null;
  /** The day the deciding event happened (answer, deadline, lapsed due date), or until when an answer is awaited. */
  since: string | null;
  responseId: string | null;
  letterId: string | null;
  /** Who sent the letter, when the silence or the answer concerns another organization's letter. */
  letterSentBy: string | null;
}

/** The factors of one harm item, each named as in the method. */
export interface ItemFactors {
  category: number;
  endUser: number;
  confidence: number;
  role: number;
  recency: number;
  fullYears: number;
  /** category × endUser × confidence × role × recency */
  weight: number;
  /** 1 + silence_penalty − (silence_penalty + exit_relief) × value; 1 when not asked. */
  multiplier: number;
  /** min(1, weight × multiplier) */
  adjusted: number;
}

export type BreakdownKind = 'item' | 'response' | 'positive' | 'cap';

/** One line of a score: what it comes from and the points it adds (positive) or takes away (negative). */
export interface BreakdownLine {
  kind: BreakdownKind;
  evidenceId: string | null;
  title: string | null;
  /** For `response`: the matter's state, answer and dates. */
  matter: Matter | null;
  /** For `item` and `response` (the same item's), and `positive`. */
  factors: ItemFactors | null;
  points: number;
}

export interface ScoreResult {
  status: ScoreStatus;
  /** 0–100, higher is better; null unless scored. */
  overall: number | null;
  grade: string | null;
  /** Only confirmed and corroborated items (high) vs every item taken as confirmed (low). */
  range: { low: number; high: number } | null;
  /** E, 0–100: how deep the published harm evidence goes, before any answer. */
  exposure: number | null;
  /** R, 0–100: the mean value of the answered or silent matters; null when none is. */
  responsiveness: number | null;
  /** Points of positive conduct. */
  positive: number;
  completeness: { checked: number; asked: number | null; overall: number };
  /** Days since the oldest silence still standing, or null. */
  silenceDays: number | null;
  matters: Matter[];
  breakdown: BreakdownLine[];
}
