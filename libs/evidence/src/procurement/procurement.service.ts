import { Injectable } from '@nestjs/common';
import {
  UUID_PATTERN as UUID,
  AuditService,
  t,
  UnitOfWork,
  validateOrThrow,
  ValidationFailedException,
  type Actor,
  type ErrorDetail,
  type Tx,
} from '#libs/core';
import {
  CompaniesException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  isCalendarDate,
  type KeysetCursor,
} from '#libs/companies';
import { EVIDENCE_STATUSES, PUBLIC_STATUSES } from '../evidence.entity';
import { EvidenceException } from '../evidence.exception';
import type { ProcurementRecordEntity } from '../procurement-record.entity';
import { CreateProcurementDto } from './dto/create-procurement.dto';
import { ProcurementQueryDto } from './dto/procurement-query.dto';
import { UpdateProcurementDto } from './dto/update-procurement.dto';
import {
  procurementFieldsFromCreate,
  procurementFieldsFromPatch,
  sameProcurement,
  type ProcurementParties,
} from './procurement.fields';
import {
  isUniqueViolation,
  ProcurementRepository,
  type NamedRow,
  type PartySlugs,
  type ProcurementFields,
  type ProcurementFilter,
} from './procurement.repository';
import {
  ProcurementPageView,
  procurementSnapshot,
  toProcurementRecordView,
  toProcurementSummaryView,
  type ProcurementRecordView,
  type ProcurementSummaryView,
} from './procurement.view';

/** Record type as the audit trail names it (and the console's history URLs use it). */
export const PROCUREMENT_RECORD = 'procurement_record';
/** A form's list of companies or state bodies to choose from stops here. */
export const PROCUREMENT_MAX_PARTY_CHOICES = 2000;

export type ProcurementUpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface ProcurementChoices {
  companies: NamedRow[];
  stateBodies: NamedRow[];
}

