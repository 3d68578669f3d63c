import { DomainException } from '#libs/core';
import { decodeCursor, encodeCursor } from './cursor';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('keyset cursors', () => {
  it('round-trips the sort key and id, URL-safe', () => {
    const raw = encodeCursor({ key: 'a1 belarus / ünïcode?&=', id });
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(raw)).toEqual({ key: 'a1 belarus / ünïcode?&=', id });
  });

  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['JSON but not an object', Buffer.from('42').toString('base64url')],
    ['missing fields', Buffer.from('{"k":"x"}').toString('base64url')],
    ['an id that is not a uuid', Buffer.from(`{"k":"x","i":"1; DROP TABLE company"}`).toString('base64url')],
    ['too long', 'a'.repeat(1001)],
  ])('refuses %s as invalid input', (_why, raw) => {
    let error: unknown;
    try {
      decodeCursor(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainException);
    expect(error).toMatchObject({ kind: 'invalid', code: 'companies_cursor_invalid' });
  });
});
