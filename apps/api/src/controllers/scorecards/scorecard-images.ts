import { Resvg } from '@resvg/resvg-js';
import { datedLabel, t } from '#libs/core';
import type { ScorecardSummaryView } from '#libs/scorecards';
import { figure } from './scorecard-page.model';

/** A colour for each grade (the letter carries the meaning; the colour repeats it), white text on each. */
const COLOURS: Record<string, string> = {
  a: '#1a6b35',
  b: '#3d6e1c',
  c: '#6b5d00',
  d: '#9a4d00',
  e: '#a4161a',
  f: '#6e0f12',
  unverified: '#545d68',
  not_scored: '#57606a',
};

export function colourOf(card: Pick<ScorecardSummaryView, 'status' | 'grade'> | null): string {
  if (!card) return COLOURS.not_scored;
  return card.status === 'scored' && card.grade
    ? (COLOURS[card.grade.toLowerCase()] ?? COLOURS.f)
    : COLOURS[card.status];
}

/** Verdana at 11px is about this wide a character; the badge is sized to its text. */
const CHAR = 6.8;

/**
 * One decimal, cut rather than rounded: 87.96 is a C (below 88) and reads "87.9", never "88.0",
 * which would be the B's threshold beside the letter C.
 */
const badgeFigure = (overall: number | null) => (overall === null ? '—' : (Math.floor(overall * 10) / 10).toFixed(1));

/** The embeddable badge: "Leverage | C 82.1", "Leverage | unverified", "Leverage | not scored". */
export function badgeModel(name: string, card: ScorecardSummaryView | null) {
  const left = t('site.name');
  const right =
    card?.status === 'scored'
      ? `${card.grade} ${badgeFigure(card.overall)}`
      : t(card ? `scorecards.badge.${card.status}` : 'scorecards.badge.not_scored');
  const leftWidth = Math.round(left.length * CHAR + 14);
  const rightWidth = Math.round(right.length * CHAR + 14);
  return {
    width: leftWidth + rightWidth,
    leftWidth,
    rightWidth,
    leftX: Math.round(leftWidth / 2),
    rightX: leftWidth + Math.round(rightWidth / 2),
    left,
    right,
    colour: colourOf(card),
    label: t('scorecards.badge.label', { name, value: right }),
  };
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The share card (1200 × 630) a journalist can put in an article: the grade, its figures, its date. */
export function shareCardModel(name: string, slug: string, card: ScorecardSummaryView | null, publicUrl: string) {
  const scored = card?.status === 'scored';
  const grade = scored ? (card.grade as string) : '?';
  const lines: { y: number; size: number; bold: boolean; fill: string; text: string }[] = [];
  const push = (text: string, size: number, bold = false, fill = '#1b1f24') =>
    lines.push({ y: 270 + lines.reduce((h, l) => h + l.size + 22, 0) + size - 24, size, bold, fill, text });
  if (!card) push(t('scorecards.card.pending'), 40, true);
  else if (scored) push(t('scorecards.profile.overall', { overall: figure(card.overall) }), 48, true);
  else push(t(`scorecards.status.${card.status}`), 44, true);
  if (card?.range)
    push(t('scorecards.profile.range', { low: figure(card.range.low), high: figure(card.range.high) }), 28);
  // The two axes only beside a grade: an unverified allegation has no depth to measure.
  if (scored)
    push(
      t('scorecards.card.axes', { exposure: figure(card.exposure), responsiveness: figure(card.responsiveness) }),
      28,
      false,
      '#545d68',
    );
  if (card?.silenceDays) push(t('scorecards.card.silence', { days: card.silenceDays }), 28, false, '#a4161a');
  if (card?.provisionalUntil)
    push(
      t('scorecards.card.provisional', { date: datedLabel(card.provisionalUntil.slice(0, 10)) }),
      26,
      false,
      '#8a5a00',
    );
  const base = publicUrl.replace(/\/+$/, '');
  return {
    site: t('site.name'),
    kicker: t('scorecards.card.kicker'),
    name: truncate(name, 32),
    grade,
    gradeSize: grade.length > 1 ? 120 : 170,
    gradeY: grade.length > 1 ? 392 : 410,
    colour: colourOf(card),
    lines,
    footer: card
      ? t('scorecards.card.footer', { date: datedLabel(card.asOf), version: card.methodologyVersion })
      : t('scorecards.card.footer_pending'),
    url: `${base}/companies/${encodeURIComponent(slug)}`.replace(/^https?:\/\//, ''),
    label: t('scorecards.card.label', {
      name,
      grade: scored ? grade : card ? t(`scorecards.status.${card.status}`) : t('scorecards.card.pending'),
    }),
  };
}

const FONTS = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

/**
 * SVG to PNG with resvg and the Noto Sans shipped in node_modules (Latin and Cyrillic): no system
 * font is asked for, so the card reads the same on every server. The last few cards are kept, keyed
 * by what they show, since a shared link brings many fetches of the same one.
 */
export class PngRenderer {
  private readonly cache = new Map<string, Buffer>();

  render(key: string, svg: string): Buffer {
    const known = this.cache.get(key);
    if (known) return known;
    const png = new Resvg(svg, {
      font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
      fitTo: { mode: 'width', value: 1200 },
    })
      .render()
      .asPng();
    this.cache.set(key, png);
    if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value as string);
    return png;
  }
}
