import { datedLabel, latestDay, storedDay } from './dated';

describe('datedLabel', () => {
  it('says as much of a date as the source gives', () => {
    expect(datedLabel('2020-09-15')).toBe('15 September 2020');
    expect(datedLabel('2020-09-01', 'month')).toBe('September 2020');
    expect(datedLabel('2020-11-24', 'on_or_before')).toBe('by 24 November 2020');
  });

  it('keeps a month-precise date as the first of its month', () => {
    expect(storedDay('2020-09-17', 'month')).toBe('2020-09-01');
    expect(storedDay('2020-09-17', 'day')).toBe('2020-09-17');
  });

  it('gives the latest day a date can be: the end of its month when only the month is known', () => {
    expect(latestDay('2020-09-01', 'month')).toBe('2020-09-30');
    expect(latestDay('2020-02-01', 'month')).toBe('2020-02-29');
    expect(latestDay('2020-12-01', 'month')).toBe('2020-12-31');
    expect(latestDay('2020-11-24', 'on_or_before')).toBe('2020-11-24');
  });
});
