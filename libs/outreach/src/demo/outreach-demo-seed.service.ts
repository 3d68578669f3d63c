import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork, type Actor } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { ContactEntity } from '../contact.entity';
import { LetterBatchEntity } from '../letter-batch.entity';
import { LetterEntity } from '../letter.entity';
import { ExternalLettersService } from '../letters/external-letters.service';
import { LetterContextBuilder } from '../letters/letter-context.builder';
import { LetterDispatcher } from '../letters/letter-dispatcher';
import { OutreachStore } from '../outreach-store';
import { ResponsesService, type PreparedResponse } from '../responses/responses.service';
import {
  DEMO_BATCH,
  DEMO_CONTACT_SOURCE,
  DEMO_CONTACTS,
  DEMO_EXTERNAL_LETTERS,
  DEMO_STATEMENTS,
  type DemoAnswer,
} from './demo-outreach';

const DEADLINE_DAYS = 14;

/**
 * Seeds the demo outreach into an empty outreach record only (never over an organizer's work), in
 * one transaction, through the same checks as the console: the letters other organizations sent
 * and the companies' public answers, from their sources; invented contacts; and the joint letter
 * as demo drafts, from which no message is ever queued.
 */
@Injectable()
export class OutreachDemoSeedService {
  private readonly logger = new Logger(OutreachDemoSeedService.name);

  constructor(
    private readonly store: OutreachStore,
    private readonly dispatcher: LetterDispatcher,
    private readonly contexts: LetterContextBuilder,
    private readonly externalLetters: ExternalLettersService,
    private readonly responses: ResponsesService,
    private readonly uow: UnitOfWork,
  ) {}

  async seedIfEmpty(actor: Actor): Promise<boolean> {
    const [{ any }] = await this.store.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM outreach_contact) OR EXISTS (SELECT 1 FROM outreach_letter)
           OR EXISTS (SELECT 1 FROM outreach_response) AS any`,
      [],
    );
    if (any) return false;
    const companies = new Map<string, CompanyEntity>();
    const slugs = [
      ...DEMO_CONTACTS.map((c) => c.company),
      ...DEMO_EXTERNAL_LETTERS.map((l) => l.company),
      ...DEMO_STATEMENTS.map((s) => s.company),
    ];
    for (const slug of new Set(slugs)) {
      const company = await this.store.company(slug).catch(() => null);
      if (company) companies.set(slug, company);
    }
    if (!companies.size) return false;
    // Read and check everything first: the embedded database has one connection, held by the transaction below.
    const evidence = new Map<string, { id: string; title: string }[]>();
    for (const slug of companies.keys()) evidence.set(slug, await this.contexts.evidenceFor(slug));
    const idOf = (slug: string, title: string) => evidence.get(slug)?.find((e) => e.title === title)?.id;

    const letters: { letter: LetterEntity; answer: PreparedResponse | null }[] = [];
    for (const demo of DEMO_EXTERNAL_LETTERS.filter((l) => companies.has(l.company))) {
      const about = idOf(demo.company, demo.about);
      const { letter } = await this.externalLetters.prepare(actor, {
        company: demo.company,
        senderOrganization: demo.senderOrganization,
        sentOn: demo.sentOn,
        sentOnPrecision: demo.precision,
        subject: demo.subject,
        summary: demo.summary,
        evidence: about ? [about] : [],
        deadlineDays: DEADLINE_DAYS,
        source: demo.source,
        sourceExcerpt: demo.sourceExcerpt,
      });
      letters.push({ letter, answer: demo.answer ? await this.answer(demo.company, demo.answer, idOf) : null });
    }
    const statements: PreparedResponse[] = [];
    for (const demo of DEMO_STATEMENTS.filter((s) => companies.has(s.company)))
      statements.push(await this.answer(demo.company, demo, idOf));

    const contacts = DEMO_CONTACTS.filter((c) => companies.has(c.company));
    const batched: LetterEntity[] = [];
    for (const slug of DEMO_BATCH.companies.filter((s) => companies.has(s))) {
      const company = companies.get(slug) as CompanyEntity;
      const draft = this.draft(actor, company, evidence.get(slug) ?? []);
      draft.subject = (await this.dispatcher.render(draft, company, actor.label)).subject;
      batched.push(draft);
    }

    await this.uow.run(async (tx) => {
      const contactRepo = this.store.repo(ContactEntity, tx);
      const contactIds = new Map<string, string>();
      for (const c of contacts) {
        const saved = await contactRepo.save(
          contactRepo.create({
            companyId: companies.get(c.company)?.id,
            name: c.name,
            role: c.role,
            email: c.email,
            source: DEMO_CONTACT_SOURCE,
            escalationOrder: c.order,
            active: true,
            updatedByLabel: actor.label,
          }),
        );
        contactIds.set(saved.email, saved.id);
      }
      for (const statement of statements) await this.responses.recordIn(tx, actor, statement);
      for (const { letter, answer } of letters) {
        const saved = await this.externalLetters.save(tx, actor, letter);
        if (answer) await this.responses.recordIn(tx, actor, answer, { letterId: saved.id });
      }
      const batch = await this.store
        .repo(LetterBatchEntity, tx)
        .save(
          this.store
            .repo(LetterBatchEntity, tx)
            .create({ title: DEMO_BATCH.title, templateKey: 'joint-letter', createdByLabel: actor.label, demo: true }),
        );
      const letterRepo = this.store.repo(LetterEntity, tx);
      for (const letter of batched) {
        letter.recipients = letter.recipients.map((r) => ({ ...r, contactId: contactIds.get(r.email) ?? null }));
        await letterRepo.save(Object.assign(letter, { batchId: batch.id }));
      }
    });
    this.logger.log(
      `demo outreach seeded: ${contacts.length} contacts, ${letters.length} letters by other organizations, ` +
        `${statements.length + letters.filter((l) => l.answer).length} answers, ${batched.length} demo drafts`,
    );
    return true;
  }

  private answer(
    company: string,
    demo: DemoAnswer,
    idOf: (slug: string, title: string) => string | undefined,
  ): Promise<PreparedResponse> {
    const about = idOf(company, demo.answers);
    return this.responses.prepare({
      company,
      channel: demo.channel,
      respondedOn: demo.respondedOn,
      respondedOnPrecision: demo.precision ?? 'day',
      classification: demo.classification,
      text: demo.text,
      url: demo.url,
      evidence: about ? [about] : [],
    });
  }

  /** A demo draft of the joint letter, to the company's first contact. */
  private draft(actor: Actor, company: CompanyEntity, evidence: { id: string }[]): LetterEntity {
    const template = this.dispatcher.templates.get('joint-letter');
    const recipients = DEMO_CONTACTS.filter((c) => c.company === company.slug && c.order === 1).map((c) => ({
      contactId: null,
      name: c.name,
      role: c.role,
      email: c.email,
      escalationOrder: c.order,
    }));
    return this.store.repo(LetterEntity).create({
      companyId: company.id,
      batchId: null,
      kind: 'initial',
      parentLetterId: null,
      templateKey: template.key,
      subjectSource: template.subject,
      bodySource: template.body,
      recipients,
      evidenceIds: evidence.map((e) => e.id),
      deadlineDays: DEADLINE_DAYS,
      status: 'draft',
      responseState: null,
      demo: true,
      createdByLabel: actor.label,
      updatedByLabel: actor.label,
    });
  }
}
