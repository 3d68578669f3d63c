import { t } from '#libs/core';
import {
  ATTRIBUTION_ROUTES,
  EVIDENCE_CATEGORIES,
  type AttributionView,
  type CompanyEvidenceView,
  type EvidenceSummaryView,
} from '#libs/evidence';
import { chainSteps } from './chain-diagram.model';
import { statusMarks } from './evidence-page.model';

function itemBase(item: EvidenceSummaryView) {
  return {
    id: item.id,
    url: `/evidence/${item.id}`,
    title: item.title,
    ...statusMarks(item.status),
    categoryLabel: t(`evidence.category.${item.category}`),
    confidenceLabel: t(`evidence.confidence.${item.confidence}`),
    positive: item.polarity === 'positive',
    periodStart: item.periodStart,
    periodEnd: item.periodEnd,
  };
}

function attributionLine(found: AttributionView) {
  return {
    ...itemBase(found.evidence),
    roleLabel: t(`evidence.role.${found.role}`),
    // "directly" says something only of harm: a supplier that sold to the end user itself.
    pathLabel: found.pathLabel || (found.evidence.polarity === 'harm' ? t('evidence.path.direct') : ''),
    acquiredLater: found.acquisition
      ? t('evidence.page.company.acquired_later', {
          owner: found.acquisition.owner.name,
          subsidiary: found.acquisition.company.name,
        })
      : null,
  };
}

type Line = ReturnType<typeof attributionLine>;

function count(key: string, n: number): string {
  return t(n === 1 ? `${key}_one` : key, { count: n });
}

/**
 * The "Evidence" section of a company profile. Harm is grouped by category, then by how it reaches
 * the company; positive conduct stands apart; a retracted item is listed apart and counts for
 * nothing; a disputed one still counts, marked.
 */
export function companyEvidencePage(view: CompanyEvidenceView) {
  const lines = view.items.map((found) => ({ found, line: attributionLine(found) }));
  const harm = lines.filter(({ found, line }) => !line.retracted && found.evidence.polarity === 'harm');
  const categories = EVIDENCE_CATEGORIES.map((category) => {
    const inCategory = harm.filter(({ found }) => found.evidence.category === category);
    const routes = ATTRIBUTION_ROUTES.map((route) => ({
      route,
      label: t(`evidence.route.${route}`),
      items: inCategory.filter(({ found }) => found.route === route).map(({ line }) => line),
    })).filter((group) => group.items.length > 0);
    return { category, label: t(`evidence.category.${category}`), count: inCategory.length, routes };
  }).filter((group) => group.count > 0);
  const positive: Line[] = lines
    .filter(({ found, line }) => !line.retracted && found.evidence.polarity === 'positive')
    .map(({ line }) => line);
  const retracted: Line[] = lines.filter(({ line }) => line.retracted).map(({ line }) => line);
  const disputed = harm.filter(({ line }) => line.disputed).length;
  const summary = [count('evidence.page.company.count_harm', harm.length)];
  if (disputed) summary.push(count('evidence.page.company.count_disputed', disputed));
  return {
    company: view.company,
    any: view.items.length > 0,
    harmCount: harm.length,
    summary: summary.join(' · '),
    categories,
    positive,
    retracted,
  };
}

/** The "Suppliers" of a state body: each public item ending there, with its chain in words. */
export function stateBodySuppliersPage(items: EvidenceSummaryView[]) {
  const lines = items.map((item) => ({ ...itemBase(item), steps: chainSteps(item) }));
  const current = lines.filter((line) => !line.retracted);
  return {
    any: lines.length > 0,
    summary: count('evidence.page.state_body.count', current.length),
    current,
    retracted: lines.filter((line) => line.retracted),
  };
}
