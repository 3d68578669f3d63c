import { Injectable } from '@nestjs/common';
import { UnitOfWork, validateOrThrow, type Actor } from '../../../core';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '../../../companies';
import { EvidenceException } from '../evidence.exception';
import { EVIDENCE_STATUSES, PUBLIC_STATUSES, type EvidenceStatus } from '../evidence.entity';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidenceQueryDto } from './dto/evidence-query.dto';
import { UpdateEvidenceDto, VersionDto } from './dto/write-evidence.dto';
import { inputOf, overlay, resolveEvidence } from './evidence.fields';
import { EvidenceRepository, type EvidenceFilter } from './evidence.repository';
import { EvidenceWriter } from './evidence-writer';
import {
  CitedElsewhereView,
  EvidencePageView,
  toEvidenceSummaryView,
  toEvidenceView,
  type EvidenceSummaryView,
  type EvidenceView,
} from './evidence.view';

/**
 * Who is reading: the public (and the public API) sees published, disputed and retracted items
 * only; staff (signed-in researchers, reviewers, admins) also see drafts and items in review.
 */
export type Audience = 'public' | 'staff';

export function statusesFor(audience: Audience): EvidenceStatus[] {
  return audience === 'staff' ? [...EVIDENCE_STATUSES] : [...PUBLIC_STATUSES];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReviewNoteView {
  action: string;
  comment: string;
  actor: string;
  at: Date;
  version: number;
}

/** Reading the ledger, and writing drafts. Review steps and corrections are EvidenceWorkflowService's. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly writer: EvidenceWriter,
    private readonly uow: UnitOfWork,
  ) {}

  async list(input: EvidenceQueryDto, audience: Audience): Promise<EvidencePageView> {
    const query = await validateOrThrow(EvidenceQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const visible = statusesFor(audience);
    const filter: EvidenceFilter = { statuses: query.status ? visible.filter((status) => status === query.status) : visible, category: query.category, polarity: query.polarity };
    if (query.company) {
      const company = await this.evidence.findCompanyBySlug(query.company);
      if (!company) return emptyPage();
      filter.companyId = company.id;
    }
    if (query.stateBody) {
      const body = await this.evidence.findStateBodyBySlug(query.stateBody);
      if (!body) return emptyPage();
      filter.stateBodyId = body.id;
    }
    if (filter.statuses.length === 0) return emptyPage();
    const rows = await this.evidence.list(filter, query.cursor ? decodeCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const view = new EvidencePageView();
    view.data = (await this.evidence.withChains(page.map((row) => row.evidence))).map(toEvidenceSummaryView);
    view.nextCursor = rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.evidence.id }) : null;
    return view;
  }

  /** One item; one the audience may not see is, to them, not there. */
  async get(id: string, audience: Audience): Promise<EvidenceView> {
    const entity = UUID.test(id) ? await this.evidence.findById(id) : null;
    if (!entity || !statusesFor(audience).includes(entity.status)) throw EvidenceException.notFound(id);
    return toEvidenceView(await this.evidence.aggregate(entity));
  }

  /** The item as a form or a PATCH starts from. */
  async input(id: string): Promise<CreateEvidenceDto> {
    const entity = UUID.test(id) ? await this.evidence.findById(id) : null;
    if (!entity) throw EvidenceException.notFound(id);
    return inputOf(await this.evidence.aggregate(entity));
  }

  /** Items in review, oldest first. */
  async reviewQueue(): Promise<EvidenceSummaryView[]> {
    return (await this.evidence.withChains(await this.evidence.inReview())).map(toEvidenceSummaryView);
  }

  async reviewNotes(id: string): Promise<ReviewNoteView[]> {
    return (await this.evidence.reviewNotes(id)).map((note) => ({ action: note.action, comment: note.comment, actor: note.actorLabel, at: note.at, version: note.version }));
  }

  /**
   * Other items that already cite these addresses: pointed out when a source is entered (the
   * same report backing two items is one source, not two).
   */
  async citedElsewhere(urls: string[], exceptId: string | null, audience: Audience): Promise<CitedElsewhereView[]> {
    const rows = await this.evidence.citedElsewhere([...new Set(urls)], exceptId, statusesFor(audience));
    return rows.map((row) => Object.assign(new CitedElsewhereView(), { url: row.url, evidenceId: row.evidence_id, title: row.title, status: row.status }));
  }

  async create(actor: Actor, input: CreateEvidenceDto): Promise<EvidenceView> {
    const dto = await validateOrThrow(CreateEvidenceDto, input);
    return this.uow.run(async (tx) => {
      const resolved = await resolveEvidence(tx, this.evidence, dto);
      const entity = await this.evidence.insert(tx, { ...resolved.fields, status: 'draft', authorId: actor.id, authorLabel: actor.label, updatedByLabel: actor.label });
      await this.evidence.replaceChain(tx, entity.id, resolved.chain);
      await this.evidence.replaceSources(tx, entity.id, resolved.sources);
      await this.evidence.replaceProcurement(tx, entity.id, resolved.procurementIds);
      const created = await this.evidence.aggregate(entity, tx);
      await this.writer.record(tx, actor, 'create', null, created);
      return toEvidenceView(created);
    });
  }

  /** Edits a draft (PATCH: fields left out stay). A published item changes only through a correction. */
  async update(actor: Actor, id: string, input: UpdateEvidenceDto): Promise<EvidenceView> {
    const patch = await validateOrThrow(UpdateEvidenceDto, input);
    return this.uow.run(async (tx) => {
      const before = await this.writer.lock(tx, id, patch.version);
      const status = before.evidence.status;
      if (status !== 'draft') throw status === 'in_review' ? EvidenceException.wrongStatus('edit', status) : EvidenceException.publishedEdit(status);
      const dto = await validateOrThrow(CreateEvidenceDto, overlay(inputOf(before), patch));
      const resolved = await resolveEvidence(tx, this.evidence, dto);
      const after = await this.writer.writeContent(tx, actor, before.evidence, resolved);
      await this.writer.record(tx, actor, 'update', before, after);
      return toEvidenceView(after);
    });
  }

  /** Only a draft can be deleted: what the public has seen is retracted, never removed. */
  async delete(actor: Actor, id: string, input: VersionDto): Promise<void> {
    const { version } = await validateOrThrow(VersionDto, input);
    await this.uow.run(async (tx) => {
      const before = await this.writer.lock(tx, id, version);
      if (before.evidence.status !== 'draft') throw EvidenceException.wrongStatus('delete', before.evidence.status);
      await this.writer.record(tx, actor, 'delete', before, null);
      await this.evidence.delete(tx, before.evidence.id);
    });
  }
}

function emptyPage(): EvidencePageView {
  const view = new EvidencePageView();
  view.data = [];
  view.nextCursor = null;
  return view;
}
