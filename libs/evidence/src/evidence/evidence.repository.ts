import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Tx } from '#libs/core';
import { CompanyEntity, StateBodyEntity, type KeysetCursor } from '#libs/companies';
import { EvidenceCorrectionEntity, type CorrectionKind, type FieldChange } from '../evidence-correction.entity';
import { EvidenceLinkEntity, type ChainRole } from '../evidence-link.entity';
import { EvidenceReviewNoteEntity, type ReviewAction } from '../evidence-review-note.entity';
import { EvidenceSourceEntity, type SourceKind } from '../evidence-source.entity';
import {
  EvidenceEntity,
  type Confidence,
  type EvidenceCategory,
  type EvidenceStatus,
  type Polarity,
} from '../evidence.entity';
import type { EvidenceAggregate } from './evidence.view';

/** The item's own columns, as a write sets them. */
export interface EvidenceFields {
  title: string;
  category: EvidenceCategory;
  polarity: Polarity;
  confidence: Confidence;
  products: string[];
  stateBodyId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  valueMinor: string | null;
  currency: string | null;
  summary: string;
}

export interface SourceFields {
  url: string;
  publisher: string | null;
  title: string | null;
  publishedOn: string | null;
  archivedUrl: string | null;
  kind: SourceKind;
  excerpt: string;
}

export interface EvidenceFilter {
  statuses: EvidenceStatus[];
  companyId?: string;
  stateBodyId?: string;
  category?: EvidenceCategory;
  polarity?: Polarity;
}

export interface SortedEvidence {
  evidence: EvidenceEntity;
  sortKey: string;
}

