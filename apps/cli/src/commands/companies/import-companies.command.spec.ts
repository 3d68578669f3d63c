import { reportLines } from './import-companies.command';

describe('import report', () => {
  it('sums up and names every rejected row with its reasons', () => {
    expect(
      reportLines({
        total: 4,
        created: 1,
        updated: 1,
        unchanged: 0,
        rejected: [
          { row: 3, slug: null, reasons: ['name: This field is required.'] },
          {
            row: 5,
            slug: 'bad-kind',
            reasons: [
              'kind: Choose one of the listed kinds.',
              'country: Enter a two-letter ISO 3166 country code, such as BY or AT.',
            ],
          },
        ],
      }),
    ).toEqual([
      '4 rows: 1 created, 1 updated, 0 unchanged, 2 rejected.',
      'Row 3: name: This field is required.',
      'Row 5 (bad-kind): kind: Choose one of the listed kinds.; country: Enter a two-letter ISO 3166 country code, such as BY or AT.',
    ]);
  });
});
