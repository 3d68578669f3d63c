import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AuditService, Clock, type Actor, type AppConfig, type Tx } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { UsersService } from '#libs/auth';
import { MailService, signedAddress } from '#libs/mail';
import { LetterEntity } from '../letter.entity';
import { OutreachException } from '../outreach.exception';
import { OutreachStore } from '../outreach-store';
import { addDays } from './letter-context';
import { LetterContextBuilder } from './letter-context.builder';
import { LetterTemplates, type RenderedLetter } from './letter-templates';

export const LETTER_RECORD = 'outreach_letter';

/** A letter rendered for a day, with the deadline it names. */
export type DatedLetter = RenderedLetter & { deadline: Date };
/** The tag of a letter's own reply address: reply+<letter id>.<signature>@MAIL_DOMAIN. */
export const REPLY_TAG = 'reply';

export function letterSnapshot(l: LetterEntity): object {
  return {
    kind: l.kind,
    status: l.status,
    responseState: l.responseState,
    templateKey: l.templateKey,
    subjectSource: l.subjectSource,
    bodySource: l.bodySource,
    recipients: l.recipients.map((r) => r.email),
    evidenceIds: l.evidenceIds,
    deadlineDays: l.deadlineDays,
    contentHash: l.contentHash,
    publishedAt: l.publishedAt,
    senderOrganization: l.senderOrganization,
    sentOnPrecision: l.sentOnPrecision,
    source: l.source?.url ? { ...l.source, excerpt: l.sourceExcerpt } : null,
    version: l.version,
  };
}

/**
 * Sends a letter: renders it from the record as it is now, freezes it (content and hash), and
 * writes one message per recipient, each a row with its job, in the caller's transaction.
 */
@Injectable()
export class LetterDispatcher {
  readonly templates = new LetterTemplates();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OutreachStore,
    private readonly contexts: LetterContextBuilder,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersService,
  ) {}

  replyAddress(letterId: string): string {
    return signedAddress(this.config.hmacSecret, REPLY_TAG, letterId, this.config.mailDomain);
  }

  /** How a letter is signed: the account's display name, else its label (the system, the command line). */
  async senderName(actor: Actor): Promise<string> {
    if (!actor.id) return actor.label;
    const user = await this.users.get(actor.id).catch(() => null);
    return user?.displayName || actor.label;
  }

  /** Renders what the letter would be if sent now (reads only; outside a transaction). */
  async render(
    letter: LetterEntity,
    company: CompanyEntity,
    senderName: string,
    at = this.clock.now(),
  ): Promise<DatedLetter> {
    const parent = letter.parentLetterId
      ? await this.store.repo(LetterEntity).findOne({ where: { id: letter.parentLetterId } })
      : null;
    const deadline =
      letter.kind === 'follow_up' && parent?.deadline ? parent.deadline : addDays(at, letter.deadlineDays);
    const context = await this.contexts.build({
      deadline,
      company,
      recipients: letter.recipients,
      evidenceIds: letter.evidenceIds,
      deadlineDays: letter.deadlineDays,
      date: at,
      senderName,
      parent: parent?.sentAt ? { subject: parent.subject ?? '', sentAt: parent.sentAt } : null,
      appendix: letter.appendix ?? '',
    });
    return {
      ...this.templates.render(
        { subject: letter.subjectSource, body: letter.bodySource },
        context,
        this.contexts.footer(letter.deadlineDays),
      ),
      deadline,
    };
  }

  /**
   * The letter must be locked by the caller and still a draft. `rendered` was made before the
   * transaction (reading the record needs the connection the transaction holds).
   */
  async dispatch(
    tx: Tx,
    actor: Actor,
    letter: LetterEntity,
    company: CompanyEntity,
    rendered: DatedLetter,
  ): Promise<LetterEntity> {
    if (letter.status !== 'draft') throw OutreachException.alreadySent(letter.sentAt ?? letter.updatedAt);
    if (letter.recipients.length === 0) throw OutreachException.noContact(company.name);
    const now = this.clock.now();
    const replyTo = this.replyAddress(letter.id);
    for (const recipient of letter.recipients) {
      await this.mail.enqueue(tx, {
        to: recipient.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        replyTo,
        purpose: letter.kind === 'follow_up' ? 'follow_up' : 'letter',
        refType: LETTER_RECORD,
        refId: letter.id,
      });
    }
    const before = letterSnapshot(letter);
    const sent = await this.store.repo(LetterEntity, tx).save(
      Object.assign(letter, {
        status: 'sent',
        responseState: letter.kind === 'follow_up' ? null : 'awaiting',
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        contentHash: contentHash(rendered),
        sentAt: now,
        sentByLabel: actor.label,
        sentById: actor.id,
        deadline: rendered.deadline,
        // A demo draft that an organizer sends is a real letter from then on.
        demo: false,
        version: letter.version + 1,
        updatedByLabel: actor.label,
      }),
    );
    await this.audit.record(tx, actor, {
      recordType: LETTER_RECORD,
      recordId: letter.id,
      action: 'send',
      before,
      after: letterSnapshot(sent),
    });
    return sent;
  }
}

export function contentHash(rendered: RenderedLetter): string {
  return createHash('sha256')
    .update(JSON.stringify([rendered.subject, rendered.text, rendered.html]))
    .digest('hex');
}
