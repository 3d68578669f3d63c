import { canonicalJson, sha256 } from '../engine/canonical';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult } from '../engine/result';

/**
 * The inputs' canonical JSON and SHA-256, and those of the record alone (without the day): equal
 * when only time passed. One serialisation makes both while `asOf` sorts before every other key.
 */
export function hashesOf(inputs: ScoreInputs): { json: string; inputsHash: string; recordHash: string } {
  const { asOf, ...record } = inputs;
  const recordJson = canonicalJson(record);
  const json = Object.keys(record).some((key) => key < 'asOf')
    ? canonicalJson(inputs)
    : `{"asOf":${JSON.stringify(asOf)}${recordJson === '{}' ? '}' : `,${recordJson.slice(1)}`}`;
  return { json, inputsHash: sha256(json), recordHash: sha256(recordJson) };
}

const STILL = '"silenceDays":null';

/**
 * The result's JSON, and the SHA-256 by which two results say the same: that of the result with its
 * days of silence left out (they grow each day by themselves, and are not a change). Plain
 * `JSON.stringify`, not canonical JSON: the hash is only ever compared with that of a result of the
 * same engine version, which builds its objects the same way every time (and readers parse the
 * text). One serialisation makes both: a quote inside a JSON string is escaped, so an unescaped
 * `"silenceDays":` is a key, and only the result itself has that key.
 */
export function resultDocuments(result: ScoreResult): { json: string; hash: string } {
  const still = JSON.stringify({ ...result, silenceDays: null });
  const at = still.indexOf(STILL);
  const json =
    result.silenceDays === null || at < 0
      ? JSON.stringify(result)
      : `${still.slice(0, at)}"silenceDays":${JSON.stringify(result.silenceDays)}${still.slice(at + STILL.length)}`;
  return { json, hash: sha256(still) };
}
