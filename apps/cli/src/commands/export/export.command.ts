import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { RecordExportService } from '#libs/companies';
import { t } from '#libs/core';
import { EvidenceExportService, type FtmSchema } from '#libs/evidence';
import { MethodologyService, RecomputeService, ScorecardsPublicService } from '#libs/scorecards';
import { METHODOLOGIES_DIR, SCORECARDS_FILE } from '../scorecards/verify.command';
import { failOn, say } from '../auth/cli-io';

export const EXPORT_FORMATS = ['ftm', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Called wrongly (an unknown format): 2, as shells and most command-line tools answer a usage error. */
export const EXIT_USAGE = 2;

export const FTM_FILE = 'entities.ftm.json';

/** Entities written to the file at once. */
const BATCH = 500;

interface ExportOptions {
  format?: string;
}

/**
 * `export <dir> [--format ftm|json]`: the public record as files. `ftm` (the default) writes
 * FollowTheMoney entities, one JSON object a line, for Aleph, OpenSanctions' tools and `ftm`;
 * `json` writes the open data files. Only public evidence ever leaves: drafts and items in review stay.
 */
@Command({
  name: 'export',
  arguments: '<dir>',
  description: t('evidence.export.description'),
  argsDescription: { dir: t('evidence.export.dir_argument') },
})
export class ExportCommand extends CommandRunner {
  constructor(
    private readonly evidence: EvidenceExportService,
    private readonly records: RecordExportService,
    private readonly scorecards: ScorecardsPublicService,
    private readonly methodologies: MethodologyService,
    private readonly recompute: RecomputeService,
  ) {
    super();
  }

  async run([dir]: string[], options: ExportOptions = {}): Promise<void> {
    const format = options.format ?? 'ftm';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      process.stderr.write(`${t('evidence.export.format_unknown', { format, known: EXPORT_FORMATS.join(', ') })}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      process.stderr.write(`${t('evidence.export.dir_unwritable', { dir, reason: (error as Error).message })}\n`);
      process.exitCode = 1;
      return;
    }
    try {
      if (format === 'ftm') await this.ftm(dir);
      else await this.json(dir);
      await this.scorecardsFiles(dir);
    } catch (error) {
      failOn(error);
    }
  }

  /** One entity a line, written a batch at a time as it comes, so that a large record never sits in memory whole. */
  private async ftm(dir: string): Promise<void> {
    const file = join(dir, FTM_FILE);
    const handle = await open(file, 'w');
    const counts = new Map<FtmSchema, number>();
    let count = 0;
    let batch = '';
    // On a terminal the line is redrawn as entities go out; piped, only the last count is written.
    const progress = () =>
      process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}${t('evidence.export.progress', { count })}`);
    try {
      for await (const entity of this.evidence.ftm()) {
        batch += `${JSON.stringify(entity)}\n`;
        count += 1;
        counts.set(entity.schema, (counts.get(entity.schema) ?? 0) + 1);
        if (count % BATCH === 0) {
          await handle.write(batch);
          batch = '';
          if (process.stderr.isTTY) progress();
        }
      }
      await handle.write(batch);
    } finally {
      await handle.close();
    }
    progress();
    process.stderr.write('\n');
    const schemata = [...counts].map(([schema, n]) => `${schema} ${n}`).join(', ');
    say(t('evidence.export.ftm_done', { count, file, schemata }));
  }

  private async json(dir: string): Promise<void> {
    const files: [string, () => Promise<unknown[]>][] = [
      ['companies.json', () => this.records.companiesJson()],
      ['state-bodies.json', () => this.records.stateBodiesJson()],
      ['evidence.json', () => this.evidence.json()],
    ];
    for (const [name, load] of files) {
      process.stderr.write(`${t('evidence.export.progress_file', { file: name })}\n`);
      const rows = await load();
      const file = join(dir, name);
      await writeFile(file, `${JSON.stringify(rows, null, 2)}\n`, 'utf8');
      say(t('evidence.export.json_done', { file, count: rows.length }));
    }
  }

  /** Every snapshot with its inputs, and every methodology version: what `verify` computes again. */
  private async scorecardsFiles(dir: string): Promise<void> {
    // What waits to be computed is computed first: the export holds the record as it stands.
    const { computed } = await this.recompute.drain();
    if (computed) say(t('scorecards.export.computed', { count: computed }));
    const file = join(dir, SCORECARDS_FILE);
    const handle = await open(file, 'w');
    let count = 0;
    try {
      await handle.write('[');
      for await (const page of this.scorecards.snapshots()) {
        let chunk = '';
        for (const snapshot of page) chunk += `${count++ ? ',\n' : '\n'}${JSON.stringify(snapshot)}`;
        await handle.write(chunk);
      }
      await handle.write(count ? '\n]\n' : ']\n');
    } finally {
      await handle.close();
    }
    say(t('scorecards.export.done', { file, count }));
    await mkdir(join(dir, METHODOLOGIES_DIR), { recursive: true });
    for (const version of await this.methodologies.list()) {
      const path = join(dir, METHODOLOGIES_DIR, `${version.methodology.version}.yaml`);
      await writeFile(path, version.yaml, 'utf8');
      say(t('scorecards.export.methodology', { file: path }));
    }
  }

  @Option({ flags: '--format <format>', description: t('evidence.export.format_option'), defaultValue: 'ftm' })
  parseFormat(value: string): string {
    return value.trim().toLowerCase();
  }
}
