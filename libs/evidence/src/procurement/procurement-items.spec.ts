import { itemLines, parseItemLines } from './procurement-items';

describe('items one a line', () => {
  it('reads description | quantity | unit, with the last two optional', () => {
    expect(parseItemLines('Rack servers | 12 | piece\r\n\r\n  Support  \nRails | 4\nA | B | 2 | set\n')).toEqual([
      { description: 'Rack servers', quantity: '12', unit: 'piece' },
      { description: 'Support' },
      { description: 'Rails', quantity: '4' },
      { description: 'A | B', quantity: '2', unit: 'set' },
    ]);
  });

  it('writes what it reads', () => {
    const text = itemLines([
      { description: 'Rack servers', quantity: 12, unit: 'piece' },
      { description: 'Support', quantity: null, unit: null },
    ]);
    expect(text).toBe('Rack servers | 12 | piece\nSupport |  | ');
    expect(parseItemLines(text)).toEqual([
      { description: 'Rack servers', quantity: '12', unit: 'piece' },
      { description: 'Support', quantity: undefined, unit: undefined },
    ]);
  });
});
