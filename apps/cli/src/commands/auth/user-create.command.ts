import { isEmail } from 'class-validator';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DomainException, t } from '#libs/core';
import { MIN_PASSWORD_LENGTH, ROLES, UsersService, type Role } from '#libs/auth';
import { CLI_ACTOR, fail, failOn, readFirstLine, say } from './cli-io';

interface UserCreateOptions {
  email: string;
  role: string;
  name?: string;
  passwordStdin?: boolean;
}

@Command({ name: 'user:create', description: t('auth.cli.desc.user_create') })
export class UserCreateCommand extends CommandRunner {
  constructor(private readonly users: UsersService) {
    super();
  }

  async run(_params: string[], options: UserCreateOptions): Promise<void> {
    const email = options.email.trim();
    if (!isEmail(email, { require_tld: false })) return fail(t('auth.cli.email_invalid', { email }));
    if (!(ROLES as readonly string[]).includes(options.role))
      return fail(t('auth.cli.role_invalid', { role: options.role, roles: ROLES.join(', ') }));
    let password: string | undefined;
    if (options.passwordStdin) {
      if (process.stdin.isTTY) process.stderr.write(`${t('auth.cli.password_stdin_wait')}\n`);
      password = await readFirstLine();
      if (!password) return fail(t('auth.cli.password_stdin_empty'));
      if (password.length < MIN_PASSWORD_LENGTH)
        return fail(t('auth.cli.password_stdin_short', { min: MIN_PASSWORD_LENGTH }));
    }
    try {
      const created = await this.users.create(CLI_ACTOR, {
        email,
        displayName: options.name,
        role: options.role as Role,
        password,
      });
      say(t('auth.cli.user_created', { email: created.user.email, role: created.user.role }));
      say(
        created.password ? t('auth.cli.password_once', { password: created.password }) : t('auth.cli.password_given'),
      );
    } catch (error) {
      if (error instanceof DomainException && error.code === 'auth_email_taken')
        return fail(t('auth.cli.email_taken', { email: email.toLowerCase() }));
      failOn(error);
    }
  }

  @Option({ flags: '--email <email>', description: t('auth.cli.opt.email'), required: true })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: t('auth.cli.opt.role'), required: true })
  parseRole(value: string): string {
    return value.trim().toLowerCase();
  }

  @Option({ flags: '--name <name>', description: t('auth.cli.opt.name') })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--password-stdin', description: t('auth.cli.opt.password_stdin') })
  parsePasswordStdin(): boolean {
    return true;
  }
}
