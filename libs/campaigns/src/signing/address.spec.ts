import { ipHash, readSignerAddress, supporterHash } from './address';

describe('readSignerAddress', () => {
  it('folds one mailbox to one canonical form', () => {
    expect(readSignerAddress('  Olga.K+petition@Example-Mail.BY ')).toEqual({
      address: 'Olga.K+petition@example-mail.by',
      domain: 'example-mail.by',
      canonical: 'olga.k@example-mail.by',
    });
    expect(readSignerAddress('O.l.g.a+x@googlemail.com')?.canonical).toBe('olga@gmail.com');
    expect(readSignerAddress('olga@gmail.com')?.canonical).toBe('olga@gmail.com');
  });

  it('refuses what cannot be delivered to', () => {
    for (const bad of [
      '',
      'olga',
      'olga@',
      '@mail.by',
      'olga@mail',
      'olga@@mail.by',
      'ol ga@mail.by',
      'olga@mail..by',
      'olga@-mail.by',
      'olga@127.0.0.1',
      'olga@[127.0.0.1]',
      'olga@example.org',
      'olga@mail.test',
      'olga@mail.invalid',
      'olga@localhost',
      '+tag@mail.by',
      `${'a'.repeat(65)}@mail.by`,
      `olga@${'a'.repeat(250)}.by`,
    ])
      expect(readSignerAddress(bad)).toBeNull();
  });
});

describe('keyed hashes', () => {
  it('know a supporter without their address, and an IP only within one campaign', () => {
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    expect(supporterHash(secret, 'olga@mail.by')).toBe(supporterHash(secret, 'olga@mail.by'));
    expect(supporterHash(secret, 'olga@mail.by')).not.toContain('olga');
    expect(ipHash(secret, 'a', '192.0.2.1')).not.toBe(ipHash(secret, 'b', '192.0.2.1'));
    expect(ipHash(secret, 'a', '192.0.2.1')).toHaveLength(22);
  });
});
