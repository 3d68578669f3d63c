import { datedLabel, t } from '#libs/core';
import {
  factorsText,
  lineLabel,
  matterText,
  signedPoints,
  type BreakdownLine,
  type Matter,
  type ScorecardSummaryView,
  type ScorecardView,
} from '#libs/scorecards';
import { historyChart } from './history-chart.model';
import { companyHref } from '../evidence-pages/chain-diagram.model';

export const signed = signedPoints;

export function figure(value: number | null, digits = 2): string {
  return value === null ? '—' : value.toFixed(digits);
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** The grade as it reads on a page: a letter, "unverified allegation" or "not scored". */
export function gradeText(card: Pick<ScorecardSummaryView, 'status' | 'grade'>): string {
  if (card.status === 'scored') return card.grade ?? '—';
  return t(`scorecards.status.${card.status}`);
}

/** A CSS class for the grade's colour (the letter alone is the meaning; the colour only repeats it). */
export function gradeClass(card: Pick<ScorecardSummaryView, 'status' | 'grade'>): string {
  return card.status === 'scored' && card.grade ? `grade-${card.grade.toLowerCase()}` : `grade-${card.status}`;
}

/** One line of a breakdown as the profile shows it: what it comes from, how, and its points. */
export function breakdownRow(line: BreakdownLine) {
  const link = line.evidenceId ? `/evidence/${line.evidenceId}` : null;
  const base = { kind: line.kind, points: signed(line.points), negative: line.points < 0, link };
  switch (line.kind) {
    case 'response':
      return { ...base, label: lineLabel(line), detail: factorsText(line), about: line.title };
    default:
      return { ...base, label: lineLabel(line), detail: factorsText(line) };
  }
}

/** The provisional notice: "Provisional until 18 December 2026; company notified on …" or not yet. */
export function provisionalText(card: ScorecardSummaryView): string | null {
  if (!card.provisionalUntil) return null;
  const until = datedLabel(card.provisionalUntil.slice(0, 10));
  return card.notifiedOn
    ? t('scorecards.provisional.notified', { until, date: datedLabel(card.notifiedOn) })
    : t('scorecards.provisional.not_notified', { until });
}

export function changeText(card: ScorecardSummaryView): string | null {
  const change = card.change;
  if (!change) return null;
  const parts: string[] = [];
  if (change.recordDelta !== null && change.recordDelta !== 0)
    parts.push(t('scorecards.change.record', { points: signed(change.recordDelta) }));
  if (change.methodDelta !== null && change.methodDelta !== 0)
    parts.push(t('scorecards.change.method', { points: signed(change.methodDelta), from: change.methodFrom ?? '' }));
  return parts.length ? parts.join(' · ') : t('scorecards.change.none');
}

/** A row of the league table. */
export function tableRow(card: ScorecardSummaryView) {
  return {
    name: card.company.name,
    url: companyHref(card.company.slug),
    status: card.status,
    gradeText: gradeText(card),
    gradeClass: gradeClass(card),
    overall: figure(card.overall),
    range: card.range ? `${figure(card.range.low)}–${figure(card.range.high)}` : '—',
    exposure: figure(card.exposure),
    responsiveness: figure(card.responsiveness),
    silence:
      card.silenceDays === null
        ? '—'
        : card.silenceDays === 1
          ? t('scorecards.table.days_one')
          : t('scorecards.table.days', { days: card.silenceDays }),
    change: card.change
      ? signed(Math.round(((card.change.recordDelta ?? 0) + (card.change.methodDelta ?? 0)) * 100) / 100)
      : t('scorecards.table.new'),
    provisional: Boolean(card.provisionalUntil),
    unverified: card.status === 'unverified',
  };
}

/** The scorecard panel a company profile leads with. */
export function profilePanel(card: ScorecardView) {
  return {
    ...tableRow(card),
    grade: card.grade,
    overallText: card.status === 'scored' ? t('scorecards.profile.overall', { overall: figure(card.overall) }) : null,
    rangeText: card.range
      ? t('scorecards.profile.range', { low: figure(card.range.low), high: figure(card.range.high) })
      : null,
    statusNote: card.status === 'scored' ? null : t(`scorecards.status_note.${card.status}`),
    completeness: {
      overall: percent(card.completeness.overall),
      checked: percent(card.completeness.checked),
      asked: percent(card.completeness.asked),
    },
    positive: card.positive ? signed(card.positive) : null,
    provisionalText: provisionalText(card),
    changeText: changeText(card),
    asOf: datedLabel(card.asOf),
    methodologyVersion: card.methodologyVersion,
    methodologyUrl: `/methodology#v${card.methodologyVersion}`,
    inputsHash: card.inputsHash,
    breakdown: card.breakdown.map((line) => breakdownRow(line as BreakdownLine)),
    notAsked: (card.matters as Matter[]).filter((m) => m.state === 'not_asked').length,
    awaiting: (card.matters as Matter[])
      .filter((m) => m.state === 'awaiting')
      .map((m) => ({ text: matterText(m), url: `/evidence/${m.evidenceId}` })),
    badgeUrl: `${companyHref(card.company.slug)}/badge.svg`,
    cardUrl: `${companyHref(card.company.slug)}/card.png`,
    cardSvgUrl: `${companyHref(card.company.slug)}/card.svg`,
  };
}

/** The scorecard section of a profile, its chart and history, and the Open Graph tags of the page. */
export function scorecardSection(
  card: ScorecardView | null,
  grades: { grade: string; min: number }[],
  today: string,
  company: { name: string; slug: string; description: string },
  publicUrl: string,
) {
  const base = publicUrl.replace(/\/+$/, '');
  const meta = {
    title: t('scorecards.meta.title', { name: company.name }),
    description: card
      ? card.status === 'scored'
        ? t('scorecards.meta.scored', { name: company.name, grade: card.grade ?? '', overall: figure(card.overall) })
        : t(`scorecards.meta.${card.status}`, { name: company.name })
      : company.description || t('scorecards.meta.pending', { name: company.name }),
    url: `${base}${companyHref(company.slug)}`,
    image: `${base}${companyHref(company.slug)}/card.png`,
    imageAlt: t('scorecards.meta.image_alt', { name: company.name }),
  };
  if (!card) return { score: null, chart: null, history: [], meta };
  return {
    score: profilePanel(card),
    chart: historyChart(card.history, grades, today, company.name),
    history: card.history.map((h) => ({
      computedAt: h.computedAt,
      gradeText: gradeText({ status: h.status as ScorecardSummaryView['status'], grade: h.grade }),
      overall: figure(h.overall),
      range: h.low === null ? '—' : `${figure(h.low)}–${figure(h.high)}`,
      methodologyVersion: h.methodologyVersion,
      reasonLabel: t(`scorecards.reason.${h.reason}`),
    })),
    meta,
  };
}
