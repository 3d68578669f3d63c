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
import { CompaniesException } from '../companies.exception';
import type { CompanyEntity } from '../company.entity';
import { CompanyRepository } from '../company/company.repository';
import { DEFAULT_PAGE_SIZE } from '../company/dto/company-query.dto';
import { inTx, OWNERSHIP_RECORD, type UpsertResult } from '../shared/records';
import type { OwnershipEntity } from '../ownership.entity';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { CreateOwnershipDto } from './dto/create-ownership.dto';
import { OwnershipQueryDto } from './dto/ownership-query.dto';
import { UpdateOwnershipDto } from './dto/update-ownership.dto';
import { checkPeriod, ownershipFieldsFromCreate, ownershipFieldsFromPatch, sameOwnership } from './ownership.fields';
import { OwnershipRepository, type OwnershipFields } from './ownership.repository';
import { OwnershipPageView, ownershipSnapshot, toOwnershipView, type OwnershipView } from './ownership.view';

/** Who owns whom: no company owns itself, and no chain of ownership comes back to where it started. */
@Injectable()
export class OwnershipService {
  constructor(
    private readonly ownerships: OwnershipRepository,
    private readonly companies: CompanyRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async list(input: OwnershipQueryDto): Promise<OwnershipPageView> {
    const query = await validateOrThrow(OwnershipQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    let companyId: string | null = null;
    if (query.company) {
      const company = await this.companies.findBySlug(query.company);
      if (!company) throw CompaniesException.companyNotFound(query.company);
      companyId = company.id;
    }
    const rows = await this.ownerships.list(companyId, query.cursor ? decodeCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const view = new OwnershipPageView();
    view.data = page.map((row) => toOwnershipView(row.ownership));
    view.nextCursor = rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.ownership.id }) : null;
    return view;
  }

  async get(id: string): Promise<OwnershipView> {
    const ownership = UUID.test(id) ? await this.ownerships.findById(id) : null;
    if (!ownership) throw CompaniesException.ownershipNotFound(id);
    return toOwnershipView(ownership);
  }

  async create(actor: Actor, input: CreateOwnershipDto): Promise<OwnershipView> {
    const dto = await validateOrThrow(CreateOwnershipDto, input);
    return this.uow.run(async (tx) => {
      await this.ownerships.lockGraph(tx);
      const [parent, subsidiary] = await this.ends(tx, dto.parent, dto.subsidiary);
      const fields = ownershipFieldsFromCreate(dto, parent.id, subsidiary.id);
      await this.check(tx, fields, parent, subsidiary, null);
      return this.insert(tx, actor, fields, parent, subsidiary);
    });
  }

  async update(actor: Actor, id: string, input: UpdateOwnershipDto): Promise<OwnershipView> {
    const dto = await validateOrThrow(UpdateOwnershipDto, input);
    return this.uow.run(async (tx) => {
      await this.ownerships.lockGraph(tx);
      const existing = await this.requireForUpdate(tx, id);
      const [parent, subsidiary] = await this.endsOf(tx, existing, dto.parent, dto.subsidiary);
      const fields = ownershipFieldsFromPatch(existing, dto, parent.id, subsidiary.id);
      if (sameOwnership(existing, fields)) return this.view(tx, existing.id);
      await this.check(tx, fields, parent, subsidiary, existing.id);
      return this.apply(tx, actor, existing, fields, parent, subsidiary);
    });
  }

  /** The whole link as a form sends it: fields left empty are cleared. */
  async replace(actor: Actor, id: string, input: CreateOwnershipDto): Promise<OwnershipView> {
    const dto = await validateOrThrow(CreateOwnershipDto, input);
    return this.update(actor, id, {
      parent: dto.parent,
      subsidiary: dto.subsidiary,
      share: dto.share ?? null,
      since: dto.since ?? null,
      until: dto.until ?? null,
      source: dto.source ?? null,
    });
  }

  /** The link with this parent, subsidiary and start is made to look like the input (the demo seed). */
  /** `outer` makes the upsert part of a larger transaction (the demo seed). */
  async upsert(actor: Actor, input: CreateOwnershipDto, outer?: Tx): Promise<UpsertResult<OwnershipView>> {
    const dto = await validateOrThrow(CreateOwnershipDto, input);
    return inTx(this.uow, outer, async (tx): Promise<UpsertResult<OwnershipView>> => {
      await this.ownerships.lockGraph(tx);
      const [parent, subsidiary] = await this.ends(tx, dto.parent, dto.subsidiary);
      const fields = ownershipFieldsFromCreate(dto, parent.id, subsidiary.id);
      const existing = await this.ownerships.findSame(tx, parent.id, subsidiary.id, fields.since);
      if (!existing) {
        await this.check(tx, fields, parent, subsidiary, null);
        return { outcome: 'created', record: await this.insert(tx, actor, fields, parent, subsidiary) };
      }
      if (sameOwnership(existing, fields)) return { outcome: 'unchanged', record: await this.view(tx, existing.id) };
      await this.check(tx, fields, parent, subsidiary, existing.id);
      return { outcome: 'updated', record: await this.apply(tx, actor, existing, fields, parent, subsidiary) };
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.uow.run(async (tx) => {
      await this.ownerships.lockGraph(tx);
      const existing = await this.requireForUpdate(tx, id);
      const [parent, subsidiary] = await this.endsOf(tx, existing);
      await this.ownerships.delete(tx, existing.id);
      await this.audit.record(tx, actor, {
        recordType: OWNERSHIP_RECORD,
        recordId: existing.id,
        action: 'delete',
        before: ownershipSnapshot(existing, parent.slug, subsidiary.slug),
        after: null,
      });
    });
  }

  /** The rules every write of a link passes; the graph lock is held, so the cycle check holds too. */
  private async check(
    tx: Tx,
    fields: OwnershipFields,
    parent: CompanyEntity,
    subsidiary: CompanyEntity,
    exceptId: string | null,
  ): Promise<void> {
    if (parent.id === subsidiary.id) throw CompaniesException.ownershipSelf();
    checkPeriod(fields);
    if (await this.ownerships.findSame(tx, parent.id, subsidiary.id, fields.since, exceptId ?? undefined)) {
      throw CompaniesException.ownershipDuplicate();
    }
    // parent → subsidiary closes a cycle when the subsidiary already owns the parent, however indirectly.
    if (await this.ownerships.reaches(tx, subsidiary.id, parent.id, exceptId)) {
      throw CompaniesException.ownershipCycle(parent.name, subsidiary.name);
    }
  }

  private async insert(
    tx: Tx,
    actor: Actor,
    fields: OwnershipFields,
    parent: CompanyEntity,
    subsidiary: CompanyEntity,
  ): Promise<OwnershipView> {
    const created = await this.ownerships.insert(tx, fields);
    await this.audit.record(tx, actor, {
      recordType: OWNERSHIP_RECORD,
      recordId: created.id,
      action: 'create',
      before: null,
      after: ownershipSnapshot(created, parent.slug, subsidiary.slug),
    });
    return this.view(tx, created.id);
  }

  private async apply(
    tx: Tx,
    actor: Actor,
    existing: OwnershipEntity,
    fields: OwnershipFields,
    parent: CompanyEntity,
    subsidiary: CompanyEntity,
  ): Promise<OwnershipView> {
    const [oldParent, oldSubsidiary] = await this.endsOf(tx, existing);
    const before = ownershipSnapshot(existing, oldParent.slug, oldSubsidiary.slug);
    const updated = await this.ownerships.update(tx, existing, fields);
    await this.audit.record(tx, actor, {
      recordType: OWNERSHIP_RECORD,
      recordId: updated.id,
      action: 'update',
      before,
      after: ownershipSnapshot(updated, parent.slug, subsidiary.slug),
    });
    return this.view(tx, updated.id);
  }

  private async view(tx: Tx, id: string): Promise<OwnershipView> {
    const ownership = await this.ownerships.findById(id, tx);
    if (!ownership) throw CompaniesException.ownershipNotFound(id);
    return toOwnershipView(ownership);
  }

  /** Both ends by slug; a slug that names no company is a mistake in the input, shown beside its field. */
  private async ends(tx: Tx, parentSlug: string, subsidiarySlug: string): Promise<[CompanyEntity, CompanyEntity]> {
    const parent = await this.companies.findBySlug(parentSlug, tx);
    const subsidiary = await this.companies.findBySlug(subsidiarySlug, tx);
    const details: ErrorDetail[] = [];
    if (!parent)
      details.push({ field: 'parent', message: t('companies.validation.company_unknown', { slug: parentSlug }) });
    if (!subsidiary)
      details.push({
        field: 'subsidiary',
        message: t('companies.validation.company_unknown', { slug: subsidiarySlug }),
      });
    if (!parent || !subsidiary) throw new ValidationFailedException(details);
    return [parent, subsidiary];
  }

  /** The link's companies, or the ones a change names instead. */
  private async endsOf(
    tx: Tx,
    link: OwnershipEntity,
    parentSlug?: string,
    subsidiarySlug?: string,
  ): Promise<[CompanyEntity, CompanyEntity]> {
    const current = async (id: string): Promise<CompanyEntity> => {
      const company = await this.companies.findById(id, tx);
      if (!company) throw CompaniesException.ownershipNotFound(link.id);
      return company;
    };
    if (!parentSlug && !subsidiarySlug) return [await current(link.parentId), await current(link.subsidiaryId)];
    const [parent, subsidiary] = await this.ends(
      tx,
      parentSlug ?? (await current(link.parentId)).slug,
      subsidiarySlug ?? (await current(link.subsidiaryId)).slug,
    );
    return [parent, subsidiary];
  }

  private async requireForUpdate(tx: Tx, id: string): Promise<OwnershipEntity> {
    const ownership = UUID.test(id) ? await this.ownerships.findByIdForUpdate(tx, id) : null;
    if (!ownership) throw CompaniesException.ownershipNotFound(id);
    return ownership;
  }
}
