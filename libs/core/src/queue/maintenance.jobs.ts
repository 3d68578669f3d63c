import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { DB_POOL } from '../database/db-pool';
import { JobHandler } from './job-handler.decorator';

/** Housekeeping the worker runs on a schedule. Both jobs are safe to run twice. */
@Injectable()
export class MaintenanceJobs {
  private readonly logger = new Logger(MaintenanceJobs.name);

  constructor(
    @Inject(DB_POOL) private readonly pool: Pool,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @JobHandler('core.purge-rate-limits', { cron: '*/15 * * * *' })
  async purgeRateLimits(): Promise<void> {
    await this.pool.query(
      'DELETE FROM rate_limit WHERE expires_at < $1 AND (blocked_until IS NULL OR blocked_until < $1)',
      [this.clock.now()],
    );
  }

  /** A broken chain is an incident: it is logged at error level for monitoring to pick up. */
  @JobHandler('audit.verify-chain', { cron: '17 3 * * *' })
  async verifyAuditChain(): Promise<void> {
    const result = await this.audit.verify();
    if (result.firstBreak)
      this.logger.error(`audit chain broken at row ${result.firstBreak.seq} (${result.firstBreak.reason})`);
    else this.logger.log(`audit chain verified: ${result.checked} rows`);
  }
}
