import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Clock, UnitOfWork, type Actor, type AppConfig } from '#libs/core';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CampaignStore } from '../store/campaign.store';
import { supporterHash } from '../signing/address';
import { TallyService } from '../tally/tally.service';
import { DEMO_EVIDENCE_TITLE, DEMO_PETITION, DEMO_SIGNERS } from './demo-campaign';

/**
 * Seeds the demo petition, opened and marked as demo, into a record with no campaigns, through the
 * same service as the console; then a few confirmed demo signatures (no address, no IP: nobody is
 * behind them), counted by the tally like any other.
 */
@Injectable()
export class CampaignsDemoSeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignsService,
    private readonly store: CampaignStore,
    private readonly tally: TallyService,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async seedIfEmpty(actor: Actor): Promise<boolean> {
    const [{ any }] = await this.store.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM campaign) AS any', []);
    if (any) return false;
    const evidence = await this.store.query<{ id: string }>(
      `SELECT id FROM evidence WHERE title = $1 AND status = 'published'`,
      [DEMO_EVIDENCE_TITLE],
    );
    const created = await this.campaigns.create(
      actor,
      { ...DEMO_PETITION, evidence: evidence.map((e) => e.id) },
      { demo: true },
    );
    const opened = await this.campaigns.open(actor, created.slug, { version: created.version });
    await this.uow.run(async (tx) => {
      const now = this.clock.now().getTime();
      for (const [i, signer] of DEMO_SIGNERS.entries()) {
        const at = new Date(now - (DEMO_SIGNERS.length - i) * 60_000);
        await tx.rows(
          `INSERT INTO signature (id, campaign_id, email_hash, name, country, show_name, updates, comment, locale, status,
             demo, created_at, confirmed_at)
           VALUES ($1, $2, $3, $4, $5, $6, false, $7, 'en', 'confirmed', true, $8, $8)`,
          [
            randomUUID(),
            opened.id,
            supporterHash(this.config.hmacSecret, `demo-signer-${i}@demo.invalid`),
            signer.name,
            signer.country,
            signer.showName,
            'Demo signature: not a real person.',
            at,
          ],
        );
      }
    });
    await this.tally.tally();
    return true;
  }
}
