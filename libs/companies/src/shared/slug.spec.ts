import { isSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['MAP INFO', 'map-info'],
    ['A1 Telekom Austria', 'a1-telekom-austria'],
    ['Sandvíne Inc.', 'sandvine-inc'],
    ['  Red   Hat  ', 'red-hat'],
    ['Quadro--soft!!', 'quadro-soft'],
    ['Квадрософт', 'kvadrosoft'],
    ['Інфармацыйна-аналітычны цэнтр', 'infarmatsyyna-analitychny-tsentr'],
    ['Straße & Söhne', 'strasse-sohne'],
    ['Łódź', 'lodz'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('gives nothing when nothing usable is left', () => {
    expect(slugify('!!!')).toBe('');
    expect(slugify('北京')).toBe('');
  });

  it('cuts long names without leaving a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug).toBe('a'.repeat(79));
    expect(isSlug(slug)).toBe(true);
  });

  it('refuses what is not a slug', () => {
    for (const value of ['Map-Info', 'map_info', '-map', 'map-', 'map--info', '', 'a'.repeat(81)])
      expect(isSlug(value)).toBe(false);
  });
});
