import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Clock,
  storedDay,
  t,
  UnitOfWork,
  validateOrThrow,
  ValidationFailedException,
  type Actor,
  type DatePrecision,
  type Tx,
} from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { ClassifyReplyDto, RecordResponseDto } from '../dto/response.dto';
import { InboundMailEntity } from '../inbound-mail.entity';
import { LetterEntity } from '../letter.entity';
import { LetterContextBuilder } from '../letters/letter-context.builder';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import type { ResponseView } from '../replies.view';
import { ResponseEntity, type Classification } from '../response.entity';
import { publishableReply } from './reply-text';
import { toResponseView } from './response.mapper';

export const RESPONSE_RECORD = 'outreach_response';

const snapshot = (r: ResponseEntity) => ({
  companyId: r.companyId,
  letterId: r.letterId,
  inboundMailId: r.inboundMailId,
  channel: r.channel,
  respondedOn: r.respondedOn,
  respondedOnPrecision: r.respondedOnPrecision,
  dueOn: r.dueOn,
  text: r.text,
  url: r.url,
  classification: r.classification,
  evidenceIds: r.evidenceIds,
});

export interface PreparedResponse {
  dto: RecordResponseDto;
  company: CompanyEntity;
  respondedOn: string;
  precision: DatePrecision;
  dueOn: string | null;
}

