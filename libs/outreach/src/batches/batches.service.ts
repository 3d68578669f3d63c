import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { AuditService, DomainException, UnitOfWork, validateOrThrow, type Actor } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { CreateBatchDto } from '../dto/letter.dto';
import { LetterBatchEntity } from '../letter-batch.entity';
import { LetterEntity } from '../letter.entity';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import type { BatchView } from '../outreach.view';
import { ResponseEntity } from '../response.entity';
import { LettersService } from '../letters/letters.service';
import { toLetterSummary } from '../letters/letter.mapper';

export class BatchListItem {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ description: 'Letters in the batch (one per company).' })
  letters: number;

  @ApiProperty()
  sent: number;

  @ApiProperty()
  answered: number;

  @ApiProperty()
  demo: boolean;
}

export const BATCH_RECORD = 'outreach_letter_batch';

/** One letter to many companies: a draft per company from one template, sent together, tracked side by side. */
@Injectable()
export class BatchesService {
  constructor(
    private readonly store: OutreachStore,
    private readonly letters: LettersService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateBatchDto, options: { demo?: boolean } = {}): Promise<BatchView> {
    const dto = await validateOrThrow(CreateBatchDto, input);
    const slugs = [...new Set(dto.companies)];
    for (const slug of slugs)
      await this.store.company(slug).catch(() => Promise.reject(OutreachException.unknownCompany(slug, 'companies')));
    // Every letter is made and checked (template, fields, contacts) first, then all are written with
    // the batch in one transaction: no half-made batch. A company without a contact still gets its
    // draft, flagged, to send once a contact is added.
    const drafts: LetterEntity[] = [];
    for (const slug of slugs) {
      const { draft } = await this.letters.draftOf(
        actor,
        {
          company: slug,
          template: dto.template ?? 'joint-letter',
          deadlineDays: dto.deadlineDays,
          subject: dto.subject,
          body: dto.body,
        },
        { demo: options.demo },
      );
      drafts.push(draft);
    }
    const batch = await this.uow.run(async (tx) => {
      const saved = await this.store.repo(LetterBatchEntity, tx).save(
        this.store.repo(LetterBatchEntity, tx).create({
          title: dto.title,
          templateKey: dto.template ?? 'joint-letter',
          createdByLabel: actor.label,
          demo: options.demo ?? false,
        }),
      );
      await this.audit.record(tx, actor, {
        recordType: BATCH_RECORD,
        recordId: saved.id,
        action: 'create',
        after: { title: saved.title, companies: slugs },
      });
      for (const draft of drafts) await this.letters.saveDraft(tx, actor, Object.assign(draft, { batchId: saved.id }));
      return saved;
    });
    return this.get(batch.id);
  }

  async list(): Promise<BatchListItem[]> {
    const rows = await this.store.query<{
      id: string;
      title: string;
      created_at: Date;
      demo: boolean;
      letters: string;
      sent: string;
      answered: string;
    }>(
      `SELECT b.id, b.title, b.created_at, b.demo,
              count(l.id) AS letters,
              count(l.id) FILTER (WHERE l.status <> 'draft') AS sent,
              count(l.id) FILTER (WHERE l.response_state = 'answered') AS answered
         FROM outreach_letter_batch b LEFT JOIN outreach_letter l ON l.batch_id = b.id
        GROUP BY b.id ORDER BY b.created_at DESC LIMIT 200`,
      [],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      createdAt: new Date(r.created_at).toISOString(),
      demo: r.demo,
      letters: Number(r.letters),
      sent: Number(r.sent),
      answered: Number(r.answered),
    }));
  }

  async get(id: string): Promise<BatchView> {
    const batch = UUID.test(id) ? await this.store.repo(LetterBatchEntity).findOne({ where: { id } }) : null;
    if (!batch) throw OutreachException.batchNotFound(id);
    const letters = await this.store.repo(LetterEntity).find({ where: { batchId: id }, order: { createdAt: 'ASC' } });
    const companies = await this.store.companiesById(letters.map((l) => l.companyId));
    const latest = await this.latestClassifications(letters.map((l) => l.id));
    return {
      id: batch.id,
      title: batch.title,
      templateKey: batch.templateKey,
      createdByLabel: batch.createdByLabel,
      createdAt: batch.createdAt.toISOString(),
      demo: batch.demo,
      problems: [],
      rows: letters
        .map((letter) => {
          const company = companies.get(letter.companyId) as CompanyEntity;
          return {
            company: { slug: company.slug, name: company.name },
            letter: toLetterSummary(letter, company),
            classification: latest.get(letter.id) ?? null,
            sendable: letter.recipients.length > 0,
          };
        })
        .sort((a, b) => a.company.name.localeCompare(b.company.name)),
    };
  }

  /**
   * Sends every draft of the batch that has a recipient; the others stay drafts, shown as needing
   * a contact. One letter that cannot go (an address the relay refuses, a changed draft) does not
   * hold back the others: it is reported, and sending again sends what is left.
   */
  async send(actor: Actor, id: string): Promise<BatchView> {
    const view = await this.get(id);
    const problems: BatchView['problems'] = [];
    for (const row of view.rows) {
      if (row.letter.status !== 'draft' || !row.sendable) continue;
      try {
        await this.letters.send(actor, row.letter.id, { version: row.letter.version });
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        problems.push({ company: row.company, message: error.details[0]?.message ?? error.message });
      }
    }
    return { ...(await this.get(id)), problems };
  }

  private async latestClassifications(letterIds: string[]): Promise<Map<string, ResponseEntity['classification']>> {
    if (letterIds.length === 0) return new Map();
    const rows = await this.store.query<{ letter_id: string; classification: ResponseEntity['classification'] }>(
      `SELECT DISTINCT ON (letter_id) letter_id, classification FROM outreach_response
        WHERE letter_id = ANY($1::uuid[]) ORDER BY letter_id, responded_on DESC, created_at DESC`,
      [letterIds],
    );
    return new Map(rows.map((r) => [r.letter_id, r.classification]));
  }
}
