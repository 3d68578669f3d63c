import { t } from '../../../core';
import type { ChainRole } from '../evidence-link.entity';
import type { EvidenceAggregate } from '../evidence/evidence.view';
import type { OwnedCompanyRow } from './attribution.repository';
import type { AttributionRoute } from './attribution.view';

type Chain = Pick<EvidenceAggregate, 'evidence' | 'endUser' | 'chain'>;

export interface Attribution {
  item: Chain;
  route: AttributionRoute;
  role: ChainRole;
  subsidiaries: { id: string; slug: string; name: string }[];
  intermediaries: { slug: string; name: string; role: ChainRole }[];
  acquiredLater: boolean;
}

/**
 * Whether an ownership chain lets an item roll up to the owner: no link of it may have ended
 * before the item's period began (the owner had sold the subsidiary by then). A link that began
 * after the item's period still rolls up — the owner answers for what it bought — and is marked.
 */
export function rollsUp(item: Chain['evidence'], untils: (string | null)[]): boolean {
  const start = item.periodStart ?? item.periodEnd;
  if (!start) return true;
  return untils.every((until) => until === null || until >= start);
}

export function acquiredAfter(item: Chain['evidence'], sinces: (string | null)[]): boolean {
  const end = item.periodEnd ?? item.periodStart;
  if (!end) return false;
  return sinces.some((since) => since !== null && since > end);
}

/**
 * How one item counts for a company: through its own place in the chain when it has one,
 * otherwise through the nearest subsidiary of it that has one.
 */
export function attribute(
  companyId: string,
  item: Chain,
  owned: Map<string, OwnedCompanyRow>,
  names: Map<string, { slug: string; name: string }>,
): Attribution | null {
  const chain = [...item.chain].sort((a, b) => a.position - b.position);
  const own = chain.findIndex((link) => link.company.id === companyId);
  if (own >= 0) return fromPosition(item, chain, own, [], false);
  let best: { index: number; row: OwnedCompanyRow } | null = null;
  chain.forEach((link, index) => {
    const row = owned.get(link.company.id);
    if (!row || !rollsUp(item.evidence, row.untils)) return;
    if (!best || row.path.length < best.row.path.length) best = { index, row };
  });
  if (!best) return null;
  const { index, row } = best as { index: number; row: OwnedCompanyRow };
  const subsidiaries = row.path.map((id) => ({ id, ...(names.get(id) ?? { slug: '', name: '' }) }));
  return fromPosition(item, chain, index, subsidiaries, acquiredAfter(item.evidence, row.sinces));
}

function fromPosition(item: Chain, chain: Chain['chain'], index: number, subsidiaries: Attribution['subsidiaries'], acquiredLater: boolean): Attribution {
  const intermediaries = chain.slice(index + 1).map((link) => ({ slug: link.company.slug, name: link.company.name, role: link.role }));
  const route: AttributionRoute = subsidiaries.length ? 'via_subsidiary' : intermediaries.length ? 'via_intermediary' : 'direct';
  return { item, route, role: chain[index].role, subsidiaries, intermediaries, acquiredLater };
}

/** "through subsidiary VMware, via reseller Kvadrosoft"; empty when the company sold to the end user itself. */
export function pathLabel(attribution: Pick<Attribution, 'subsidiaries' | 'intermediaries'>): string {
  const parts: string[] = [];
  if (attribution.subsidiaries.length) {
    parts.push(t('evidence.path.subsidiary', { names: attribution.subsidiaries.map((company) => company.name).join(t('evidence.path.then')) }));
  }
  for (const link of attribution.intermediaries) {
    parts.push(t('evidence.path.intermediary', { role: t(`evidence.role_lower.${link.role}`), name: link.name }));
  }
  return parts.join(', ');
}