/** What companies answered, by any channel, classified and linked to the evidence they answer. Public. */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly store: OutreachStore,
    private readonly contexts: LetterContextBuilder,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(filter: { company?: string; letterId?: string } = {}): Promise<ResponseView[]> {
    const query = this.store
      .repo(ResponseEntity)
      .createQueryBuilder('r')
      .orderBy('r.responded_on', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .take(1000);
    if (filter.company)
      query.andWhere('r.company_id = :company', { company: (await this.store.company(filter.company)).id });
    if (filter.letterId)
      query.andWhere('r.letter_id = :letter', { letter: UUID.test(filter.letterId) ? filter.letterId : null });
    return this.views(await query.getMany());
  }

  async get(id: string): Promise<ResponseView> {
    const response = UUID.test(id) ? await this.store.repo(ResponseEntity).findOne({ where: { id } }) : null;
    if (!response) throw OutreachException.responseNotFound(id);
    return (await this.views([response]))[0];
  }

  /** The answers that name this evidence item: its right of reply, beside it. */
  async forEvidence(evidenceId: string): Promise<ResponseView[]> {
    if (!UUID.test(evidenceId)) return [];
    const rows = await this.store
      .repo(ResponseEntity)
      .createQueryBuilder('r')
      .where(':id = ANY(r.evidence_ids)', { id: evidenceId })
      .orderBy('r.responded_on', 'ASC')
      .getMany();
    return this.views(rows);
  }

  async views(responses: ResponseEntity[]): Promise<ResponseView[]> {
    const companies = await this.store.companiesById(responses.map((r) => r.companyId));
    const letterIds = [...new Set(responses.map((r) => r.letterId).filter((id): id is string => id !== null))];
    const letters = letterIds.length
      ? await this.store
          .repo(LetterEntity)
          .createQueryBuilder('l')
          .where('l.id IN (:...ids)', { ids: letterIds })
          .getMany()
      : [];
    const byId = new Map(letters.map((l) => [l.id, l]));
    return responses.map((r) =>
      toResponseView(
        r,
        companies.get(r.companyId) as CompanyEntity,
        r.letterId ? (byId.get(r.letterId) ?? null) : null,
      ),
    );
  }

  /** A response recorded by hand: a public statement, a quote in the press, a meeting. */
  async record(actor: Actor, input: RecordResponseDto): Promise<ResponseView> {
    const prepared = await this.prepare(input);
    return this.uow.run((tx) => this.recordIn(tx, actor, prepared));
  }

  /** A hand-recorded response, checked (text or link, company, evidence, dates), not written. */
  async prepare(input: RecordResponseDto): Promise<PreparedResponse> {
    const dto = await validateOrThrow(RecordResponseDto, input);
    if (!dto.text && !dto.url)
      throw new ValidationFailedException([{ field: 'text', message: t('outreach.validation.text_or_url') }]);
    const company = await this.store.company(dto.company);
    if (dto.evidence?.length) await this.contexts.checkEvidence(company.slug, dto.evidence);
    const precision = dto.respondedOnPrecision ?? 'day';
    const respondedOn = storedDay(dto.respondedOn, precision);
    const dueOn = COMMITMENTS.includes(dto.classification) ? (dto.dueOn ?? null) : null;
    checkDates(respondedOn, dueOn, this.clock.now());
    return { dto, company, respondedOn, precision, dueOn };
  }

  /** Writes a prepared response in the caller's transaction; `letterId` may name a letter written in it. */
  async recordIn(
    tx: Tx,
    actor: Actor,
    { dto, company, respondedOn, precision, dueOn }: PreparedResponse,
    options: { letterId?: string; demo?: boolean } = {},
  ): Promise<ResponseView> {
    const letterId = options.letterId ?? dto.letter;
    const letter = letterId ? await this.letterOf(tx, letterId, company) : null;
    if (letter) checkAfterLetter(respondedOn, letter);
    const response = await this.write(tx, actor, {
      companyId: company.id,
      letterId: letter?.id ?? null,
      inboundMailId: null,
      channel: dto.channel,
      respondedOn,
      respondedOnPrecision: precision,
      dueOn,
      text: dto.text ?? '',
      url: dto.url ?? null,
      classification: dto.classification,
      evidenceIds: dto.evidence ?? [],
      demo: options.demo ?? false,
    });
    if (letter) await this.markAnswered(tx, letter, respondedOn);
    return toResponseView(response, company, letter);
  }

  /** A reply that arrived by email becomes a response: its words (or the organizer's excerpt), its date. */
  async classify(actor: Actor, inboundId: string, input: ClassifyReplyDto): Promise<ResponseView> {
    const dto = await validateOrThrow(ClassifyReplyDto, input);
    const inbound = UUID.test(inboundId)
      ? await this.store.repo(InboundMailEntity).findOne({ where: { id: inboundId } })
      : null;
    if (!inbound) throw OutreachException.inboundNotFound(inboundId);
    if (!inbound.letterId)
      throw new ValidationFailedException([{ field: 'letter', message: t('outreach.error.letter_required') }]);
    const letter = await this.store.repo(LetterEntity).findOneOrFail({ where: { id: inbound.letterId } });
    const company = (await this.store.companiesById([letter.companyId])).get(letter.companyId) as CompanyEntity;
    if (dto.evidence?.length) await this.contexts.checkEvidence(company.slug, dto.evidence);
    return this.uow.run(async (tx) => {
      const locked = await this.store
        .repo(InboundMailEntity, tx)
        .findOne({ where: { id: inboundId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || !['attached', 'auto_reply'].includes(locked.status))
        throw OutreachException.inboundHandled(locked?.status ?? 'dismissed');
      const respondedOn = (
        locked.sentDate && locked.sentDate <= locked.receivedAt ? locked.sentDate : locked.receivedAt
      )
        .toISOString()
        .slice(0, 10);
      const response = await this.write(tx, actor, {
        companyId: company.id,
        letterId: letter.id,
        inboundMailId: locked.id,
        channel: 'email',
        respondedOn,
        respondedOnPrecision: 'day',
        dueOn: null,
        text: dto.text ?? publishableReply(locked.textBody),
        url: null,
        classification: dto.classification,
        evidenceIds: dto.evidence ?? [],
        demo: false,
      });
      await this.store
        .repo(InboundMailEntity, tx)
        .update({ id: locked.id }, { status: 'classified', handledByLabel: actor.label, handledAt: this.clock.now() });
      await this.markAnswered(tx, letter, respondedOn);
      return toResponseView(response, company, letter);
    });
  }

  private async write(
    tx: Tx,
    actor: Actor,
    fields: Omit<
      ResponseEntity,
      'id' | 'createdAt' | 'updatedAt' | 'version' | 'recordedByLabel' | 'company' | 'letter' | 'inboundMail'
    >,
  ): Promise<ResponseEntity> {
    const repo = this.store.repo(ResponseEntity, tx);
    const saved = await repo.save(repo.create({ ...fields, text: fields.text || '', recordedByLabel: actor.label }));
    await this.audit.record(tx, actor, {
      recordType: RESPONSE_RECORD,
      recordId: saved.id,
      action: 'create',
      after: snapshot(saved),
    });
    return saved;
  }

  private async letterOf(tx: Tx, id: string, company: CompanyEntity): Promise<LetterEntity> {
    const letter = await this.store.repo(LetterEntity, tx).findOne({ where: { id } });
    if (!letter || letter.companyId !== company.id)
      throw new ValidationFailedException([{ field: 'letter', message: t('outreach.validation.letter') }]);
    if (letter.status === 'draft') throw OutreachException.notSent();
    return letter;
  }

  /** An answer to a follow-up answers the letter it follows. */
  private async markAnswered(tx: Tx, letter: LetterEntity, respondedOn: string): Promise<void> {
    const target = letter.kind === 'follow_up' && letter.parentLetterId ? letter.parentLetterId : letter.id;
    await tx.manager.query(
      `UPDATE outreach_letter SET response_state = 'answered', answered_at = COALESCE(answered_at, $2::date::timestamptz), version = version + 1
        WHERE id = $1 AND response_state IS DISTINCT FROM 'answered'`,
      [target, respondedOn],
    );
  }
}

/** The classifications that promise something by a date (DESIGN.md, "Scoring"). */
const COMMITMENTS: Classification[] = ['committed_to_act', 'partial_action'];

const today = (now: Date) => now.toISOString().slice(0, 10);

/** An answer is not dated after today, and a commitment is not due before it was made. */
function checkDates(respondedOn: string, dueOn: string | null, now: Date): void {
  if (respondedOn > today(now))
    throw new ValidationFailedException([
      { field: 'respondedOn', message: t('outreach.validation.responded_in_future', { today: today(now) }) },
    ]);
  if (dueOn !== null && dueOn < respondedOn)
    throw new ValidationFailedException([{ field: 'dueOn', message: t('outreach.validation.due_before_answer') }]);
}

/**
 * Nor before the letter it answers. A letter known only by a latest date ("by 24 November") has
 * no earliest one to hold an answer to; a month-precise letter counts from the first of its month.
 */
function checkAfterLetter(respondedOn: string, letter: LetterEntity): void {
  if (!letter.sentAt || letter.sentOnPrecision === 'on_or_before') return;
  const sent = storedDay(letter.sentAt.toISOString(), letter.sentOnPrecision);
  if (respondedOn < sent)
    throw new ValidationFailedException([
      { field: 'respondedOn', message: t('outreach.validation.responded_before_letter', { date: sent }) },
    ]);
}
