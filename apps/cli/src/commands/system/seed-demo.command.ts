import { Command, CommandRunner } from 'nest-commander';
import { t } from '#libs/core';
import { DemoSeedService } from '#libs/companies';
import { EvidenceDemoSeedService } from '#libs/evidence';
import { OutreachDemoSeedService } from '#libs/outreach';

const CLI_ACTOR = { id: null, label: 'cli' };

@Command({ name: 'seed:demo', description: 'Load the Belarus 2020 demo record (safe to run again)' })
export class SeedDemoCommand extends CommandRunner {
  constructor(
    private readonly seed: DemoSeedService,
    private readonly evidenceSeed: EvidenceDemoSeedService,
    private readonly outreachSeed: OutreachDemoSeedService,
  ) {
    super();
  }

  async run(): Promise<void> {
    const report = {
      ...(await this.seed.seed(CLI_ACTOR)),
      evidence: await this.evidenceSeed.seed(CLI_ACTOR),
      outreach: await this.outreachSeed.seedIfEmpty(CLI_ACTOR),
    };
    process.stdout.write(`${t('cli.seed.done', { report: JSON.stringify(report) })}\n`);
  }
}
