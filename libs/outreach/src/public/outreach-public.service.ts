import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Not } from 'typeorm';
import { DATE_PRECISIONS, t, type DatePrecision } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { LetterEntity, RESPONSE_STATES } from '../letter.entity';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import { CLASSIFICATIONS, ResponseEntity } from '../response.entity';
import { LetterSourceView } from '../outreach.view';
import { type ResponseView } from '../replies.view';
import { letterSource } from '../letters/letter.mapper';
import type { CompanyOutreachView, OutreachStatsView } from '../outreach-public.view';
import { daysBetween } from '../responses/response.mapper';
import { ResponsesService } from '../responses/responses.service';
import { median, standing, timeline } from './timeline';

/** A letter whose text an organizer made public. */
export class PublicLetterView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: Object, description: '{ slug, name }' })
  company: { slug: string; name: string };

  @ApiProperty()
  kind: string;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ description: 'Who was written to, by role.' })
  recipients: string;

  @ApiProperty()
  sentAt: string;

  @ApiProperty()
  deadline: string;

  @ApiProperty({ type: String, nullable: true })
  responseState: string | null;

  @ApiProperty()
  contentHash: string;

  @ApiProperty()
  demo: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Who sent it, when another organization did.' })
  sentBy: string | null;

  @ApiProperty({ enum: DATE_PRECISIONS })
  sentOnPrecision: DatePrecision;

  @ApiProperty({ type: () => LetterSourceView, nullable: true })
  source: LetterSourceView | null;
}

const STAT_KEYS = [...CLASSIFICATIONS, 'no_response', 'overdue', 'awaiting'] as const;

/** What the public sees of outreach: each company's timeline, the response statistics, public letters, rights of reply. */
@Injectable()
export class OutreachPublicService {
  constructor(
    private readonly store: OutreachStore,
    private readonly responses: ResponsesService,
  ) {}

  async companyOutreach(slug: string): Promise<CompanyOutreachView> {
    const company = await this.store.companyPage(slug);
    const letters = await this.store
      .repo(LetterEntity)
      .find({ where: { companyId: company.id, status: Not('draft') }, order: { sentAt: 'ASC' } });
    const responses = await this.store
      .repo(ResponseEntity)
      .find({ where: { companyId: company.id }, order: { respondedOn: 'ASC', createdAt: 'ASC' } });
    return companyView(company, letters, responses, await this.responses.views(responses));
  }

  async stats(): Promise<OutreachStatsView> {
    return (await this.record(false)).stats;
  }

  /** The statistics with every company's whole timeline, in a fixed number of queries (open data). */
  async openData(): Promise<{ stats: OutreachStatsView; companies: CompanyOutreachView[] }> {
    const { stats, companies } = await this.record(true);
    return { stats, companies };
  }

  /** Every response, oldest first (open data; no cap). */
  async allResponses(): Promise<ResponseView[]> {
    return this.responses.views(
      await this.store.repo(ResponseEntity).find({ order: { respondedOn: 'ASC', createdAt: 'ASC' } }),
    );
  }

