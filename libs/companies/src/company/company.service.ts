import { Injectable } from '@nestjs/common';
import { AuditService, UnitOfWork, validateOrThrow, type Actor, type Tx } from '#libs/core';
import { CompaniesException } from '../companies.exception';
import type { CompanyEntity } from '../company.entity';
import { OwnershipRepository } from '../ownership/ownership.repository';
import { CompanyGroupView, ownershipSnapshot, toGroupLinkView } from '../ownership/ownership.view';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { COMPANY_RECORD, inTx, OWNERSHIP_RECORD, type UpsertResult } from '../shared/records';
import { companyFieldsFromCreate, companyFieldsFromPatch, sameCompany } from './company.fields';
import { CompanyRepository, isUniqueViolation, type CompanyFields } from './company.repository';
import { CompanyProfileView } from './company-profile.view';
import {
  CompanyPageView,
  companySnapshot,
  toCompanyRefView,
  toCompanyView,
  type CompanyRefView,
  type CompanyView,
} from './company.view';
import { CreateCompanyDto } from './dto/create-company.dto';
import { CompanyQueryDto, DEFAULT_PAGE_SIZE } from './dto/company-query.dto';
import { UpdateCompanyDto } from './dto/update-company.dto';

/** A form's list of companies to choose from stops here; past it, the form takes a slug. */
export const MAX_COMPANY_CHOICES = 2000;

