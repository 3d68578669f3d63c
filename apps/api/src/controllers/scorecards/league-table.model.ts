import { t } from '#libs/core';
import { COMPANY_KINDS } from '#libs/companies';
import { EVIDENCE_CATEGORIES } from '#libs/evidence';
import type { GroupRow, ScorecardSort, ScorecardTableQueryDto, ScorecardSummaryView } from '#libs/scorecards';
import { SORTS } from '#libs/scorecards';
import { countryLabel, pageUrl } from '../companies/page-model';
import { tableRow } from './scorecard-page.model';

export const PAGE_SIZE = 100;

type Query = Pick<ScorecardTableQueryDto, 'category' | 'country' | 'kind' | 'grade' | 'sort' | 'dir' | 'view'> & {
  page?: number;
};

/** The query as links carry it: blanks left out, so equal filters give equal URLs. */
function params(query: Query): Record<string, string | undefined> {
  return {
    category: query.category,
    country: query.country,
    kind: query.kind,
    grade: query.grade?.toLowerCase(),
    view: query.view === 'groups' ? 'groups' : undefined,
    sort: query.sort,
    dir: query.dir,
  };
}

const DEFAULT_DIR: Record<ScorecardSort, 'asc' | 'desc'> = {
  overall: 'asc',
  name: 'asc',
  exposure: 'desc',
  responsiveness: 'asc',
  silence: 'asc',
  change: 'asc',
};

/** The column headers, each a link that sorts by it (again: the other way). */
export function sortHeaders(query: Query) {
  return SORTS.map((key) => {
    const active = (query.sort ?? 'overall') === key;
    const dir = active ? (query.dir ?? DEFAULT_DIR[key]) : DEFAULT_DIR[key];
    const next = active ? (dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key];
    return {
      key,
      label: t(`scorecards.sort.${key}`),
      url: pageUrl('/scorecards', { ...params(query), sort: key, dir: next, view: undefined }),
      ariaSort: active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none',
      active,
      arrow: active ? (dir === 'asc' ? '↑' : '↓') : '',
    };
  });
}

export function filterOptions(query: Query, grades: string[], countries: string[]) {
  const option = (value: string, label: string, chosen: string | undefined) => ({
    value,
    label,
    selected: value === chosen,
  });
  return {
    categories: EVIDENCE_CATEGORIES.map((c) => option(c, t(`evidence.category.${c}`), query.category)),
    kinds: COMPANY_KINDS.map((k) => option(k, t(`companies.kind.${k}`), query.kind)),
    countries: countries.map((c) => option(c, countryLabel(c), query.country)),
    grades: [
      ...grades.map((g) => option(g.toLowerCase(), g, query.grade?.toLowerCase())),
      option('unverified', t('scorecards.status.unverified'), query.grade?.toLowerCase()),
      option('not_scored', t('scorecards.status.not_scored'), query.grade?.toLowerCase()),
    ],
  };
}

export function viewLinks(query: Query) {
  return {
    companies: pageUrl('/scorecards', { ...params(query), view: undefined }),
    groups: pageUrl('/scorecards', { ...params(query), view: 'groups', sort: undefined, dir: undefined }),
    groupsActive: query.view === 'groups',
  };
}

export function pageLinks(query: Query, total: number) {
  const page = query.page ?? 1;
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const at = (n: number) => pageUrl('/scorecards', { ...params(query), page: n > 1 ? String(n) : undefined });
  return {
    previous: page > 1 ? at(page - 1) : null,
    next: page < last ? at(page + 1) : null,
    label: t('scorecards.table.page', { page, last }),
    show: last > 1,
  };
}

export function groupRows(groups: GroupRow[]) {
  return groups.map((group) => ({
    owner: tableRow(group.owner),
    subsidiaries: group.subsidiaries.map((s) => ({
      ...tableRow(s.card),
      depth: s.depth,
      indent: `score-depth-${Math.min(s.depth, 3)}`,
      acquiredLater: s.acquiredLater,
    })),
  }));
}

export function rows(cards: ScorecardSummaryView[]) {
  return cards.map(tableRow);
}
