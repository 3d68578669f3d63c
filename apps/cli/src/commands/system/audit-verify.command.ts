import { Command, CommandRunner } from 'nest-commander';
import { AuditService, t } from '#libs/core';

@Command({
  name: 'audit:verify',
  description: 'Check the audit trail hash chain; exits 1 at the first altered or removed row',
})
export class AuditVerifyCommand extends CommandRunner {
  constructor(private readonly audit: AuditService) {
    super();
  }

  async run(): Promise<void> {
    const result = await this.audit.verify();
    if (result.firstBreak) {
      const what = t(`cli.audit.${result.firstBreak.reason}`);
      process.stderr.write(`${t('cli.audit.broken', { seq: result.firstBreak.seq, what, checked: result.checked })}\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${t('cli.audit.intact', { checked: result.checked })}\n`);
  }
}
