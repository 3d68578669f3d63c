import { Command, CommandRunner, Option } from 'nest-commander';
import { t } from '#libs/core';
import { TOKEN_SCOPES, TokensService, UsersService, type TokenScope } from '#libs/auth';
import { CLI_ACTOR, fail, failOn, say } from './cli-io';

interface TokenCreateOptions {
  email: string;
  name?: string;
  scope?: string;
}

@Command({ name: 'token:create', description: t('auth.cli.desc.token_create') })
export class TokenCreateCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokensService,
  ) {
    super();
  }

  async run(_params: string[], options: TokenCreateOptions): Promise<void> {
    const email = options.email.trim().toLowerCase();
    const scope = options.scope ?? 'read';
    if (!(TOKEN_SCOPES as readonly string[]).includes(scope)) return fail(t('auth.cli.scope_invalid', { scope }));
    const name = options.name?.trim() || t('auth.cli.token_default_name');
    try {
      // A handful of organizer accounts: listing them is simpler than another lookup in the service.
      const user = (await this.users.list()).find((candidate) => candidate.email === email);
      if (!user) return fail(t('auth.cli.no_user', { email }));
      if (user.disabled) return fail(t('auth.cli.user_disabled', { email }));
      const created = await this.tokens.create(CLI_ACTOR, user.id, name, scope as TokenScope);
      say(t('auth.cli.token_created', { scope, name: created.view.name, email }));
      say(t('auth.cli.token_once', { token: created.token }));
    } catch (error) {
      failOn(error);
    }
  }

  @Option({ flags: '--email <email>', description: t('auth.cli.opt.email'), required: true })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: t('auth.cli.opt.name') })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--scope <scope>', description: t('auth.cli.opt.scope') })
  parseScope(value: string): string {
    return value.trim().toLowerCase();
  }
}
