import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuditService, UnitOfWork, validateOrThrow, type Actor, type Tx } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { ContactEntity } from '../contact.entity';
import { CreateContactDto, UpdateContactDto, VersionDto } from '../dto/contact.dto';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import type { ContactView } from '../outreach.view';

export const CONTACT_RECORD = 'outreach_contact';

export function toContactView(contact: ContactEntity, company: Pick<CompanyEntity, 'slug' | 'name'>): ContactView {
  return {
    id: contact.id,
    company: { slug: company.slug, name: company.name },
    name: contact.name,
    role: contact.role,
    email: contact.email,
    source: contact.source,
    escalationOrder: contact.escalationOrder,
    active: contact.active,
    version: contact.version,
    updatedAt: contact.updatedAt.toISOString(),
  };
}

const snapshot = (c: ContactEntity) => ({
  name: c.name,
  role: c.role,
  email: c.email,
  source: c.source,
  escalationOrder: c.escalationOrder,
  active: c.active,
  version: c.version,
});

/** Whom to write to at each company, in escalation order. Organizers keep them. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly store: OutreachStore,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** A company's contacts, first to write to first. */
  async forCompany(slug: string, tx?: Tx): Promise<ContactView[]> {
    const company = await this.store.companyPage(slug, tx);
    const contacts = await this.store
      .repo(ContactEntity, tx)
      .find({ where: { companyId: company.id }, order: { escalationOrder: 'ASC', createdAt: 'ASC' } });
    return contacts.map((contact) => toContactView(contact, company));
  }

  async get(id: string): Promise<ContactView> {
    const contact = UUID.test(id) ? await this.store.repo(ContactEntity).findOne({ where: { id } }) : null;
    if (!contact) throw OutreachException.contactNotFound(id);
    const company = (await this.store.companiesById([contact.companyId])).get(contact.companyId) as CompanyEntity;
    return toContactView(contact, company);
  }

  async create(actor: Actor, input: CreateContactDto): Promise<ContactView> {
    const dto = await validateOrThrow(CreateContactDto, input);
    return this.uow.run(async (tx) => {
      const company = await this.store.company(dto.company, tx);
      const entity = this.store.repo(ContactEntity, tx).create({
        companyId: company.id,
        name: dto.name,
        role: dto.role,
        email: dto.email,
        source: dto.source ?? '',
        escalationOrder: dto.escalationOrder,
        active: dto.active ?? true,
        updatedByLabel: actor.label,
      });
      const saved = await this.save(tx, entity, company);
      await this.audit.record(tx, actor, {
        recordType: CONTACT_RECORD,
        recordId: saved.id,
        action: 'create',
        after: snapshot(saved),
      });
      return toContactView(saved, company);
    });
  }

  async update(actor: Actor, id: string, input: UpdateContactDto): Promise<ContactView> {
    const dto = await validateOrThrow(UpdateContactDto, input);
    return this.uow.run(async (tx) => {
      const before = await this.lock(tx, id, dto.version);
      const company = (await this.store.companiesById([before.companyId], tx)).get(before.companyId) as CompanyEntity;
      const after = Object.assign(this.store.repo(ContactEntity, tx).create({ ...before }), {
        name: dto.name ?? before.name,
        role: dto.role ?? before.role,
        email: dto.email ?? before.email,
        source: dto.source ?? before.source,
        escalationOrder: dto.escalationOrder ?? before.escalationOrder,
        active: dto.active ?? before.active,
        version: before.version + 1,
        updatedByLabel: actor.label,
      });
      const saved = await this.save(tx, after, company);
      await this.audit.record(tx, actor, {
        recordType: CONTACT_RECORD,
        recordId: id,
        action: 'update',
        before: snapshot(before),
        after: snapshot(saved),
      });
      return toContactView(saved, company);
    });
  }

  /** Sent letters keep the address they went to; the contact itself can go. */
  async delete(actor: Actor, id: string, input: VersionDto): Promise<void> {
    const dto = await validateOrThrow(VersionDto, input);
    await this.uow.run(async (tx) => {
      const before = await this.lock(tx, id, dto.version);
      await this.store.repo(ContactEntity, tx).delete({ id });
      await this.audit.record(tx, actor, {
        recordType: CONTACT_RECORD,
        recordId: id,
        action: 'delete',
        before: snapshot(before),
      });
    });
  }

  private async lock(tx: Tx, id: string, version: number): Promise<ContactEntity> {
    const contact = UUID.test(id)
      ? await this.store.repo(ContactEntity, tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!contact) throw OutreachException.contactNotFound(id);
    if (contact.version !== version)
      throw OutreachException.versionConflict(version, contact.version, contact.updatedByLabel, contact.updatedAt);
    return contact;
  }

  private async save(tx: Tx, entity: ContactEntity, company: CompanyEntity): Promise<ContactEntity> {
    try {
      await tx.manager.query('SAVEPOINT contact_write');
      const saved = await this.store.repo(ContactEntity, tx).save(entity);
      await tx.manager.query('RELEASE SAVEPOINT contact_write');
      return saved;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        await tx.manager.query('ROLLBACK TO SAVEPOINT contact_write');
        throw OutreachException.contactTaken(entity.email, company.name);
      }
      throw error;
    }
  }
}
