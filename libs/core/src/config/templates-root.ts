import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | null = null;

/**
 * The repository's `templates/` folder (pages, letters, emails), found by walking up from here,
 * so that it is the same folder whether the code runs from source or from dist.
 */
export function templatesRoot(): string {
  if (found) return found;
  let dir = __dirname;
  while (!existsSync(join(dir, 'templates', 'layouts'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('templates/ not found above ' + __dirname);
    dir = parent;
  }
  found = join(dir, 'templates');
  return found;
}
