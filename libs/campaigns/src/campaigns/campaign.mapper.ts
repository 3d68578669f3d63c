import type { CampaignEntity } from '../store/campaign.entity';
import type { CampaignRecord } from '../store/campaign.store';
import { SMALL_COUNT, type CampaignView, type CountryCountView, type WonByView } from './campaign.view';

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

/** Whether the form takes signatures at this moment: open, and inside its dates. */
export function isSignable(campaign: CampaignEntity, now: Date): boolean {
  if (campaign.status !== 'open') return false;
  if (campaign.opensAt && now < campaign.opensAt) return false;
  if (campaign.closesAt && now >= campaign.closesAt) return false;
  return true;
}

/**
 * Countries by signatures, the small ones unnamed: a country with fewer than ten shows as
 * "fewer than 10", and where only one country is small, its count would follow from the total
 * and the others', so it is published as small even then (never as a number).
 */
export function byCountry(tallies: { country: string; signatures: number }[]): CountryCountView[] {
  return tallies
    .filter((t) => t.signatures > 0)
    .sort((a, b) => b.signatures - a.signatures || a.country.localeCompare(b.country))
    .map((t) => ({ country: t.country, signatures: t.signatures >= SMALL_COUNT ? t.signatures : null }));
}

export function toCampaignView(record: CampaignRecord, now: Date, wonBy: WonByView | null): CampaignView {
  const { campaign } = record;
  return {
    id: campaign.id,
    slug: campaign.slug,
    kind: campaign.kind,
    title: campaign.title,
    ask: campaign.ask,
    why: campaign.why,
    status: campaign.status,
    goal: campaign.goal,
    milestones: record.milestones.map((m) => ({ count: m.count, reachedAt: iso(m.reachedAt) })),
    targets: record.targets.map(({ slug, name }) => ({ slug, name })),
    evidence: record.evidence,
    opensAt: iso(campaign.opensAt),
    closesAt: iso(campaign.closesAt),
    openedAt: iso(campaign.openedAt),
    closedAt: iso(campaign.closedAt),
    wonBy,
    demo: campaign.demo,
    signable: isSignable(campaign, now),
    count: {
      signatures: record.count?.signatures ?? 0,
      countedAt: iso(record.count?.countedAt),
      byCountry: byCountry(record.tallies),
    },
    version: campaign.version,
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a campaign: its words and settings, never a signer. */
export function auditSnapshot(
  campaign: CampaignEntity,
  links: { targets: string[]; evidence: string[]; milestones: number[] },
) {
  return {
    slug: campaign.slug,
    kind: campaign.kind,
    title: campaign.title,
    ask: campaign.ask,
    why: campaign.why,
    goal: campaign.goal,
    status: campaign.status,
    opensAt: iso(campaign.opensAt),
    closesAt: iso(campaign.closesAt),
    wonResponseId: campaign.wonResponseId,
    demo: campaign.demo,
    version: campaign.version,
    ...links,
  };
}
