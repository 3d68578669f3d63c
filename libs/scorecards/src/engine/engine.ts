import type { Confidence } from '#libs/evidence';
import type { CommitmentKind, Methodology, ResponseValueKey } from '../methodology/methodology';
import { addDays, daysBetween, fullYears } from './dates';
import type { ItemInput, LetterInput, ScoreInputs } from './inputs';
import type { BreakdownLine, ItemFactors, Matter, ScoreResult } from './result';

/** Bumped whenever the engine would compute a different result from the same inputs and method. */
export const ENGINE_VERSION = '1.0.0';

const CHECKED: Confidence[] = ['confirmed', 'corroborated'];
// `|| 0`: no -0, which JSON would not keep.
const round = (value: number) => Math.round(value * 100) / 100 || 0;

/** Ties are broken by code units, never by a locale: the same order on every machine. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The score of one company: a pure function of its record slice and one methodology (DESIGN.md,
 * "Scoring"). Every number of the result can be recomputed by hand from the two, as /methodology
 * explains; results are rounded to two decimals, and grades are read from the rounded overall.
 */
export function score(inputs: ScoreInputs, method: Methodology): ScoreResult {
  const harm = inputs.items.filter((item) => item.polarity === 'harm');
  const positive = inputs.items.filter((item) => item.polarity === 'positive');
  const matters = harm.map((item) => matterOf(item, inputs, method));
  const byItem = new Map(matters.map((matter) => [matter.evidenceId, matter]));

  const ages = new Map<string, { years: number; factor: number }>();
  const age: Age = (date) => ages.get(date) ?? ages.set(date, recency(date, inputs.asOf, method)).get(date)!;
  const point = exposureLines(harm, byItem, method, age, (item) => method.exposure.confidence[item.confidence]);
  const bonus = positiveLines(positive, method, age);
  const overall = finish(100 + sum(point.lines) + sum(bonus));
  const worst = finish(100 + sum(exposureLines(harm, byItem, method, age, () => 1).lines) + sum(bonus));
  const best = finish(
    100 +
      sum(
        exposureLines(harm, byItem, method, age, (item) =>
          CHECKED.includes(item.confidence) ? method.exposure.confidence[item.confidence] : null,
        ).lines,
      ) +
      sum(bonus),
  );

  const answered = matters.filter((matter) => matter.value !== null);
  const asked = matters.filter((matter) => matter.state !== 'not_asked');
  const checked = inputs.items.filter((item) => CHECKED.includes(item.confidence)).length;
  const completeness = {
    checked: inputs.items.length ? round(checked / inputs.items.length) : 0,
    asked: harm.length ? round(asked.length / harm.length) : null,
    overall: 0,
  };
  completeness.overall =
    completeness.asked === null ? completeness.checked : round((completeness.checked + completeness.asked) / 2);
  const silences = matters.filter((m) => (m.state === 'silence' || m.state === 'commitment_lapsed') && m.since);
  const silenceDays = silences.length
    ? Math.max(...silences.map((m) => daysBetween(m.since as string, inputs.asOf)))
    : null;

  const status =
    inputs.items.length === 0
      ? 'not_scored'
      : harm.length && harm.every((i) => i.confidence === 'plausible')
        ? 'unverified'
        : 'scored';
  const lines = [...point.lines, ...bonus];
  const capped = 100 + sum(lines);
  if (capped > 100 || capped < 0)
    lines.push({
      kind: 'cap',
      evidenceId: null,
      title: null,
      matter: null,
      factors: null,
      points: round(Math.min(100, Math.max(0, capped)) - capped),
    });
  const scored = status === 'scored';
  return {
    status,
    overall: scored ? overall : null,
    grade: scored ? gradeOf(overall, method) : null,
    range: status === 'not_scored' ? null : { low: worst, high: best },
    exposure: !scored ? null : round(100 * (1 - product(point.weights.map((w) => 1 - w)))),
    responsiveness: answered.length
      ? round((100 * sum(answered.map((m) => m.value as number))) / answered.length)
      : null,
    positive: round(sum(bonus)),
    completeness,
    silenceDays,
    matters,
    breakdown: roundedLines(lines),
  };
}

