import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { t } from '#libs/core';
import {
  ENGINE_VERSION,
  MethodologyError,
  parseMethodology,
  verifySnapshots,
  type ExportedSnapshot,
  type Methodology,
} from '#libs/scorecards';
import { say } from '../auth/cli-io';

export const SCORECARDS_FILE = 'scorecards.json';
export const METHODOLOGIES_DIR = 'methodologies';

/** Reads what `verify` needs of an export; every problem is one line that names the file. */
async function readExport(dir: string): Promise<{ snapshots: ExportedSnapshot[]; methods: Map<string, Methodology> }> {
  const file = join(dir, SCORECARDS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(t('scorecards.verify.no_file', { file }));
  }
  let snapshots: ExportedSnapshot[];
  try {
    snapshots = JSON.parse(text) as ExportedSnapshot[];
  } catch (error) {
    throw new Error(t('scorecards.verify.unreadable', { file, reason: (error as Error).message }));
  }
  if (!Array.isArray(snapshots)) throw new Error(t('scorecards.verify.unreadable', { file, reason: 'not a list' }));
  const methods = new Map<string, Methodology>();
  const folder = join(dir, METHODOLOGIES_DIR);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.yaml'))) {
    const methodology = parseMethodology(await readFile(join(folder, name), 'utf8'), `${METHODOLOGIES_DIR}/${name}`);
    methods.set(methodology.version, methodology);
  }
  return { snapshots, methods };
}

/**
 * `verify <dir>`: computes every scorecard of an export again, from its own inputs under the
 * methodology file it names (both in the export), and reports every one that does not come out
 * the same. Needs no database: anyone with an export can run it. Exits 1 on any mismatch.
 */
@Command({
  name: 'verify',
  arguments: '<dir>',
  description: t('scorecards.verify.description'),
  argsDescription: { dir: t('scorecards.verify.dir_argument') },
})
export class VerifyCommand extends CommandRunner {
  async run([dir]: string[]): Promise<void> {
    let found: Awaited<ReturnType<typeof readExport>>;
    try {
      found = await readExport(dir);
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = error instanceof MethodologyError ? 1 : 2;
      return;
    }
    const { checked, mismatches, otherEngine } = verifySnapshots(found.snapshots, found.methods);
    const companies = new Set(found.snapshots.map((s) => s.company)).size;
    for (const m of mismatches)
      process.stderr.write(
        `${t('scorecards.verify.mismatch', { company: m.company, seq: m.seq, detail: m.detail })}\n`,
      );
    if (otherEngine.length)
      say(
        t('scorecards.verify.other_engine', {
          count: otherEngine.length,
          versions: [...new Set(otherEngine.map((s) => s.engineVersion))].join(', '),
          engine: ENGINE_VERSION,
        }),
      );
    say(
      t('scorecards.verify.done', {
        count: checked,
        companies,
        versions: [...found.methods.keys()].join(', ') || '—',
        mismatches: mismatches.length,
      }),
    );
    if (mismatches.length) process.exitCode = 1;
  }
}

/** `verify` alone: no database, no configuration. */
@Module({ providers: [VerifyCommand] })
export class VerifyCliModule {}