/** Microsecond update time as sortable text (a JS Date would drop the microseconds). */
const SORT_KEY = `to_char(e.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

@Injectable()
export class EvidenceRepository {
  constructor(@InjectRepository(EvidenceEntity) private readonly evidence: Repository<EvidenceEntity>) {}

  /** Inside a unit of work every query must use its connection (the embedded database has one). */
  private manager(tx?: Tx): EntityManager {
    return tx ? tx.manager : this.evidence.manager;
  }

  findById(id: string, tx?: Tx): Promise<EvidenceEntity | null> {
    return this.manager(tx).getRepository(EvidenceEntity).findOne({ where: { id } });
  }

  /** Holds the row until the transaction ends, so that two writes of one item queue up and the version check holds. */
  findByIdForUpdate(tx: Tx, id: string): Promise<EvidenceEntity | null> {
    return tx.manager.getRepository(EvidenceEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async existsAny(tx?: Tx): Promise<boolean> {
    return (
      (
        await this.manager(tx)
          .getRepository(EvidenceEntity)
          .find({ select: { id: true }, take: 1 })
      ).length > 0
    );
  }

  /** The item with everything it brings: end user, chain, sources, procurement records, corrections. */
  async aggregate(entity: EvidenceEntity, tx?: Tx): Promise<EvidenceAggregate> {
    const [whole] = await this.aggregates([entity], tx);
    return whole;
  }

  /** Whole items for a list of entities, in a fixed number of queries whatever the length of the list (exports, the feed). */
  async aggregates(entities: EvidenceEntity[], tx?: Tx): Promise<EvidenceAggregate[]> {
    if (entities.length === 0) return [];
    const manager = this.manager(tx);
    const ids = entities.map((entity) => entity.id);
    const chains = await this.withChains(entities, tx);
    const sources = await manager
      .getRepository(EvidenceSourceEntity)
      .find({ where: { evidenceId: In(ids) }, order: { position: 'ASC' } });
    const procurement = (await manager.query(
      `SELECT ep.evidence_id, p.id, p.reference, p.title FROM evidence_procurement_record ep
         JOIN procurement_record p ON p.id = ep.procurement_record_id
        WHERE ep.evidence_id = ANY($1) ORDER BY p.awarded_on, p.reference`,
      [ids],
    )) as { evidence_id: string; id: string; reference: string; title: string }[];
    const corrections = await manager
      .getRepository(EvidenceCorrectionEntity)
      .find({ where: { evidenceId: In(ids) }, order: { madeAt: 'DESC', versionAfter: 'DESC' } });
    return chains.map((chain) => ({
      ...chain,
      sources: sources.filter((source) => source.evidenceId === chain.evidence.id),
      procurement: procurement
        .filter((row) => row.evidence_id === chain.evidence.id)
        .map(({ id, reference, title }) => ({ id, reference, title })),
      corrections: corrections.filter((correction) => correction.evidenceId === chain.evidence.id),
    }));
  }

  /** End user and chain for a list of items, in two queries whatever the length of the list. */
  async withChains(
    entities: EvidenceEntity[],
    tx?: Tx,
  ): Promise<Pick<EvidenceAggregate, 'evidence' | 'endUser' | 'chain'>[]> {
    if (entities.length === 0) return [];
    const manager = this.manager(tx);
    const ids = entities.map((entity) => entity.id);
    const links = await manager
      .getRepository(EvidenceLinkEntity)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.company', 'c')
      .where('l.evidence_id IN (:...ids)', { ids })
      .orderBy('l.position', 'ASC')
      .getMany();
    const bodyIds = [
      ...new Set(entities.map((entity) => entity.stateBodyId).filter((id): id is string => id !== null)),
    ];
    const bodies = bodyIds.length
      ? await manager
          .getRepository(StateBodyEntity)
          .find({ where: { id: In(bodyIds) }, select: { id: true, slug: true, name: true } })
      : [];
    const bodyById = new Map(bodies.map((body) => [body.id, body]));
    return entities.map((evidence) => {
      const body = evidence.stateBodyId ? bodyById.get(evidence.stateBodyId) : undefined;
      return {
        evidence,
        endUser: body ? { slug: body.slug, name: body.name } : null,
        chain: links
          .filter((link) => link.evidenceId === evidence.id)
          .map((link) => ({
            position: link.position,
            role: link.role,
            company: { id: link.companyId, slug: link.company?.slug ?? '', name: link.company?.name ?? '' },
          })),
      };
    });
  }

  /** Companies by slug, as many as exist. */
  companiesBySlug(tx: Tx, slugs: string[]): Promise<CompanyEntity[]> {
    if (slugs.length === 0) return Promise.resolve([]);
    return tx.manager
      .getRepository(CompanyEntity)
      .find({ where: { slug: In(slugs) }, select: { id: true, slug: true, name: true } });
  }

  companiesById(ids: string[]): Promise<CompanyEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.evidence.manager
      .getRepository(CompanyEntity)
      .find({ where: { id: In(ids) }, select: { id: true, slug: true, name: true } });
  }

  findCompanyBySlug(slug: string): Promise<CompanyEntity | null> {
    return this.evidence.manager.getRepository(CompanyEntity).findOne({ where: { slug } });
  }

  findStateBodyBySlug(slug: string, tx?: Tx): Promise<StateBodyEntity | null> {
    return this.manager(tx).getRepository(StateBodyEntity).findOne({ where: { slug } });
  }

  async procurementIdsByReference(tx: Tx, references: string[]): Promise<Map<string, string>> {
    if (references.length === 0) return new Map();
    const rows = (await tx.manager.query('SELECT id, reference FROM procurement_record WHERE reference = ANY($1)', [
      references,
    ])) as { id: string; reference: string }[];
    return new Map(rows.map((row) => [row.reference, row.id]));
  }

  async insert(
    tx: Tx,
    fields: EvidenceFields & {
      status: EvidenceStatus;
      authorId: string | null;
      authorLabel: string;
      updatedByLabel: string;
    },
  ): Promise<EvidenceEntity> {
    const repo = tx.manager.getRepository(EvidenceEntity);
    return repo.save(repo.create({ ...fields, version: 1 }));
  }

  /** Saves the row with its version bumped; the caller has checked the version it was based on. */
  async save(tx: Tx, entity: EvidenceEntity, changes: Partial<EvidenceEntity>): Promise<EvidenceEntity> {
    // A copy: the caller still holds the row as it was, for the audit trail's "before".
    const repo = tx.manager.getRepository(EvidenceEntity);
    await repo.save(repo.create({ ...entity, ...changes, version: entity.version + 1 }));
    return repo.findOneOrFail({ where: { id: entity.id } });
  }

  async replaceChain(tx: Tx, evidenceId: string, chain: { companyId: string; role: ChainRole }[]): Promise<void> {
    const repo = tx.manager.getRepository(EvidenceLinkEntity);
    await repo.delete({ evidenceId });
    if (chain.length)
      await repo.insert(
        chain.map((link, position) => ({ evidenceId, position, companyId: link.companyId, role: link.role })),
      );
  }

  async replaceSources(tx: Tx, evidenceId: string, sources: SourceFields[]): Promise<void> {
    const repo = tx.manager.getRepository(EvidenceSourceEntity);
    await repo.delete({ evidenceId });
    if (sources.length) await repo.insert(sources.map((source, position) => ({ ...source, evidenceId, position })));
  }

  async replaceProcurement(tx: Tx, evidenceId: string, procurementIds: string[]): Promise<void> {
    await tx.manager.query('DELETE FROM evidence_procurement_record WHERE evidence_id = $1', [evidenceId]);
    for (const id of procurementIds) {
      await tx.manager.query(
        'INSERT INTO evidence_procurement_record (procurement_record_id, evidence_id) VALUES ($1, $2)',
        [id, evidenceId],
      );
    }
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.manager.getRepository(EvidenceEntity).delete({ id });
  }

  async addCorrection(
    tx: Tx,
    entry: {
      evidenceId: string;
      kind: CorrectionKind;
      reason: string;
      changes: FieldChange[];
      actorLabel: string;
      madeAt: Date;
      versionAfter: number;
    },
  ): Promise<void> {
    await tx.manager.getRepository(EvidenceCorrectionEntity).insert(entry);
  }

  async addReviewNote(
    tx: Tx,
    note: { evidenceId: string; action: ReviewAction; comment: string; actorLabel: string; at: Date; version: number },
  ): Promise<void> {
    await tx.manager.getRepository(EvidenceReviewNoteEntity).insert(note);
  }

  reviewNotes(evidenceId: string): Promise<EvidenceReviewNoteEntity[]> {
    return this.evidence.manager
      .getRepository(EvidenceReviewNoteEntity)
      .find({ where: { evidenceId }, order: { at: 'DESC', version: 'DESC' } });
  }

  /** A page of items, most recently changed first. */
  async list(filter: EvidenceFilter, after: KeysetCursor | null, limit: number): Promise<SortedEvidence[]> {
    const qb = this.evidence
      .createQueryBuilder('e')
      .addSelect(SORT_KEY, 'sort_key')
      .where('e.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.companyId)
      qb.andWhere('EXISTS (SELECT 1 FROM evidence_link l WHERE l.evidence_id = e.id AND l.company_id = :companyId)', {
        companyId: filter.companyId,
      });
    if (filter.stateBodyId) qb.andWhere('e.state_body_id = :stateBodyId', { stateBodyId: filter.stateBodyId });
    if (filter.category) qb.andWhere('e.category = :category', { category: filter.category });
    if (filter.polarity) qb.andWhere('e.polarity = :polarity', { polarity: filter.polarity });
    if (after) qb.andWhere(`(${SORT_KEY}, e.id) < (:afterKey, :afterId)`, { afterKey: after.key, afterId: after.id });
    const { entities, raw } = await qb
      .orderBy(SORT_KEY, 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ sort_key: string; e_id: string }>();
    const keys = new Map(raw.map((row) => [row.e_id, row.sort_key]));
    return entities.map((evidence) => ({ evidence, sortKey: keys.get(evidence.id) ?? '' }));
  }

  /** Items in review, oldest submission first: the reviewers' queue. */
  inReview(): Promise<EvidenceEntity[]> {
    return this.evidence.find({ where: { status: 'in_review' }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }

  /** Items with any of these statuses, by id. */
  findByIds(ids: string[], statuses: EvidenceStatus[]): Promise<EvidenceEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.evidence.find({ where: { id: In(ids), status: In(statuses) } });
  }

  /** Other items (with these statuses) that cite any of these addresses. */
  async citedElsewhere(
    urls: string[],
    exceptId: string | null,
    statuses: EvidenceStatus[],
  ): Promise<{ url: string; evidence_id: string; title: string; status: EvidenceStatus }[]> {
    if (urls.length === 0) return [];
    return (await this.evidence.query(
      `SELECT DISTINCT s.url, e.id AS evidence_id, e.title, e.status
         FROM evidence_source s JOIN evidence e ON e.id = s.evidence_id
        WHERE s.url = ANY($1) AND e.id IS DISTINCT FROM $2::uuid AND e.status = ANY($3)
        ORDER BY s.url, e.title`,
      [urls, exceptId, statuses],
    )) as { url: string; evidence_id: string; title: string; status: EvidenceStatus }[];
  }

  /** Corrections (of every kind), newest first, keyset-paged on (made_at, id). */
  async corrections(
    after: KeysetCursor | null,
    limit: number,
  ): Promise<{ correction: EvidenceCorrectionEntity; sortKey: string }[]> {
    const key = `to_char(c.made_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
    const qb = this.evidence.manager
      .getRepository(EvidenceCorrectionEntity)
      .createQueryBuilder('c')
      .addSelect(key, 'sort_key');
    if (after) qb.where(`(${key}, c.id) < (:afterKey, :afterId)`, { afterKey: after.key, afterId: after.id });
    const { entities, raw } = await qb
      .orderBy(key, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ sort_key: string; c_id: string }>();
    const keys = new Map(raw.map((row) => [row.c_id, row.sort_key]));
    return entities.map((correction) => ({ correction, sortKey: keys.get(correction.id) ?? '' }));
  }

  /** Publications and corrections, newest first: what the change feed announces. */
  async recentChanges(
    limit: number,
  ): Promise<{ kind: string; at: Date; evidence_id: string; reason: string | null; correction_id: string | null }[]> {
    return (await this.evidence.query(
      `SELECT * FROM (
         SELECT 'published' AS kind, e.published_at AS at, e.id AS evidence_id, NULL::text AS reason, NULL::uuid AS correction_id
           FROM evidence e WHERE e.published_at IS NOT NULL AND e.status IN ('published','disputed','retracted')
         UNION ALL
         SELECT c.kind, c.made_at, c.evidence_id, c.reason, c.id FROM evidence_correction c
       ) changes
       -- At one instant (the demo seed publishes and disputes at once) the later step comes first.
       ORDER BY at DESC, (kind = 'published'), evidence_id LIMIT $1`,
      [limit],
    )) as { kind: string; at: Date; evidence_id: string; reason: string | null; correction_id: string | null }[];
  }

  /** Every item with these statuses, in pages of `pageSize` (exports). */
  async *walk(statuses: EvidenceStatus[], pageSize = 200): AsyncGenerator<EvidenceEntity[]> {
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.evidence
        .createQueryBuilder('e')
        .where('e.status IN (:...statuses)', { statuses })
        .andWhere('e.id > :afterId', { afterId })
        .orderBy('e.id', 'ASC')
        .limit(pageSize)
        .getMany();
      if (page.length === 0) return;
      yield page;
      afterId = page[page.length - 1].id;
    }
  }
}
