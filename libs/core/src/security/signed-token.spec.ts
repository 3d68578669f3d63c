import { readToken, signToken } from './signed-token';

const SECRET = 'a-secret-of-at-least-thirty-two-chars!';
const DAY = 24 * 60 * 60 * 1000;
const issued = new Date('2026-12-01T10:00:00Z');

describe('signed tokens', () => {
  it('reads back what was signed, for its purpose only', () => {
    const token = signToken(SECRET, 'confirm', ['abc', 'def'], issued);
    const reading = readToken(SECRET, 'confirm', token, new Date(issued.getTime() + 1000), DAY);
    expect(reading).toEqual({ valid: true, expired: false, payload: ['abc', 'def'], issuedAt: issued });
    expect(readToken(SECRET, 'supporter', token, issued, DAY).valid).toBe(false);
  });

  it('tells an expired token from a forged one', () => {
    const token = signToken(SECRET, 'confirm', ['abc'], issued);
    const late = readToken(SECRET, 'confirm', token, new Date(issued.getTime() + 2 * DAY), DAY);
    expect(late).toMatchObject({ valid: false, expired: true, payload: ['abc'] });
    const [body] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify([issued.getTime() / 1000, 'other'])).toString('base64url')}.${token.split('.')[1]}`;
    expect(readToken(SECRET, 'confirm', forged, issued, DAY)).toMatchObject({ valid: false, expired: false });
    expect(readToken('another-secret-of-thirty-two-characters', 'confirm', token, issued, DAY).valid).toBe(false);
    for (const junk of ['', '.', 'abc', `${body}.`, 'x'.repeat(2000)])
      expect(readToken(SECRET, 'confirm', junk, issued, DAY).valid).toBe(false);
  });
});
