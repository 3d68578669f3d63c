import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AuditService,
  Clock,
  SYSTEM_ACTOR,
  UnitOfWork,
  validateOrThrow,
  type Actor,
  type AppConfig,
  type Tx,
} from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import {
  BOUNCE_TAG,
  InboundMailError,
  MailService,
  parseInbound,
  readSignedAddress,
  type ParsedInbound,
} from '#libs/mail';
import { AttachReplyDto } from '../dto/response.dto';
import { InboundMailEntity, type HoldReason, type InboundStatus } from '../inbound-mail.entity';
import { LetterEntity } from '../letter.entity';
import { LETTER_RECORD, REPLY_TAG } from '../letters/letter-dispatcher';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import type { InboundSummaryView, InboundView } from '../replies.view';
import { ResponseEntity } from '../response.entity';
import { BounceNotice } from './bounce-notice';
import { toInboundSummary, toInboundView } from './inbound.mapper';

export interface InboundMeta {
  via: 'smtp' | 'api';
  envelope?: { mailFrom: string | null; rcptTo: string[] };
}

interface Routing {
  status: InboundStatus;
  holdReason: HoldReason | null;
  letter: LetterEntity | null;
  detail: string | null;
}

export const INBOUND_RECORD = 'outreach_inbound_mail';

/**
 * Every message that reaches us: stored whole first, then attached to its letter (by its signed
 * reply address, or by the message it answers), marked as a bounce, or held for an organizer.
 * Nothing is dropped: what cannot be read is held with its raw bytes.
 */
@Injectable()
export class InboundService {
  private readonly logger = new Logger(InboundService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OutreachStore,
    private readonly mail: MailService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notice: BounceNotice,
  ) {}

  async receive(raw: Buffer, meta: InboundMeta): Promise<InboundSummaryView> {
    if (!raw || raw.length === 0) throw OutreachException.inboundEmpty();
    if (raw.length > this.config.inboundMaxBytes)
      throw OutreachException.inboundTooLarge(raw.length, this.config.inboundMaxBytes);
    let parsed: ParsedInbound | null = null;
    try {
      parsed = await parseInbound(raw, this.config.inboundMaxBytes);
    } catch (error) {
      if (!(error instanceof InboundMailError)) throw error;
      if (error.reason === 'too_large')
        throw OutreachException.inboundTooLarge(raw.length, this.config.inboundMaxBytes);
    }
    const saved = await this.uow.run(async (tx) => {
      const routing = parsed
        ? await this.route(tx, parsed, meta)
        : { status: 'held' as const, holdReason: 'unparseable' as const, letter: null, detail: null };
      const repo = this.store.repo(InboundMailEntity, tx);
      const entity = await repo.save(
        repo.create({
          receivedAt: this.clock.now(),
          via: meta.via,
          envelopeFrom: meta.envelope?.mailFrom ?? null,
          envelopeTo: meta.envelope?.rcptTo ?? [],
          raw,
          messageId: clean(parsed?.messageId),
          fromAddress: clean(parsed?.from?.address),
          fromName: clean(parsed?.from?.name) || null,
          subject: (clean(parsed?.subject) ?? '').slice(0, 1000),
          textBody: clean(parsed?.text) ?? '',
          sentDate: parsed?.date ?? null,
          attachments: (parsed?.attachments ?? []).map((a) => ({ ...a, filename: clean(a.filename) })),
          status: routing.status,
          holdReason: routing.holdReason,
          detail: routing.detail,
          letterId: routing.letter?.id ?? null,
        }),
      );
      // A reply or a bounce changes where its letter stands (and the scorecard that counts it).
      if (entity.letterId)
        await this.audit.record(tx, SYSTEM_ACTOR, {
          recordType: INBOUND_RECORD,
          recordId: entity.id,
          action: 'receive',
          before: null,
          after: { status: entity.status, letterId: entity.letterId },
        });
      return { entity, letter: routing.letter };
    });
    this.logger.log(
      `inbound ${saved.entity.id} via ${meta.via}: ${saved.entity.status}${saved.entity.holdReason ? ` (${saved.entity.holdReason})` : ''}`,
    );
    const company = saved.letter
      ? ((await this.store.companiesById([saved.letter.companyId])).get(saved.letter.companyId) ?? null)
      : null;
    return toInboundSummary(saved.entity, company);
  }

