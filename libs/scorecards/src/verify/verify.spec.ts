import { inputsHash } from '../engine/canonical';
import { ENGINE_VERSION, score } from '../engine/engine';
import { WORKED_EXAMPLE } from '../engine/worked-example';
import { readMethodologyFiles } from '../methodology/methodology-files';
import { verifySnapshots, type ExportedSnapshot } from './verify';

const method = readMethodologyFiles()[0].methodology;
const methods = new Map([[method.version, method]]);
const snapshot = (): ExportedSnapshot => ({
  id: 'a',
  company: 'supermicro',
  seq: 1,
  methodologyVersion: method.version,
  engineVersion: ENGINE_VERSION,
  inputsHash: inputsHash(WORKED_EXAMPLE),
  inputs: structuredClone(WORKED_EXAMPLE),
  result: score(WORKED_EXAMPLE, method),
});

describe('verifying an export', () => {
  it('finds no mismatch in what the engine wrote', () => {
    expect(verifySnapshots([snapshot()], methods)).toEqual({ checked: 1, mismatches: [], otherEngine: [] });
  });

  it('names a tampered input, a tampered result and a changed weight', () => {
    const inputs = snapshot();
    inputs.inputs.items[0].confidence = 'confirmed';
    const result = snapshot();
    result.result.overall = 99;
    const changed = {
      ...method,
      exposure: {
        ...method.exposure,
        categorySeverity: { ...method.exposure.categorySeverity, data_infrastructure: 0.9 },
      },
    };
    expect(verifySnapshots([inputs, result], methods).mismatches.map((m) => m.problem)).toEqual([
      'inputs_hash',
      'result',
    ]);
    const [weight] = verifySnapshots([snapshot()], new Map([[method.version, changed]])).mismatches;
    expect(weight).toMatchObject({ company: 'supermicro', seq: 1, problem: 'result' });
    expect(weight.detail).toMatch(/^recorded C 82\.18, computed /);
    expect(verifySnapshots([snapshot()], new Map()).mismatches[0].problem).toBe('methodology_missing');
  });

  it('sets apart the snapshots of another engine version, checking only their inputs', () => {
    const older = { ...snapshot(), engineVersion: '0.9.0' };
    older.result.overall = 12;
    expect(verifySnapshots([older], methods)).toEqual({
      checked: 0,
      mismatches: [],
      otherEngine: [{ company: 'supermicro', seq: 1, id: 'a', engineVersion: '0.9.0' }],
    });
    const tampered = { ...snapshot(), engineVersion: '0.9.0' };
    tampered.inputs.items[0].confidence = 'confirmed';
    expect(verifySnapshots([tampered], methods).mismatches[0].problem).toBe('inputs_hash');
  });
});
