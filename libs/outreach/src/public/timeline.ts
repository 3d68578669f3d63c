import { datedLabel, t, type DatePrecision } from '#libs/core';
import type { LetterEntity, ResponseState } from '../letter.entity';
import { letterSource } from '../letters/letter.mapper';
import type { ResponseView } from '../replies.view';
import type { TimelineEntryView } from '../outreach-public.view';

const day = (date: Date) => date.toISOString().slice(0, 10);

export type CompanyState = ResponseState | 'not_written_to';

/** The company's letters that ask it something: sent (not bounced), follow-ups aside, oldest first. */
function asking(letters: LetterEntity[]): LetterEntity[] {
  return letters
    .filter((l) => l.kind !== 'follow_up' && l.status === 'sent' && l.sentAt)
    .sort((a, b) => (a.sentAt as Date).getTime() - (b.sentAt as Date).getTime());
}

/**
 * Where the company stands, one answer for every page that says it (the profile's "Now", the
 * timeline, `/outreach`, the open data): its latest answer when that answer is at least as recent as
 * its latest letter (or answers it), otherwise the state of that letter; a company asked nothing
 * that answered on the record all the same (a public statement) stands by that answer.
 * `responses` are the company's own, oldest first.
 */
export function standing(
  letters: LetterEntity[],
  responses: Pick<ResponseView, 'letterId' | 'respondedOn' | 'classification'>[],
): { state: CompanyState; outcome: string } {
  const latestLetter = asking(letters).at(-1) ?? null;
  const latestAnswer = responses.at(-1) ?? null;
  if (
    latestAnswer &&
    (!latestLetter ||
      latestAnswer.letterId === latestLetter.id ||
      latestAnswer.respondedOn >= day(latestLetter.sentAt as Date))
  )
    return { state: 'answered', outcome: latestAnswer.classification };
  if (!latestLetter) return { state: 'not_written_to', outcome: 'not_written_to' };
  const state = latestLetter.responseState ?? 'awaiting';
  const answer = state === 'answered' ? responses.filter((r) => r.letterId === latestLetter.id).at(-1) : null;
  return { state, outcome: answer?.classification ?? state };
}

function roles(letter: LetterEntity): string {
  return [...new Set(letter.recipients.map((r) => t(`outreach.contact_role.${r.role}`)))].join(', ');
}

/** A company's outreach in dated lines, oldest first; silence is a line of its own, with its dates. */
export function timeline(letters: LetterEntity[], responses: ResponseView[]): TimelineEntryView[] {
  const entries: TimelineEntryView[] = [];
  const base = (letter: LetterEntity, precision: DatePrecision = 'day') => ({
    letterId: letter.id,
    letterUrl: letter.publishedAt ? `/outreach/letters/${letter.id}` : null,
    recipients: letter.senderOrganization ? null : roles(letter),
    sentBy: letter.senderOrganization,
    datePrecision: precision,
    source: null,
    response: null,
    demo: letter.demo,
  });
  for (const letter of letters) {
    if (!letter.sentAt) continue;
    const sentOn = datedLabel(day(letter.sentAt), letter.sentOnPrecision);
    if (letter.kind === 'follow_up') {
      entries.push({
        ...base(letter),
        kind: 'follow_up',
        date: day(letter.sentAt),
        text: t('outreach.timeline.follow_up', { date: sentOn }),
      });
      continue;
    }
    const deadline = letter.deadline ? datedLabel(day(letter.deadline)) : '';
    const sender = letter.senderOrganization;
    entries.push({
      ...base(letter, letter.sentOnPrecision),
      kind: 'letter',
      date: day(letter.sentAt),
      text: sender
        ? t('outreach.timeline.external', { sender, subject: letter.subject ?? '', deadline })
        : t(`outreach.timeline.${letter.kind}`, { roles: roles(letter), deadline }),
      source: letterSource(letter),
    });
    if (letter.bouncedAt)
      entries.push({
        ...base(letter),
        kind: 'bounce',
        date: day(letter.bouncedAt),
        text: t('outreach.timeline.bounce', { date: sentOn }),
      });
    if (letter.responseState === 'overdue' && letter.overdueAt)
      entries.push({
        ...base(letter),
        kind: 'overdue',
        date: day(letter.overdueAt),
        text: t('outreach.overdue', { deadline }),
      });
    if (letter.noResponseAt) {
      const days = 2 * letter.deadlineDays;
      entries.push({
        ...base(letter),
        kind: 'silence',
        date: day(letter.noResponseAt),
        text: sender
          ? t('outreach.silence_external', { days, sender, date: sentOn })
          : t('outreach.silence', { days, date: sentOn }),
      });
    }
  }
  for (const response of responses) {
    entries.push({
      kind: 'response',
      date: response.respondedOn,
      datePrecision: response.respondedOnPrecision,
      text: t(response.letterSentBy ? 'outreach.timeline.response_to_external' : 'outreach.timeline.response', {
        company: response.company.name,
        channel: t(`outreach.channel.${response.channel}`),
        classification: t(`outreach.classification.${response.classification}`),
        sender: response.letterSentBy ?? '',
      }),
      letterId: response.letterId,
      letterUrl: null,
      recipients: null,
      sentBy: response.letterSentBy,
      source: null,
      response,
      demo: response.demo,
    });
  }
  const order = { letter: 0, follow_up: 1, bounce: 2, overdue: 3, silence: 4, response: 5 };
  return entries.sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind]);
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
