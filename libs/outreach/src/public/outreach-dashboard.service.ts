import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { Clock } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { ContactEntity } from '../contact.entity';
import { toContactView } from '../contacts/contacts.service';
import { InboundService } from '../inbound/inbound.service';
import { LetterEntity } from '../letter.entity';
import { addDays } from '../letters/letter-context';
import { LettersService } from '../letters/letters.service';
import { OutreachStore } from '../outreach-store';
import { LetterSummaryView } from '../outreach.view';
import { EscalationView, InboundSummaryView } from '../replies.view';

export const DUE_SOON_DAYS = 3;

export class DashboardView {
  @ApiProperty({
    type: () => [LetterSummaryView],
    description: `Awaiting an answer, deadline within ${DUE_SOON_DAYS} days.`,
  })
  dueSoon: LetterSummaryView[];

  @ApiProperty({ type: () => [LetterSummaryView] })
  overdue: LetterSummaryView[];

  @ApiProperty({
    type: () => [InboundSummaryView],
    description: 'Replies attached to their letter, waiting to be classified.',
  })
  awaitingClassification: InboundSummaryView[];

  @ApiProperty({ type: () => [InboundSummaryView], description: 'Messages that matched no letter.' })
  holdingPen: InboundSummaryView[];

  @ApiProperty({ type: () => [LetterSummaryView], description: 'Letters with a bounced delivery.' })
  bounces: LetterSummaryView[];

  @ApiProperty({
    type: () => [EscalationView],
    description: 'Unanswered (no_response) or bounced letters, with the next contact to write to.',
  })
  escalations: EscalationView[];

  @ApiProperty({ type: () => [LetterSummaryView] })
  drafts: LetterSummaryView[];
}

/** The organizer's desk: what is due, what is late, what arrived, what bounced, whom to write to next. */
@Injectable()
export class OutreachDashboardService {
  constructor(
    private readonly store: OutreachStore,
    private readonly letters: LettersService,
    private readonly inbound: InboundService,
    private readonly clock: Clock,
  ) {}

  // One query after another: the embedded database has a single connection.
  async dashboard(): Promise<DashboardView> {
    const now = this.clock.now();
    const repo = this.store.repo(LetterEntity);
    const dueSoon = await repo
      .createQueryBuilder('l')
      .where(`l.response_state = 'awaiting' AND l.deadline > :now AND l.deadline <= :soon`, {
        now,
        soon: addDays(now, DUE_SOON_DAYS),
      })
      .orderBy('l.deadline', 'ASC')
      .take(100)
      .getMany();
    const overdue = await repo.find({ where: { responseState: 'overdue' }, order: { deadline: 'ASC' }, take: 100 });
    const bounced = await repo
      .createQueryBuilder('l')
      .where(
        `l.status = 'bounced' OR EXISTS (SELECT 1 FROM mail_message m WHERE m.ref_type = 'outreach_letter' AND m.ref_id = l.id AND m.status = 'bounced')`,
      )
      .orderBy('l.sent_at', 'DESC')
      .take(100)
      .getMany();
    const drafts = await repo.find({ where: { status: 'draft' }, order: { updatedAt: 'DESC' }, take: 100 });
    return {
      dueSoon: await this.letters.summaries(dueSoon),
      overdue: await this.letters.summaries(overdue),
      awaitingClassification: await this.inbound.list({ status: 'attached' }),
      holdingPen: await this.inbound.list({ status: 'held' }),
      bounces: await this.letters.summaries(bounced),
      escalations: await this.escalations(),
      drafts: await this.letters.summaries(drafts),
    };
  }

  /**
   * For each company whose latest letter met silence (or bounced): the next active contact up the
   * escalation order from the highest one written to.
   */
  async escalations(): Promise<EscalationView[]> {
    const rows = await this.store.query<{ id: string; company_id: string; top: number }>(
      `SELECT DISTINCT ON (l.company_id) l.id, l.company_id,
              (SELECT max((r->>'escalationOrder')::int) FROM outreach_letter w, jsonb_array_elements(w.recipients) r
                WHERE w.company_id = l.company_id AND w.status <> 'draft') AS top
         FROM outreach_letter l
        WHERE l.status <> 'draft' AND l.kind <> 'follow_up' AND NOT l.demo
        ORDER BY l.company_id, l.sent_at DESC`,
      [],
    );
    const latest = rows.length
      ? await this.store.repo(LetterEntity).find({ where: { id: In(rows.map((row) => row.id)) } })
      : [];
    const top = new Map(rows.map((row) => [row.id, row.top ?? 0]));
    const stuck = latest
      .filter((letter) => letter.responseState === 'no_response' || letter.status === 'bounced')
      .map((letter) => ({ letter, top: top.get(letter.id) ?? 0 }));
    const companies = await this.store.companiesById(stuck.map((s) => s.letter.companyId));
    const result: EscalationView[] = [];
    for (const { letter, top } of stuck) {
      const company = companies.get(letter.companyId) as CompanyEntity;
      const next = await this.store
        .repo(ContactEntity)
        .createQueryBuilder('c')
        .where('c.company_id = :company AND c.active AND c.escalation_order > :top', { company: company.id, top })
        .orderBy('c.escalation_order', 'ASC')
        .getOne();
      result.push({
        company: { slug: company.slug, name: company.name },
        letterId: letter.id,
        next: next ? toContactView(next, company) : null,
      });
    }
    return result;
  }
}
