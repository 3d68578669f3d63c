import { Injectable, Logger } from '@nestjs/common';
import { CacheVersions, Clock, JobHandler, SYSTEM_ACTOR, UnitOfWork } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { LetterEntity } from '../letter.entity';
import { addDays } from '../letters/letter-context';
import { LetterDispatcher } from '../letters/letter-dispatcher';
import { OutreachStore } from '../outreach-store';

/** Day 7 of 14 by default: the follow-up goes half way to the deadline. */
export const FOLLOW_UP_AFTER_DAYS = 7;
export const FOLLOW_UP_TEMPLATE = 'follow-up';

/**
 * A reply that arrived but is not classified yet is an answer all the same: the company is not
 * reminded, and its silence is not recorded, while an organizer has yet to read what it said.
 */
const NO_REPLY = (letter: string) =>
  `NOT EXISTS (SELECT 1 FROM outreach_inbound_mail m WHERE m.letter_id = ${letter} AND m.status IN ('attached', 'classified'))`;

export interface SweepResult {
  followUps: number;
  overdue: number;
  noResponse: number;
}

/**
 * Turns silence into dated data. At day 7 a follow-up goes to the same recipients; at the deadline
 * the letter becomes `overdue`; at twice the deadline `no_response`. The dates recorded are the
 * deadlines themselves, not when the sweep happened to run. Safe to run twice or concurrently:
 * every step is a conditional update, and a letter has at most one follow-up (unique index).
 */
@Injectable()
export class OutreachSweepService {
  private readonly logger = new Logger(OutreachSweepService.name);

  constructor(
    private readonly store: OutreachStore,
    private readonly dispatcher: LetterDispatcher,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly cache: CacheVersions,
  ) {}

  @JobHandler('outreach.sweep', { cron: '*/10 * * * *' })
  async run(): Promise<void> {
    const result = await this.sweep();
    if (result.followUps || result.overdue || result.noResponse)
      this.logger.log(`outreach sweep: ${JSON.stringify(result)}`);
  }

  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const followUps = await this.sendFollowUps(now);
    const overdue = await this.store.query<{ id: string }>(
      `UPDATE outreach_letter SET response_state = 'overdue', overdue_at = deadline, version = version + 1
        WHERE status = 'sent' AND kind <> 'follow_up' AND NOT demo AND response_state = 'awaiting' AND deadline <= $1 AND ${NO_REPLY('outreach_letter.id')} RETURNING id`,
      [now],
    );
    const silent = await this.store.query<{ id: string }>(
      `UPDATE outreach_letter SET response_state = 'no_response', no_response_at = deadline + deadline_days * interval '1 day', version = version + 1
        WHERE status = 'sent' AND kind <> 'follow_up' AND NOT demo AND response_state = 'overdue' AND deadline + deadline_days * interval '1 day' <= $1
          AND ${NO_REPLY('outreach_letter.id')} RETURNING id`,
      [now],
    );
    // A company's outreach state shows on public pages: their cached copies go.
    if (rowCount(overdue) || rowCount(silent)) await this.uow.run((tx) => this.cache.raise(tx, ['record']));
    return { followUps, overdue: rowCount(overdue), noResponse: rowCount(silent) };
  }

  /** A follow-up only between day 7 and the deadline: after it, escalation to the next contact is the organizer's call. */
  private async sendFollowUps(now: Date): Promise<number> {
    const due = await this.store.query<{ id: string }>(
      `SELECT l.id FROM outreach_letter l
        WHERE l.status = 'sent' AND l.kind <> 'follow_up' AND l.response_state = 'awaiting' AND NOT l.demo
          AND l.sender_organization IS NULL
          AND l.deadline_days > $3 AND l.sent_at <= $1 AND l.deadline > $2
          AND NOT EXISTS (SELECT 1 FROM outreach_letter f WHERE f.parent_letter_id = l.id AND f.kind = 'follow_up') AND ${NO_REPLY('l.id')}
        ORDER BY l.sent_at LIMIT 100`,
      [addDays(now, -FOLLOW_UP_AFTER_DAYS), now, FOLLOW_UP_AFTER_DAYS],
    );
    let sent = 0;
    for (const { id } of due) if (await this.followUp(id, now)) sent++;
    return sent;
  }

  private async followUp(parentId: string, now: Date): Promise<boolean> {
    const parent = await this.store.repo(LetterEntity).findOneOrFail({ where: { id: parentId } });
    const company = (await this.store.companiesById([parent.companyId])).get(parent.companyId) as CompanyEntity;
    const template = this.dispatcher.templates.get(FOLLOW_UP_TEMPLATE);
    const remaining = Math.max(1, Math.ceil(((parent.deadline as Date).getTime() - now.getTime()) / 86_400_000));
    const draft = this.store.repo(LetterEntity).create({
      companyId: parent.companyId,
      batchId: null,
      kind: 'follow_up',
      parentLetterId: parent.id,
      templateKey: template.key,
      subjectSource: template.subject,
      bodySource: template.body,
      recipients: parent.recipients,
      evidenceIds: parent.evidenceIds,
      deadlineDays: remaining,
      status: 'draft',
      responseState: null,
      demo: false,
      createdByLabel: SYSTEM_ACTOR.label,
      updatedByLabel: SYSTEM_ACTOR.label,
    });
    // Signed by whoever sent the letter it follows.
    const sender = await this.dispatcher.senderName({
      id: parent.sentById,
      label: parent.sentByLabel ?? SYSTEM_ACTOR.label,
    });
    const rendered = await this.dispatcher.render(draft, company, sender, now);
    return this.uow.run(async (tx) => {
      // Re-checked under the lock: a reply or another sweep may have come first.
      const locked = await this.store
        .repo(LetterEntity, tx)
        .findOne({ where: { id: parent.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.responseState !== 'awaiting') return false;
      const exists = await this.store
        .repo(LetterEntity, tx)
        .exists({ where: { parentLetterId: parent.id, kind: 'follow_up' } });
      if (exists) return false;
      const saved = await this.store.repo(LetterEntity, tx).save(draft);
      await this.dispatcher.dispatch(tx, SYSTEM_ACTOR, saved, company, rendered);
      return true;
    });
  }
}

/** TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL. */
function rowCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[1];
  return Array.isArray(result) ? result.length : 0;
}
