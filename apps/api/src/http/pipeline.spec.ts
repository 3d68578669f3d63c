import { redactTokens } from './pipeline';

describe('redactTokens', () => {
  it('keeps the route of a supporter link and drops its token', () => {
    expect(redactTokens('/supporters/me/eyJ.abc/erase')).toBe('/supporters/me/:token/erase');
    expect(redactTokens('/signatures/confirm/eyJ.abc')).toBe('/signatures/confirm/:token');
    expect(redactTokens('/unsubscribe/eyJ.abc?x=1')).toBe('/unsubscribe/:token?x=1');
    expect(redactTokens('/campaigns/a-b')).toBe('/campaigns/a-b');
    expect(redactTokens(undefined)).toBeUndefined();
  });
});