/** Procurement records: one per portal reference, each write with its audit row. */
@Injectable()
export class ProcurementService {
  constructor(
    private readonly records: ProcurementRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async list(input: ProcurementQueryDto): Promise<ProcurementPageView> {
    const query = await validateOrThrow(ProcurementQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filter: ProcurementFilter = {};
    if (query.company) {
      const company = await this.records.companyBySlug(query.company);
      if (!company) throw CompaniesException.companyNotFound(query.company);
      filter.companyId = company.id;
    }
    if (query.stateBody) {
      const body = await this.records.stateBodyBySlug(query.stateBody);
      if (!body) throw CompaniesException.stateBodyNotFound(query.stateBody);
      filter.buyerId = body.id;
    }
    const rows = await this.records.list(filter, query.cursor ? cursorOf(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const evidence = await this.records.linkedEvidence(page.map((row) => row.record.id));
    const view = new ProcurementPageView();
    view.data = page.map((row) =>
      toProcurementRecordView(
        row.record,
        evidence.filter((e) => e.procurement_record_id === row.record.id),
      ),
    );
    view.nextCursor = rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.record.id }) : null;
    return view;
  }

  /** One record with the public evidence that cites it (drafts and items in review never show). */
  async get(id: string): Promise<ProcurementRecordView> {
    const record = UUID.test(id) ? await this.records.findById(id) : null;
    if (!record) throw EvidenceException.procurementNotFound(id);
    return toProcurementRecordView(record, await this.records.linkedEvidence([record.id]));
  }

  /** Records where the company is the supplier or the brand; none for a slug no company has. */
  async listForCompany(slug: string): Promise<ProcurementSummaryView[]> {
    return (await this.records.forCompanySlug(slug)).map(toProcurementSummaryView);
  }

  /** Records the state body bought; none for a slug no state body has. */
  async listForStateBody(slug: string): Promise<ProcurementSummaryView[]> {
    return (await this.records.forStateBodySlug(slug)).map(toProcurementSummaryView);
  }

  /** Companies and state bodies to choose from in a form. */
  async choices(): Promise<ProcurementChoices> {
    return {
      companies: await this.records.companyNames(PROCUREMENT_MAX_PARTY_CHOICES),
      stateBodies: await this.records.stateBodyNames(PROCUREMENT_MAX_PARTY_CHOICES),
    };
  }

  async create(actor: Actor, input: CreateProcurementDto): Promise<ProcurementRecordView> {
    const dto = await validateOrThrow(CreateProcurementDto, input);
    return this.guardReference(dto.reference, () =>
      this.uow.run(async (tx) => {
        const fields = procurementFieldsFromCreate(
          dto,
          await this.parties(tx, dto.buyer, dto.supplier, dto.brand ?? null),
        );
        if (await this.records.referenceExists(tx, fields.reference))
          throw EvidenceException.procurementReferenceTaken(fields.reference);
        return this.view(tx, (await this.insert(tx, actor, fields)).id);
      }),
    );
  }

  /** PATCH semantics: fields left out stay as they are. */
  async update(actor: Actor, id: string, input: UpdateProcurementDto): Promise<ProcurementRecordView> {
    const dto = await validateOrThrow(UpdateProcurementDto, input);
    return this.guardReference(dto.reference ?? '', () =>
      this.uow.run(async (tx) => {
        const existing = await this.requireForUpdate(tx, id);
        const current = await this.slugsOf(tx, existing);
        const parties = await this.parties(
          tx,
          dto.buyer ?? current.buyer,
          dto.supplier ?? current.supplier,
          dto.brand !== undefined ? dto.brand : current.brand,
        );
        await this.apply(tx, actor, existing, procurementFieldsFromPatch(existing, dto, parties));
        return this.view(tx, existing.id);
      }),
    );
  }

  /** The whole record as a form sends it: fields left empty are cleared. */
  async replace(actor: Actor, id: string, input: CreateProcurementDto): Promise<ProcurementRecordView> {
    const dto = await validateOrThrow(CreateProcurementDto, input);
    return this.update(actor, id, {
      ...dto,
      ocid: dto.ocid ?? null,
      brand: dto.brand ?? null,
      items: dto.items ?? [],
      value: dto.value ?? null,
      currency: dto.currency ?? null,
      url: dto.url ?? null,
    });
  }

  /**
   * Makes the record with this reference look like the input (imports): creates it, updates it, or
   * leaves it alone when nothing would change, so that a re-run writes nothing.
   */
  async upsert(
    actor: Actor,
    input: CreateProcurementDto,
    outer?: Tx,
  ): Promise<{ outcome: ProcurementUpsertOutcome; record: ProcurementRecordView }> {
    const dto = await validateOrThrow(CreateProcurementDto, input);
    const work = async (tx: Tx): Promise<{ outcome: ProcurementUpsertOutcome; record: ProcurementRecordView }> => {
      const fields = procurementFieldsFromCreate(
        dto,
        await this.parties(tx, dto.buyer, dto.supplier, dto.brand ?? null),
      );
      const existing = await this.records.findByReferenceForUpdate(tx, fields.reference);
      if (!existing)
        return { outcome: 'created', record: await this.view(tx, (await this.insert(tx, actor, fields)).id) };
      if (sameProcurement(existing, fields)) return { outcome: 'unchanged', record: await this.view(tx, existing.id) };
      await this.apply(tx, actor, existing, fields);
      return { outcome: 'updated', record: await this.view(tx, existing.id) };
    };
    return this.guardReference(dto.reference, () => (outer ? work(outer) : this.uow.run(work)));
  }

  /** Refused while evidence cites the record: a published item is corrected, never silently changed. */
  async delete(actor: Actor, id: string): Promise<void> {
    await this.uow.run(async (tx) => {
      const existing = await this.requireForUpdate(tx, id);
      // Any status: the author of a draft would not notice a citation vanish.
      const cited = await this.records.linkedEvidence([existing.id], EVIDENCE_STATUSES, tx);
      if (cited.length) throw EvidenceException.procurementCited(existing.reference, cited.length);
      const before = procurementSnapshot(existing, await this.slugsOf(tx, existing));
      await this.records.delete(tx, existing.id);
      await this.audit.record(tx, actor, {
        recordType: PROCUREMENT_RECORD,
        recordId: existing.id,
        action: 'delete',
        before,
        after: null,
      });
    });
  }

  private async insert(tx: Tx, actor: Actor, fields: ProcurementFields): Promise<ProcurementRecordEntity> {
    const created = await this.records.insert(tx, fields);
    const after = procurementSnapshot(created, await this.slugsOf(tx, created));
    await this.audit.record(tx, actor, {
      recordType: PROCUREMENT_RECORD,
      recordId: created.id,
      action: 'create',
      before: null,
      after,
    });
    return created;
  }

  /** Writes the change and its audit row; a change to nothing writes neither. */
  private async apply(
    tx: Tx,
    actor: Actor,
    existing: ProcurementRecordEntity,
    fields: ProcurementFields,
  ): Promise<void> {
    if (sameProcurement(existing, fields)) return;
    const published = await this.records.linkedEvidence([existing.id], PUBLIC_STATUSES, tx);
    if (published.length) throw EvidenceException.procurementPublished(existing.reference, published.length);
    if (
      fields.reference !== existing.reference &&
      (await this.records.referenceExists(tx, fields.reference, existing.id))
    ) {
      throw EvidenceException.procurementReferenceTaken(fields.reference);
    }
    const before = procurementSnapshot(existing, await this.slugsOf(tx, existing));
    const updated = await this.records.update(tx, existing, fields);
    await this.audit.record(tx, actor, {
      recordType: PROCUREMENT_RECORD,
      recordId: updated.id,
      action: 'update',
      before,
      after: procurementSnapshot(updated, await this.slugsOf(tx, updated)),
    });
  }

  private async view(tx: Tx, id: string): Promise<ProcurementRecordView> {
    const record = await this.records.findById(id, tx);
    if (!record) throw EvidenceException.procurementNotFound(id);
    return toProcurementRecordView(record, await this.records.linkedEvidence([record.id], undefined, tx));
  }

  /** The slugs a write names, as ids; an unknown one is a mistake in the input, shown beside its field. */
  private async parties(tx: Tx, buyer: string, supplier: string, brand: string | null): Promise<ProcurementParties> {
    const buyerRow = await this.records.stateBodyBySlug(buyer, tx);
    const supplierRow = await this.records.companyBySlug(supplier, tx);
    const brandRow = brand ? await this.records.companyBySlug(brand, tx) : null;
    const details: ErrorDetail[] = [];
    if (!buyerRow)
      details.push({ field: 'buyer', message: t('procurement.validation.buyer_unknown', { slug: buyer }) });
    if (!supplierRow)
      details.push({ field: 'supplier', message: t('procurement.validation.company_unknown', { slug: supplier }) });
    if (brand && !brandRow)
      details.push({ field: 'brand', message: t('procurement.validation.company_unknown', { slug: brand }) });
    if (!buyerRow || !supplierRow || details.length) throw new ValidationFailedException(details);
    return { buyerId: buyerRow.id, supplierId: supplierRow.id, brandId: brandRow?.id ?? null };
  }

  private slugsOf(tx: Tx, record: ProcurementRecordEntity): Promise<PartySlugs> {
    return this.records.partySlugs(tx, record);
  }

  private async requireForUpdate(tx: Tx, id: string): Promise<ProcurementRecordEntity> {
    const record = UUID.test(id) ? await this.records.findByIdForUpdate(tx, id) : null;
    if (!record) throw EvidenceException.procurementNotFound(id);
    return record;
  }

  /** Two writers racing for one reference: the unique index decides, and the loser hears 409. */
  private async guardReference<T>(reference: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw EvidenceException.procurementReferenceTaken(reference);
      throw error;
    }
  }
}

/** A cursor of this list carries an award date as its key; anything else was not issued here. */
function cursorOf(raw: string): KeysetCursor {
  const cursor = decodeCursor(raw);
  if (!isCalendarDate(cursor.key)) throw CompaniesException.cursorInvalid();
  return cursor;
}