  private async route(tx: Tx, parsed: ParsedInbound, meta: InboundMeta): Promise<Routing> {
    const addresses = [...(meta.envelope?.rcptTo ?? []), ...parsed.to, ...parsed.cc, ...parsed.deliveredTo].map((a) =>
      a.toLowerCase(),
    );
    // A bounce: to our VERP address, or a delivery report about one of our messages.
    const bounce = await this.bounce(tx, parsed, addresses);
    if (bounce) return bounce;
    let forged = false;
    for (const address of addresses) {
      const signed = readSignedAddress(this.config.hmacSecret, address, this.config.mailDomain);
      if (!signed || signed.tag !== REPLY_TAG) continue;
      if (!signed.valid) {
        forged = true;
        continue;
      }
      const letter = UUID.test(signed.id)
        ? await this.store.repo(LetterEntity, tx).findOne({ where: { id: signed.id } })
        : null;
      if (!letter) return { status: 'held', holdReason: 'unknown_letter', letter: null, detail: null };
      return this.attachTo(tx, letter, parsed);
    }
    if (forged) return { status: 'held', holdReason: 'forged_address', letter: null, detail: null };
    // A reply sent to our From address instead: it names the message it answers.
    const answered = [parsed.inReplyTo, ...parsed.references].filter((id): id is string => Boolean(id));
    if (answered.length) {
      const rows = await tx.manager.query(
        `SELECT ref_id FROM mail_message WHERE message_id = ANY($1::text[]) AND ref_type = $2 LIMIT 1`,
        [answered, LETTER_RECORD],
      );
      const letter = rows[0]
        ? await this.store.repo(LetterEntity, tx).findOne({ where: { id: rows[0].ref_id } })
        : null;
      if (letter) return this.attachTo(tx, letter, parsed);
    }
    if (parsed.dsn) return { status: 'held', holdReason: 'delivery_notice', letter: null, detail: dsnDetail(parsed) };
    return { status: 'held', holdReason: 'no_letter', letter: null, detail: null };
  }

  private async attachTo(tx: Tx, letter: LetterEntity, parsed: ParsedInbound): Promise<Routing> {
    // Replies to a follow-up belong to the letter it follows.
    const target =
      letter.kind === 'follow_up' && letter.parentLetterId
        ? await this.store.repo(LetterEntity, tx).findOneOrFail({ where: { id: letter.parentLetterId } })
        : letter;
    return { status: parsed.isAutoReply ? 'auto_reply' : 'attached', holdReason: null, letter: target, detail: null };
  }

  /**
   * Only a failure report sent to one of our signed bounce addresses (the envelope sender of one
   * message) marks that message bounced: a report that names a Message-ID anywhere else could be
   * forged by anyone who received the letter, and is held as a delivery notice instead. Anything
   * else at a bounce address is an automatic reply (RFC 3834 sends those to the envelope sender)
   * or a person answering it, and goes to the message's letter.
   */
  private async bounce(tx: Tx, parsed: ParsedInbound, addresses: string[]): Promise<Routing | null> {
    let rowId: string | null = null;
    for (const address of addresses) {
      const signed = readSignedAddress(this.config.hmacSecret, address, this.config.mailDomain);
      if (signed?.tag === BOUNCE_TAG && signed.valid && UUID.test(signed.id)) rowId = signed.id;
    }
    if (!rowId) return null;
    const [row] = await tx.manager.query(`SELECT ref_type, ref_id FROM mail_message WHERE id = $1`, [rowId]);
    const letter =
      row?.ref_type === LETTER_RECORD
        ? await this.store
            .repo(LetterEntity, tx)
            .findOne({ where: { id: row.ref_id }, lock: { mode: 'pessimistic_write' } })
        : null;
    if (!parsed.dsn) return letter ? this.attachTo(tx, letter, parsed) : null;
    if (!parsed.dsn.recipients.some((r) => r.action === 'failed')) return null; // a delay notice: held as such
    const detail = dsnDetail(parsed) ?? parsed.subject;
    await this.mail.markBounced(tx, { messageRowId: rowId }, detail);
    if (!letter) return { status: 'bounce', holdReason: null, letter: null, detail };
    // The letter is bounced when none of its messages got through.
    const [{ open }] = await tx.manager.query(
      `SELECT count(*)::int AS open FROM mail_message WHERE ref_type = $1 AND ref_id = $2 AND status <> 'bounced'`,
      [LETTER_RECORD, letter.id],
    );
    if (open === 0 && letter.status === 'sent') {
      await this.store
        .repo(LetterEntity, tx)
        .update({ id: letter.id }, { status: 'bounced', bouncedAt: this.clock.now(), version: letter.version + 1 });
    }
    await this.notice.enqueue(tx, letter.id, detail);
    return { status: 'bounce', holdReason: null, letter, detail };
  }

