import type { StateBodyKind } from '#libs/companies';
import type { DatePrecision } from '#libs/core';
import type { Confidence, EvidenceCategory, Polarity } from '#libs/evidence';
import type { Classification } from '#libs/outreach';
import type { Route } from '../methodology/methodology';

/**
 * The record slice of one company, as the engine reads it: everything a score depends on and
 * nothing else, in plain JSON. Snapshots keep it whole (with its SHA-256), the open data publishes
 * it, and anyone can run it through the method again.
 */
export interface ScoreInputs {
  company: { slug: string; name: string };
  /** The day the score is computed for (recency and deadlines are counted to it). */
  asOf: string;
  /** Public evidence that counts for the company (retracted items are left out). */
  items: ItemInput[];
  /** Letters to the company, or to a subsidiary through which an item reaches it: ours and others'. */
  letters: LetterInput[];
  /** Answers, classified, from the same companies. */
  responses: ResponseInput[];
}

export interface ItemInput {
  id: string;
  title: string;
  polarity: Polarity;
  category: EvidenceCategory;
  confidence: Confidence;
  status: 'published' | 'disputed';
  endUser: { slug: string; name: string; kind: StateBodyKind } | null;
  /** The company's place: sold to the end user itself, through intermediaries, or through a subsidiary. */
  route: Route;
  /** "via reseller MAP INFO"; empty when direct. */
  path: string;
  /** The item's date for recency: the end of its period, else its start, else its earliest source. */
  date: string;
  dateBasis: 'period_end' | 'period_start' | 'earliest_source' | 'published';
  /** The ownership through which it reaches the company began only after the item's period. */
  acquiredLater: boolean;
  /** The companies whose letters and answers count on this matter: the company and the subsidiaries on its path. */
  answerers: string[];
}

export interface LetterInput {
  id: string;
  /** Slug of the company written to. */
  company: string;
  sentOn: string;
  sentOnPrecision: DatePrecision;
  /** The day silence starts to count. */
  deadline: string;
  /** The organization that sent it, when another one did. */
  sentBy: string | null;
  /** The evidence it asked about; empty: none (it counts on no matter). */
  evidenceIds: string[];
  /** A reply arrived and waits to be classified: not silence. */
  replyPending: boolean;
}

export interface ResponseInput {
  id: string;
  company: string;
  letterId: string | null;
  respondedOn: string;
  classification: Classification;
  /** A commitment's own due date, when it named one. */
  dueOn: string | null;
  /** The evidence it answers; empty: what its letter asked about. */
  evidenceIds: string[];
}
