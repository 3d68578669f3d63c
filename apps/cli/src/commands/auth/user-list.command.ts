import { Command, CommandRunner } from 'nest-commander';
import { t } from '#libs/core';
import { UsersService } from '#libs/auth';
import { columns, say } from './cli-io';

@Command({ name: 'user:list', description: t('auth.cli.desc.user_list') })
export class UserListCommand extends CommandRunner {
  constructor(private readonly users: UsersService) {
    super();
  }

  async run(): Promise<void> {
    const users = await this.users.list();
    if (!users.length) return say(t('auth.cli.no_users'));
    const header = [
      t('auth.users.email'),
      t('auth.users.role'),
      t('auth.users.status'),
      t('auth.users.created'),
      t('auth.users.name'),
    ];
    const rows = users.map((user) => [
      user.email,
      user.role,
      t(user.disabled ? 'auth.users.disabled' : 'auth.users.active'),
      user.createdAt.toISOString().slice(0, 10),
      user.displayName,
    ]);
    for (const line of columns([header, ...rows])) say(line);
  }
}
