import { Injectable } from '@nestjs/common';
import {
  UUID_PATTERN as UUID,
  AuditService,
  diffSnapshots,
  UnitOfWork,
  validateOrThrow,
  type Actor,
  type AuditEventEntity,
  type FieldDiff,
} from '#libs/core';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '#libs/companies';
import { EvidenceException } from '../evidence.exception';
import { EVIDENCE_STATUSES, PUBLIC_STATUSES, type EvidenceStatus } from '../evidence.entity';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidenceQueryDto } from './dto/evidence-query.dto';
import { UpdateEvidenceDto, VersionDto } from './dto/write-evidence.dto';
import { inputOf, overlay, resolveEvidence } from './evidence.fields';
import { EvidenceRepository, type EvidenceFilter } from './evidence.repository';
import { EVIDENCE_RECORD, EvidenceWriter } from './evidence-writer';
import {
  CitedElsewhereView,
  EvidencePageView,
  toEvidenceSummaryView,
  toEvidenceView,
  type Audience,
  type EvidenceSummaryView,
  type EvidenceView,
} from './evidence.view';

export function statusesFor(audience: Audience): EvidenceStatus[] {
  return audience === 'staff' ? [...EVIDENCE_STATUSES] : [...PUBLIC_STATUSES];
}

/** The audit actions that write an item's content: their authors may not publish it (four eyes). */
const WRITING_ACTIONS = ['create', 'update'];
/** The review steps after which a reviewer has seen the item as it then was. */
const SEEN_ACTIONS = ['return', 'publish'];

/** What a reviewer needs to know before acting on an item. */
export interface ReviewState {
  /** The viewer wrote or edited the item, so may not publish it. */
  wroteIt: boolean;
  /** For an item back in review: what changed since a reviewer last sent it back or published it. */
  sinceReview: { since: Date; changes: FieldDiff[] } | null;
}

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
    private readonly audit: AuditService,
  ) {}

  async list(input: EvidenceQueryDto, audience: Audience): Promise<EvidencePageView> {
    const query = await validateOrThrow(EvidenceQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const visible = statusesFor(audience);
    const filter: EvidenceFilter = {
      statuses: query.status ? visible.filter((status) => status === query.status) : visible,
      category: query.category,
      polarity: query.polarity,
    };
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
    return toEvidenceView(await this.evidence.aggregate(entity), audience);
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
    return (await this.evidence.reviewNotes(id)).map((note) => ({
      action: note.action,
      comment: note.comment,
      actor: note.actorLabel,
      at: note.at,
      version: note.version,
    }));
  }

  /** Whether `viewerId` may publish the item, and what changed since it was last reviewed. */
  async reviewState(id: string, viewerId: string | null): Promise<ReviewState> {
    const entity = UUID.test(id) ? await this.evidence.findById(id) : null;
    if (!entity) throw EvidenceException.notFound(id);
    const events = await this.audit.history(EVIDENCE_RECORD, id);
    const wroteIt =
      viewerId !== null &&
      (entity.authorId === viewerId ||
        events.some((event) => event.actorId === viewerId && WRITING_ACTIONS.includes(event.action)));
    return { wroteIt, sinceReview: entity.status === 'in_review' ? changedSinceReview(events) : null };
  }

  /**
   * Other items that already cite these addresses: pointed out when a source is entered (the
   * same report backing two items is one source, not two).
   */
  async citedElsewhere(urls: string[], exceptId: string | null, audience: Audience): Promise<CitedElsewhereView[]> {
    const rows = await this.evidence.citedElsewhere([...new Set(urls)], exceptId, statusesFor(audience));
    return rows.map((row) =>
      Object.assign(new CitedElsewhereView(), {
        url: row.url,
        evidenceId: row.evidence_id,
        title: row.title,
        status: row.status,
      }),
    );
  }

  async create(actor: Actor, input: CreateEvidenceDto): Promise<EvidenceView> {
    const dto = await validateOrThrow(CreateEvidenceDto, input);
    return this.uow.run(async (tx) => {
      const resolved = await resolveEvidence(tx, this.evidence, dto);
      const entity = await this.evidence.insert(tx, {
        ...resolved.fields,
        status: 'draft',
        authorId: actor.id,
        authorLabel: actor.label,
        updatedByLabel: actor.label,
      });
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
      if (status !== 'draft')
        throw status === 'in_review'
          ? EvidenceException.wrongStatus('edit', status)
          : EvidenceException.publishedEdit(status);
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

/** The content diff between the version a reviewer last saw and the newest one (events newest first). */
function changedSinceReview(events: AuditEventEntity[]): ReviewState['sinceReview'] {
  const latest = events[0];
  const seen = events.find((event) => SEEN_ACTIONS.includes(event.action));
  if (!latest || !seen) return null;
  const content = (snapshot: Record<string, unknown> | null) => {
    const { status: _status, version: _version, ...rest } = snapshot ?? {};
    return rest;
  };
  return { since: seen.at, changes: diffSnapshots(content(seen.after), content(latest.after)) };
}

function emptyPage(): EvidencePageView {
  const view = new EvidencePageView();
  view.data = [];
  view.nextCursor = null;
  return view;
}
