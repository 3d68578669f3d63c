import { toMinorUnits } from './amount';

describe('amounts in minor units', () => {
  it.each([
    ['100000.50', 'USD', 10_000_050],
    ['100000', 'usd', 10_000_000],
    [1500000.25, 'USD', 150_000_025],
    ['1234567', 'JPY', 1_234_567],
    ['12.345', 'BHD', 12_345],
    ['10.5', 'BHD', 10_500],
    ['1.50', 'JPY', null],
    ['0', 'EUR', 0],
    ['1 000 000.10', 'EUR', 100_000_010],
  ])('%s %s → %s', (amount, currency, minor) => {
    const result = toMinorUnits(amount, currency);
    if (minor === null) expect(result).toEqual({ error: 'decimals' });
    else expect(result).toEqual({ minor });
  });

  it('refuses what is not an amount', () => {
    expect(toMinorUnits('1.001', 'USD')).toEqual({ error: 'decimals' });
    expect(toMinorUnits(1e-7, 'USD')).toEqual({ error: 'decimals' });
    expect(toMinorUnits(1e21, 'USD')).toEqual({ error: 'amount' });
    expect(toMinorUnits(-5, 'USD')).toEqual({ error: 'amount' });
    expect(toMinorUnits('-5', 'USD')).toEqual({ error: 'amount' });
    expect(toMinorUnits('1,5', 'USD')).toEqual({ error: 'amount' });
    expect(toMinorUnits(null, 'USD')).toEqual({ error: 'amount' });
    expect(toMinorUnits('5', 'US')).toEqual({ error: 'currency' });
  });
});
