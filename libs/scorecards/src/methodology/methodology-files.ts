import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Methodology } from './methodology';
import { compareVersions } from './methodology';
import { sha256 } from '../engine/canonical';
import { MethodologyError, parseMethodology } from './methodology.schema';

export interface MethodologyFile {
  methodology: Methodology;
  yaml: string;
  sha256: string;
  file: string;
}

/** The root `methodologies/` folder, found by walking up from here (from source and from dist alike). */
export function methodologiesDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'methodologies'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`methodologies/ not found above ${__dirname}`);
    dir = parent;
  }
  return join(dir, 'methodologies');
}

/**
 * Every `methodologies/<semver>.yaml`, checked, oldest first. A file that fails its schema, or whose
 * name is not its version, stops the process with one line naming the file and its problems.
 */
export function readMethodologyFiles(dir = methodologiesDir()): MethodologyFile[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
  const found = files.map((name) => {
    const path = `methodologies/${name}`;
    const yaml = readFileSync(join(dir, name), 'utf8');
    const methodology = parseMethodology(yaml, path);
    if (`${methodology.version}.yaml` !== name)
      throw new MethodologyError(path, [`its version ${methodology.version} is not its file name`]);
    return { methodology, yaml, sha256: sha256(yaml), file: path };
  });
  if (found.length === 0) throw new MethodologyError('methodologies/', ['no methodology file was found']);
  return found.sort((a, b) => compareVersions(a.methodology.version, b.methodology.version));
}
