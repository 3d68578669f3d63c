import { datedLabel, t } from '#libs/core';
import {
  RESPONSE_STATES,
  type CompanyOutreachView,
  type OutreachStatsView,
  type PublicLetterView,
  type ResponseView,
  type TimelineEntryView,
} from '#libs/outreach';
import { companyHref } from '../evidence-pages/chain-diagram.model';
import { responseChart } from './response-chart.model';

/** "www.sandvine.com": where a link leads, shown beside it. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function stateLabel(state: string): string {
  if (state === 'not_written_to') return t('outreach.page.state_label.not_written_to');
  return (RESPONSE_STATES as readonly string[]).includes(state)
    ? t(`outreach.response_state.${state}`)
    : t(`outreach.classification.${state}`);
}

function daysText(days: number | null): string | null {
  if (days === null) return null;
  if (days === 0) return t('outreach.page.response.same_day');
  return days === 1 ? t('outreach.page.response.days_one') : t('outreach.page.response.days', { days });
}

/** A company's answer with its labels, wherever it is shown (timeline, right of reply). */
export function responsePage(view: ResponseView) {
  return {
    id: view.id,
    company: { name: view.company.name, url: companyHref(view.company.slug) },
    respondedOn: view.respondedOn,
    respondedOnLabel: datedLabel(view.respondedOn, view.respondedOnPrecision),
    dueOnLabel: view.dueOn ? datedLabel(view.dueOn) : null,
    letterSentBy: view.letterSentBy,
    channelLabel: t(`outreach.channel.${view.channel}`),
    classification: view.classification,
    classificationLabel: t(`outreach.classification.${view.classification}`),
    text: view.text,
    url: view.url,
    host: view.url ? hostOf(view.url) : '',
    daysText: daysText(view.daysToAnswer),
    demo: view.demo,
  };
}

function entryPage(entry: TimelineEntryView) {
  return {
    kind: entry.kind,
    kindLabel: t(`outreach.page.kind.${entry.kind}`),
    date: entry.date,
    dateLabel: datedLabel(entry.date, entry.datePrecision),
    text: entry.text,
    sentBy: entry.sentBy,
    source: entry.source ? { ...entry.source, host: hostOf(entry.source.url) } : null,
    // The letter's own line links to its text; its reminder, bounce and silence do not repeat it.
    letterUrl: entry.kind === 'letter' ? entry.letterUrl : null,
    silence: entry.kind === 'silence' || entry.kind === 'overdue' || entry.kind === 'bounce',
    response: entry.response ? responsePage(entry.response) : null,
    demo: entry.demo,
    demoText: t(entry.kind === 'response' ? 'outreach.page.demo_response' : 'outreach.page.demo'),
  };
}

/** The outreach section of a company profile: where it stands, in words, then every dated line. */
export function companyOutreachPage(view: CompanyOutreachView) {
  const name = view.company.name;
  // The outcome is what /outreach counts the company by: the "Now" line says the same.
  const stateText =
    view.state === 'answered' && view.outcome !== 'answered'
      ? t('outreach.page.state.answered_as', {
          name,
          classification: t(`outreach.classification.${view.outcome}`),
        })
      : t(`outreach.page.state.${view.state}`, { name });
  return {
    name,
    state: view.state,
    stateLabel: stateLabel(view.state),
    stateText,
    entries: view.timeline.map(entryPage),
    listLabel: t('outreach.page.timeline.list_label', { name }),
  };
}

function percent(share: number | null): string {
  return share === null ? t('outreach.page.stats.not_known') : `${Math.round(share * 100)}%`;
}

function medianText(days: number | null): string {
  if (days === null) return t('outreach.page.stats.not_known');
  const rounded = Math.round(days * 10) / 10;
  return rounded === 1
    ? t('outreach.page.stats.median_value_one')
    : t('outreach.page.stats.median_value', { days: rounded });
}

/** `/outreach`: the numbers, the chart of latest answers, the same numbers as a table, every company. */
export function outreachStatsPage(stats: OutreachStatsView) {
  return {
    writtenTo: stats.writtenTo,
    answered: stats.answered,
    responseRate: percent(stats.responseRate),
    median: medianText(stats.medianDaysToAnswer),
    empty: stats.onRecord === 0,
    demoNotice: stats.demoCompanies
      ? t(stats.demoCompanies === 1 ? 'outreach.page.stats.demo_one' : 'outreach.page.stats.demo', {
          count: stats.demoCompanies,
          total: stats.onRecord,
        })
      : null,
    chart: responseChart(stats.byClassification),
    rows: stats.byClassification.map((row) => ({
      key: row.key,
      label: row.label,
      count: row.count,
      share: stats.onRecord ? percent(row.count / stats.onRecord) : '—',
    })),
    companies: stats.companies.map((row) => ({
      name: row.company.name,
      url: companyHref(row.company.slug),
      state: row.outcome,
      stateLabel: stateLabel(row.outcome),
      demo: row.demo,
    })),
  };
}

/** `/outreach/letters/:id`: a letter whose text was made public; recipients by role only. */
export function publicLetterPage(view: PublicLetterView) {
  return {
    id: view.id,
    company: { name: view.company.name, url: companyHref(view.company.slug) },
    kicker: t('outreach.page.letter.kicker', { name: view.company.name }),
    kindLabel: t(`outreach.letter_kind.${view.kind}`),
    subject: view.subject,
    text: view.text,
    recipients: view.recipients,
    sentBy: view.sentBy,
    source: view.source ? { ...view.source, host: hostOf(view.source.url) } : null,
    sentOnLabel: datedLabel(view.sentAt.slice(0, 10), view.sentOnPrecision),
    sentAt: view.sentAt,
    deadline: view.deadline,
    responseStateLabel: view.responseState ? stateLabel(view.responseState) : null,
    contentHash: view.contentHash,
    demo: view.demo,
    back: t('outreach.page.letter.back', { name: view.company.name }),
  };
}
