import { formatMoney, majorUnits, minorDigits } from './money';

describe('money in minor units', () => {
  it('follows ISO 4217 for the number of decimals, not the runtime', () => {
    expect(() => minorDigits('US')).toThrow(RangeError);
    expect([
      minorDigits('USD'),
      minorDigits('JPY'),
      minorDigits('BHD'),
      minorDigits('HUF'),
      minorDigits('IQD'),
      minorDigits('CLF'),
    ]).toEqual([2, 0, 3, 2, 3, 4]);
  });

  it('formats every digit, also beyond 2^53', () => {
    expect(formatMoney('10000000', 'USD')).toBe('$100,000.00');
    expect(formatMoney('12345', 'HUF')?.replace(/\s/g, ' ')).toBe('HUF 123.45');
    expect(formatMoney('123', 'JPY')).toBe('¥123');
    expect(formatMoney('99999999999999999', 'EUR')).toBe('€999,999,999,999,999.99');
    expect(formatMoney(null, null)).toBeNull();
  });

  it('gives major units as a decimal string for open data', () => {
    expect(majorUnits('10000050', 'USD')).toBe('100000.50');
    expect(majorUnits('1234', 'BHD')).toBe('1.234');
    expect(majorUnits('7', 'JPY')).toBe('7');
  });
});
