import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '#libs/companies';
import type { ResponseView } from '#libs/outreach';

export const RESPONSE_CSV_COLUMNS = [
  'id',
  'company',
  'company_name',
  'responded_on',
  'channel',
  'classification',
  'url',
  'text',
  'evidence_ids',
  'letter_id',
  'days_to_answer',
  'demo',
] as const;

/** One row per response, evidence ids joined with `|`; every text cell safe to open in a spreadsheet. */
export function responsesCsv(responses: ResponseView[]): string {
  const rows = responses.map((r) => ({
    id: r.id,
    company: r.company.slug,
    company_name: r.company.name,
    responded_on: r.respondedOn,
    channel: r.channel,
    classification: r.classification,
    url: r.url ?? '',
    text: r.text,
    evidence_ids: r.evidenceIds.join('|'),
    letter_id: r.letterId ?? '',
    days_to_answer: r.daysToAnswer === null ? '' : String(r.daysToAnswer),
    demo: r.demo ? 'true' : 'false',
  }));
  return stringify(rows, {
    header: true,
    columns: [...RESPONSE_CSV_COLUMNS],
    cast: { string: (value: string) => neutralizeFormula(value) },
  });
}