/**
 * Each line rounded as the difference of the rounded running totals from 100, so that the lines a
 * reader adds up give the overall to the cent.
 */
function roundedLines(lines: BreakdownLine[]): BreakdownLine[] {
  let total = 100;
  return lines.map((line) => {
    const before = round(total);
    total += line.points;
    return { ...line, points: round(round(total) - before) };
  });
}

export function gradeOf(overall: number, method: Methodology): string {
  return (method.grades.find((band) => overall >= band.min) ?? method.grades[method.grades.length - 1]).grade;
}

function finish(value: number): number {
  return round(Math.min(100, Math.max(0, value)));
}

const sum = (values: (number | { points: number })[]) =>
  values.reduce<number>((total, value) => total + (typeof value === 'number' ? value : value.points), 0);
const product = (values: number[]) => values.reduce((total, value) => total * value, 1);

/** An item's age on the day of the score, by its date (worked out once a date). */
type Age = (date: string) => { years: number; factor: number };

/** 0.5 ^ (full years / half-life): an item weighs half as much after each half-life. */
function recency(date: string, asOf: string, method: Methodology): { years: number; factor: number } {
  const years = fullYears(date, asOf);
  return { years, factor: Math.pow(0.5, years / method.exposure.recencyHalfLifeYears) };
}

/**
 * The harm items' lines, heaviest first. Exposure after answers is A = 100 · (1 − Π(1 − wᵢ·mᵢ));
 * item k takes away 100 · wₖ · Π_{j<k}(1 − w′ⱼ) and its answer gives back (or, for silence, takes
 * away more) the rest of its share, 100 · (w′ₖ − wₖ) · Π_{j<k}(1 − w′ⱼ), so the lines add up to −A.
 * `confidenceOf` gives each item's confidence weight, or null to leave the item out (the range).
 */
function exposureLines(
  harm: ItemInput[],
  matters: Map<string, Matter>,
  method: Methodology,
  age: Age,
  confidenceOf: (item: ItemInput) => number | null,
): { lines: BreakdownLine[]; weights: number[] } {
  const rows: { item: ItemInput; factors: ItemFactors; matter: Matter }[] = [];
  for (const item of harm) {
    const confidence = confidenceOf(item);
    if (confidence === null) continue;
    const { years, factor } = age(item.date);
    const category = method.exposure.categorySeverity[item.category];
    const endUser = method.exposure.endUserSeverity[item.endUser?.kind ?? 'not_named'];
    const role = method.exposure.role[item.route];
    const weight = category * endUser * confidence * role * factor;
    const matter = matters.get(item.id) as Matter;
    const { silencePenalty, exitRelief } = method.responsiveness;
    const multiplier = matter.value === null ? 1 : 1 + silencePenalty - (silencePenalty + exitRelief) * matter.value;
    const adjusted = Math.min(1, weight * multiplier);
    rows.push({
      item,
      matter,
      factors: { category, endUser, confidence, role, recency: factor, fullYears: years, weight, multiplier, adjusted },
    });
  }
  rows.sort((a, b) => b.factors.adjusted - a.factors.adjusted || byCodeUnits(a.item.id, b.item.id));
  const lines: BreakdownLine[] = [];
  let remaining = 1;
  for (const { item, factors, matter } of rows) {
    lines.push({
      kind: 'item',
      evidenceId: item.id,
      title: item.title,
      matter: null,
      factors,
      points: -100 * factors.weight * remaining,
    });
    if (factors.multiplier !== 1)
      lines.push({
        kind: 'response',
        evidenceId: item.id,
        title: item.title,
        matter,
        factors,
        points: -100 * (factors.adjusted - factors.weight) * remaining,
      });
    remaining *= 1 - factors.adjusted;
  }
  return { lines, weights: rows.map((row) => row.factors.weight) };
}

