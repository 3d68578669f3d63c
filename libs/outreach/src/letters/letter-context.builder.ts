import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, t, type AppConfig } from '#libs/core';
import type { CompanyEntity } from '#libs/companies';
import { AttributionService, EvidenceService, type EvidenceView } from '#libs/evidence';
import type { LetterRecipient } from '../letter.entity';
import { OutreachException } from '../outreach.exception';
import { longDate, type LetterContext } from './letter-context';

export interface ContextInput {
  company: Pick<CompanyEntity, 'slug' | 'name' | 'country'>;
  recipients: LetterRecipient[];
  evidenceIds: string[];
  deadlineDays: number;
  /** The day of sending (or of the preview). */
  date: Date;
  /** The answer is due then (a reminder keeps its letter's deadline); default `date` + `deadlineDays`. */
  deadline: Date;
  senderName: string;
  parent: { subject: string; sentAt: Date } | null;
  appendix?: string;
}

/** Fills a letter's fields from the record. Reads only: call it before the write's transaction. */
@Injectable()
export class LetterContextBuilder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attribution: AttributionService,
    private readonly evidence: EvidenceService,
  ) {}

  /** The public harm items that count for a company (what a letter asks about by default). */
  async evidenceFor(slug: string): Promise<{ id: string; title: string }[]> {
    const items = (await this.attribution.forCompany(slug)).items;
    const seen = new Set<string>();
    return items
      .map((item) => item.evidence)
      .filter((e) => e.polarity === 'harm' && e.status !== 'retracted' && !seen.has(e.id) && seen.add(e.id))
      .map((e) => ({ id: e.id, title: e.title }));
  }

  /** Checks that every id is public harm evidence of the company. */
  async checkEvidence(slug: string, ids: string[]): Promise<void> {
    const known = new Set((await this.evidenceFor(slug)).map((e) => e.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw OutreachException.unknownEvidence(unknown);
  }

  async build(input: ContextInput): Promise<LetterContext> {
    const items: EvidenceView[] = [];
    // One after another: the embedded database has a single connection.
    for (const id of input.evidenceIds) items.push(await this.evidence.get(id, 'public'));
    const recipients = input.recipients.map((r) => ({ name: r.name, role: t(`outreach.contact_role.${r.role}`) }));
    return {
      company: {
        name: input.company.name,
        country: input.company.country,
        url: `${this.config.publicUrl}/companies/${encodeURIComponent(input.company.slug)}`,
      },
      contact: recipients[0] ?? { name: 'Sir or Madam', role: t('outreach.contact_role.other') },
      recipients,
      evidence: items.map((item) => ({
        title: item.title,
        summary: item.summary,
        category: t(`evidence.category.${item.category}`),
        period: period(item.periodStart, item.periodEnd),
        url: `${this.config.publicUrl}/evidence/${item.id}`,
        sources: item.sources.map((s) => ({
          title: s.title,
          publisher: s.publisher,
          publishedOn: s.publishedOn,
          url: s.url,
        })),
      })),
      deadline: longDate(input.deadline),
      deadlineDays: input.deadlineDays,
      date: longDate(input.date),
      sender: { name: input.senderName },
      organization: { name: this.organizationName(), url: this.config.publicUrl },
      parent: input.parent ? { subject: input.parent.subject, sentOn: longDate(input.parent.sentAt) } : null,
      appendix: input.appendix ?? '',
    };
  }

  /** The line under every letter: how to answer, and that the answer will be public. */
  footer(deadlineDays: number): string {
    return t('outreach.letter.footer', {
      organization: this.organizationName(),
      url: this.config.publicUrl,
      days: deadlineDays,
    });
  }

  private organizationName(): string {
    const named = /^\s*"?([^"<]+?)"?\s*</.exec(this.config.mailFrom)?.[1];
    return named || 'Leverage';
  }
}

function period(start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  if (start && end) return `${start} – ${end}`;
  return start ? `from ${start}` : `until ${end}`;
}
