import { readSignedAddress, signedAddress } from './signed-address';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const id = '3f0c2a4e-8f1b-4c1d-9a47-1b2c3d4e5f60';

describe('signed addresses', () => {
  const address = signedAddress(secret, 'reply', id, 'Leverage.Example.org');

  it('reads back what it made', () => {
    expect(address).toMatch(/^reply\+3f0c2a4e-8f1b-4c1d-9a47-1b2c3d4e5f60\.[0-9a-f]{20}@leverage\.example\.org$/);
    expect(readSignedAddress(secret, address, 'leverage.example.org')).toEqual({ tag: 'reply', id, valid: true });
    expect(readSignedAddress(secret, `<${address}>`, 'leverage.example.org')?.valid).toBe(true);
  });

  it('survives an MTA that upper-cases or lower-cases the address', () => {
    expect(readSignedAddress(secret, address.toUpperCase(), 'LEVERAGE.example.ORG')).toEqual({
      tag: 'reply',
      id,
      valid: true,
    });
    const upperId = signedAddress(secret, 'Bounce', id.toUpperCase(), 'leverage.example.org');
    expect(readSignedAddress(secret, upperId, 'leverage.example.org')).toEqual({ tag: 'bounce', id, valid: true });
  });

  it('refuses a forged or tampered address', () => {
    const forged = address.replace(/\.[0-9a-f]{20}@/, '.0123456789abcdef0123@');
    expect(readSignedAddress(secret, forged, 'leverage.example.org')).toEqual({ tag: 'reply', id, valid: false });
    const otherId = address.replace('3f0c2a4e', '3f0c2a4f');
    expect(readSignedAddress(secret, otherId, 'leverage.example.org')?.valid).toBe(false);
    const otherTag = address.replace(/^reply/, 'bounce');
    expect(readSignedAddress(secret, otherTag, 'leverage.example.org')).toEqual({ tag: 'bounce', id, valid: false });
    const short = address.replace(/(\.[0-9a-f]{16})[0-9a-f]{4}@/, '$1@');
    expect(readSignedAddress(secret, short, 'leverage.example.org')?.valid).toBe(false);
    expect(readSignedAddress('another-secret-another-secret-another', address, 'leverage.example.org')?.valid).toBe(
      false,
    );
  });

  it('is null for other domains and for addresses that are not signed', () => {
    expect(readSignedAddress(secret, address, 'example.org')).toBeNull();
    expect(
      readSignedAddress(secret, address.replace('@leverage.example.org', '@evil.example'), 'leverage.example.org'),
    ).toBeNull();
    expect(readSignedAddress(secret, 'press@leverage.example.org', 'leverage.example.org')).toBeNull();
    expect(readSignedAddress(secret, 'reply+abc@leverage.example.org', 'leverage.example.org')).toBeNull();
    expect(readSignedAddress(secret, 'not an address', 'leverage.example.org')).toBeNull();
  });

  it('refuses to make an address that would read back differently', () => {
    expect(() => signedAddress(secret, 're+ply', id, 'leverage.example.org')).toThrow();
    expect(() => signedAddress(secret, 'reply', 'a.b', 'leverage.example.org')).toThrow();
  });
});
