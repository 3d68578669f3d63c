import { t } from '#libs/core';
import type { ChainRole } from '../evidence-link.entity';
import type { EvidenceAggregate } from '../evidence/evidence.view';
import type { OwnedCompanyRow } from './attribution.repository';
import type { AttributionRoute } from './attribution.view';

type Chain = Pick<EvidenceAggregate, 'evidence' | 'endUser' | 'chain'>;

/** What attribution reads of an item: its period and its chain. */
export interface AttributableItem {
  evidence: Pick<Chain['evidence'], 'periodStart' | 'periodEnd'>;
  chain: Chain['chain'];
}

export interface Attribution<I extends AttributableItem = Chain> {
  item: I;
  route: AttributionRoute;
  role: ChainRole;
  subsidiaries: { id: string; slug: string; name: string }[];
  intermediaries: { slug: string; name: string; role: ChainRole }[];
  /** The ownership link that began after the item's period ended, when one did. */
  acquisition: { owner: { slug: string; name: string }; company: { slug: string; name: string }; since: string } | null;
}

/**
 * Whether an ownership chain lets an item roll up to the owner: no link of it may have ended
 * before the item's period began (the owner had sold the subsidiary by then). A link that began
 * after the item's period still rolls up — the owner answers for what it bought — and is marked.
 */
export function rollsUp(item: AttributableItem['evidence'], untils: (string | null)[]): boolean {
  const start = item.periodStart ?? item.periodEnd;
  if (!start) return true;
  return untils.every((until) => until === null || until >= start);
}

/**
 * Which link of an ownership path began only after the item's period was over (the first such),
 * or -1. An item still going on (no end date) was not over before anyone bought in.
 */
export function lateLink(item: AttributableItem['evidence'], sinces: (string | null)[]): number {
  const end = item.periodEnd;
  if (!end) return -1;
  return sinces.findIndex((since) => since !== null && since > end);
}

/**
 * How one item counts for a company: through its own place in the chain when it has one,
 * otherwise through the nearest subsidiary of it that has one. `owned` holds every path to each
 * subsidiary, shortest first (an owner may hold a company through two links, one that ended and
 * one that still runs): the shortest path that rolls up for this item is the one it counts by.
 */
export function attribute<I extends AttributableItem>(
  company: { id: string; slug: string; name: string },
  item: I,
  owned: Map<string, OwnedCompanyRow[]>,
  names: Map<string, { slug: string; name: string }>,
): Attribution<I> | null {
  const chain = [...item.chain].sort((a, b) => a.position - b.position);
  const own = chain.findIndex((link) => link.company.id === company.id);
  if (own >= 0) return fromPosition(item, chain, own, [], null);
  let best: { index: number; row: OwnedCompanyRow } | null = null;
  chain.forEach((link, index) => {
    const row = (owned.get(link.company.id) ?? []).find((path) => rollsUp(item.evidence, path.untils));
    if (!row) return;
    if (!best || row.path.length < best.row.path.length) best = { index, row };
  });
  if (!best) return null;
  const { index, row } = best as { index: number; row: OwnedCompanyRow };
  const subsidiaries = row.path.map((id) => ({ id, ...(names.get(id) ?? { slug: '', name: '' }) }));
  const late = lateLink(item.evidence, row.sinces);
  const acquisition =
    late < 0
      ? null
      : {
          owner: late === 0 ? { slug: company.slug, name: company.name } : subsidiaries[late - 1],
          company: subsidiaries[late],
          since: row.sinces[late] as string,
        };
  return fromPosition(item, chain, index, subsidiaries, acquisition);
}

function fromPosition<I extends AttributableItem>(
  item: I,
  chain: Chain['chain'],
  index: number,
  subsidiaries: Attribution['subsidiaries'],
  acquisition: Attribution['acquisition'],
): Attribution<I> {
  const intermediaries = chain
    .slice(index + 1)
    .map((link) => ({ slug: link.company.slug, name: link.company.name, role: link.role }));
  const route: AttributionRoute = subsidiaries.length
    ? 'via_subsidiary'
    : intermediaries.length
      ? 'via_intermediary'
      : 'direct';
  return { item, route, role: chain[index].role, subsidiaries, intermediaries, acquisition };
}

/** "through subsidiary VMware, via reseller Kvadrosoft"; empty when the company sold to the end user itself. */
export function pathLabel(attribution: Pick<Attribution, 'subsidiaries' | 'intermediaries'>): string {
  const parts: string[] = [];
  if (attribution.subsidiaries.length) {
    parts.push(
      t('evidence.path.subsidiary', {
        names: attribution.subsidiaries.map((company) => company.name).join(t('evidence.path.then')),
      }),
    );
  }
  for (const link of attribution.intermediaries) {
    parts.push(t('evidence.path.intermediary', { role: t(`evidence.role_lower.${link.role}`), name: link.name }));
  }
  return parts.join(', ');
}
