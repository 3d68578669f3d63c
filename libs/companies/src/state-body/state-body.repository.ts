import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import type { Tx } from '#libs/core';
import type { KeysetCursor } from '../shared/cursor';
import { escapeLike } from '../shared/text';
import type { SourceRef } from '../source-ref';
import { StateBodyEntity, type StateBodyKind } from '../state-body.entity';

export interface StateBodyFields {
  slug: string;
  name: string;
  aliases: string[];
  country: string;
  kind: StateBodyKind;
  website: string | null;
  description: string;
  source: SourceRef;
}

export interface StateBodyFilter {
  q?: string;
  country?: string;
}

export interface SortedStateBody {
  stateBody: StateBodyEntity;
  sortKey: string;
}

const SORT_KEY = 'lower(b.name)';

@Injectable()
export class StateBodyRepository {
  constructor(@InjectRepository(StateBodyEntity) private readonly bodies: Repository<StateBodyEntity>) {}

  private repo(tx?: Tx): Repository<StateBodyEntity> {
    return tx ? tx.manager.getRepository(StateBodyEntity) : this.bodies;
  }

  findBySlug(slug: string, tx?: Tx): Promise<StateBodyEntity | null> {
    return this.repo(tx).findOne({ where: { slug } });
  }

  findBySlugForUpdate(tx: Tx, slug: string): Promise<StateBodyEntity | null> {
    return this.repo(tx).findOne({ where: { slug }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, tx?: Tx): Promise<StateBodyEntity | null> {
    return this.repo(tx).findOne({ where: { id } });
  }

  async slugExists(tx: Tx, slug: string, exceptId?: string): Promise<boolean> {
    const qb = this.repo(tx).createQueryBuilder('b').where('b.slug = :slug', { slug });
    if (exceptId) qb.andWhere('b.id <> :exceptId', { exceptId });
    return (await qb.getCount()) > 0;
  }

  async insert(tx: Tx, fields: StateBodyFields): Promise<StateBodyEntity> {
    const repo = this.repo(tx);
    return repo.save(repo.create(fields));
  }

  async update(tx: Tx, entity: StateBodyEntity, fields: StateBodyFields): Promise<StateBodyEntity> {
    return this.repo(tx).save(Object.assign(entity, fields));
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await this.repo(tx).delete({ id });
  }

  async search(filter: StateBodyFilter, after: KeysetCursor | null, limit: number): Promise<SortedStateBody[]> {
    const qb = this.filtered(filter).addSelect(SORT_KEY, 'sort_key');
    if (after) qb.andWhere(`(${SORT_KEY}, b.id) > (:afterKey, :afterId)`, { afterKey: after.key, afterId: after.id });
    const { entities, raw } = await qb
      .orderBy(SORT_KEY, 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ sort_key: string }>();
    return entities.map((stateBody, index) => ({ stateBody, sortKey: raw[index].sort_key }));
  }

  /** Slug and name of every state body, for choosing one in a form. */
  listNames(limit: number): Promise<{ id: string; slug: string; name: string }[]> {
    return this.bodies
      .createQueryBuilder('b')
      .select(['b.id', 'b.slug', 'b.name'])
      .orderBy(SORT_KEY, 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  count(filter: StateBodyFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: StateBodyFilter): SelectQueryBuilder<StateBodyEntity> {
    const qb = this.bodies.createQueryBuilder('b');
    if (filter.q) {
      qb.andWhere(
        `(unaccent(lower(b.name)) LIKE unaccent(lower(:pattern)) ESCAPE '\\'
          OR EXISTS (SELECT 1 FROM unnest(b.aliases) AS alias(value) WHERE unaccent(lower(alias.value)) LIKE unaccent(lower(:pattern)) ESCAPE '\\'))`,
        { pattern: `%${escapeLike(filter.q)}%` },
      );
    }
    if (filter.country) qb.andWhere('b.country = :country', { country: filter.country });
    return qb;
  }
}
