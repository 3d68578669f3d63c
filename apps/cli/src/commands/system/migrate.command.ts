import { Command, CommandRunner } from 'nest-commander';
import { Inject } from '@nestjs/common';
import { CLI_DATABASE_URL } from '../../cli-tokens';
import { runMigrations } from '../../../../../libs/core';

@Command({ name: 'migrate', description: 'Apply pending database migrations' })
export class MigrateCommand extends CommandRunner {
  constructor(@Inject(CLI_DATABASE_URL) private readonly url: string) {
    super();
  }

  async run(): Promise<void> {
    const applied = await runMigrations(this.url);
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n');
  }
}
