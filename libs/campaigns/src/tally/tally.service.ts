import { Injectable, Logger } from '@nestjs/common';
import { CacheVersions, Clock, JobHandler, UnitOfWork, type Tx } from '#libs/core';
import { COUNTS_SQL } from '../store/signature.entity';

export const TALLY_JOB = 'campaigns.tally';
/** How soon after a confirmation the tally runs; confirmations meanwhile share the run. */
export const TALLY_DELAY_MS = 2_000;

/**
 * Counts kept by a job, never by a page view or by a hot row per signature (DESIGN.md, "Signing
 * safely"). Each run brings the signatures whose `tallied` differs from whether they count now
 * (confirmed, cleared, invalidated) into the per-country tally in one statement, then writes each
 * changed campaign's total once and dates the milestones reached. The queue is stately: however
 * many confirmations ask for a run, one waits and one runs.
 */
@Injectable()
export class TallyService {
  private readonly logger = new Logger(TallyService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly cache: CacheVersions,
  ) {}

  /** Asks for a run soon, in the caller's transaction. */
  async request(tx: Tx): Promise<void> {
    await tx.enqueue(TALLY_JOB, {}, { startAfter: new Date(this.clock.now().getTime() + TALLY_DELAY_MS) });
  }

  @JobHandler(TALLY_JOB, { cron: '* * * * *', policy: 'stately', pollingIntervalSeconds: 1 })
  async run(): Promise<void> {
    const changed = await this.tally();
    if (changed.length) this.logger.log(`tally: ${changed.length} campaign(s) changed`);
  }

  /** One run; returns the ids of the campaigns whose count changed. */
  tally(): Promise<string[]> {
    return this.uow.run(async (tx) => {
      const now = this.clock.now();
      // One run at a time across every worker: a run's totals are summed from the per-country
      // rows, which a concurrent run on other countries could not yet see.
      await tx.rows(`SELECT pg_advisory_xact_lock(hashtext('campaigns.tally'))`);
      const changed = (await tx.rows(
        `WITH changed AS (
           UPDATE signature SET tallied = NOT tallied WHERE tallied <> ${COUNTS_SQL}
           RETURNING campaign_id, country, tallied),
         delta AS (
           SELECT campaign_id, country, sum(CASE WHEN tallied THEN 1 ELSE -1 END)::int AS d FROM changed GROUP BY 1, 2)
         INSERT INTO campaign_tally (campaign_id, country, signatures) SELECT campaign_id, country, d FROM delta
         ON CONFLICT (campaign_id, country) DO UPDATE SET signatures = campaign_tally.signatures + EXCLUDED.signatures
         RETURNING campaign_id AS "campaignId"`,
      )) as { campaignId: string }[];
      const ids = [...new Set(changed.map((row) => row.campaignId))];
      if (ids.length) {
        await tx.rows(
          `INSERT INTO campaign_count (campaign_id, signatures, counted_at)
             SELECT campaign_id, sum(signatures)::int, $2 FROM campaign_tally WHERE campaign_id = ANY($1) GROUP BY 1
           ON CONFLICT (campaign_id) DO UPDATE SET signatures = EXCLUDED.signatures, counted_at = EXCLUDED.counted_at`,
          [ids, now],
        );
        await tx.rows(
          `UPDATE campaign_milestone m SET reached_at = $2 FROM campaign_count c
            WHERE c.campaign_id = m.campaign_id AND m.campaign_id = ANY($1) AND m.reached_at IS NULL AND c.signatures >= m.count`,
          [ids, now],
        );
        await this.cache.raise(tx, ['campaigns']);
      }
      // Open campaigns were counted just now, changed or not: their pages say "as of N seconds ago".
      await tx.rows(
        `INSERT INTO campaign_count (campaign_id, signatures, counted_at) SELECT id, 0, $1 FROM campaign WHERE status = 'open'
         ON CONFLICT (campaign_id) DO UPDATE SET counted_at = EXCLUDED.counted_at`,
        [now],
      );
      return ids;
    });
  }
}
