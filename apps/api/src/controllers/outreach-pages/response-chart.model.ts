import { t } from '#libs/core';
import type { ClassificationCountView } from '#libs/outreach';

/**
 * What an answer amounts to, in five groups the chart tells apart by fill as well as by colour:
 * answers are solid, silence is hatched, companies still within their deadline are outlined.
 */
export type ChartGroup = 'action' | 'words' | 'refusal' | 'silence' | 'waiting';

const GROUPS: Record<string, ChartGroup> = {
  exited: 'action',
  committed_to_act: 'action',
  partial_action: 'action',
  acknowledged: 'words',
  justified: 'refusal',
  denied: 'refusal',
  declined_to_comment: 'refusal',
  no_response: 'silence',
  overdue: 'silence',
  awaiting: 'waiting',
};

/**
 * Colours of the site's palette, each at least 4.5:1 on white (so also the 3:1 that graphics need);
 * the hatching and the outline are drawn in the same colours.
 */
const COLOURS: Record<ChartGroup, string> = {
  action: '#1a6b35',
  words: '#0b4f9c',
  refusal: '#a4161a',
  silence: '#545d68',
  waiting: '#545d68',
};

export interface ChartBar {
  key: string;
  group: ChartGroup;
  label: string;
  count: number;
  colour: string;
  /** `url(#…)` of the hatching for silence; the plain colour otherwise. */
  fill: string;
  outlined: boolean;
  labelX: number;
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  valueX: number;
  valueY: number;
}

/** Everything the `outreach/response-chart` partial draws, positions included: no arithmetic in the template. */
export interface ResponseChart {
  width: number;
  height: number;
  /** The accessible name of the drawing: every bar's label and count in one line. */
  label: string;
  hatchId: string;
  bars: ChartBar[];
}

// Labels sit above their bars rather than beside them, so that the chart keeps a readable text
// size on a phone (it scales to the width of the screen) however long a label is.
const WIDTH = 360;
const PAD_X = 4;
const TOP = 6;
const LABEL_BASELINE = 15;
const BAR_OFFSET = 22;
const BAR_HEIGHT = 18;
const ROW = 50;
/** Room right of the longest bar for its value. */
const VALUE_ROOM = 44;
/** A count above zero is never drawn thinner than this, so that it does not read as zero. */
const MIN_BAR = 3;

/** Horizontal bars, one per classification (and silence), in the order the statistics give them. */
export function responseChart(counts: ClassificationCountView[], hatchId = 'outreach-chart-hatch'): ResponseChart {
  const max = Math.max(0, ...counts.map((row) => row.count));
  const room = WIDTH - 2 * PAD_X - VALUE_ROOM;
  const bars = counts.map((row, index): ChartBar => {
    const group = GROUPS[row.key] ?? 'words';
    const top = TOP + index * ROW;
    const barWidth = max && row.count ? Math.max(MIN_BAR, Math.round((row.count / max) * room)) : 0;
    return {
      key: row.key,
      group,
      label: row.label,
      count: row.count,
      colour: COLOURS[group],
      fill: group === 'silence' ? `url(#${hatchId})` : group === 'waiting' ? '#ffffff' : COLOURS[group],
      outlined: group === 'waiting',
      labelX: PAD_X,
      labelY: top + LABEL_BASELINE,
      barX: PAD_X,
      barY: top + BAR_OFFSET,
      barWidth,
      barHeight: BAR_HEIGHT,
      valueX: PAD_X + barWidth + 8,
      valueY: top + BAR_OFFSET + BAR_HEIGHT - 4,
    };
  });
  const counted = counts
    .map((row) => t('outreach.page.stats.chart_count', { label: row.label, count: row.count }))
    .join(', ');
  return {
    width: WIDTH,
    height: TOP + counts.length * ROW,
    label: t('outreach.page.stats.chart_label', { counts: counted }),
    hatchId,
    bars,
  };
}
