import { Command, CommandRunner } from 'nest-commander';
import { AuditService } from '../../../../../libs/core';

@Command({ name: 'audit:verify', description: 'Check the audit trail hash chain; exits 1 at the first altered or removed row' })
export class AuditVerifyCommand extends CommandRunner {
  constructor(private readonly audit: AuditService) {
    super();
  }

  async run(): Promise<void> {
    const result = await this.audit.verify();
    if (result.firstBreak) {
      const what = { altered: 'was altered', removed: 'was removed', reordered: 'does not follow the row before it' }[result.firstBreak.reason];
      process.stderr.write(`Audit trail broken: row ${result.firstBreak.seq} ${what} (${result.checked} rows before it are intact).\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Audit trail intact: ${result.checked} rows verified.\n`);
  }
}
