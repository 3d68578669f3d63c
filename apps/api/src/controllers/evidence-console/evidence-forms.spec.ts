import { evidenceFormFrom, evidenceInput, formAction, formErrors, toMinor, withExtraRow } from './evidence-forms';

describe('the evidence editor form', () => {
  it('moves digits into minor units exactly, by the currency', () => {
    expect(toMinor('100000.50', 'USD')).toEqual({ minor: 10000050 });
    expect(toMinor('0.29', 'usd')).toEqual({ minor: 29 });
    expect(toMinor(' 1 000 000 ', 'EUR')).toEqual({ minor: 100000000 });
    expect(toMinor('100.000', 'USD')).toEqual({ minor: 10000 });
    expect(toMinor('1.234', 'BHD')).toEqual({ minor: 1234 });
    expect(toMinor('1500', 'JPY')).toEqual({ minor: 1500 });
    expect(toMinor('1.005', 'USD')).toEqual({ error: 'This amount has more decimals than USD has (2).' });
    expect(toMinor('1.5', 'JPY')).toEqual({ error: 'This amount has more decimals than JPY has (0).' });
    for (const amount of ['1,000.00', '-5', '1e6', 'abc', '.5'])
      expect([amount, toMinor(amount, 'USD')]).toEqual([
        amount,
        { error: expect.stringContaining('Enter the amount') },
      ]);
    expect(toMinor('90071992547409.92', 'USD')).toEqual({ error: 'This amount is too large to be kept exactly.' });
    // A code the runtime cannot read is left to the DTO's own currency check.
    expect(toMinor('5', 'US')).toBeNull();
  });

  it('reads numbered rows in order, drops removed and blank ones, and maps messages back to the rows typed', () => {
    const form = evidenceFormFrom({
      'chain.10.company': 'map-info',
      'chain.10.role': 'reseller',
      'chain.2.company': 'supermicro',
      'chain.2.role': 'manufacturer',
      'chain.5.company': 'sandvine',
      'chain.5.remove': '1',
      'sources.0.url': '',
      'sources.0.kind': '',
      'sources.1.url': 'ftp://example.org',
      'sources.1.kind': 'leak',
      'chain.999.company': 'ignored',
    });
    expect(form.chain).toEqual([
      { company: 'supermicro', role: 'manufacturer' },
      { company: 'map-info', role: 'reseller' },
    ]);
    const { input, chainRows, sourceRows } = evidenceInput(form);
    expect(input.sources).toEqual([
      {
        url: 'ftp://example.org',
        publisher: null,
        title: null,
        publishedOn: null,
        archivedUrl: null,
        kind: 'leak',
        excerpt: '',
      },
    ]);
    expect(sourceRows).toEqual([1]);
    const shown = formErrors(
      [
        { field: 'sources.0.url', message: 'Enter a full web address.' },
        { field: 'changes.chain.1.company', message: 'Unknown company.' },
        { field: 'version', message: 'Reload the item.' },
      ],
      { chainRows, sourceRows },
    );
    expect(shown).toEqual({
      errors: [
        { field: 'sources.1.url', message: 'Enter a full web address.' },
        { field: 'chain.1.company', message: 'Unknown company.' },
      ],
      formError: 'Reload the item.',
    });
  });

  it('sends blanks as null and lists one a line, so that an edit clears what the form cleared', () => {
    const { input, errors } = evidenceInput(
      evidenceFormFrom({
        products: 'Rack servers\r\n\r\n Storage ',
        endUser: '',
        periodEnd: ' ',
        value: '12',
        currency: '',
      }),
    );
    expect(input).toMatchObject({
      products: ['Rack servers', 'Storage'],
      endUser: null,
      periodEnd: null,
      value: null,
      currency: null,
      polarity: 'harm',
      procurementRecords: [],
    });
    expect(errors).toEqual([{ field: 'currency', message: 'Give the currency of the amount.' }]);
  });

  it('knows which button was pressed, and stops adding rows at the limit', () => {
    expect(formAction({ _action: 'add_chain' })).toBe('add_chain');
    expect(formAction({ _action: ['save', 'add_chain'] })).toBe('save');
    expect(formAction({})).toBe('save');
    const full = evidenceFormFrom(
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`chain.${i}.company`, `c${i}`])),
    );
    expect(withExtraRow(full, 'add_chain')).toBeNull();
    expect(withExtraRow(full, 'add_source')?.sources).toHaveLength(1);
  });
});