  async list(filter: { status?: InboundStatus; letterId?: string } = {}): Promise<InboundSummaryView[]> {
    const query = this.store
      .repo(InboundMailEntity)
      .createQueryBuilder('m')
      .select(SUMMARY_COLUMNS.map((c) => `m.${c}`))
      .orderBy('m.received_at', 'DESC')
      .take(500);
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.letterId)
      query.andWhere('m.letter_id = :letter', { letter: UUID.test(filter.letterId) ? filter.letterId : null });
    const rows = await query.getMany();
    const letters = await this.lettersOf(rows);
    return rows.map((row) => toInboundSummary(row, row.letterId ? (letters.get(row.letterId) ?? null) : null));
  }

  async get(id: string): Promise<InboundView> {
    const mail = await this.find(id);
    const letters = await this.lettersOf([mail]);
    const response = await this.store
      .repo(ResponseEntity)
      .findOne({ where: { inboundMailId: mail.id }, select: { id: true } });
    return toInboundView(mail, mail.letterId ? (letters.get(mail.letterId) ?? null) : null, response?.id ?? null);
  }

  async raw(id: string): Promise<Buffer> {
    return (await this.find(id)).raw;
  }

  /** From the holding pen onto a letter (the organizer knows which one it answers). */
  async attach(actor: Actor, id: string, input: AttachReplyDto): Promise<InboundView> {
    const dto = await validateOrThrow(AttachReplyDto, input);
    await this.uow.run(async (tx) => {
      const mail = await this.lock(tx, id, ['held', 'dismissed']);
      const letter = await this.store.repo(LetterEntity, tx).findOne({ where: { id: dto.letter } });
      if (!letter) throw OutreachException.letterNotFound(dto.letter);
      if (letter.status === 'draft') throw OutreachException.notSent();
      await this.store.repo(InboundMailEntity, tx).update(
        { id: mail.id },
        {
          status: 'attached',
          holdReason: null,
          letterId: letter.id,
          handledByLabel: actor.label,
          handledAt: this.clock.now(),
        },
      );
      await this.audit.record(tx, actor, {
        recordType: INBOUND_RECORD,
        recordId: mail.id,
        action: 'attach',
        before: { status: mail.status },
        after: { status: 'attached', letterId: letter.id },
      });
    });
    return this.get(id);
  }

  /** Spam or unrelated: set aside, kept. */
  async dismiss(actor: Actor, id: string): Promise<InboundView> {
    await this.uow.run(async (tx) => {
      const mail = await this.lock(tx, id, ['held', 'attached', 'auto_reply']);
      await this.store
        .repo(InboundMailEntity, tx)
        .update({ id: mail.id }, { status: 'dismissed', handledByLabel: actor.label, handledAt: this.clock.now() });
      await this.audit.record(tx, actor, {
        recordType: INBOUND_RECORD,
        recordId: mail.id,
        action: 'dismiss',
        before: { status: mail.status },
        after: { status: 'dismissed' },
      });
    });
    return this.get(id);
  }

  private async find(id: string): Promise<InboundMailEntity> {
    const mail = UUID.test(id) ? await this.store.repo(InboundMailEntity).findOne({ where: { id } }) : null;
    if (!mail) throw OutreachException.inboundNotFound(id);
    return mail;
  }

  private async lock(tx: Tx, id: string, from: InboundStatus[]): Promise<InboundMailEntity> {
    const mail = UUID.test(id)
      ? await this.store.repo(InboundMailEntity, tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!mail) throw OutreachException.inboundNotFound(id);
    if (!from.includes(mail.status)) throw OutreachException.inboundHandled(mail.status);
    return mail;
  }

  private async lettersOf(rows: InboundMailEntity[]): Promise<Map<string, CompanyEntity>> {
    const ids = [...new Set(rows.map((r) => r.letterId).filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    const letters = await this.store
      .repo(LetterEntity)
      .createQueryBuilder('l')
      .select(['l.id', 'l.companyId'])
      .where('l.id IN (:...ids)', { ids })
      .getMany();
    const companies = await this.store.companiesById(letters.map((l) => l.companyId));
    return new Map(letters.map((l) => [l.id, companies.get(l.companyId) as CompanyEntity]));
  }
}

const SUMMARY_COLUMNS = [
  'id',
  'receivedAt',
  'via',
  'envelopeFrom',
  'fromAddress',
  'fromName',
  'subject',
  'status',
  'holdReason',
  'detail',
  'letterId',
];

function dsnDetail(parsed: ParsedInbound): string | null {
  const recipients = parsed.dsn?.recipients ?? [];
  if (!recipients.length) return null;
  return recipients.map((r) => [r.finalRecipient, r.status, r.diagnosticCode].filter(Boolean).join(' ')).join('; ');
}

/** PostgreSQL text cannot hold NUL, which a message may well contain (QP `=00`): the raw bytes keep it. */
function clean(value: string | null | undefined): string | null {
  return value == null ? null : value.split('\u0000').join('');
}
