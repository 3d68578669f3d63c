import type { CompanyEntity } from '#libs/companies';
import type { LetterEntity } from '../letter.entity';
import type { ResponseView } from '../replies.view';
import type { ResponseEntity } from '../response.entity';

const DAY = 86_400_000;

/** Whole days from the letter to the answer (the answer's date is a calendar day). */
export function daysBetween(sentAt: Date, respondedOn: string): number {
  const sentDay = Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate());
  return Math.max(0, Math.round((Date.parse(`${respondedOn}T00:00:00Z`) - sentDay) / DAY));
}

export function toResponseView(
  response: ResponseEntity,
  company: Pick<CompanyEntity, 'slug' | 'name'>,
  letter: Pick<LetterEntity, 'sentAt' | 'senderOrganization' | 'sentOnPrecision'> | null,
): ResponseView {
  return {
    id: response.id,
    company: { slug: company.slug, name: company.name },
    letterId: response.letterId,
    channel: response.channel,
    respondedOn: response.respondedOn,
    respondedOnPrecision: response.respondedOnPrecision,
    dueOn: response.dueOn,
    letterSentBy: letter?.senderOrganization ?? null,
    text: response.text,
    url: response.url,
    classification: response.classification,
    evidenceIds: response.evidenceIds,
    // Only between two exact days: a month or a latest date would give a count nobody can stand by.
    daysToAnswer:
      letter?.sentAt && letter.sentOnPrecision === 'day' && response.respondedOnPrecision === 'day'
        ? daysBetween(letter.sentAt, response.respondedOn)
        : null,
    demo: response.demo,
    createdAt: response.createdAt.toISOString(),
  };
}
