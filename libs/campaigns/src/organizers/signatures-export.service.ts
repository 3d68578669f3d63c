import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { decodeCursor, encodeCursor } from '#libs/companies';
import { CampaignStore } from '../store/campaign.store';

/**
 * A signature as other campaign tools take it: OSDI's field names (`identifier`s, `action_date`,
 * `comments`, a person with `given_name`, `email_addresses`, `postal_addresses`), holding only
 * what the signer consented to: their name if they agreed to be shown, their address if they
 * asked for updates. Their comment was written to the organizers.
 */
export class OsdiEmailAddress {
  @ApiProperty() address: string;
  @ApiProperty({ enum: [true] }) primary: true;
}

export class OsdiPostalAddress {
  @ApiProperty({ example: 'BY', description: 'ISO 3166-1 alpha-2.' }) country: string;
}

export class OsdiPerson {
  @ApiProperty({ type: String, nullable: true, description: 'Only if the signer chose to be shown.' })
  given_name: string | null;
  @ApiProperty({ type: [OsdiEmailAddress], description: 'Only if the signer asked for news.' })
  email_addresses: OsdiEmailAddress[];
  @ApiProperty({ type: [OsdiPostalAddress] }) postal_addresses: OsdiPostalAddress[];
  @ApiProperty({ example: 'en' }) language_spoken: string;
}

export class OsdiSignature {
  @ApiProperty({ type: [String], example: ['leverage:6f1c…'] }) identifiers: string[];
  @ApiProperty() created_date: string;
  @ApiProperty() modified_date: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the signer confirmed.' }) action_date: string | null;
  @ApiProperty({ enum: ['pending', 'confirmed', 'invalidated', 'erased'] }) status: string;
  @ApiProperty({ description: 'Flagged (rate limit or honeypot) and not cleared: it does not count.' })
  flagged: boolean;
  @ApiProperty({ type: String, nullable: true }) comments: string | null;
  @ApiProperty({ type: OsdiPerson }) person: OsdiPerson;
}

export class OsdiPage {
  @ApiProperty() total_records: number;
  @ApiProperty({ type: [OsdiSignature] }) signatures: OsdiSignature[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}

interface Row {
  id: string;
  name: string | null;
  email: string | null;
  country: string;
  show_name: boolean;
  updates: boolean;
  comment: string | null;
  locale: string;
  status: string;
  flag: string | null;
  cleared_at: Date | null;
  created_at: Date;
  confirmed_at: Date | null;
  erased_at: Date | null;
  invalidated_at: Date | null;
}

const COLUMNS = `id, name, email, country, show_name, updates, comment, locale, status, flag, cleared_at, created_at,
  confirmed_at, erased_at, invalidated_at`;

@Injectable()
export class SignaturesExportService {
  constructor(private readonly store: CampaignStore) {}

  /** A page of signatures, oldest first, by keyset. */
  async page(slug: string, limit: number, cursor?: string): Promise<OsdiPage> {
    const campaign = await this.store.bySlug(slug);
    const after = cursor ? decodeCursor(cursor) : null;
    const rows = await this.store.query<Row>(
      `SELECT ${COLUMNS} FROM signature WHERE campaign_id = $1
          AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [campaign.id, after?.key ?? null, after?.id ?? null, limit + 1],
    );
    const [{ total }] = await this.store.query<{ total: string }>(
      'SELECT count(*) AS total FROM signature WHERE campaign_id = $1',
      [campaign.id],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      total_records: Number(total),
      signatures: page.map(toOsdi),
      next_cursor:
        rows.length > limit && last ? encodeCursor({ key: last.created_at.toISOString(), id: last.id }) : null,
    };
  }

  /** Every signature, for the CSV (streamed by pages, so a big campaign never sits in memory whole). */
  async *all(slug: string): AsyncGenerator<OsdiSignature> {
    let cursor: string | undefined;
    do {
      const page = await this.page(slug, 1000, cursor);
      yield* page.signatures;
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
  }
}

function toOsdi(row: Row): OsdiSignature {
  const modified = [row.created_at, row.confirmed_at, row.cleared_at, row.invalidated_at, row.erased_at]
    .filter((d): d is Date => d !== null)
    .reduce((a, b) => (b > a ? b : a));
  return {
    identifiers: [`leverage:${row.id}`],
    created_date: row.created_at.toISOString(),
    modified_date: modified.toISOString(),
    action_date: row.confirmed_at?.toISOString() ?? null,
    status: row.erased_at ? 'erased' : row.status,
    flagged: row.flag !== null && row.cleared_at === null,
    comments: row.comment,
    person: {
      given_name: row.show_name && row.name ? row.name : null,
      email_addresses: row.updates && row.email ? [{ address: row.email, primary: true }] : [],
      postal_addresses: [{ country: row.country }],
      language_spoken: row.locale,
    },
  };
}
