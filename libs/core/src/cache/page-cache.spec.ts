import { etagOf, PageCache, type CachedPage } from './page-cache';

function page(text: string, stamp = '1.1', expiresAt = 10_000): CachedPage {
  const body = Buffer.from(text);
  return { status: 200, body, headers: {}, etag: etagOf(body), lastModified: new Date(0), stamp, expiresAt };
}

describe('PageCache', () => {
  it('serves an entry while its versions are current and it is young enough', () => {
    const cache = new PageCache();
    cache.set('/a', page('A'));
    expect(cache.get('/a', '1.1', 0)?.body.toString()).toBe('A');
    expect(cache.get('/a', '1.2', 0)).toBeNull(); // the record changed
    cache.set('/a', page('A'));
    expect(cache.get('/a', '1.1', 10_000)).toBeNull(); // too old
    expect(cache.size).toBe(0);
  });

  it('lets the least recently used go when over its size', () => {
    const cache = new PageCache(160);
    cache.set('/a', page('a'.repeat(8)));
    cache.set('/b', page('b'.repeat(8)));
    cache.get('/a', '1.1', 0);
    for (let i = 0; i < 20; i++) cache.set(`/c${i}`, page('c'.repeat(8)));
    expect(cache.get('/b', '1.1', 0)).toBeNull();
    expect(cache.size).toBeLessThanOrEqual(20);
  });

  it('gives the same bytes the same strong ETag', () => {
    expect(etagOf(Buffer.from('x'))).toBe(etagOf(Buffer.from('x')));
    expect(etagOf(Buffer.from('x'))).not.toBe(etagOf(Buffer.from('y')));
    expect(etagOf(Buffer.from('x'))).toMatch(/^"[\w-]{27}"$/);
  });
});
