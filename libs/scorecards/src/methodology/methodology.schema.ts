import { parse } from 'yaml';
import { STATE_BODY_KINDS } from '#libs/companies';
import { CONFIDENCES, EVIDENCE_CATEGORIES } from '#libs/evidence';
import { CLASSIFICATIONS } from '#libs/outreach';
import { COMMITMENT_KINDS, ROUTES, SEMVER, type Methodology } from './methodology';

/** A methodology file that cannot be used: one line naming the file and every problem in it. */
export class MethodologyError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Methodology ${source} cannot be used: ${problems.join('; ')}.`);
  }
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The schema of a methodology file, checked by hand so that each problem is named the way the file
 * spells it (`exposure.category_severity.spying is not …`). Weights are numbers from 0 to 1; the
 * maps must name every category, kind, confidence, role and answer, and nothing else.
 */
class Checker {
  readonly problems: string[] = [];

  object(raw: Raw, key: string, path: string): Raw {
    const value = raw[key];
    if (isObject(value)) return value;
    this.problems.push(value === undefined ? `${path} is missing` : `${path} must be a mapping`);
    return {};
  }

  keys(raw: Raw, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(raw))
      if (!allowed.includes(key)) this.problems.push(`${path}.${key} is not one of ${allowed.join(', ')}`);
  }

  number(raw: Raw, key: string, path: string, min: number, max: number, integer = false): number {
    const value = raw[key];
    if (value === undefined) {
      this.problems.push(`${path} is missing`);
      return 0;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      this.problems.push(`${path} must be ${integer ? 'a whole number' : 'a number'}`);
      return 0;
    }
    if (value < min || value > max) {
      this.problems.push(`${path} is ${value}, outside ${min}–${max}`);
      return 0;
    }
    return value;
  }

  /** A mapping with exactly these keys, each a weight from 0 to 1. */
  weights<K extends string>(raw: Raw, key: string, path: string, names: readonly K[]): Record<K, number> {
    const map = this.object(raw, key, path);
    this.keys(map, names, path);
    return Object.fromEntries(names.map((name) => [name, this.number(map, name, `${path}.${name}`, 0, 1)])) as Record<
      K,
      number
    >;
  }

  text(raw: Raw, key: string, path: string, pattern?: RegExp): string {
    const value = raw[key];
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof text !== 'string' || text.trim() === '') {
      this.problems.push(`${path} is missing`);
      return '';
    }
    if (pattern && !pattern.test(text)) this.problems.push(`${path} "${text}" is not in the expected form`);
    return text.trim();
  }
}

const TOP = [
  'version',
  'published_on',
  'changes',
  'review_period_days',
  'exposure',
  'responsiveness',
  'positive',
  'grades',
];

/** Reads and checks a methodology file; throws a MethodologyError that names every problem. */
export function parseMethodology(yamlText: string, source: string): Methodology {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw new MethodologyError(source, [`it is not valid YAML (${(error as Error).message.split('\n')[0]})`]);
  }
  if (!isObject(raw)) throw new MethodologyError(source, ['it must be a mapping']);
  const c = new Checker();
  c.keys(raw, TOP, 'the file');
  const version = c.text(raw, 'version', 'version', SEMVER);
  const publishedOn = c.text(raw, 'published_on', 'published_on', /^\d{4}-\d{2}-\d{2}$/);
  const changes = c.text(raw, 'changes', 'changes');
  const reviewPeriodDays = c.number(raw, 'review_period_days', 'review_period_days', 0, 365, true);

  const exposure = c.object(raw, 'exposure', 'exposure');
  c.keys(
    exposure,
    ['category_severity', 'end_user_severity', 'confidence', 'role', 'recency_half_life_years'],
    'exposure',
  );
  const responsiveness = c.object(raw, 'responsiveness', 'responsiveness');
  c.keys(responsiveness, ['values', 'commitment_due_days', 'silence_penalty', 'exit_relief'], 'responsiveness');
  const due = c.object(responsiveness, 'commitment_due_days', 'responsiveness.commitment_due_days');
  c.keys(due, COMMITMENT_KINDS, 'responsiveness.commitment_due_days');
  const positive = c.object(raw, 'positive', 'positive');
  c.keys(positive, ['max_bonus'], 'positive');

  const methodology: Methodology = {
    version,
    publishedOn,
    changes,
    reviewPeriodDays,
    exposure: {
      categorySeverity: c.weights(exposure, 'category_severity', 'exposure.category_severity', EVIDENCE_CATEGORIES),
      endUserSeverity: c.weights(exposure, 'end_user_severity', 'exposure.end_user_severity', STATE_BODY_KINDS),
      confidence: c.weights(exposure, 'confidence', 'exposure.confidence', CONFIDENCES),
      role: c.weights(exposure, 'role', 'exposure.role', ROUTES),
      recencyHalfLifeYears: c.number(
        exposure,
        'recency_half_life_years',
        'exposure.recency_half_life_years',
        0.1,
        1000,
      ),
    },
    responsiveness: {
      values: c.weights(responsiveness, 'values', 'responsiveness.values', [
        ...CLASSIFICATIONS,
        'no_response',
      ] as const),
      commitmentDueDays: {
        committed_to_act: c.number(
          due,
          'committed_to_act',
          'responsiveness.commitment_due_days.committed_to_act',
          1,
          3650,
          true,
        ),
        partial_action: c.number(
          due,
          'partial_action',
          'responsiveness.commitment_due_days.partial_action',
          1,
          3650,
          true,
        ),
      },
      silencePenalty: c.number(responsiveness, 'silence_penalty', 'responsiveness.silence_penalty', 0, 1),
      exitRelief: c.number(responsiveness, 'exit_relief', 'responsiveness.exit_relief', 0, 1),
    },
    positive: { maxBonus: c.number(positive, 'max_bonus', 'positive.max_bonus', 0, 1) },
    grades: grades(c, raw.grades),
  };
  if (c.problems.length) throw new MethodologyError(source, c.problems);
  return methodology;
}

function grades(c: Checker, raw: unknown): Methodology['grades'] {
  if (!Array.isArray(raw) || raw.length === 0) {
    c.problems.push('grades must be a list of { grade, min }, best first');
    return [];
  }
  const list = raw.map((entry, index) => {
    const item = isObject(entry) ? entry : {};
    c.keys(item, ['grade', 'min'], `grades.${index}`);
    return {
      grade: c.text(item, 'grade', `grades.${index}.grade`, /^[A-Z][+-]?$/),
      min: c.number(item, 'min', `grades.${index}.min`, 0, 100),
    };
  });
  for (let i = 1; i < list.length; i++)
    if (list[i].min >= list[i - 1].min) c.problems.push(`grades.${i}.min must be below the grade before it`);
  if (list.at(-1)?.min !== 0) c.problems.push('the last grade must have min 0');
  if (new Set(list.map((g) => g.grade)).size !== list.length) c.problems.push('grades must not repeat a grade');
  return list;
}
