import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork, type Actor } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { ContactEntity } from '../contact.entity';
import { LetterBatchEntity } from '../letter-batch.entity';
import { LetterEntity } from '../letter.entity';
import { addDays } from '../letters/letter-context';
import { contentHash, LetterDispatcher } from '../letters/letter-dispatcher';
import { OutreachStore } from '../outreach-store';
import { ResponseEntity } from '../response.entity';
import { DEMO_BATCH, DEMO_CONTACT_SOURCE, DEMO_CONTACTS, DEMO_LETTERS, type DemoLetter } from './demo-outreach';
import { LetterContextBuilder } from '../letters/letter-context.builder';

const DEADLINE_DAYS = 14;
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

/**
 * Seeds the demo outreach into an empty outreach record only (never over an organizer's work).
 * Letters are rendered from the real templates, marked demo, and no message is queued.
 */
@Injectable()
export class OutreachDemoSeedService {
  private readonly logger = new Logger(OutreachDemoSeedService.name);

  constructor(
    private readonly store: OutreachStore,
    private readonly dispatcher: LetterDispatcher,
    private readonly contexts: LetterContextBuilder,
    private readonly uow: UnitOfWork,
  ) {}

  async seedIfEmpty(actor: Actor): Promise<boolean> {
    const [{ any }] = await this.store.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM outreach_contact) OR EXISTS (SELECT 1 FROM outreach_letter) AS any`,
      [],
    );
    if (any) return false;
    const companies = new Map<string, CompanyEntity>();
    for (const slug of new Set(DEMO_CONTACTS.map((c) => c.company))) {
      const company = await this.store.company(slug).catch(() => null);
      if (company) companies.set(slug, company);
    }
    if (!companies.size) return false;
    // Read everything first: the embedded database has one connection, held by the transaction below.
    const evidence = new Map<string, string[]>();
    for (const slug of companies.keys())
      evidence.set(
        slug,
        (await this.contexts.evidenceFor(slug)).map((e) => e.id),
      );
    const contacts = DEMO_CONTACTS.filter((c) => companies.has(c.company));
    const letters: { letter: LetterEntity; demo: DemoLetter | null }[] = [];
    for (const demo of DEMO_LETTERS.filter((l) => companies.has(l.company)))
      letters.push({
        letter: await this.letter(
          actor,
          companies.get(demo.company) as CompanyEntity,
          demo.sentOn,
          demo.orders,
          evidence,
          'inquiry',
        ),
        demo,
      });
    const batched: LetterEntity[] = [];
    for (const slug of DEMO_BATCH.companies.filter((s) => companies.has(s))) {
      const company = companies.get(slug) as CompanyEntity;
      const draft = this.draft(actor, company, [1], evidence, 'joint-letter');
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
      for (const letter of [...letters.map((l) => l.letter), ...batched])
        letter.recipients = letter.recipients.map((r) => ({ ...r, contactId: contactIds.get(r.email) ?? null }));
      const letterRepo = this.store.repo(LetterEntity, tx);
      for (const { letter, demo } of letters) {
        const saved = await letterRepo.save(letter);
        if (demo?.outcome === 'no_response') {
          await letterRepo.update(
            { id: saved.id },
            {
              responseState: 'no_response',
              overdueAt: saved.deadline,
              noResponseAt: addDays(saved.sentAt as Date, 2 * DEADLINE_DAYS),
            },
          );
        }
        if (demo?.response) {
          const r = demo.response;
          const responseRepo = this.store.repo(ResponseEntity, tx);
          await responseRepo.save(
            responseRepo.create({
              companyId: saved.companyId,
              letterId: saved.id,
              inboundMailId: null,
              channel: r.channel,
              respondedOn: r.respondedOn,
              text: r.text,
              url: r.url,
              classification: r.classification,
              evidenceIds: r.answersEvidence ? saved.evidenceIds : [],
              recordedByLabel: actor.label,
              demo: true,
            }),
          );
          await letterRepo.update({ id: saved.id }, { responseState: 'answered', answeredAt: day(r.respondedOn) });
        }
      }
      const batch = await this.store
        .repo(LetterBatchEntity, tx)
        .save(
          this.store
            .repo(LetterBatchEntity, tx)
            .create({ title: DEMO_BATCH.title, templateKey: 'joint-letter', createdByLabel: actor.label, demo: true }),
        );
      for (const letter of batched) await letterRepo.save(Object.assign(letter, { batchId: batch.id }));
    });
    this.logger.log(`demo outreach seeded: ${contacts.length} contacts, ${letters.length + batched.length} letters`);
    return true;
  }

  /** A letter as it would have been sent on that day, frozen, public, marked demo. */
  private async letter(
    actor: Actor,
    company: CompanyEntity,
    sentOn: string,
    orders: number[],
    evidence: Map<string, string[]>,
    templateKey: string,
  ): Promise<LetterEntity> {
    const letter = Object.assign(this.draft(actor, company, orders, evidence, templateKey), {
      status: 'sent',
      responseState: 'awaiting',
    });
    const sentAt = day(sentOn);
    const rendered = await this.dispatcher.render(letter, company, 'The Leverage demo team', sentAt);
    return Object.assign(letter, {
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      contentHash: contentHash(rendered),
      sentAt,
      sentByLabel: actor.label,
      deadline: addDays(sentAt, DEADLINE_DAYS),
      publishedAt: sentAt,
    });
  }

  /** A draft from a template, to the company's contacts of these escalation orders. */
  private draft(
    actor: Actor,
    company: CompanyEntity,
    orders: number[],
    evidence: Map<string, string[]>,
    templateKey: string,
  ): LetterEntity {
    const template = this.dispatcher.templates.get(templateKey);
    const recipients = DEMO_CONTACTS.filter((c) => c.company === company.slug && orders.includes(c.order)).map((c) => ({
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
      templateKey,
      subjectSource: template.subject,
      bodySource: template.body,
      recipients,
      evidenceIds: evidence.get(company.slug) ?? [],
      deadlineDays: DEADLINE_DAYS,
      status: 'draft',
      responseState: null,
      demo: true,
      createdByLabel: actor.label,
      updatedByLabel: actor.label,
    });
  }
}
