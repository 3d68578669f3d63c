import { Injectable } from '@nestjs/common';
import { CampaignsException } from '../campaigns.exception';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { CampaignView } from '../campaigns/campaign.view';
import { CampaignStore } from '../store/campaign.store';
import { COUNTS_SQL } from '../store/signature.entity';

/** A recent signer who agreed to be shown: first name and country, nothing else. */
export interface RecentSignerView {
  firstName: string;
  country: string;
  signedAt: string;
}

const PUBLIC_STATUSES = ['open', 'closed', 'won'] as const;
const RECENT = 10;

/** First word of a name, and no more than 40 characters of it. */
export function firstName(name: string): string {
  return (name.trim().split(/\s+/)[0] ?? '').slice(0, 40);
}

/** Campaigns as the public sees them: never a draft, never a signer who did not agree to be shown. */
@Injectable()
export class CampaignsPublicService {
  constructor(
    private readonly store: CampaignStore,
    private readonly campaigns: CampaignsService,
  ) {}

  /** Open campaigns first, then the ended, newest first within each. */
  async list(): Promise<CampaignView[]> {
    const views = await this.campaigns.list(PUBLIC_STATUSES);
    return views.sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
  }

  async get(slug: string): Promise<CampaignView> {
    const view = await this.campaigns.get(slug);
    if (view.status === 'draft') throw CampaignsException.notFound(slug);
    return view;
  }

  async recentSigners(campaignId: string): Promise<RecentSignerView[]> {
    const rows = await this.store.query<{ name: string; country: string; confirmed_at: Date }>(
      `SELECT name, country, confirmed_at FROM signature
        WHERE campaign_id = $1 AND show_name AND name IS NOT NULL AND ${COUNTS_SQL}
        ORDER BY confirmed_at DESC LIMIT ${RECENT}`,
      [campaignId],
    );
    return rows.map((row) => ({
      firstName: firstName(row.name),
      country: row.country,
      signedAt: row.confirmed_at.toISOString(),
    }));
  }
}
