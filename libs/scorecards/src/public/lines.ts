import { datedLabel, t } from '#libs/core';
import type { BreakdownLine, Matter } from '../engine/result';

/** A matter in words: "Answer: exited, 15 September 2020", "No answer to the letter …: silence since …". */
export function matterText(matter: Matter): string {
  const since = matter.since ? datedLabel(matter.since) : '';
  const sender = matter.letterSentBy ? t('scorecards.matter.sent_by', { sender: matter.letterSentBy }) : '';
  switch (matter.state) {
    case 'answered':
      return t('scorecards.matter.answered', {
        classification: t(`outreach.classification.${matter.key}`),
        date: since,
        sender: matter.letterSentBy ? t('scorecards.matter.to_letter', { sender: matter.letterSentBy }) : '',
      });
    case 'silence':
      // Another organization's letter may have had an answer that was never made public.
      return matter.letterSentBy
        ? t('scorecards.matter.silence_by_others', { date: since, sender })
        : t('scorecards.matter.silence', { date: since });
    case 'commitment_lapsed':
      return t('scorecards.matter.lapsed', { date: since });
    case 'awaiting':
      return since ? t('scorecards.matter.awaiting', { date: since }) : t('scorecards.matter.reply_pending');
    default:
      return t('scorecards.matter.not_asked');
  }
}

/** How a line's weight is made, in words and numbers. */
export function factorsText(line: BreakdownLine): string {
  const f = line.factors;
  if (!f) return '';
  if (line.kind === 'positive')
    return t('scorecards.line.positive_factors', {
      confidence: f.confidence,
      recency: f.recency.toFixed(3),
      years: f.fullYears,
    });
  if (line.kind === 'response')
    return t('scorecards.line.multiplier', {
      value: line.matter?.value ?? '',
      multiplier: f.multiplier.toFixed(2),
      adjusted: f.adjusted.toFixed(4),
    });
  return t('scorecards.line.factors', {
    category: f.category,
    endUser: f.endUser,
    confidence: f.confidence,
    role: f.role,
    recency: f.recency.toFixed(3),
    years: f.fullYears,
    weight: f.weight.toFixed(4),
  });
}

/** "−11.88", "+17.46": points with their sign (a true minus sign). */
export function signedPoints(points: number): string {
  const text = Math.abs(points).toFixed(2);
  return points < 0 ? `−${text}` : points > 0 ? `+${text}` : text;
}

/** The line's own words: the item's title, the matter, the cap. */
export function lineLabel(line: BreakdownLine): string {
  if (line.kind === 'response') return line.matter ? matterText(line.matter) : '';
  if (line.kind === 'cap') return t('scorecards.line.cap');
  return line.title ?? '';
}
