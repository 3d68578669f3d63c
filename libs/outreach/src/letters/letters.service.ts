import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AuditService,
  Clock,
  t,
  UnitOfWork,
  validateOrThrow,
  ValidationFailedException,
  type Actor,
  type Tx,
} from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { MailService } from '#libs/mail';
import { ContactEntity } from '../contact.entity';
import { VersionDto } from '../dto/contact.dto';
import { ComposeLetterDto, DEFAULT_DEADLINE_DAYS, UpdateLetterDto } from '../dto/letter.dto';
import { LetterEntity, type LetterRecipient, type LetterStatus, type ResponseState } from '../letter.entity';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import type { LetterSummaryView, LetterView, PreviewView, TemplateView } from '../outreach.view';
import { LETTER_RECORD, LetterDispatcher, letterSnapshot } from './letter-dispatcher';
import { LetterContextBuilder } from './letter-context.builder';
import { toLetterSummary, toLetterView } from './letter.mapper';

export interface LetterFilter {
  company?: string;
  status?: LetterStatus;
  responseState?: ResponseState;
  batchId?: string;
}

const MAX_LETTERS = 500;

/** Letters to companies: composed from a template and the record, edited, previewed, sent once and then frozen. */
@Injectable()
export class LettersService {
  constructor(
    private readonly store: OutreachStore,
    private readonly dispatcher: LetterDispatcher,
    private readonly contexts: LetterContextBuilder,
    private readonly mail: MailService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  templates(): TemplateView[] {
    return this.dispatcher.templates.list().map(({ key, name, subject, body }) => ({ key, name, subject, body }));
  }

  /** Throws OutreachException (naming the templates there are) for an unknown key. */
  template(key: string): TemplateView {
    const { name, subject, body } = this.dispatcher.templates.get(key);
    return { key, name, subject, body };
  }

  async list(filter: LetterFilter = {}): Promise<LetterSummaryView[]> {
    const query = this.store
      .repo(LetterEntity)
      .createQueryBuilder('l')
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(MAX_LETTERS);
    if (filter.company)
      query.andWhere('l.company_id = :company', { company: (await this.store.company(filter.company)).id });
    if (filter.status) query.andWhere('l.status = :status', { status: filter.status });
    if (filter.responseState) query.andWhere('l.response_state = :state', { state: filter.responseState });
    if (filter.batchId) query.andWhere('l.batch_id = :batch', { batch: filter.batchId });
    return this.summaries(await query.getMany());
  }

  async summaries(letters: LetterEntity[]): Promise<LetterSummaryView[]> {
    const companies = await this.store.companiesById(letters.map((l) => l.companyId));
    return letters.map((letter) => toLetterSummary(letter, companies.get(letter.companyId) as CompanyEntity));
  }

  async get(id: string): Promise<LetterView> {
    const letter = await this.find(id);
    const company = (await this.store.companiesById([letter.companyId])).get(letter.companyId) as CompanyEntity;
    return toLetterView(letter, company, await this.mail.forRef(LETTER_RECORD, letter.id));
  }

  /** A new draft: the template's sources, the company's first contact and its public evidence unless chosen. */
  async compose(
    actor: Actor,
    input: ComposeLetterDto,
    extra: { batchId?: string; demo?: boolean; appendix?: string } = {},
  ): Promise<LetterView> {
    const { draft, company } = await this.draftOf(actor, input, extra);
    const saved = await this.uow.run((tx) => this.saveDraft(tx, actor, draft));
    return toLetterView(saved, company, []);
  }

  /** Writes a draft made by draftOf, with its audit record, in the caller's transaction. */
  async saveDraft(tx: Tx, actor: Actor, draft: LetterEntity): Promise<LetterEntity> {
    const letter = await this.store.repo(LetterEntity, tx).save(draft);
    await this.audit.record(tx, actor, {
      recordType: LETTER_RECORD,
      recordId: letter.id,
      action: 'create',
      after: letterSnapshot(letter),
    });
    return letter;
  }

  /** The draft a compose would write, checked (company, contacts, evidence, template fields), not written. */
  async draftOf(
    actor: Actor,
    input: ComposeLetterDto,
    extra: { batchId?: string; demo?: boolean; appendix?: string } = {},
  ): Promise<{ draft: LetterEntity; company: CompanyEntity }> {
    const dto = await validateOrThrow(ComposeLetterDto, input);
    const company = await this.store.company(dto.company);
    const kind = dto.kind ?? 'initial';
    const template = this.dispatcher.templates.get(dto.template ?? (kind === 'escalation' ? 'escalation' : 'inquiry'));
    const evidenceIds = dto.evidence ?? (await this.contexts.evidenceFor(company.slug)).map((e) => e.id);
    if (dto.evidence) await this.contexts.checkEvidence(company.slug, dto.evidence);
    const draft = this.store.repo(LetterEntity).create({
      companyId: company.id,
      batchId: extra.batchId ?? null,
      kind,
      parentLetterId: null,
      templateKey: template.key,
      subjectSource: dto.subject ?? template.subject,
      bodySource: dto.body ?? template.body,
      recipients: await this.recipients(company, dto.contacts),
      evidenceIds,
      deadlineDays: dto.deadlineDays ?? DEFAULT_DEADLINE_DAYS,
      status: 'draft',
      responseState: null,
      demo: extra.demo ?? false,
      appendix: extra.appendix ?? null,
      createdByLabel: actor.label,
      updatedByLabel: actor.label,
    });
    // Rendering refuses unknown fields before anything is written; the draft keeps its subject as it reads now.
    draft.subject = (await this.dispatcher.render(draft, company, await this.dispatcher.senderName(actor))).subject;
    return { draft, company };
  }

  async update(actor: Actor, id: string, input: UpdateLetterDto): Promise<LetterView> {
    const dto = await validateOrThrow(UpdateLetterDto, input);
    const current = await this.find(id);
    const company = (await this.store.companiesById([current.companyId])).get(current.companyId) as CompanyEntity;
    if (current.status !== 'draft') throw OutreachException.alreadySent(current.sentAt ?? current.updatedAt);
    if (dto.evidence) await this.contexts.checkEvidence(company.slug, dto.evidence);
    const changes = {
      subjectSource: dto.subject ?? current.subjectSource,
      bodySource: dto.body ?? current.bodySource,
      recipients: dto.contacts ? await this.recipients(company, dto.contacts) : current.recipients,
      evidenceIds: dto.evidence ?? current.evidenceIds,
      deadlineDays: dto.deadlineDays ?? current.deadlineDays,
    };
    const subject = (
      await this.dispatcher.render(
        Object.assign(this.store.repo(LetterEntity).create({ ...current }), changes),
        company,
        await this.dispatcher.senderName(actor),
      )
    ).subject;
    const saved = await this.uow.run(async (tx) => {
      const before = await this.lock(tx, id, dto.version);
      if (before.status !== 'draft') throw OutreachException.alreadySent(before.sentAt ?? before.updatedAt);
      const snapshot = letterSnapshot(before);
      const after = await this.store
        .repo(LetterEntity, tx)
        .save(Object.assign(before, changes, { subject, version: before.version + 1, updatedByLabel: actor.label }));
      await this.audit.record(tx, actor, {
        recordType: LETTER_RECORD,
        recordId: id,
        action: 'update',
        before: snapshot,
        after: letterSnapshot(after),
      });
      return after;
    });
    return toLetterView(saved, company, []);
  }

  /** What the company would receive if the letter were sent now; a sent letter shows what was sent. */
  async preview(id: string, actor: Actor): Promise<PreviewView> {
    const letter = await this.find(id);
    if (letter.status !== 'draft')
      return { subject: letter.subject ?? '', text: letter.textBody ?? '', html: letter.htmlBody ?? '' };
    const company = (await this.store.companiesById([letter.companyId])).get(letter.companyId) as CompanyEntity;
    return this.dispatcher.render(letter, company, await this.dispatcher.senderName(actor));
  }

  /** Sends once: a second send (or a double click) is refused, and nothing is queued twice. */
  async send(actor: Actor, id: string, input: VersionDto): Promise<LetterView> {
    const dto = await validateOrThrow(VersionDto, input);
    const current = await this.find(id);
    const company = (await this.store.companiesById([current.companyId])).get(current.companyId) as CompanyEntity;
    if (current.status !== 'draft') throw OutreachException.alreadySent(current.sentAt ?? current.updatedAt);
    if (current.recipients.length === 0) throw OutreachException.noContact(company.name);
    const rendered = await this.dispatcher.render(current, company, await this.dispatcher.senderName(actor));
    await this.uow.run(async (tx) => {
      const letter = await this.lock(tx, id, dto.version);
      await this.dispatcher.dispatch(tx, actor, letter, company, rendered);
    });
    return this.get(id);
  }

  /** Makes the text of a sent letter public (the dates and the silence are public from sending). */
  async publish(actor: Actor, id: string, input: VersionDto): Promise<LetterView> {
    const dto = await validateOrThrow(VersionDto, input);
    await this.uow.run(async (tx) => {
      const letter = await this.lock(tx, id, dto.version);
      if (letter.status === 'draft') throw OutreachException.notSent();
      if (letter.publishedAt) return;
      const before = letterSnapshot(letter);
      const after = await this.store.repo(LetterEntity, tx).save(
        Object.assign(letter, {
          publishedAt: this.clock.now(),
          version: letter.version + 1,
          updatedByLabel: actor.label,
        }),
      );
      await this.audit.record(tx, actor, {
        recordType: LETTER_RECORD,
        recordId: id,
        action: 'publish',
        before,
        after: letterSnapshot(after),
      });
    });
    return this.get(id);
  }

  async deleteDraft(actor: Actor, id: string, input: VersionDto): Promise<void> {
    const dto = await validateOrThrow(VersionDto, input);
    await this.uow.run(async (tx) => {
      const letter = await this.lock(tx, id, dto.version);
      if (letter.status !== 'draft') throw OutreachException.alreadySent(letter.sentAt ?? letter.updatedAt);
      await this.store.repo(LetterEntity, tx).delete({ id });
      await this.audit.record(tx, actor, {
        recordType: LETTER_RECORD,
        recordId: id,
        action: 'delete',
        before: letterSnapshot(letter),
      });
    });
  }

  async find(id: string, tx?: Tx): Promise<LetterEntity> {
    const letter = UUID.test(id) ? await this.store.repo(LetterEntity, tx).findOne({ where: { id } }) : null;
    if (!letter) throw OutreachException.letterNotFound(id);
    return letter;
  }

  async lock(tx: Tx, id: string, version: number): Promise<LetterEntity> {
    const letter = UUID.test(id)
      ? await this.store.repo(LetterEntity, tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!letter) throw OutreachException.letterNotFound(id);
    if (letter.version !== version)
      throw OutreachException.versionConflict(version, letter.version, letter.updatedByLabel, letter.updatedAt);
    return letter;
  }

  /** The chosen contacts (of this company, active), or the first one in escalation order. */
  async recipients(company: CompanyEntity, contactIds: string[] | undefined, tx?: Tx): Promise<LetterRecipient[]> {
    const repo = this.store.repo(ContactEntity, tx);
    const contacts = contactIds
      ? await repo.find({
          where: { id: In(contactIds), companyId: company.id, active: true },
          order: { escalationOrder: 'ASC' },
        })
      : await repo.find({
          where: { companyId: company.id, active: true },
          order: { escalationOrder: 'ASC', createdAt: 'ASC' },
          take: 1,
        });
    if (contactIds && contacts.length !== new Set(contactIds).size) {
      throw new ValidationFailedException([{ field: 'contacts', message: t('outreach.validation.contact') }]);
    }
    return contacts.map((c) => ({
      contactId: c.id,
      name: c.name,
      role: c.role,
      email: c.email,
      escalationOrder: c.escalationOrder,
    }));
  }
}
