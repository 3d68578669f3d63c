import { validateInput } from '#libs/core';
import { CreateCompanyDto } from '../company/dto/create-company.dto';
import { CreateOwnershipDto } from '../ownership/dto/create-ownership.dto';
import { checkPeriod } from '../ownership/ownership.fields';
import { detectFormat, parseRecords } from './parse-records';

const HEADER =
  'Name,Slug,Kind,Country,Website,Aliases,Description,Source_URL,Source_Title,Source_Publisher,Source_Published_On';

async function errorsOf(data: Record<string, unknown>): Promise<Record<string, string>> {
  const { errors } = await validateInput(CreateCompanyDto, data);
  return Object.fromEntries(errors.map((error) => [error.field, error.message]));
}

describe('import rows', () => {
  it('reads CSV rows into the create DTO shape, with the line each ends on', () => {
    const csv = `\uFEFF${HEADER}\nSupermicro,,manufacturer,us,https://www.supermicro.com,Super Micro Computer|SMCI,,https://en.wikipedia.org/wiki/Supermicro,Supermicro,Wikipedia,\n\n"MAP INFO",map-info,reseller,BY,,,"two\nlines",,,,\n`;
    const records = parseRecords(csv, 'csv');
    expect(records).toEqual([
      {
        row: 2,
        data: {
          name: 'Supermicro',
          kind: 'manufacturer',
          country: 'us',
          website: 'https://www.supermicro.com',
          aliases: ['Super Micro Computer', 'SMCI'],
          source: {
            url: 'https://en.wikipedia.org/wiki/Supermicro',
            title: 'Supermicro',
            publisher: 'Wikipedia',
            publishedOn: undefined,
          },
        },
      },
      {
        row: 5,
        data: { name: 'MAP INFO', slug: 'map-info', kind: 'reseller', country: 'BY', description: 'two\nlines' },
      },
    ]);
  });

  it('refuses a file it cannot read, naming why', () => {
    expect(() => parseRecords('name,kindd\nx,y\n', 'csv')).toThrow(/unknown column\(s\): kindd/);
    expect(() => parseRecords('name,kind\n"x,y\n', 'csv')).toThrow(/could not be read/);
    expect(() => parseRecords('{"name":"x"}', 'json')).toThrow(/JSON array/);
    expect(() => parseRecords('[{"name":', 'json')).toThrow(/could not be read/);
  });

  it('reads JSON arrays and API pages', () => {
    expect(parseRecords('[{"name":"a"},3]', 'json')).toEqual([
      { row: 1, data: { name: 'a' } },
      { row: 2, data: { __notAnObject: 3 } },
    ]);
    expect(parseRecords('{"data":[{"name":"b"}],"nextCursor":null}', 'json')).toEqual([
      { row: 1, data: { name: 'b' } },
    ]);
  });

  it('detects the format from the name, else from the content', () => {
    expect(detectFormat('x.JSON', '')).toBe('json');
    expect(detectFormat('x.csv', '[')).toBe('csv');
    expect(detectFormat('x', '  [{}]')).toBe('json');
    expect(detectFormat('x', 'name,kind')).toBe('csv');
  });

  it('validates a row like the form: one message per field', async () => {
    expect(await errorsOf({ name: 'Supermicro', kind: 'manufacturer', country: 'us' })).toEqual({});
    expect(await errorsOf({ kind: 'manufacturer' })).toEqual({ name: 'This field is required.' });
    expect(
      await errorsOf({
        name: 'x',
        slug: 'Not A Slug',
        kind: 'bank',
        country: 'XX',
        website: 'javascript:alert(1)',
        aliases: 'one',
        source: { url: 'ftp://example.org', publishedOn: '2023-02-30' },
      }),
    ).toEqual({
      slug: 'Use lowercase letters, digits and hyphens only, such as map-info.',
      kind: 'Choose one of the listed kinds.',
      country: 'Enter a two-letter ISO 3166 country code, such as BY or AT.',
      website: 'Enter a full web address starting with http:// or https://.',
      aliases: 'Aliases must be a list of names.',
      'source.url': 'Enter a full web address starting with http:// or https://.',
      'source.publishedOn': 'Enter a date as YYYY-MM-DD.',
    });
  });

  it('upper-cases countries and treats blanks as not given', async () => {
    const { value, errors } = await validateInput(CreateCompanyDto, {
      name: ' Synesis ',
      kind: 'software_vendor',
      country: ' by ',
      website: '',
    });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ name: 'Synesis', country: 'BY' });
    expect(value.website).toBeUndefined();
  });
});

describe('ownership input', () => {
  it.each([
    ['0', 'companies.validation.share'],
    ['100.001', 'companies.validation.share'],
    ['101', 'companies.validation.share'],
    ['abc', 'companies.validation.share'],
  ])('refuses share %s', async (share) => {
    const { errors } = await validateInput(CreateOwnershipDto, { parent: 'ibm', subsidiary: 'red-hat', share });
    expect(errors.map((error) => error.field)).toEqual(['share']);
  });

  it('takes a share from a form as a number', async () => {
    const { value, errors } = await validateInput(CreateOwnershipDto, {
      parent: 'ibm',
      subsidiary: 'red-hat',
      share: '12.5',
      since: '',
    });
    expect(errors).toEqual([]);
    expect(value.share).toBe(12.5);
    expect(value.since).toBeUndefined();
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => checkPeriod({ since: '2020-01-02', until: '2020-01-01' })).toThrow();
    expect(() => checkPeriod({ since: '2020-01-01', until: '2020-01-01' })).not.toThrow();
    expect(() => checkPeriod({ since: null, until: '2020-01-01' })).not.toThrow();
  });
});
