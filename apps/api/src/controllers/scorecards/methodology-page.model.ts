import { datedLabel, t } from '#libs/core';
import { score, type Matter, type Methodology, type PublishedMethodology, type ScoreInputs } from '#libs/scorecards';
import { figure, signed } from './scorecard-page.model';

const f3 = (value: number) => value.toFixed(3);
const f4 = (value: number) => value.toFixed(4);

function weightRows(map: Record<string, number>, label: (key: string) => string) {
  return Object.entries(map)
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => ({ key, label: label(key), value: String(value) }));
}

/** Every weight of one version, as tables. */
export function weightTables(m: Methodology) {
  return [
    {
      id: 'category',
      caption: t('scorecards.method.table.category'),
      symbol: 'c',
      rows: weightRows(m.exposure.categorySeverity, (k) => t(`evidence.category.${k}`)),
    },
    {
      id: 'end-user',
      caption: t('scorecards.method.table.end_user'),
      symbol: 'u',
      rows: weightRows(m.exposure.endUserSeverity, (k) => t(`state_bodies.kind.${k}`)),
    },
    {
      id: 'confidence',
      caption: t('scorecards.method.table.confidence'),
      symbol: 'k',
      rows: weightRows(m.exposure.confidence, (k) => t(`evidence.confidence.${k}`)),
    },
    {
      id: 'role',
      caption: t('scorecards.method.table.role'),
      symbol: 'r',
      rows: weightRows(m.exposure.role, (k) => t(`scorecards.route.${k}`)),
    },
    {
      id: 'responses',
      caption: t('scorecards.method.table.responses'),
      symbol: 'v',
      rows: weightRows(m.responsiveness.values, (k) =>
        k === 'no_response' ? t('scorecards.method.no_response') : t(`outreach.classification.${k}`),
      ),
    },
  ];
}

export function otherWeights(m: Methodology) {
  return [
    { label: t('scorecards.method.half_life'), symbol: 'h', value: String(m.exposure.recencyHalfLifeYears) },
    { label: t('scorecards.method.silence_penalty'), symbol: 's', value: String(m.responsiveness.silencePenalty) },
    { label: t('scorecards.method.exit_relief'), symbol: 'x', value: String(m.responsiveness.exitRelief) },
    { label: t('scorecards.method.max_bonus'), symbol: 'b', value: String(m.positive.maxBonus) },
    {
      label: t('scorecards.method.due_committed'),
      symbol: '',
      value: t('scorecards.method.days', { days: m.responsiveness.commitmentDueDays.committed_to_act }),
    },
    {
      label: t('scorecards.method.due_partial'),
      symbol: '',
      value: t('scorecards.method.days', { days: m.responsiveness.commitmentDueDays.partial_action }),
    },
    {
      label: t('scorecards.method.review_period'),
      symbol: '',
      value: t('scorecards.method.days', { days: m.reviewPeriodDays }),
    },
  ];
}

/** The value at which an answer neither adds to an item's weight nor takes from it, and the answers below it. */
export function neutralAnswer(m: Methodology) {
  const { silencePenalty: s, exitRelief: x, values } = m.responsiveness;
  const neutral = s + x > 0 ? s / (s + x) : 0;
  const below = Object.entries(values)
    .filter(([, value]) => value < neutral)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => (key === 'no_response' ? t('scorecards.method.no_response') : t(`outreach.classification.${key}`)));
  return { value: neutral.toFixed(2), answers: below.join(', ') };
}

export function gradeRows(m: Methodology) {
  return m.grades.map((g, i) => ({
    grade: g.grade,
    range:
      i === 0
        ? t('scorecards.method.grade_top', { min: g.min })
        : t('scorecards.method.grade_band', { min: g.min, max: m.grades[i - 1].min }),
  }));
}

/** Which words tell a matter: our letter's silence is not another organization's, nor a reply waiting. */
function exampleKey(matter: Matter): string {
  if (matter.state === 'silence' && !matter.letterSentBy) return 'silence_ours';
  if (matter.state === 'awaiting' && !matter.since) return 'reply_pending';
  return matter.state;
}

/**
 * The worked example: one company's inputs run through the method step by step, every number
 * shown with where it comes from, ending on the overall and the grade the engine gives.
 */
