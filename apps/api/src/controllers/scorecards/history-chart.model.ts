import { datedLabel, t } from '#libs/core';
import type { HistoryPointView } from '#libs/scorecards';

/**
 * The positions of a company's score history as an SVG (templates/partials/scorecards/history-chart.hbs):
 * the overall of each snapshot over time, its range as a band, the grade bands behind it, and a
 * dashed line where the method changed. The drawing is one image whose name tells it in words; the
 * table under it gives every number.
 */
export interface HistoryChart {
  width: number;
  height: number;
  label: string;
  area: { x: number; y: number; width: number; height: number };
  bands: { x1: number; x2: number; y: number; line: boolean; label: string; labelX: number; labelY: number }[];
  line: string;
  band: string;
  points: { x: number; y: number; title: string }[];
  methods: { x: number; top: number; bottom: number; label: string; labelX: number; labelY: number }[];
  ticks: { x: number; y: number; anchor: 'start' | 'end'; label: string }[];
}

const WIDTH = 640;
const HEIGHT = 220;
const PLOT = { left: 40, right: WIDTH - 16, top: 16, bottom: HEIGHT - 36 };

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const r1 = (value: number) => Math.round(value * 10) / 10;

export function historyChart(
  history: HistoryPointView[],
  grades: { grade: string; min: number }[],
  today: string,
  companyName: string,
): HistoryChart | null {
  if (!history.length) return null;
  const start = dayOf(history[0].computedAt);
  const end = Math.max(dayOf(today), start + 86_400_000);
  const x = (iso: string) => r1(PLOT.left + ((dayOf(iso) - start) / (end - start)) * (PLOT.right - PLOT.left));
  const y = (value: number) => r1(PLOT.bottom - (value / 100) * (PLOT.bottom - PLOT.top));
  // The figure drawn: the overall, or the low end of the range while unverified.
  const value = (p: HistoryPointView) => p.overall ?? p.low;
  const shown = history.filter((p) => value(p) !== null);
  // Each score holds until the next one: steps, level until the day it changed, running on to today.
  const steps = (points: { x: number; y: number }[]) =>
    points.map((p, i) => (i === 0 ? `M${p.x} ${p.y}` : `H${p.x} V${p.y}`)).join(' ') + ` H${PLOT.right}`;
  const coords = shown.map((p) => ({ x: x(p.computedAt), y: y(value(p) as number) }));
  const line = coords.length ? steps(coords) : '';
  const ranged = history.filter((p) => p.low !== null && p.high !== null);
  const upper = ranged.map((p) => ({ x: x(p.computedAt), y: y(p.high as number) }));
  const lower = ranged.map((p) => ({ x: x(p.computedAt), y: y(p.low as number) }));
  // Along the top, then back along the bottom: at each change, down to the earlier value, then left.
  const back = lower
    .slice(1)
    .reverse()
    .map((p, i, rest) => `H${p.x} V${(rest[i + 1] ?? lower[0]).y}`)
    .join(' ');
  const band = ranged.length
    ? `${steps(upper)} V${lower.at(-1)!.y} ${back} H${lower[0].x} Z`.replace(/ {2,}/g, ' ')
    : '';
  const methods = history
    .filter((p, i) => i > 0 && p.methodologyVersion !== history[i - 1].methodologyVersion)
    .map((p) => ({
      x: x(p.computedAt),
      top: PLOT.top,
      bottom: PLOT.bottom,
      label: t('scorecards.chart.method', { version: p.methodologyVersion }),
      labelX: Math.min(x(p.computedAt) + 4, PLOT.right - 90),
      labelY: PLOT.top + 12,
    }));
  const describe = shown
    .map((p) =>
      t('scorecards.chart.point', {
        date: datedLabel(p.computedAt.slice(0, 10)),
        grade: p.grade ?? t(`scorecards.status.${p.status}`),
        overall: (value(p) as number).toFixed(2),
      }),
    )
    .join('; ');
  return {
    width: WIDTH,
    height: HEIGHT,
    label: t('scorecards.chart.label', { name: companyName, points: describe || t('scorecards.chart.none') }),
    area: { x: PLOT.left, y: PLOT.top, width: PLOT.right - PLOT.left, height: PLOT.bottom - PLOT.top },
    // Each grade's band is labelled just above its lowest score; the line marks where it begins.
    bands: grades.map((g) => ({
      x1: PLOT.left,
      x2: PLOT.right,
      y: y(g.min),
      line: g.min > 0,
      label: g.grade,
      labelX: PLOT.left - 8,
      labelY: y(g.min) - 4,
    })),
    line,
    band,
    points: shown.map((p, i) => ({
      ...coords[i],
      title: t('scorecards.chart.point', {
        date: datedLabel(p.computedAt.slice(0, 10)),
        grade: p.grade ?? t(`scorecards.status.${p.status}`),
        overall: (value(p) as number).toFixed(2),
      }),
    })),
    methods,
    ticks: [
      { x: PLOT.left, y: PLOT.bottom + 22, anchor: 'start', label: datedLabel(history[0].computedAt.slice(0, 10)) },
      { x: PLOT.right, y: PLOT.bottom + 22, anchor: 'end', label: datedLabel(today) },
    ],
  };
}