/** Positive conduct: P = 100 · max_bonus · (1 − Π(1 − confidence · recency)), one line an item. */
function positiveLines(items: ItemInput[], method: Methodology, age: Age): BreakdownLine[] {
  const rows = items
    .map((item) => {
      const { years, factor } = age(item.date);
      const confidence = method.exposure.confidence[item.confidence];
      return { item, years, factor, confidence, weight: confidence * factor };
    })
    .sort((a, b) => b.weight - a.weight || byCodeUnits(a.item.id, b.item.id));
  let remaining = 1;
  return rows.map(({ item, years, factor, confidence, weight }) => {
    const points = 100 * method.positive.maxBonus * weight * remaining;
    remaining *= 1 - weight;
    return {
      kind: 'positive',
      evidenceId: item.id,
      title: item.title,
      matter: null,
      factors: {
        category: 1,
        endUser: 1,
        confidence,
        role: 1,
        recency: factor,
        fullYears: years,
        weight,
        multiplier: 1,
        adjusted: weight,
      },
      points,
    };
  });
}

/**
 * Where one matter stands on the day of the score. Once the company has answered it, the latest
 * answer decides (a commitment whose due date passed unmet counts as silence from then), and a
 * later letter it leaves unanswered does not undo what it said. Until then, a letter past its
 * deadline is silence from the first deadline missed; a reply still waiting to be classified is not
 * silence. Answers of one day are ordered by id, so the same inputs always give the same matter.
 */
export function matterOf(item: ItemInput, inputs: ScoreInputs, method: Methodology): Matter {
  const asOf = inputs.asOf;
  const letters = inputs.letters.filter(
    (l) => item.answerers.includes(l.company) && l.sentOn <= asOf && l.evidenceIds.includes(item.id),
  );
  const letterIds = new Set(letters.map((l) => l.id));
  const responses = inputs.responses
    .filter(
      (r) =>
        item.answerers.includes(r.company) &&
        r.respondedOn <= asOf &&
        (r.evidenceIds.includes(item.id) ||
          (r.evidenceIds.length === 0 && r.letterId !== null && letterIds.has(r.letterId))),
    )
    .sort((a, b) => byCodeUnits(a.respondedOn, b.respondedOn) || byCodeUnits(a.id, b.id));
  const matter = (state: Matter['state'], key: ResponseValueKey | null, since: string | null) => ({
    evidenceId: item.id,
    state,
    value: key === null ? null : method.responsiveness.values[key],
    key,
    since,
    responseId: null as string | null,
    letterId: null as string | null,
    letterSentBy: null as string | null,
  });
  const withLetter = (m: Matter, letter: LetterInput | undefined): Matter => ({
    ...m,
    letterId: letter?.id ?? null,
    letterSentBy: letter?.sentBy ?? null,
  });

  const last = responses.at(-1);
  if (last) {
    const letter = letters.find((l) => l.id === last.letterId);
    const commitment = last.classification === 'committed_to_act' || last.classification === 'partial_action';
    const due = commitment
      ? (last.dueOn ??
        addDays(last.respondedOn, method.responsiveness.commitmentDueDays[last.classification as CommitmentKind]))
      : null;
    const decided =
      due !== null && due < asOf
        ? matter('commitment_lapsed', 'no_response', due)
        : matter('answered', last.classification, last.respondedOn);
    return withLetter({ ...decided, responseId: last.id }, letter);
  }
  // Silence counts once the deadline has passed: from the day after it, dated the deadline itself.
  const unanswered = letters
    .filter((l) => !l.replyPending)
    .sort((a, b) => byCodeUnits(a.deadline, b.deadline) || byCodeUnits(a.id, b.id));
  const missed = unanswered.find((l) => l.deadline < asOf);
  if (missed) return withLetter(matter('silence', 'no_response', missed.deadline), missed);
  const awaited = unanswered.at(-1);
  return withLetter(matter(letters.length ? 'awaiting' : 'not_asked', null, awaited?.deadline ?? null), awaited);
}
