import { auditHash, canonicalJson, GENESIS_HASH } from './audit-hash';

describe('audit hashing', () => {
  it('ignores key order, as jsonb does', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('changes when any hashed field changes', () => {
    const row = {
      seq: '1',
      at: new Date('2026-01-01T00:00:00Z'),
      actorId: null,
      actorLabel: 'cli',
      recordType: 'company',
      recordId: 'x',
      action: 'create',
      before: null,
      after: { name: 'Sandvine' },
      prevHash: GENESIS_HASH,
    };
    const hash = auditHash(row);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...row, after: { name: 'Sandvine Inc' } })).not.toBe(hash);
    expect(auditHash({ ...row, seq: '2' })).not.toBe(hash);
    expect(auditHash({ ...row, prevHash: hash })).not.toBe(hash);
  });
});
