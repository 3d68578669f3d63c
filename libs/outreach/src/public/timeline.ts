import { t } from '#libs/core';
import type { LetterEntity, ResponseState } from '../letter.entity';
import { longDate } from '../letters/letter-context';
import type { ResponseView } from '../outreach.view';
import type { TimelineEntryView } from '../outreach-public.view';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Where the company stands: the state of its latest letter (follow-ups and bounced letters aside). */
export function companyState(letters: LetterEntity[]): ResponseState | 'not_written_to' {
  const latest = letters
    .filter((l) => l.kind !== 'follow_up' && l.status === 'sent' && l.sentAt)
    .sort((a, b) => (a.sentAt as Date).getTime() - (b.sentAt as Date).getTime())
    .at(-1);
  return latest?.responseState ?? 'not_written_to';
}

function roles(letter: LetterEntity): string {
  return [...new Set(letter.recipients.map((r) => t(`outreach.contact_role.${r.role}`)))].join(', ');
}

/** A company's outreach in dated lines, oldest first; silence is a line of its own, with its dates. */
export function timeline(letters: LetterEntity[], responses: ResponseView[]): TimelineEntryView[] {
  const entries: TimelineEntryView[] = [];
  const base = (letter: LetterEntity) => ({
    letterId: letter.id,
    letterUrl: letter.publishedAt ? `/outreach/letters/${letter.id}` : null,
    recipients: roles(letter),
    response: null,
    demo: letter.demo,
  });
  for (const letter of letters) {
    if (!letter.sentAt) continue;
    const sentOn = longDate(letter.sentAt);
    if (letter.kind === 'follow_up') {
      entries.push({
        ...base(letter),
        kind: 'follow_up',
        date: day(letter.sentAt),
        text: t('outreach.timeline.follow_up', { date: sentOn }),
      });
      continue;
    }
    const deadline = letter.deadline ? longDate(letter.deadline) : '';
    entries.push({
      ...base(letter),
      kind: 'letter',
      date: day(letter.sentAt),
      text: t(`outreach.timeline.${letter.kind}`, { roles: roles(letter), deadline }),
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
      entries.push({
        ...base(letter),
        kind: 'silence',
        date: day(letter.noResponseAt),
        text: t('outreach.silence', { days: 2 * letter.deadlineDays, date: sentOn }),
      });
    }
  }
  for (const response of responses) {
    entries.push({
      kind: 'response',
      date: response.respondedOn,
      text: t('outreach.timeline.response', {
        company: response.company.name,
        channel: t(`outreach.channel.${response.channel}`),
        classification: t(`outreach.classification.${response.classification}`),
      }),
      letterId: response.letterId,
      letterUrl: null,
      recipients: null,
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
