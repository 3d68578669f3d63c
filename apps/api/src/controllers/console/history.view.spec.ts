import { diffSnapshots } from './history.view';

describe('diffSnapshots', () => {
  it('lists only changed fields, nested ones as dotted rows', () => {
    const before = { name: 'Supermicro', aliases: ['SMCI'], source: { url: 'https://a.example', title: 'A' } };
    const after = {
      name: 'Supermicro',
      aliases: ['SMCI', 'Super Micro'],
      source: { url: 'https://b.example', title: 'A' },
    };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'aliases', before: 'SMCI', after: 'SMCI, Super Micro' },
      { field: 'source.url', before: 'https://a.example', after: 'https://b.example' },
    ]);
  });

  it('shows a creation as every field filled in', () => {
    expect(diffSnapshots(null, { name: 'IBM', website: null })).toEqual([{ field: 'name', before: '—', after: 'IBM' }]);
  });
});
