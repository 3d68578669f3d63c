import type { OwnedCompanyRow } from '#libs/evidence';

export interface OwnershipEdge {
  parentId: string;
  subsidiaryId: string;
  since: string | null;
  until: string | null;
}

/** Ownership chains deeper than this are not followed (as in the evidence lib's recursive SQL). */
const MAX_DEPTH = 20;
/** Paths kept to one company: real groups have one or two. */
const MAX_PATHS = 8;

/**
 * The ownership graph in memory, for recomputing thousands of companies with one read: what each
 * company owns down any chain (every path to each, shortest first, with each link's period, as the evidence
 * lib's attribution reads it).
 */
export class OwnershipGraph {
  private readonly down = new Map<string, OwnershipEdge[]>();

  constructor(edges: OwnershipEdge[]) {
    for (const edge of edges) {
      this.down.set(edge.parentId, [...(this.down.get(edge.parentId) ?? []), edge]);
    }
  }

  /**
   * Every path down which `ownerId` holds each company, shortest first (breadth first; at most a
   * few paths a company), as the evidence lib's recursive SQL gives them: an owner may hold a
   * company through a link that ended and one that still runs, and which of them counts depends
   * on the item.
   */
  owned(ownerId: string): Map<string, OwnedCompanyRow[]> {
    const found = new Map<string, OwnedCompanyRow[]>();
    let frontier: OwnedCompanyRow[] = [{ company_id: ownerId, path: [], sinces: [], untils: [] }];
    for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
      const next: OwnedCompanyRow[] = [];
      for (const row of frontier) {
        for (const edge of this.down.get(row.company_id) ?? []) {
          const id = edge.subsidiaryId;
          const known = found.get(id) ?? [];
          if (id === ownerId || row.path.includes(id) || known.length >= MAX_PATHS) continue;
          const reached = {
            company_id: id,
            path: [...row.path, id],
            sinces: [...row.sinces, edge.since],
            untils: [...row.untils, edge.until],
          };
          found.set(id, [...known, reached]);
          next.push(reached);
        }
      }
      frontier = next;
    }
    return found;
  }
}
