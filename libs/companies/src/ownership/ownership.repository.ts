import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Tx } from '#libs/core';
import { OwnershipEntity } from '../ownership.entity';
import type { KeysetCursor } from '../shared/cursor';
import type { SourceRef } from '../source-ref';

export interface OwnershipFields {
  parentId: string;
  subsidiaryId: string;
  /** Percent with two decimals, as numeric text ('100.00'), or null when not known. */
  share: string | null;
  since: string | null;
  until: string | null;
  source: SourceRef;
}

/** One link of a company's group, with both ends named, as the recursive query returns it. */
export interface GroupLinkRow {
  id: string;
  depth: number;
  parent_slug: string;
  parent_name: string;
  subsidiary_slug: string;
  subsidiary_name: string;
  share: string | null;
  since: string | null;
  until: string | null;
  source_url: string | null;
  source_title: string | null;
  source_publisher: string | null;
  source_published_on: string | null;
}

export interface SortedOwnership {
  ownership: OwnershipEntity;
  sortKey: string;
}

/** A lock id of its own: ownership writes queue up, so that two of them cannot close a cycle together. */
const GRAPH_LOCK = 7_242_031_002;
/** Ownership chains deeper than this are not followed (real ones are a handful of links). */
export const MAX_GROUP_DEPTH = 20;
/** Microsecond creation time as sortable text (a JS Date would drop the microseconds). */
const CREATED_KEY = `to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

const LINK_COLUMNS = `o.id, chain.depth, p.slug AS parent_slug, p.name AS parent_name, s.slug AS subsidiary_slug,
  s.name AS subsidiary_name, o.share::text AS share, o.since::text AS since, o.until::text AS until,
  o.source_url, o.source_title, o.source_publisher, o.source_published_on::text AS source_published_on`;

/** Walks the ownership graph from one company, up (`from` = subsidiary) or down (`from` = parent). */
function chainSql(direction: 'up' | 'down'): string {
  const [from, to] = direction === 'up' ? ['subsidiary_id', 'parent_id'] : ['parent_id', 'subsidiary_id'];
  return `
    WITH RECURSIVE chain(id, next_id, depth, path) AS (
      SELECT o.id, o.${to}, 1, ARRAY[o.${from}, o.${to}]
        FROM ownership o WHERE o.${from} = $1
      UNION ALL
      SELECT o.id, o.${to}, chain.depth + 1, chain.path || o.${to}
        FROM ownership o JOIN chain ON o.${from} = chain.next_id
       WHERE o.${to} <> ALL(chain.path) AND chain.depth < $2
    )
    SELECT * FROM (
      SELECT DISTINCT ON (o.id) ${LINK_COLUMNS}
        FROM chain
        JOIN ownership o ON o.id = chain.id
        JOIN company p ON p.id = o.parent_id
        JOIN company s ON s.id = o.subsidiary_id
       ORDER BY o.id, chain.depth
    ) links
    ORDER BY depth, lower(${direction === 'up' ? 'parent_name' : 'subsidiary_name'}), since NULLS FIRST, id`;
}

@Injectable()
export class OwnershipRepository {
  constructor(@InjectRepository(OwnershipEntity) private readonly ownerships: Repository<OwnershipEntity>) {}

  private repo(tx?: Tx): Repository<OwnershipEntity> {
    return tx ? tx.manager.getRepository(OwnershipEntity) : this.ownerships;
  }

  /** With both companies loaded. */
  findById(id: string, tx?: Tx): Promise<OwnershipEntity | null> {
    return this.repo(tx).findOne({ where: { id }, relations: { parent: true, subsidiary: true } });
  }

  findByIdForUpdate(tx: Tx, id: string): Promise<OwnershipEntity | null> {
    return this.repo(tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The link with the same parent, subsidiary and start (null starts match each other). */
  findSame(
    tx: Tx,
    parentId: string,
    subsidiaryId: string,
    since: string | null,
    exceptId?: string,
  ): Promise<OwnershipEntity | null> {
    const qb = this.repo(tx)
      .createQueryBuilder('o')
      .where('o.parent_id = :parentId AND o.subsidiary_id = :subsidiaryId', { parentId, subsidiaryId })
      .andWhere('o.since IS NOT DISTINCT FROM CAST(:since AS date)', { since });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    return qb.getOne();
  }

  /** Every link the company is part of, either end, with both companies loaded. */
  findInvolving(companyId: string, tx?: Tx): Promise<OwnershipEntity[]> {
    return this.repo(tx)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.parent', 'p')
      .leftJoinAndSelect('o.subsidiary', 's')
      .where('o.parent_id = :companyId OR o.subsidiary_id = :companyId', { companyId })
      .orderBy('o.id')
      .getMany();
  }

  /** A page of links in creation order, optionally only those a company is part of. */
  async list(companyId: string | null, after: KeysetCursor | null, limit: number): Promise<SortedOwnership[]> {
    const qb = this.ownerships
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.parent', 'p')
      .leftJoinAndSelect('o.subsidiary', 's')
      .addSelect(CREATED_KEY, 'sort_key');
    if (companyId) qb.andWhere('(o.parent_id = :companyId OR o.subsidiary_id = :companyId)', { companyId });
    if (after)
      qb.andWhere(`(${CREATED_KEY}, o.id) > (:afterKey, :afterId)`, { afterKey: after.key, afterId: after.id });
    const { entities, raw } = await qb
      .orderBy(CREATED_KEY, 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ sort_key: string; o_id: string }>();
    const keys = new Map(raw.map((row) => [row.o_id, row.sort_key]));
    return entities.map((ownership) => ({ ownership, sortKey: keys.get(ownership.id) ?? '' }));
  }

  /** Holds the graph until the transaction ends. */
  async lockGraph(tx: Tx): Promise<void> {
    await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
  }

  /** Whether `from` owns `to`, directly or through a chain, ignoring the link `exceptId`. */
  async reaches(tx: Tx, from: string, to: string, exceptId: string | null): Promise<boolean> {
    const rows = (await tx.manager.query(
      `WITH RECURSIVE down(id, path) AS (
         SELECT o.subsidiary_id, ARRAY[o.parent_id, o.subsidiary_id]
           FROM ownership o WHERE o.parent_id = $1 AND o.id IS DISTINCT FROM $3::uuid
         UNION ALL
         SELECT o.subsidiary_id, down.path || o.subsidiary_id
           FROM ownership o JOIN down ON o.parent_id = down.id
          WHERE o.subsidiary_id <> ALL(down.path) AND o.id IS DISTINCT FROM $3::uuid
       )
       SELECT EXISTS (SELECT 1 FROM down WHERE id = $2) AS reaches`,
      [from, to, exceptId],
    )) as { reaches: boolean }[];
    return rows[0]?.reaches === true;
  }

  /** Everyone who owns the company, up the chain. */
  ancestors(companyId: string): Promise<GroupLinkRow[]> {
    return this.ownerships.query(chainSql('up'), [companyId, MAX_GROUP_DEPTH]) as Promise<GroupLinkRow[]>;
  }

  /** Everyone the company owns, down the chain. */
  descendants(companyId: string): Promise<GroupLinkRow[]> {
    return this.ownerships.query(chainSql('down'), [companyId, MAX_GROUP_DEPTH]) as Promise<GroupLinkRow[]>;
  }

  async insert(tx: Tx, fields: OwnershipFields): Promise<OwnershipEntity> {
    const repo = this.repo(tx);
    return repo.save(repo.create(fields));
  }

  async update(tx: Tx, entity: OwnershipEntity, fields: OwnershipFields): Promise<OwnershipEntity> {
    // The loaded relations would override the new ids on save.
    delete entity.parent;
    delete entity.subsidiary;
    return this.repo(tx).save(Object.assign(entity, fields));
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await this.repo(tx).delete({ id });
  }
}
