import { Command, CommandRunner } from 'nest-commander';
import { DataSource } from 'typeorm';
import { t } from '#libs/core';

/**
 * The CLI connects with `migrationsRun` for this command, so by the time it runs the pending
 * migrations are applied (on the one connection the embedded database allows); it reports.
 */
@Command({ name: 'migrate', description: 'Apply pending database migrations' })
export class MigrateCommand extends CommandRunner {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run(): Promise<void> {
    const [{ count, last }] = (await this.dataSource.query(
      'SELECT (SELECT count(*)::int FROM migrations) AS count, (SELECT name FROM migrations ORDER BY "timestamp" DESC LIMIT 1) AS last',
    )) as { count: number; last: string | null }[];
    process.stdout.write(`${t('cli.migrate.done', { count, last: last ?? '—' })}\n`);
  }
}
