import { Command, CommandRunner } from 'nest-commander';
import { t } from '#libs/core';
import { DemoSeedService } from '#libs/companies';
import { EvidenceDemoSeedService } from '#libs/evidence';
import { OutreachDemoSeedService } from '#libs/outreach';
import { RecomputeService } from '#libs/scorecards';
import { CampaignsDemoSeedService } from '#libs/campaigns';

const CLI_ACTOR = { id: null, label: 'cli' };

@Command({ name: 'seed:demo', description: 'Load the Belarus 2020 demo record (safe to run again)' })
export class SeedDemoCommand extends CommandRunner {
  constructor(
    private readonly seed: DemoSeedService,
    private readonly evidenceSeed: EvidenceDemoSeedService,
    private readonly outreachSeed: OutreachDemoSeedService,
    private readonly recompute: RecomputeService,
    private readonly campaignsSeed: CampaignsDemoSeedService,
  ) {
    super();
  }

  async run(): Promise<void> {
    const report = {
      ...(await this.seed.seed(CLI_ACTOR)),
      evidence: await this.evidenceSeed.seed(CLI_ACTOR),
      outreach: await this.outreachSeed.seedIfEmpty(CLI_ACTOR),
      campaigns: await this.campaignsSeed.seedIfEmpty(CLI_ACTOR),
      // The worker would compute them within a minute; the CLI does it before it ends.
      scorecards: await this.recompute.drain(),
    };
    process.stdout.write(`${t('cli.seed.done', { report: JSON.stringify(report) })}\n`);
  }
}
