import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { In, Not } from 'typeorm';
import { t } from '../../../core';
import type { CompanyEntity } from '../../../companies';
import { LetterEntity, RESPONSE_STATES } from '../letter.entity';
import { OutreachException } from '../outreach.exception';
import { OutreachStore, UUID } from '../outreach-store';
import { CLASSIFICATIONS, ResponseEntity } from '../response.entity';
import type { CompanyOutreachView, OutreachStatsView, ResponseView } from '../outreach.view';
import { daysBetween } from '../responses/response.mapper';
import { ResponsesService } from '../responses/responses.service';
import { companyState, median, timeline } from './timeline';

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
    const company = await this.store.company(slug);
    const letters = await this.store.repo(LetterEntity).find({ where: { companyId: company.id, status: Not('draft') }, order: { sentAt: 'ASC' } });
    const responses = await this.responses.views(await this.store.repo(ResponseEntity).find({ where: { companyId: company.id }, order: { respondedOn: 'ASC', createdAt: 'ASC' } }));
    return { company: { slug: company.slug, name: company.name }, state: companyState(letters), timeline: timeline(letters, responses) };
  }

  async stats(): Promise<OutreachStatsView> {
    const letters = await this.store.repo(LetterEntity).find({ where: { status: Not('draft'), kind: Not('follow_up') }, order: { sentAt: 'ASC' } });
    const companyIds = [...new Set(letters.map((l) => l.companyId))];
    const companies = await this.store.companiesById(companyIds);
    const responses = companyIds.length ? await this.store.repo(ResponseEntity).find({ where: { companyId: In(companyIds) }, order: { respondedOn: 'ASC', createdAt: 'ASC' } }) : [];
    const counts = new Map<string, number>(STAT_KEYS.map((key) => [key, 0]));
    const rows: CompanyOutreachView[] = [];
    for (const id of companyIds) {
      const company = companies.get(id) as CompanyEntity;
      const own = letters.filter((l) => l.companyId === id);
      const latest = responses.filter((r) => r.companyId === id).at(-1);
      const state = companyState(own);
      const key = latest ? latest.classification : state === 'answered' || state === 'not_written_to' ? null : state;
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      rows.push({ company: { slug: company.slug, name: company.name }, state, timeline: [] });
    }
    const answered = new Set(responses.map((r) => r.companyId)).size;
    const sentAt = new Map(letters.map((l) => [l.id, l.sentAt as Date]));
    const firstAnswer = new Map<string, number>();
    for (const r of responses) {
      const letterId = r.letterId;
      if (!letterId || !sentAt.has(letterId) || firstAnswer.has(letterId)) continue;
      firstAnswer.set(letterId, daysBetween(sentAt.get(letterId) as Date, r.respondedOn));
    }
    return {
      writtenTo: companyIds.length,
      answered,
      responseRate: companyIds.length ? answered / companyIds.length : null,
      medianDaysToAnswer: median([...firstAnswer.values()]),
      byClassification: STAT_KEYS.map((key) => ({ key, label: label(key), count: counts.get(key) ?? 0 })),
      companies: rows.sort((a, b) => a.company.name.localeCompare(b.company.name)),
    };
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
    };
  }

  responsesForEvidence(evidenceId: string): Promise<ResponseView[]> {
    return this.responses.forEvidence(evidenceId);
  }
}

function label(key: string): string {
  return (RESPONSE_STATES as readonly string[]).includes(key) ? t(`outreach.response_state.${key}`) : t(`outreach.classification.${key}`);
}