  private async record(
    withTimelines: boolean,
  ): Promise<{ stats: OutreachStatsView; companies: CompanyOutreachView[] }> {
    const letters = await this.store
      .repo(LetterEntity)
      .find({ where: { status: Not('draft') }, order: { sentAt: 'ASC' } });
    // Written to: a letter went out and did not bounce (a company nobody could reach has not been asked).
    const writtenTo = [
      ...new Set(letters.filter((l) => l.kind !== 'follow_up' && l.status === 'sent').map((l) => l.companyId)),
    ];
    // On the record: written to, or answered all the same (a public statement on the evidence).
    const responses = await this.store.repo(ResponseEntity).find({ order: { respondedOn: 'ASC', createdAt: 'ASC' } });
    const onRecord = [...new Set([...writtenTo, ...responses.map((r) => r.companyId)])];
    const companies = await this.store.companiesById(onRecord);
    const views = withTimelines ? await this.responses.views(responses) : [];
    const counts = new Map<string, number>(STAT_KEYS.map((key) => [key, 0]));
    const rows: CompanyOutreachView[] = [];
    for (const id of onRecord) {
      const own = responses.filter((r) => r.companyId === id);
      const row = companyView(
        companies.get(id) as CompanyEntity,
        letters.filter((l) => l.companyId === id),
        own,
        views.filter((v) => own.some((r) => r.id === v.id)),
      );
      counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
      rows.push(withTimelines ? row : { ...row, timeline: [] });
    }
    const answered = new Set(responses.map((r) => r.companyId).filter((id) => writtenTo.includes(id))).size;
    const byId = new Map(letters.filter((l) => l.kind !== 'follow_up').map((l) => [l.id, l]));
    // Days from a letter to its first answer, where both are known to the day (a month or a latest
    // date says nothing of how long it took).
    const firstAnswer = new Map<string, number | null>();
    for (const r of responses) {
      const letter = r.letterId ? byId.get(r.letterId) : undefined;
      if (!letter || firstAnswer.has(letter.id)) continue;
      const exact = letter.sentOnPrecision === 'day' && r.respondedOnPrecision === 'day';
      firstAnswer.set(letter.id, exact ? daysBetween(letter.sentAt as Date, r.respondedOn) : null);
    }
    rows.sort((a, b) => a.company.name.localeCompare(b.company.name));
    const stats = {
      writtenTo: writtenTo.length,
      onRecord: onRecord.length,
      answered,
      responseRate: writtenTo.length ? answered / writtenTo.length : null,
      medianDaysToAnswer: median([...firstAnswer.values()].filter((days): days is number => days !== null)),
      demoCompanies: rows.filter((row) => row.demo).length,
      byClassification: STAT_KEYS.map((key) => ({ key, label: label(key), count: counts.get(key) ?? 0 })),
      companies: withTimelines ? rows.map((row) => ({ ...row, timeline: [] })) : rows,
    };
    return { stats, companies: rows };
  }

  async publicLetter(id: string): Promise<PublicLetterView> {
    const letter = UUID.test(id) ? await this.store.repo(LetterEntity).findOne({ where: { id } }) : null;
    if (!letter || letter.status === 'draft' || !letter.publishedAt) throw OutreachException.letterNotFound(id);
    const company = (await this.store.companiesById([letter.companyId])).get(letter.companyId) as CompanyEntity;
    return {
      id: letter.id,
      company: { slug: company.slug, name: company.name },
      kind: letter.kind,
      subject: letter.subject ?? '',
      text: letter.textBody ?? '',
      recipients: letter.recipients.map((r) => t(`outreach.contact_role.${r.role}`)).join(', '),
      sentAt: (letter.sentAt as Date).toISOString(),
      deadline: (letter.deadline as Date).toISOString(),
      responseState: letter.responseState,
      contentHash: letter.contentHash ?? '',
      demo: letter.demo,
      sentBy: letter.senderOrganization,
      sentOnPrecision: letter.sentOnPrecision,
      source: letterSource(letter),
    };
  }

  responsesForEvidence(evidenceId: string): Promise<ResponseView[]> {
    return this.responses.forEvidence(evidenceId);
  }
}

/** One company's outreach; `outcome` is its latest answer, or without one the state of its latest letter. */
function companyView(
  company: CompanyEntity,
  letters: LetterEntity[],
  responses: ResponseEntity[],
  views: ResponseView[],
): CompanyOutreachView {
  const { state, outcome } = standing(letters, responses);
  const demo = letters.length + responses.length > 0 && letters.every((l) => l.demo) && responses.every((r) => r.demo);
  return {
    company: { slug: company.slug, name: company.name },
    state,
    outcome,
    demo,
    timeline: timeline(letters, views),
  };
}

function label(key: string): string {
  return (RESPONSE_STATES as readonly string[]).includes(key)
    ? t(`outreach.response_state.${key}`)
    : t(`outreach.classification.${key}`);
}
