import type { CompanyView, GroupLinkView, StateBodyView } from '#libs/companies';
import { t } from '#libs/core';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Belarus (BY)"; the code alone when the name is not known. */
export function countryLabel(code: string | null): string {
  if (!code) return '';
  let name: string | undefined;
  try {
    name = regions.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

export function kindLabel(kind: string): string {
  return t(`companies.kind.${kind}`);
}

/** A company with the labels its pages show. */
export function companyPage(view: CompanyView) {
  return { ...view, kindLabel: kindLabel(view.kind), countryLabel: countryLabel(view.country) };
}

export function stateBodyPage(view: StateBodyView) {
  return {
    ...view,
    countryLabel: countryLabel(view.country),
    kindLabel: t(`state_bodies.kind.${view.kind}`),
    notNamed: view.kind === 'not_named',
  };
}

export function groupLinkPage(link: GroupLinkView) {
  return { ...link, shareLabel: link.share === null ? '' : t('companies.share_value', { share: link.share }) };
}

/** A URL of this page with these query parameters, blanks left out. */
export function pageUrl(path: string, params: Record<string, string | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A flash message for `?notice=` after a redirect; unknown notices show nothing. */
export function noticeText(notice: unknown, known: string[]): string | null {
  return typeof notice === 'string' && known.includes(notice) ? t(`companies.notice.${notice}`) : null;
}
