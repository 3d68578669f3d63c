import { readMethodologyFiles } from '../methodology/methodology-files';
import { canonicalJson, sha256 } from '../engine/canonical';
import { score } from '../engine/engine';
import { WORKED_EXAMPLE } from '../engine/worked-example';
import { hashesOf, resultDocuments } from './documents';

const method = readMethodologyFiles()[0].methodology;

describe('the documents of a snapshot', () => {
  it('hash the inputs as their canonical JSON, and the record without its day', () => {
    const { json, inputsHash, recordHash } = hashesOf(WORKED_EXAMPLE);
    expect(json).toBe(canonicalJson(WORKED_EXAMPLE));
    expect(inputsHash).toBe(sha256(canonicalJson(WORKED_EXAMPLE)));
    const { asOf: _asOf, ...record } = WORKED_EXAMPLE;
    expect(recordHash).toBe(sha256(canonicalJson(record)));
    expect(hashesOf({ ...WORKED_EXAMPLE, asOf: '2030-01-01' }).recordHash).toBe(recordHash);
  });

  it('keep the result whole, and hash it the same when only the days of silence grew', () => {
    const result = score(WORKED_EXAMPLE, method);
    expect(result.silenceDays).not.toBeNull();
    const docs = resultDocuments(result);
    expect(JSON.parse(docs.json)).toEqual(result);
    const later = resultDocuments({ ...result, silenceDays: (result.silenceDays as number) + 30 });
    expect(later.hash).toBe(docs.hash);
    expect(later.json).not.toBe(docs.json);
    expect(resultDocuments({ ...result, overall: 1 }).hash).not.toBe(docs.hash);
    // A title that spells the key out is a string, and stays one.
    const tricky = { ...result, breakdown: [{ ...result.breakdown[0], title: '"silenceDays":null' }] };
    expect(JSON.parse(resultDocuments(tricky).json)).toEqual(tricky);
  });
});
