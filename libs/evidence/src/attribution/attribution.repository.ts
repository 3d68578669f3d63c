import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EvidenceEntity, type EvidenceStatus } from '../evidence.entity';

/** A company the given one owns, directly or down a chain, with each link's period. */
export interface OwnedCompanyRow {
  company_id: string;
  /** From the owner down: the ids of the subsidiaries on the way, ending with company_id. */
  path: string[];
  sinces: (string | null)[];
  untils: (string | null)[];
}

/** Ownership chains deeper than this are not followed (real ones are a handful of links). */
const MAX_DEPTH = 20;
/**
 * A page lists at most this many items for one company or state body, so that no visitor can make
 * a page read the whole ledger; the full lists are in the open data and the paged API.
 */
export const MAX_ITEMS_PER_PAGE = 500;

@Injectable()
export class AttributionRepository {
  constructor(@InjectRepository(EvidenceEntity) private readonly evidence: Repository<EvidenceEntity>) {}

  /** Every company the owner holds, however indirectly, with the shortest path to each. */
  async owned(ownerId: string): Promise<OwnedCompanyRow[]> {
    return (await this.evidence.query(
      `WITH RECURSIVE down(company_id, path, sinces, untils) AS (
         SELECT o.subsidiary_id, ARRAY[o.subsidiary_id], ARRAY[o.since::text], ARRAY[o.until::text]
           FROM ownership o WHERE o.parent_id = $1
         UNION ALL
         SELECT o.subsidiary_id, down.path || o.subsidiary_id, down.sinces || o.since::text, down.untils || o.until::text
           FROM ownership o JOIN down ON o.parent_id = down.company_id
          WHERE o.subsidiary_id <> ALL(down.path) AND o.subsidiary_id <> $1 AND cardinality(down.path) < $2
       )
       SELECT company_id, path, sinces, untils FROM down ORDER BY cardinality(path), company_id`,
      [ownerId, MAX_DEPTH],
    )) as OwnedCompanyRow[];
  }

  /** Items with these statuses whose chain holds any of these companies. */
  findWithChainMembers(companyIds: string[], statuses: EvidenceStatus[]): Promise<EvidenceEntity[]> {
    if (companyIds.length === 0) return Promise.resolve([]);
    return this.evidence
      .createQueryBuilder('e')
      .where('e.status IN (:...statuses)', { statuses })
      .andWhere(
        'EXISTS (SELECT 1 FROM evidence_link l WHERE l.evidence_id = e.id AND l.company_id IN (:...companyIds))',
        { companyIds },
      )
      .orderBy('e.period_start', 'DESC', 'NULLS LAST')
      .addOrderBy('e.title', 'ASC')
      .limit(MAX_ITEMS_PER_PAGE)
      .getMany();
  }

  /** Items with these statuses whose end user is this state body. */
  findForEndUser(stateBodyId: string, statuses: EvidenceStatus[]): Promise<EvidenceEntity[]> {
    return this.evidence
      .createQueryBuilder('e')
      .where('e.status IN (:...statuses)', { statuses })
      .andWhere('e.state_body_id = :stateBodyId', { stateBodyId })
      .orderBy('e.period_start', 'DESC', 'NULLS LAST')
      .addOrderBy('e.title', 'ASC')
      .limit(MAX_ITEMS_PER_PAGE)
      .getMany();
  }
}
