import type { SignatureFlag } from '../store/signature.entity';

/** Times (ms) of recent signatures, by `campaignId:ipHash`. */
export type RateHistory = Map<string, number[]>;

export interface SigningLimits {
  signing: { limit1: number; window1Ms: number; limit2: number; window2Ms: number };
}

/**
 * Whether a signature goes over its IP hash's limits on its campaign (by default 1 a minute and 5
 * in five minutes, as the UK Parliament's petitions site has it). It is then accepted and flagged,
 * never refused: many people share one address (a household, a university, a carrier's NAT, a
 * VPN exit). Counts it among the history, so that the next one from the same address sees it.
 */
export function rateFlags(
  history: RateHistory,
  row: { campaign: { id: string }; ipHash: string },
  now: Date,
  limits: SigningLimits,
): SignatureFlag | null {
  const key = `${row.campaign.id}:${row.ipHash}`;
  const times = history.get(key) ?? [];
  const at = now.getTime();
  const { limit1, window1Ms, limit2, window2Ms } = limits.signing;
  const inFirst = times.filter((time) => time > at - window1Ms).length;
  const inSecond = times.filter((time) => time > at - window2Ms).length;
  history.set(key, [...times, at]);
  return inFirst >= limit1 || inSecond >= limit2 ? 'rate_limit' : null;
}
