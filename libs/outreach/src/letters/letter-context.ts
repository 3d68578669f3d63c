/**
 * What a letter template may use. Every key is always present (null when the record has no value),
 * because templates run in strict mode: a missing key is a mistake in the template, not in the record.
 */
export interface LetterContext {
  company: { name: string; country: string | null; url: string };
  /** No e-mail addresses: a published letter must not publish a person's address. */
  contact: { name: string; role: string };
  recipients: { name: string; role: string }[];
  evidence: {
    title: string;
    summary: string;
    category: string;
    period: string | null;
    url: string;
    sources: { title: string | null; publisher: string | null; publishedOn: string | null; url: string }[];
  }[];
  /** The answer is due by this date, written out ("9 December 2026"). */
  deadline: string;
  deadlineDays: number;
  date: string;
  sender: { name: string };
  organization: { name: string; url: string };
  /** For a follow-up: the letter it follows; null otherwise. */
  parent: { subject: string; sentOn: string } | null;
  /**
   * Text the area that composed the letter put into it (a scorecard notice's grade and breakdown);
   * empty for other letters. Outreach does not know what it says.
   */
  appendix: string;
}

/** The fields a template may name, listed in the error for an unknown one. */
export const LETTER_FIELDS = [
  'company.name',
  'company.country',
  'company.url',
  'contact.name',
  'contact.role',
  'recipients (each: name, role)',
  'evidence (each: title, summary, category, period, url, sources: title, publisher, publishedOn, url)',
  'deadline',
  'deadlineDays',
  'date',
  'sender.name',
  'organization.name',
  'organization.url',
  'parent.subject',
  'parent.sentOn',
  'appendix',
];

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function longDate(date: Date): string {
  return LONG_DATE.format(date);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
