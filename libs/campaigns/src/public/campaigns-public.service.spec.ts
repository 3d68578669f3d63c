import { byCountry } from '../campaigns/campaign.mapper';
import { firstName } from './campaigns-public.service';

describe('what the public sees of signers', () => {
  it('shows a first name only', () => {
    expect(firstName('  Olga   Kavalenka ')).toBe('Olga');
    expect(firstName('Алесь')).toBe('Алесь');
  });

  it('never publishes a country count under ten', () => {
    expect(
      byCountry([
        { country: 'BY', signatures: 120 },
        { country: 'LT', signatures: 9 },
        { country: 'PL', signatures: 10 },
        { country: 'DE', signatures: 0 },
      ]),
    ).toEqual([
      { country: 'BY', signatures: 120 },
      { country: 'PL', signatures: 10 },
      { country: 'LT', signatures: null },
    ]);
  });
});
