import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#libs/core';
import { CampaignStore } from '../store/campaign.store';
import { SupporterErasure } from './supporter-erasure';
import { SupporterTokens } from './supporter-tokens';

/** One signature as its signer sees it on their own page and in their download: all we hold. */
export interface OwnSignatureView {
  campaign: { slug: string; title: string };
  name: string | null;
  email: string | null;
  country: string;
  showName: boolean;
  updates: boolean;
  comment: string | null;
  language: string;
  status: string;
  signedAt: string;
  confirmedAt: string | null;
  erasedAt: string | null;
}

export type SupporterAccess =
  { state: 'ok'; emailHash: string; signatures: OwnSignatureView[] } | { state: 'expired' | 'invalid' };

interface Row {
  slug: string;
  title: string;
  name: string | null;
  email: string | null;
  country: string;
  show_name: boolean;
  updates: boolean;
  comment: string | null;
  locale: string;
  status: string;
  created_at: Date;
  confirmed_at: Date | null;
  erased_at: Date | null;
}

/** A supporter's own data (DESIGN.md, "Signing safely"): see it, download it, erase it, stop mail. */
@Injectable()
export class SupportersService {
  constructor(
    private readonly store: CampaignStore,
    private readonly tokens: SupporterTokens,
    private readonly erasure: SupporterErasure,
    private readonly uow: UnitOfWork,
  ) {}

  async page(token: string): Promise<SupporterAccess> {
    const reading = this.tokens.read('supporter', token);
    if (reading.expired) return { state: 'expired' };
    const emailHash = reading.payload?.[0];
    if (!reading.valid || !emailHash) return { state: 'invalid' };
    const rows = await this.store.query<Row>(
      `SELECT c.slug, c.title, s.name, s.email, s.country, s.show_name, s.updates, s.comment, s.locale, s.status,
              s.created_at, s.confirmed_at, s.erased_at
         FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE s.email_hash = $1 ORDER BY s.created_at`,
      [emailHash],
    );
    return { state: 'ok', emailHash, signatures: rows.map(toOwnView) };
  }

  /** Erases every signature of the supporter; returns how many. An invalid token erases nothing. */
  async erase(token: string): Promise<SupporterAccess & { erased?: number }> {
    const access = await this.page(token);
    if (access.state !== 'ok') return access;
    const erased = await this.uow.run((tx) => this.erasure.erase(tx, access.emailHash));
    return { ...(await this.page(token)), erased };
  }

  /** RFC 8058 one-click: no more mail about any campaign. Idempotent; false for a bad token. */
  async unsubscribe(token: string): Promise<boolean> {
    const reading = this.tokens.read('unsubscribe', token);
    const emailHash = reading.payload?.[0];
    if (!reading.valid || !emailHash) return false;
    await this.store.query(`UPDATE signature SET updates = false WHERE email_hash = $1 AND updates`, [emailHash]);
    return true;
  }
}

function toOwnView(row: Row): OwnSignatureView {
  return {
    campaign: { slug: row.slug, title: row.title },
    name: row.name,
    email: row.email,
    country: row.country,
    showName: row.show_name,
    updates: row.updates,
    comment: row.comment,
    language: row.locale,
    status: row.status,
    signedAt: row.created_at.toISOString(),
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    erasedAt: row.erased_at?.toISOString() ?? null,
  };
}
