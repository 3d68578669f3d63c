import { rateFlags, type RateHistory } from './rate-flags';

const limits = { signing: { limit1: 1, window1Ms: 60_000, limit2: 5, window2Ms: 300_000 } };
const row = { campaign: { id: 'c' }, ipHash: 'ip' };

describe('rateFlags', () => {
  it('flags a second signature from one address within a minute', () => {
    const history: RateHistory = new Map();
    const start = new Date('2026-12-01T10:00:00Z').getTime();
    expect(rateFlags(history, row, new Date(start), limits)).toBeNull();
    expect(rateFlags(history, row, new Date(start + 30_000), limits)).toBe('rate_limit');
    expect(rateFlags(history, { ...row, ipHash: 'other' }, new Date(start + 30_000), limits)).toBeNull();
  });

  it('flags the sixth within five minutes where the per-minute limit allows more', () => {
    const history: RateHistory = new Map();
    const start = new Date('2026-12-01T10:00:00Z').getTime();
    const looser = { signing: { ...limits.signing, limit1: 10 } };
    const flags = [0, 1, 2, 3, 4, 5].map((m) => rateFlags(history, row, new Date(start + m * 50_000), looser));
    expect(flags).toEqual([null, null, null, null, null, 'rate_limit']);
  });
});
