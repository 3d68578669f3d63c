import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository, type SelectQueryBuilder } from 'typeorm';
import type { Tx } from '#libs/core';
import { CompanyEntity, type CompanyKind } from '../company.entity';
import type { KeysetCursor } from '../shared/cursor';
import type { SourceRef } from '../source-ref';
import { escapeLike } from '../shared/text';

/** Every column a company write sets; the database fills in id and timestamps. */
export interface CompanyFields {
  slug: string;
  name: string;
  aliases: string[];
  kind: CompanyKind;
  country: string | null;
  website: string | null;
  description: string;
  source: SourceRef;
}

export interface SortedCompany {
  company: CompanyEntity;
  sortKey: string;
}

export interface CompanyFilter {
  q?: string;
  kind?: CompanyKind;
  country?: string;
}

/** The directory's order: case-insensitive name, then id to break ties. */
const SORT_KEY = 'lower(c.name)';

@Injectable()
export class CompanyRepository {
  constructor(@InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>) {}

  /** Inside a unit of work every query must use its connection (the embedded database has one). */
  private repo(tx?: Tx): Repository<CompanyEntity> {
    return tx ? tx.manager.getRepository(CompanyEntity) : this.companies;
  }

  findBySlug(slug: string, tx?: Tx): Promise<CompanyEntity | null> {
    return this.repo(tx).findOne({ where: { slug } });
  }

  /** Holds the row until the transaction ends, so that two edits of one company queue up. */
  findBySlugForUpdate(tx: Tx, slug: string): Promise<CompanyEntity | null> {
    return this.repo(tx).findOne({ where: { slug }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, tx?: Tx): Promise<CompanyEntity | null> {
    return this.repo(tx).findOne({ where: { id } });
  }

  async slugExists(tx: Tx, slug: string, exceptId?: string): Promise<boolean> {
    const qb = this.repo(tx).createQueryBuilder('c').where('c.slug = :slug', { slug });
    if (exceptId) qb.andWhere('c.id <> :exceptId', { exceptId });
    return (await qb.getCount()) > 0;
  }

  async insert(tx: Tx, fields: CompanyFields): Promise<CompanyEntity> {
    const repo = this.repo(tx);
    return repo.save(repo.create(fields));
  }

  async update(tx: Tx, entity: CompanyEntity, fields: CompanyFields): Promise<CompanyEntity> {
    return this.repo(tx).save(Object.assign(entity, fields));
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await this.repo(tx).delete({ id });
  }

  /**
   * One page of the directory after `after`, `limit` rows at most, each with its sort key as the
   * database computed it (so that a cursor built from it compares exactly as the ORDER BY does).
   */
  async search(filter: CompanyFilter, after: KeysetCursor | null, limit: number): Promise<SortedCompany[]> {
    const qb = this.filtered(filter).addSelect(SORT_KEY, 'sort_key');
    if (after) qb.andWhere(`(${SORT_KEY}, c.id) > (:afterKey, :afterId)`, { afterKey: after.key, afterId: after.id });
    const { entities, raw } = await qb
      .orderBy(SORT_KEY, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ sort_key: string }>();
    return entities.map((company, index) => ({ company, sortKey: raw[index].sort_key }));
  }

  /** Whether there is any company at all (in `tx`, when given). */
  async existsAny(tx?: Tx): Promise<boolean> {
    return (await this.repo(tx).find({ select: { id: true }, take: 1 })).length > 0;
  }

  count(filter: CompanyFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** Slug and name of every company, for choosing one in a form. */
  listNames(limit: number): Promise<{ id: string; slug: string; name: string }[]> {
    return this.companies
      .createQueryBuilder('c')
      .select(['c.id', 'c.slug', 'c.name'])
      .orderBy(SORT_KEY, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Every company in directory order, a page at a time (exports). */
  async *walk(pageSize = 500): AsyncGenerator<CompanyEntity> {
    let after: KeysetCursor | null = null;
    for (;;) {
      const page = await this.search({}, after, pageSize);
      if (page.length === 0) return;
      for (const row of page) yield row.company;
      const last = page[page.length - 1];
      after = { key: last.sortKey, id: last.company.id };
    }
  }

  private filtered(filter: CompanyFilter): SelectQueryBuilder<CompanyEntity> {
    const qb = this.companies.createQueryBuilder('c');
    if (filter.q) {
      // Names and aliases alike, ignoring case and accents: "sandvíne" finds Sandvine.
      qb.andWhere(
        `(unaccent(lower(c.name)) LIKE unaccent(lower(:pattern)) ESCAPE '\\'
          OR EXISTS (SELECT 1 FROM unnest(c.aliases) AS alias(value) WHERE unaccent(lower(alias.value)) LIKE unaccent(lower(:pattern)) ESCAPE '\\'))`,
        { pattern: `%${escapeLike(filter.q)}%` },
      );
    }
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.country) qb.andWhere('c.country = :country', { country: filter.country });
    return qb;
  }
}

/** A unique index refused the row: two writers raced for one slug. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
