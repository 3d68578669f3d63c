import { descriptionText, escapeLike, normalizeAliases, splitAliases, textOrNull } from './text';

describe('text helpers', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('normalizes aliases: trimmed, no blanks, no repeats, not the name', () => {
    expect(normalizeAliases([' velcom ', 'Velcom', '', 'A1  Belarus', 'MDC', 'a1 belarus'], 'A1 Belarus')).toEqual([
      'velcom',
      'MDC',
    ]);
  });

  it('splits aliases typed one a line or with |', () => {
    expect(splitAliases('velcom\r\nMDC | Mobile Digital Communications\n\n')).toEqual([
      'velcom',
      'MDC',
      'Mobile Digital Communications',
    ]);
  });

  it('turns blank text into null', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(undefined)).toBeNull();
    expect(textOrNull(' x ')).toBe('x');
  });
});

describe('descriptionText', () => {
  it('trims and makes line ends LF', () => {
    expect(descriptionText(' one\r\ntwo\rthree \n')).toBe('one\ntwo\nthree');
    expect(descriptionText(null)).toBe('');
  });
});