/** The rules of the company record: slugs, aliases, one audit row per change. */
@Injectable()
export class CompanyService {
  constructor(
    private readonly companies: CompanyRepository,
    private readonly ownerships: OwnershipRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async search(input: CompanyQueryDto): Promise<CompanyPageView> {
    const query = await validateOrThrow(CompanyQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const filter = { q: query.q, kind: query.kind, country: query.country };
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.companies.search(filter, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const view = new CompanyPageView();
    view.data = page.map((row) => toCompanyView(row.company));
    view.nextCursor = rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.company.id }) : null;
    view.total = await this.companies.count(filter);
    return view;
  }

  async getBySlug(slug: string): Promise<CompanyView> {
    return toCompanyView(await this.require(slug));
  }

  /** The public profile: the company and its group, up and down the ownership chain. */
  async profile(slug: string): Promise<CompanyProfileView> {
    const company = await this.require(slug);
    const group = new CompanyGroupView();
    group.parents = (await this.ownerships.ancestors(company.id)).map(toGroupLinkView);
    group.subsidiaries = (await this.ownerships.descendants(company.id)).map(toGroupLinkView);
    const view = new CompanyProfileView();
    view.company = toCompanyView(company);
    view.group = group;
    return view;
  }

  async hasAny(tx?: Tx): Promise<boolean> {
    return this.companies.existsAny(tx);
  }

  async listNames(): Promise<CompanyRefView[]> {
    return (await this.companies.listNames(MAX_COMPANY_CHOICES)).map(toCompanyRefView);
  }

  async create(actor: Actor, input: CreateCompanyDto): Promise<CompanyView> {
    const fields = companyFieldsFromCreate(await validateOrThrow(CreateCompanyDto, input));
    return this.guardSlug(fields.slug, () =>
      this.uow.run(async (tx) => {
        if (await this.companies.slugExists(tx, fields.slug)) throw CompaniesException.companySlugTaken(fields.slug);
        return toCompanyView(await this.insert(tx, actor, fields));
      }),
    );
  }

  /** PATCH semantics: fields left out stay as they are. */
  async update(actor: Actor, slug: string, input: UpdateCompanyDto): Promise<CompanyView> {
    const dto = await validateOrThrow(UpdateCompanyDto, input);
    return this.guardSlug(dto.slug ?? slug, () =>
      this.uow.run(async (tx) => {
        const existing = await this.requireForUpdate(tx, slug);
        return toCompanyView(await this.apply(tx, actor, existing, companyFieldsFromPatch(existing, dto)));
      }),
    );
  }

  /** The whole record as a form sends it: fields left empty are cleared; a blank slug keeps the old one. */
  async replace(actor: Actor, slug: string, input: CreateCompanyDto): Promise<CompanyView> {
    const dto = await validateOrThrow(CreateCompanyDto, input);
    return this.guardSlug(dto.slug ?? slug, () =>
      this.uow.run(async (tx) => {
        const existing = await this.requireForUpdate(tx, slug);
        return toCompanyView(await this.apply(tx, actor, existing, companyFieldsFromCreate(dto, existing.slug)));
      }),
    );
  }

  /**
   * Makes the company with this slug look like the input (imports, the demo seed): creates it,
   * updates it, or leaves it alone when nothing would change, so that a re-run writes nothing.
   */
  async upsert(actor: Actor, input: CreateCompanyDto, outer?: Tx): Promise<UpsertResult<CompanyView>> {
    const fields = companyFieldsFromCreate(await validateOrThrow(CreateCompanyDto, input));
    return this.guardSlug(fields.slug, () =>
      inTx(this.uow, outer, async (tx): Promise<UpsertResult<CompanyView>> => {
        const existing = await this.companies.findBySlugForUpdate(tx, fields.slug);
        if (!existing) return { outcome: 'created', record: toCompanyView(await this.insert(tx, actor, fields)) };
        if (sameCompany(existing, fields)) return { outcome: 'unchanged', record: toCompanyView(existing) };
        return { outcome: 'updated', record: toCompanyView(await this.apply(tx, actor, existing, fields)) };
      }),
    );
  }

  /** Removes the company and, each with its own audit row, every ownership link it is part of. */
  async delete(actor: Actor, slug: string): Promise<void> {
    await this.uow.run(async (tx) => {
      // The graph lock first: an ownership write holds it while its foreign key waits on company rows.
      await this.ownerships.lockGraph(tx);
      const company = await this.requireForUpdate(tx, slug);
      for (const link of await this.ownerships.findInvolving(company.id, tx)) {
        const before = ownershipSnapshot(link, link.parent?.slug ?? '', link.subsidiary?.slug ?? '');
        await this.ownerships.delete(tx, link.id);
        await this.audit.record(tx, actor, {
          recordType: OWNERSHIP_RECORD,
          recordId: link.id,
          action: 'delete',
          before,
          after: null,
        });
      }
      await this.companies.delete(tx, company.id);
      await this.audit.record(tx, actor, {
        recordType: COMPANY_RECORD,
        recordId: company.id,
        action: 'delete',
        before: companySnapshot(company),
        after: null,
      });
    });
  }

  private async insert(tx: Tx, actor: Actor, fields: CompanyFields): Promise<CompanyEntity> {
    const company = await this.companies.insert(tx, fields);
    await this.audit.record(tx, actor, {
      recordType: COMPANY_RECORD,
      recordId: company.id,
      action: 'create',
      before: null,
      after: companySnapshot(company),
    });
    return company;
  }

  /** Writes the change and its audit row; a change to nothing writes neither. */
  private async apply(tx: Tx, actor: Actor, existing: CompanyEntity, fields: CompanyFields): Promise<CompanyEntity> {
    if (sameCompany(existing, fields)) return existing;
    if (fields.slug !== existing.slug && (await this.companies.slugExists(tx, fields.slug, existing.id))) {
      throw CompaniesException.companySlugTaken(fields.slug);
    }
    const before = companySnapshot(existing);
    await this.companies.update(tx, existing, fields);
    const updated = (await this.companies.findById(existing.id, tx)) ?? existing;
    await this.audit.record(tx, actor, {
      recordType: COMPANY_RECORD,
      recordId: updated.id,
      action: 'update',
      before,
      after: companySnapshot(updated),
    });
    return updated;
  }

  private async require(slug: string): Promise<CompanyEntity> {
    const company = await this.companies.findBySlug(slug);
    if (!company) throw CompaniesException.companyNotFound(slug);
    return company;
  }

  private async requireForUpdate(tx: Tx, slug: string): Promise<CompanyEntity> {
    const company = await this.companies.findBySlugForUpdate(tx, slug);
    if (!company) throw CompaniesException.companyNotFound(slug);
    return company;
  }

  /** Two writers racing for one slug: the unique index decides, and the loser hears 409. */
  private async guardSlug<T>(slug: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw CompaniesException.companySlugTaken(slug);
      throw error;
    }
  }
}
