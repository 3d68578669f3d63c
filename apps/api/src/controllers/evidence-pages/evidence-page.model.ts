import type { Principal } from '#libs/auth';
import { t } from '#libs/core';
import { PUBLIC_STATUSES, type Audience, type EvidenceSourceView, type EvidenceView } from '#libs/evidence';
import { chainDiagram, stateBodyHref } from './chain-diagram.model';
import { correctionPage } from './correction.model';

/** Staff see drafts and items in review; everyone else (organizers included) sees what the public sees. */
export function audienceOf(principal: Principal | null): Audience {
  return principal && ['admin', 'researcher', 'reviewer'].includes(principal.role) ? 'staff' : 'public';
}

/** "www.bloomberg.com": where a link leads, shown beside its title. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function sourcePage(source: EvidenceSourceView) {
  return { ...source, kindLabel: t(`evidence.source_kind.${source.kind}`), host: hostOf(source.url) };
}

/** The labels every item shows, in lists and on its own page. */
export function statusMarks(status: string) {
  return {
    status,
    statusLabel: t(`evidence.status.${status}`),
    disputed: status === 'disputed',
    retracted: status === 'retracted',
    notPublic: !PUBLIC_STATUSES.includes(status as (typeof PUBLIC_STATUSES)[number]),
  };
}

/** `/evidence/:id`: the item with every label, the chain's drawing, its sources and corrections. */
export function evidencePage(view: EvidenceView, audience: Audience) {
  return {
    id: view.id,
    title: view.title,
    ...statusMarks(view.status),
    statusReason: view.statusReason,
    statusChangedAt: view.statusChangedAt,
    categoryLabel: t(`evidence.category.${view.category}`),
    confidence: view.confidence,
    confidenceLabel: t(`evidence.confidence.${view.confidence}`),
    confidenceHint: t(`evidence.page.confidence_hint.${view.confidence}`),
    positive: view.polarity === 'positive',
    polarityLabel: t(`evidence.polarity.${view.polarity}`),
    periodStart: view.periodStart,
    periodEnd: view.periodEnd,
    value: view.value?.formatted ?? null,
    products: view.products,
    summary: view.summary,
    endUser: view.endUser ? { ...view.endUser, url: stateBodyHref(view.endUser.slug) } : null,
    diagram: view.chain.length || view.endUser ? chainDiagram(view) : null,
    sources: view.sources.map(sourcePage),
    procurementRecords: view.procurementRecords.map((record) => ({
      ...record,
      url: `/procurement-records/${record.id}`,
    })),
    corrections: view.corrections.map(correctionPage),
    publishedAt: view.publishedAt,
    peerReviewed: view.peerReviewed,
    // Account labels are e-mail addresses: the public learns that a second person reviewed the
    // item, staff learn who. Reviewers can be at risk too.
    staff:
      audience === 'staff'
        ? {
            publishedBy: view.publishedBy,
            author: view.author,
            updatedBy: view.updatedBy,
            version: view.version,
            consoleUrl: `/console/evidence/${view.id}`,
          }
        : null,
  };
}
