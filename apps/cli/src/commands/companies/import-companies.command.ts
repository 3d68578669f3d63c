import { readFile } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import { Command, CommandRunner } from 'nest-commander';
import { detectFormat, RecordImportService, type ImportReport } from '#libs/companies';
import { t } from '#libs/core';
import { ProcurementImportService } from '#libs/evidence';
import { CLI_ACTOR, fail, failOn, say } from '../auth/cli-io';

/** The kinds this command knows; procurement records and others join as their areas arrive. */
export const IMPORT_KINDS = ['companies', 'state-bodies', 'procurement'];

/**
 * `import <kind> <file>`: CSV or JSON, every row validated like a form, upserted by slug. Prints
 * each rejected row and why, and exits 1 when any row was rejected (0 when all went in).
 */
@Command({
  name: 'import',
  arguments: '<kind> <file>',
  description: t('companies.cli.import_description'),
  argsDescription: {
    kind: t('companies.cli.import_kind_argument', { kinds: IMPORT_KINDS.join(', ') }),
    file: t('companies.cli.import_file_argument'),
  },
})
export class ImportCommand extends CommandRunner {
  constructor(
    private readonly importer: RecordImportService,
    private readonly procurement: ProcurementImportService,
  ) {
    super();
  }

  async run([kind, file]: string[]): Promise<void> {
    if (!IMPORT_KINDS.includes(kind))
      return fail(t('companies.error.import_kind_unknown', { kind, known: IMPORT_KINDS.join(', ') }));
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      return fail(t('companies.cli.import_file_unreadable', { file, reason: (error as Error).message }));
    }
    // The bar draws on stderr and only on a terminal, so piped output stays the report alone.
    const bar = new SingleBar(
      { format: `${t('companies.cli.import_progress', { kind })} [{bar}] {value}/{total}`, hideCursor: true },
      Presets.shades_classic,
    );
    let started = false;
    let report: ImportReport;
    try {
      const progress = (done: number, total: number) => {
        if (started) return bar.update(done);
        bar.start(total, done);
        started = true;
      };
      const format = detectFormat(file, content);
      report =
        kind === 'procurement'
          ? await this.procurement.import(content, format, CLI_ACTOR, progress)
          : await this.importer.import(kind, content, format, CLI_ACTOR, progress);
    } catch (error) {
      bar.stop();
      return failOn(error);
    }
    bar.stop();
    for (const line of reportLines(report)) say(line);
    if (report.rejected.length) process.exitCode = 1;
  }
}

export function reportLines(report: ImportReport): string[] {
  return [
    t('companies.cli.import_summary', {
      total: report.total,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
    }),
    ...report.rejected.map((rejection) =>
      t(rejection.slug ? 'companies.cli.import_rejected_row' : 'companies.cli.import_rejected_row_no_slug', {
        row: rejection.row,
        slug: rejection.slug,
        reasons: rejection.reasons.join(t('companies.cli.import_reason_separator')),
      }),
    ),
  ];
}
