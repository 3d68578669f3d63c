import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Tx } from '#libs/core';
import { CompanyEntity, StateBodyEntity, type KeysetCursor } from '#libs/companies';
import { PUBLIC_STATUSES, type EvidenceStatus } from '../evidence.entity';
import { ProcurementRecordEntity, type ProcurementItem } from '../procurement-record.entity';

/** Every column a write sets; the database fills in id and timestamps. */
export interface ProcurementFields {
  reference: string;
  ocid: string | null;
  title: string;
  buyerId: string;
  supplierId: string;
  brandId: string | null;
  items: ProcurementItem[];
  /** Minor units as bigint text, or null together with the currency. */
  valueMinor: string | null;
  currency: string | null;
  awardedOn: string;
  url: string | null;
}

export interface ProcurementFilter {
  /** Supplier or brand. */
  companyId?: string;
  buyerId?: string;
}

export interface SortedProcurement {
  record: ProcurementRecordEntity;
  sortKey: string;
}

/** Evidence that cites a record, as much as a page about the record shows. */
export interface LinkedEvidenceRow {
  procurement_record_id: string;
  id: string;
  title: string;
  status: EvidenceStatus;
}

export interface PartySlugs {
  buyer: string;
  supplier: string;
  brand: string | null;
}

export interface NamedRow {
  id: string;
  slug: string;
  name: string;
}

/** Newest award first; the id breaks ties. */
const SORT_KEY = 'p.awarded_on';
/** A company or state body page lists this many records at most (a record of hundreds is rare). */
export const MAX_RECORDS_PER_PARTY = 500;

@Injectable()
export class ProcurementRepository {
  constructor(
    @InjectRepository(ProcurementRecordEntity) private readonly records: Repository<ProcurementRecordEntity>,
  ) {}

  /** Inside a unit of work every query must use its connection (the embedded database has one). */
  private repo(tx?: Tx): Repository<ProcurementRecordEntity> {
    return tx ? tx.manager.getRepository(ProcurementRecordEntity) : this.records;
  }

  private manager(tx?: Tx): EntityManager {
    return tx ? tx.manager : this.records.manager;
  }

  /** With buyer, supplier and brand loaded. */
  findById(id: string, tx?: Tx): Promise<ProcurementRecordEntity | null> {
    return this.repo(tx).findOne({ where: { id }, relations: { buyer: true, supplier: true, brand: true } });
  }

