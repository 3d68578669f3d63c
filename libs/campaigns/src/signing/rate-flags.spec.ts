import { rateFlags, type RateHistory } from './rate-flags';

const limits = { signing: { limit1: 1, window1Ms: 60_000, limit2: 5, window2Ms: 300_000 } };
const row = { campaign: { id: 'c' }, ipHash: 'ip' };

describe('rateFlags', () => {
  it('flags a second signature from one address within a minute, not one from another', () => {
    const history: RateHistory = new Map();
    expect(rateFlags(history, row, limits)).toBeNull();
    expect(rateFlags(history, row, limits)).toBe('rate_limit');
    expect(rateFlags(history, { ...row, ipHash: 'other' }, limits)).toBeNull();
    expect(rateFlags(history, { ...row, campaign: { id: 'd' } }, limits)).toBeNull();
  });

  it('flags the sixth within five minutes where the minute has room', () => {
    const history: RateHistory = new Map([['c:ip', { inFirst: 0, inSecond: 4 }]]);
    expect(rateFlags(history, row, limits)).toBeNull();
    history.set('c:ip', { inFirst: 0, inSecond: 5 });
    expect(rateFlags(history, row, limits)).toBe('rate_limit');
  });
});
