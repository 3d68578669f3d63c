import { Injectable } from '@nestjs/common';
import { AuditService, UnitOfWork, validateOrThrow, type Actor, type Tx } from '#libs/core';
import { CompaniesException } from '../companies.exception';
import { isUniqueViolation } from '../company/company.repository';
import { MAX_COMPANY_CHOICES } from '../company/company.service';
import { DEFAULT_PAGE_SIZE } from '../company/dto/company-query.dto';
import { inTx, STATE_BODY_RECORD, type UpsertResult } from '../shared/records';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import type { StateBodyEntity } from '../state-body.entity';
import { CreateStateBodyDto } from './dto/create-state-body.dto';
import { StateBodyQueryDto } from './dto/state-body-query.dto';
import { UpdateStateBodyDto } from './dto/update-state-body.dto';
import { sameStateBody, stateBodyFieldsFromCreate, stateBodyFieldsFromPatch } from './state-body.fields';
import { StateBodyRepository, type StateBodyFields } from './state-body.repository';
import { StateBodyPageView, stateBodySnapshot, toStateBodyView, type StateBodyView } from './state-body.view';

/** The end users: the same rules as companies, without a kind. */
@Injectable()
export class StateBodyService {
  constructor(
    private readonly bodies: StateBodyRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async search(input: StateBodyQueryDto): Promise<StateBodyPageView> {
    const query = await validateOrThrow(StateBodyQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filter = { q: query.q, country: query.country };
    const rows = await this.bodies.search(filter, query.cursor ? decodeCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const view = new StateBodyPageView();
    view.data = page.map((row) => toStateBodyView(row.stateBody));
    view.nextCursor = rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.stateBody.id }) : null;
    view.total = await this.bodies.count(filter);
    return view;
  }

  /** Every state body to choose from in a form (as many as companies: the same cap). */
  async listNames(): Promise<{ slug: string; name: string }[]> {
    return (await this.bodies.listNames(MAX_COMPANY_CHOICES)).map(({ slug, name }) => ({ slug, name }));
  }

  async getBySlug(slug: string): Promise<StateBodyView> {
    const body = await this.bodies.findBySlug(slug);
    if (!body) throw CompaniesException.stateBodyNotFound(slug);
    return toStateBodyView(body);
  }

  async create(actor: Actor, input: CreateStateBodyDto): Promise<StateBodyView> {
    const fields = stateBodyFieldsFromCreate(await validateOrThrow(CreateStateBodyDto, input));
    return this.guardSlug(fields.slug, () =>
      this.uow.run(async (tx) => {
        if (await this.bodies.slugExists(tx, fields.slug)) throw CompaniesException.stateBodySlugTaken(fields.slug);
        return toStateBodyView(await this.insert(tx, actor, fields));
      }),
    );
  }

  async update(actor: Actor, slug: string, input: UpdateStateBodyDto): Promise<StateBodyView> {
    const dto = await validateOrThrow(UpdateStateBodyDto, input);
    return this.guardSlug(dto.slug ?? slug, () =>
      this.uow.run(async (tx) => {
        const existing = await this.requireForUpdate(tx, slug);
        return toStateBodyView(await this.apply(tx, actor, existing, stateBodyFieldsFromPatch(existing, dto)));
      }),
    );
  }

  /** The whole record as a form sends it: fields left empty are cleared; a blank slug keeps the old one. */
  async replace(actor: Actor, slug: string, input: CreateStateBodyDto): Promise<StateBodyView> {
    const dto = await validateOrThrow(CreateStateBodyDto, input);
    return this.guardSlug(dto.slug ?? slug, () =>
      this.uow.run(async (tx) => {
        const existing = await this.requireForUpdate(tx, slug);
        return toStateBodyView(await this.apply(tx, actor, existing, stateBodyFieldsFromCreate(dto, existing.slug)));
      }),
    );
  }

  /** Like the company upsert; `outer` makes it part of a larger transaction (the demo seed). */
  async upsert(actor: Actor, input: CreateStateBodyDto, outer?: Tx): Promise<UpsertResult<StateBodyView>> {
    const fields = stateBodyFieldsFromCreate(await validateOrThrow(CreateStateBodyDto, input));
    return this.guardSlug(fields.slug, () =>
      inTx(this.uow, outer, async (tx): Promise<UpsertResult<StateBodyView>> => {
        const existing = await this.bodies.findBySlugForUpdate(tx, fields.slug);
        if (!existing) return { outcome: 'created', record: toStateBodyView(await this.insert(tx, actor, fields)) };
        if (sameStateBody(existing, fields)) return { outcome: 'unchanged', record: toStateBodyView(existing) };
        return { outcome: 'updated', record: toStateBodyView(await this.apply(tx, actor, existing, fields)) };
      }),
    );
  }

  async delete(actor: Actor, slug: string): Promise<void> {
    await this.uow.run(async (tx) => {
      const existing = await this.requireForUpdate(tx, slug);
      await this.bodies.delete(tx, existing.id);
      await this.audit.record(tx, actor, {
        recordType: STATE_BODY_RECORD,
        recordId: existing.id,
        action: 'delete',
        before: stateBodySnapshot(existing),
        after: null,
      });
    });
  }

  private async insert(tx: Tx, actor: Actor, fields: StateBodyFields): Promise<StateBodyEntity> {
    const body = await this.bodies.insert(tx, fields);
    await this.audit.record(tx, actor, {
      recordType: STATE_BODY_RECORD,
      recordId: body.id,
      action: 'create',
      before: null,
      after: stateBodySnapshot(body),
    });
    return body;
  }

  private async apply(
    tx: Tx,
    actor: Actor,
    existing: StateBodyEntity,
    fields: StateBodyFields,
  ): Promise<StateBodyEntity> {
    if (sameStateBody(existing, fields)) return existing;
    if (fields.slug !== existing.slug && (await this.bodies.slugExists(tx, fields.slug, existing.id))) {
      throw CompaniesException.stateBodySlugTaken(fields.slug);
    }
    const before = stateBodySnapshot(existing);
    await this.bodies.update(tx, existing, fields);
    const updated = (await this.bodies.findById(existing.id, tx)) ?? existing;
    await this.audit.record(tx, actor, {
      recordType: STATE_BODY_RECORD,
      recordId: updated.id,
      action: 'update',
      before,
      after: stateBodySnapshot(updated),
    });
    return updated;
  }

  private async requireForUpdate(tx: Tx, slug: string): Promise<StateBodyEntity> {
    const body = await this.bodies.findBySlugForUpdate(tx, slug);
    if (!body) throw CompaniesException.stateBodyNotFound(slug);
    return body;
  }

  private async guardSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw CompaniesException.stateBodySlugTaken(slug);
      throw error;
    }
  }
}