  /** Holds the row until the transaction ends, so that two edits of one record queue up. */
  findByIdForUpdate(tx: Tx, id: string): Promise<ProcurementRecordEntity | null> {
    return this.repo(tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByReference(reference: string): Promise<ProcurementRecordEntity | null> {
    return this.records.findOne({ where: { reference } });
  }

  findByReferenceForUpdate(tx: Tx, reference: string): Promise<ProcurementRecordEntity | null> {
    return this.repo(tx).findOne({ where: { reference }, lock: { mode: 'pessimistic_write' } });
  }

  async referenceExists(tx: Tx, reference: string, exceptId?: string): Promise<boolean> {
    const qb = this.repo(tx).createQueryBuilder('p').where('p.reference = :reference', { reference });
    if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
    return (await qb.getCount()) > 0;
  }

  async insert(tx: Tx, fields: ProcurementFields): Promise<ProcurementRecordEntity> {
    const repo = this.repo(tx);
    return repo.save(repo.create(fields));
  }

  async update(tx: Tx, entity: ProcurementRecordEntity, fields: ProcurementFields): Promise<ProcurementRecordEntity> {
    // Loaded relations would override the new ids on save.
    delete entity.buyer;
    delete entity.supplier;
    delete entity.brand;
    return this.repo(tx).save(Object.assign(entity, fields));
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await this.repo(tx).delete({ id });
  }

  /** One page, newest award first, after `after`, with each row's sort key as the database wrote it. */
  async list(filter: ProcurementFilter, after: KeysetCursor | null, limit: number): Promise<SortedProcurement[]> {
    const qb = this.filtered(filter).addSelect(`${SORT_KEY}::text`, 'sort_key');
    if (after)
      qb.andWhere(`(${SORT_KEY}, p.id) < (CAST(:afterKey AS date), CAST(:afterId AS uuid))`, {
        afterKey: after.key,
        afterId: after.id,
      });
    const { entities, raw } = await qb
      .orderBy(SORT_KEY, 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ sort_key: string; p_id: string }>();
    const keys = new Map(raw.map((row) => [row.p_id, row.sort_key]));
    return entities.map((record) => ({ record, sortKey: keys.get(record.id) ?? '' }));
  }

  /** Records where the company (by slug) is the supplier or the brand. */
  forCompanySlug(slug: string): Promise<ProcurementRecordEntity[]> {
    return this.withParties()
      .where('s.slug = :slug OR b.slug = :slug', { slug })
      .orderBy(SORT_KEY, 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(MAX_RECORDS_PER_PARTY)
      .getMany();
  }

  /** Records the state body (by slug) bought. */
  forStateBodySlug(slug: string): Promise<ProcurementRecordEntity[]> {
    return this.withParties()
      .where('buyer.slug = :slug', { slug })
      .orderBy(SORT_KEY, 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(MAX_RECORDS_PER_PARTY)
      .getMany();
  }

  /** Evidence citing these records, only in the given statuses (the public ones unless told). */
  linkedEvidence(
    recordIds: string[],
    statuses: readonly EvidenceStatus[] = PUBLIC_STATUSES,
    tx?: Tx,
  ): Promise<LinkedEvidenceRow[]> {
    if (recordIds.length === 0) return Promise.resolve([]);
    return this.manager(tx).query(
      `SELECT l.procurement_record_id, e.id, e.title, e.status
         FROM evidence_procurement_record l
         JOIN evidence e ON e.id = l.evidence_id
        WHERE l.procurement_record_id = ANY($1::uuid[]) AND e.status = ANY($2::text[])
        ORDER BY lower(e.title), e.id`,
      [recordIds, [...statuses]],
    ) as Promise<LinkedEvidenceRow[]>;
  }

  /** The slugs of a record's parties (the audit trail names them by slug). */
  async partySlugs(tx: Tx, record: ProcurementRecordEntity): Promise<PartySlugs> {
    const rows = (await tx.manager.query(
      `SELECT (SELECT slug FROM state_body WHERE id = $1) AS buyer, (SELECT slug FROM company WHERE id = $2) AS supplier,
              (SELECT slug FROM company WHERE id = $3) AS brand`,
      [record.buyerId, record.supplierId, record.brandId],
    )) as { buyer: string | null; supplier: string | null; brand: string | null }[];
    const row = rows[0];
    return {
      buyer: row?.buyer ?? record.buyerId,
      supplier: row?.supplier ?? record.supplierId,
      brand: record.brandId ? (row?.brand ?? record.brandId) : null,
    };
  }

  companyBySlug(slug: string, tx?: Tx): Promise<CompanyEntity | null> {
    return this.manager(tx).getRepository(CompanyEntity).findOne({ where: { slug } });
  }

  stateBodyBySlug(slug: string, tx?: Tx): Promise<StateBodyEntity | null> {
    return this.manager(tx).getRepository(StateBodyEntity).findOne({ where: { slug } });
  }

  /** The company whose slug, name or alias is `text` (ignoring case); null when none or several match. */
  async matchCompany(text: string): Promise<NamedRow | null> {
    return this.matchNamed('company', text);
  }

  async matchStateBody(text: string): Promise<NamedRow | null> {
    return this.matchNamed('state_body', text);
  }

  /** Slug and name of every company, for choosing one in a form. */
  companyNames(limit: number): Promise<NamedRow[]> {
    return this.records.manager.query('SELECT id, slug, name FROM company ORDER BY lower(name), id LIMIT $1', [
      limit,
    ]) as Promise<NamedRow[]>;
  }

  stateBodyNames(limit: number): Promise<NamedRow[]> {
    return this.records.manager.query('SELECT id, slug, name FROM state_body ORDER BY lower(name), id LIMIT $1', [
      limit,
    ]) as Promise<NamedRow[]>;
  }

  /** Every record, newest award first, a page at a time (the open data). */
  async *walk(pageSize = 500): AsyncGenerator<ProcurementRecordEntity> {
    let after: KeysetCursor | null = null;
    for (;;) {
      const page = await this.list({}, after, pageSize);
      if (page.length === 0) return;
      for (const row of page) yield row.record;
      const last = page[page.length - 1];
      after = { key: last.sortKey, id: last.record.id };
    }
  }

  private async matchNamed(table: 'company' | 'state_body', text: string): Promise<NamedRow | null> {
    // A slug wins; then one name or alias, the same letters in any case. Two matches are no match.
    const rows = (await this.records.manager.query(
      `SELECT id, slug, name, (slug = lower($1)) AS by_slug FROM ${table}
        WHERE slug = lower($1) OR lower(name) = lower($1) OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias(value) WHERE lower(alias.value) = lower($1))
        ORDER BY by_slug DESC, id
        LIMIT 3`,
      [text.trim()],
    )) as (NamedRow & { by_slug: boolean })[];
    const [first, second] = rows;
    if (!first) return null;
    if (first.by_slug || !second) return { id: first.id, slug: first.slug, name: first.name };
    return null;
  }

  private withParties(): SelectQueryBuilder<ProcurementRecordEntity> {
    return this.records
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.buyer', 'buyer')
      .innerJoinAndSelect('p.supplier', 's')
      .leftJoinAndSelect('p.brand', 'b');
  }

  private filtered(filter: ProcurementFilter): SelectQueryBuilder<ProcurementRecordEntity> {
    const qb = this.withParties();
    if (filter.companyId)
      qb.andWhere('(p.supplier_id = :companyId OR p.brand_id = :companyId)', { companyId: filter.companyId });
    if (filter.buyerId) qb.andWhere('p.buyer_id = :buyerId', { buyerId: filter.buyerId });
    return qb;
  }
}

/** A unique index refused the row: two writers raced for one reference. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
