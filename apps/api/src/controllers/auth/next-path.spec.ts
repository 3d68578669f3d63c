import { DEFAULT_NEXT, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/console', '/console'],
    ['/console/', '/console/'],
    ['/console/companies', '/console/companies'],
    ['/console/companies?q=sandvine&page=2', '/console/companies?q=sandvine&page=2'],
    [
      '/console/history/user/6f1c2b9e-0000-4000-8000-000000000001',
      '/console/history/user/6f1c2b9e-0000-4000-8000-000000000001',
    ],
    ['/console?tab=recent', '/console?tab=recent'],
  ])('keeps the console path %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    42,
    ['/console/companies'],
    '',
    '/',
    '/companies',
    '/login',
    '/api/v1/companies',
    '/consoles',
    '/console-fake',
    'console/companies',
    'https://evil.example/console',
    '//evil.example/console',
    '/\\evil.example',
    '/console\\..\\..\\login',
    '/console/../login',
    '/console/%2e%2e/login',
    '/console/\t/x',
    '/console/\n/x',
    'javascript:alert(1)',
    `/console/${'a'.repeat(2100)}`,
  ])('falls back to the console for %p', (input) => {
    expect(safeNextPath(input)).toBe(DEFAULT_NEXT);
  });

  it('drops a fragment, which the server never sees anyway', () => {
    expect(safeNextPath('/console/companies#top')).toBe('/console/companies');
  });
});
