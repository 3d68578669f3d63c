import { t } from '#libs/core';
import { countryName, type CampaignView, type RecentSignerView } from '#libs/campaigns';
import type { CompanyOutreachView } from '#libs/outreach';
import type { EvidenceView } from '#libs/evidence';
import type { ScorecardSummaryView } from '#libs/scorecards';
import { gradeClass, gradeText } from '../scorecards/scorecard-page.model';

const DAY = 24 * 60 * 60 * 1000;
const number = new Intl.NumberFormat('en-GB');

/** A count as the pages write it: 12,345. */
export function formatCount(value: number): string {
  return number.format(value);
}
const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

export const BAR_WIDTH = 600;

/** The progress bar as the SVG partial draws it: the filled share and a tick per milestone. */
export function progress(view: Pick<CampaignView, 'goal' | 'milestones' | 'count'>) {
  const count = view.count.signatures;
  const share = Math.min(1, count / view.goal);
  return {
    width: BAR_WIDTH,
    filled: Math.round(share * BAR_WIDTH),
    percent: Math.floor(share * 100),
    label: t('campaigns.page.progress_label', { count: number.format(count), goal: number.format(view.goal) }),
    ticks: view.milestones
      .filter((m) => m.count < view.goal)
      .map((m) => ({ x: Math.round((m.count / view.goal) * BAR_WIDTH), reached: m.reachedAt !== null })),
  };
}

/** "as of 12 seconds ago": when the tally last added the count up. */
export function countAge(countedAt: string | null, now: Date): string {
  if (!countedAt) return t('campaigns.page.not_counted_yet');
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(countedAt)) / 1000));
  const age =
    seconds < 120
      ? relative.format(-seconds, 'second')
      : seconds < 7200
        ? relative.format(-Math.round(seconds / 60), 'minute')
        : relative.format(-Math.round(seconds / 3600), 'hour');
  return t('campaigns.page.as_of', { age });
}

export function milestoneRows(view: Pick<CampaignView, 'milestones' | 'goal'>) {
  return view.milestones.map((m) => ({
    count: number.format(m.count),
    reachedAt: m.reachedAt,
    isGoal: m.count === view.goal,
  }));
}

export function countryRows(view: Pick<CampaignView, 'count'>) {
  return view.count.byCountry.map((c) => ({
    name: countryName(c.country),
    count: c.signatures === null ? t('campaigns.page.fewer_than_ten') : number.format(c.signatures),
    small: c.signatures === null,
  }));
}

export function signerRows(signers: RecentSignerView[]) {
  return signers.map((s) => ({ firstName: s.firstName, country: countryName(s.country), signedAt: s.signedAt }));
}

/**
 * Where a target's outreach stands, in words: "no answer for N days" counts from the first letter
 * sent after its latest answer (or from its first letter, with no answer at all).
 */
export function outreachText(outreach: CompanyOutreachView | null, now: Date): string {
  if (!outreach || outreach.state === 'not_written_to') return t('campaigns.target.not_written_to');
  if (outreach.state === 'answered')
    return t('campaigns.target.answered', { outcome: t(`outreach.classification.${outreach.outcome}`) });
  const lastAnswer = outreach.timeline.map((e) => e.kind).lastIndexOf('response');
  const letter = outreach.timeline.slice(lastAnswer + 1).find((e) => e.kind === 'letter');
  if (!letter) return t('campaigns.target.awaiting');
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(letter.date)) / DAY));
  return t(days === 1 ? 'campaigns.target.no_answer_one' : 'campaigns.target.no_answer', { days: number.format(days) });
}

export function targetRows(
  view: CampaignView,
  cards: Map<string, ScorecardSummaryView | null>,
  outreach: Map<string, CompanyOutreachView | null>,
  now: Date,
) {
  return view.targets.map((target) => {
    const card = cards.get(target.slug) ?? null;
    return {
      name: target.name,
      url: `/companies/${encodeURIComponent(target.slug)}`,
      grade: card ? { gradeText: gradeText(card), gradeClass: gradeClass(card) } : null,
      outreach: outreachText(outreach.get(target.slug) ?? null, now),
    };
  });
}

export function evidenceRows(items: EvidenceView[]) {
  return items.map((item) => ({
    title: item.title,
    url: `/evidence/${item.id}`,
    summary: item.summary,
    sources: item.sources.map((s) => ({
      url: s.url,
      title: s.title ?? s.url,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
    })),
  }));
}

export function statusText(view: Pick<CampaignView, 'status' | 'signable' | 'opensAt'>): string {
  if (view.status === 'open' && !view.signable)
    return view.opensAt && Date.parse(view.opensAt) > Date.now()
      ? t('campaigns.page.opens_later')
      : t('campaigns.page.closed_by_date');
  return t(`campaigns.page.status_${view.status}`);
}

/** The list of campaigns: each with its count and bar. */
export function campaignCards(views: CampaignView[]) {
  return views.map((view) => ({
    title: view.title,
    url: `/campaigns/${encodeURIComponent(view.slug)}`,
    ask: view.ask,
    status: view.status,
    statusLabel: t(`campaigns.status.${view.status}`),
    demo: view.demo,
    count: number.format(view.count.signatures),
    goal: number.format(view.goal),
    progress: progress(view),
    targets: view.targets.map((target) => target.name).join(', '),
  }));
}