export function workedExample(inputs: ScoreInputs, m: Methodology, live: boolean) {
  const result = score(inputs, m);
  const matters = new Map(result.matters.map((matter) => [matter.evidenceId, matter]));
  const lines = result.breakdown.filter((line) => line.kind === 'item');
  const items = lines.map((line, index) => {
    const item = inputs.items.find((i) => i.id === line.evidenceId)!;
    const f = line.factors!;
    const matter = matters.get(item.id)!;
    return {
      n: index + 1,
      title: item.title,
      url: `/evidence/${item.id}`,
      category: `${t(`evidence.category.${item.category}`)}: ${f.category}`,
      endUser: `${item.endUser ? `${item.endUser.name} (${t(`state_bodies.kind.${item.endUser.kind}`)})` : '—'}: ${f.endUser}`,
      confidence: `${t(`evidence.confidence.${item.confidence}`)}: ${f.confidence}`,
      role: `${t(`scorecards.route.${item.route}`)}${item.path ? ` (${item.path})` : ''}: ${f.role}`,
      recency: t('scorecards.method.example.recency', {
        date: datedLabel(item.date),
        basis: t(`scorecards.date_basis.${item.dateBasis}`),
        years: f.fullYears,
        halfLife: m.exposure.recencyHalfLifeYears,
        factor: f3(f.recency),
      }),
      weight: `${f.category} × ${f.endUser} × ${f.confidence} × ${f.role} × ${f3(f.recency)} = ${f4(f.weight)}`,
      matter: t(`scorecards.method.example.matter.${exampleKey(matter)}`, {
        key: matter.key
          ? matter.key === 'no_response'
            ? t('scorecards.method.no_response')
            : t(`outreach.classification.${matter.key}`)
          : '',
        date: matter.since ? datedLabel(matter.since) : '',
        sender: matter.letterSentBy ?? '',
        value: matter.value ?? '',
      }),
      multiplier:
        matter.value === null
          ? '1'
          : `1 + ${m.responsiveness.silencePenalty} − (${m.responsiveness.silencePenalty} + ${m.responsiveness.exitRelief}) × ${matter.value} = ${f.multiplier.toFixed(2)}`,
      adjusted: `min(1, ${f4(f.weight)} × ${f.multiplier.toFixed(2)}) = ${f4(f.adjusted)}`,
    };
  });
  const product = lines.map((line) => `(1 − ${f4(line.factors!.adjusted)})`).join(' × ') || '1';
  const exposureAfter =
    Math.round(100 * (1 - lines.reduce((p, line) => p * (1 - line.factors!.adjusted), 1)) * 100) / 100;
  return {
    company: inputs.company.name,
    url: `/companies/${encodeURIComponent(inputs.company.slug)}`,
    live,
    asOf: datedLabel(inputs.asOf),
    items,
    product,
    exposureAfter: figure(exposureAfter),
    overallFormula:
      result.overall === null
        ? null
        : `100 − ${figure(exposureAfter)}${result.positive ? ` + ${figure(result.positive)}` : ''} = ${figure(result.overall)}`,
    positive: result.positive ? signed(result.positive) : null,
    overall: figure(result.overall ?? null),
    grade: result.grade ?? t(`scorecards.status.${result.status}`),
    exposure: figure(result.exposure),
    responsiveness: figure(result.responsiveness),
    range: result.range ? `${figure(result.range.low)}–${figure(result.range.high)}` : '—',
    lines: result.breakdown.map((line) => ({
      label:
        line.kind === 'response'
          ? t('scorecards.method.example.answer_line', { title: line.title ?? '' })
          : (line.title ?? t('scorecards.line.cap')),
      points: signed(line.points),
    })),
  };
}

export function versionRows(versions: PublishedMethodology[], current: string) {
  return versions.map((v) => ({
    version: v.methodology.version,
    id: `v${v.methodology.version}`,
    current: v.methodology.version === current,
    publishedOn: datedLabel(v.methodology.publishedOn),
    changes: v.methodology.changes,
    yamlUrl: `/methodology/${v.methodology.version}.yaml`,
    sha256: v.sha256,
    origin: t(`scorecards.method.origin.${v.origin}`),
  }));
}
