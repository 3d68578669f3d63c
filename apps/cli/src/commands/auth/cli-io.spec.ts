import { Readable } from 'node:stream';
import { columns, firstLine, readFirstLine } from './cli-io';

describe('firstLine', () => {
  it.each([
    ['correct horse battery staple\n', 'correct horse battery staple'],
    ['with windows ending\r\nsecond line', 'with windows ending'],
    ['no newline at all', 'no newline at all'],
    ['  keeps its spaces  \n', '  keeps its spaces  '],
    ['', ''],
    ['\n', ''],
  ])('reads %p as %p', (input, expected) => {
    expect(firstLine(input)).toBe(expected);
  });
});

describe('readFirstLine', () => {
  it('reads the first line of a stream in pieces', async () => {
    await expect(
      readFirstLine(Readable.from([Buffer.from('pass'), Buffer.from('word-long-enough\nrest')])),
    ).resolves.toBe('password-long-enough');
  });

  it('reads an empty stream as an empty line', async () => {
    await expect(readFirstLine(Readable.from([]))).resolves.toBe('');
  });
});

describe('columns', () => {
  it('aligns every column but the last', () => {
    expect(
      columns([
        ['email', 'role', 'name'],
        ['a@example.org', 'admin', 'A'],
      ]),
    ).toEqual(['email          role   name', 'a@example.org  admin  A']);
  });

  it('prints nothing for no rows', () => {
    expect(columns([])).toEqual([]);
  });
});
