import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Clock,
  latestDay,
  storedDay,
  t,
  UnitOfWork,
  validateOrThrow,
  ValidationFailedException,
  type Actor,
  type Tx,
} from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { MailService } from '#libs/mail';
import { RecordExternalLetterDto } from '../dto/external-letter.dto';
import { DEFAULT_DEADLINE_DAYS } from '../dto/letter.dto';
import { LetterEntity, type ResponseState } from '../letter.entity';
import { OutreachStore } from '../outreach-store';
import type { LetterView } from '../outreach.view';
import { addDays } from './letter-context';
import { LetterContextBuilder } from './letter-context.builder';
import { contentHash, LETTER_RECORD, letterSnapshot } from './letter-dispatcher';
import { toLetterView } from './letter.mapper';

/** The template key of a letter we did not write: it is never rendered. */
export const EXTERNAL_TEMPLATE = 'external';

/**
 * Where a letter stands at `now` by its dates alone: the deadline sweep's rule (overdue at the
 * deadline, no response as long again after it), so that a letter recorded long after it was sent is at once
 * where the sweep would have put it.
 */
export function stateByDates(
  deadline: Date,
  deadlineDays: number,
  now: Date,
): { state: ResponseState; overdueAt: Date | null; noResponseAt: Date | null } {
  const silence = addDays(deadline, deadlineDays);
  if (now >= silence) return { state: 'no_response', overdueAt: deadline, noResponseAt: silence };
  if (now >= deadline) return { state: 'overdue', overdueAt: deadline, noResponseAt: null };
  return { state: 'awaiting', overdueAt: null, noResponseAt: null };
}

/**
 * Letters other organizations sent, recorded from their sources. They are public from the start
 * (their source already is), carry no recipients or messages, get no reminders from us, and their
 * answers and silences count like ours.
 */
@Injectable()
export class ExternalLettersService {
  constructor(
    private readonly store: OutreachStore,
    private readonly contexts: LetterContextBuilder,
    private readonly mail: MailService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordExternalLetterDto): Promise<LetterView> {
    const { letter, company } = await this.prepare(actor, input);
    const saved = await this.uow.run((tx) => this.save(tx, actor, letter));
    return toLetterView(saved, company, await this.mail.forRef(LETTER_RECORD, saved.id));
  }

  /** The letter a record would write, checked (company, date, evidence), not written. */
  async prepare(
    actor: Actor,
    input: RecordExternalLetterDto,
  ): Promise<{ letter: LetterEntity; company: CompanyEntity }> {
    const dto = await validateOrThrow(RecordExternalLetterDto, input);
    const company = await this.store.company(dto.company);
    const now = this.clock.now();
    const precision = dto.sentOnPrecision ?? 'day';
    const sentOn = storedDay(dto.sentOn, precision);
    const today = now.toISOString().slice(0, 10);
    if (sentOn > today)
      throw new ValidationFailedException([
        { field: 'sentOn', message: t('outreach.validation.sent_in_future', { today }) },
      ]);
    // A letter is about the evidence it names; with none named, about all the company's published harm.
    if (dto.evidence?.length) await this.contexts.checkEvidence(company.slug, dto.evidence);
    const evidenceIds = dto.evidence?.length
      ? dto.evidence
      : (await this.contexts.evidenceFor(company.slug)).map((e) => e.id);
    const deadlineDays = dto.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
    // Noon UTC: the calendar day is the same wherever the record is read. The deadline runs from
    // the latest day the letter can have been sent (the end of its month when only that is known).
    const sentAt = new Date(`${sentOn}T12:00:00Z`);
    const deadline = addDays(new Date(`${latestDay(sentOn, precision)}T12:00:00Z`), deadlineDays);
    const { state, overdueAt, noResponseAt } = stateByDates(deadline, deadlineDays, now);
    const text = dto.summary;
    const letter = this.store.repo(LetterEntity).create({
      companyId: company.id,
      batchId: null,
      kind: 'initial',
      parentLetterId: null,
      templateKey: EXTERNAL_TEMPLATE,
      subjectSource: dto.subject,
      bodySource: text,
      recipients: [],
      evidenceIds,
      deadlineDays,
      status: 'sent',
      responseState: state,
      subject: dto.subject,
      textBody: text,
      htmlBody: null,
      contentHash: contentHash({ subject: dto.subject, text, html: '' }),
      sentAt,
      sentByLabel: null,
      sentById: null,
      deadline,
      overdueAt,
      noResponseAt,
      publishedAt: now,
      senderOrganization: dto.senderOrganization,
      sentOnPrecision: precision,
      source: {
        url: dto.source.url,
        title: dto.source.title ?? null,
        publisher: dto.source.publisher ?? null,
        publishedOn: dto.source.publishedOn ?? null,
      },
      sourceExcerpt: dto.sourceExcerpt ?? '',
      demo: false,
      createdByLabel: actor.label,
      updatedByLabel: actor.label,
    });
    return { letter, company };
  }

  /** Writes a prepared letter with its audit record, in the caller's transaction. */
  async save(tx: Tx, actor: Actor, letter: LetterEntity): Promise<LetterEntity> {
    const written = await this.store.repo(LetterEntity, tx).save(letter);
    await this.audit.record(tx, actor, {
      recordType: LETTER_RECORD,
      recordId: written.id,
      action: 'record_external',
      after: letterSnapshot(written),
    });
    return written;
  }
}
