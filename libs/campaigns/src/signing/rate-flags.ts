import type { SignatureFlag } from '../store/signature.entity';

/** Recent signatures by `campaignId:ipHash`: how many in each window (capped at its limit). */
export type RateHistory = Map<string, { inFirst: number; inSecond: number }>;

export interface SigningLimits {
  signing: { limit1: number; window1Ms: number; limit2: number; window2Ms: number };
}

/**
 * Whether a signature goes over its IP hash's limits on its campaign (by default 1 a minute and 5
 * in five minutes, as the UK Parliament's petitions site has it). It is then accepted and flagged,
 * never refused: many people share one address (a household, a university, a carrier's NAT, a
 * VPN exit). Counts it in, so that the next one from the same address in the batch sees it.
 */
export function rateFlags(
  history: RateHistory,
  row: { campaign: { id: string }; ipHash: string },
  limits: SigningLimits,
): SignatureFlag | null {
  const key = `${row.campaign.id}:${row.ipHash}`;
  const seen = history.get(key) ?? { inFirst: 0, inSecond: 0 };
  const over = seen.inFirst >= limits.signing.limit1 || seen.inSecond >= limits.signing.limit2;
  history.set(key, { inFirst: seen.inFirst + 1, inSecond: seen.inSecond + 1 });
  return over ? 'rate_limit' : null;
}
