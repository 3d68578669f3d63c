import { parse } from 'csv-parse/sync';
import { toSafeCsv } from '../export/record-export.service';
import { inputFromCsv } from '../import/parse-records';
import { neutralizeFormula, restoreFormula } from './csv-safety';

describe('CSV formula injection', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","click")'])(
    'neutralizes %j',
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
      expect(restoreFormula(neutralizeFormula(value))).toBe(value);
    },
  );

  it.each(['Sandvine', "'quoted", 'a=b', ' =x', ''])('leaves %j alone', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
    expect(restoreFormula(value)).toBe(value);
  });

  it('writes every text cell safely and reads it back as it was', () => {
    const csv = toSafeCsv(
      [{ name: '=cmd|" /C calc"!A0', description: 'line one\nline two', aliases: '-x|+y' }],
      ['name', 'description', 'aliases'],
    );
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row.name).toBe(`'=cmd|" /C calc"!A0`);
    expect(row.aliases).toBe(`'-x|+y`);
    expect(inputFromCsv(row)).toEqual({
      name: '=cmd|" /C calc"!A0',
      description: 'line one\nline two',
      aliases: ['-x', '+y'],
    });
  });
});
