import { Inject, Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Pool } from 'pg';
import { Clock, DB_POOL } from '#libs/core';

interface Row {
  hits: number;
  expires_at: Date;
  blocked_until: Date | null;
}

/**
 * Rate-limit counters in PostgreSQL, so that a limit holds across every API process.
 * Keys are keyed hashes of the client address: the address itself is never stored.
 */
@Injectable()
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(
    @Inject(DB_POOL) private readonly pool: Pool,
    private readonly clock: Clock,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, _throttlerName: string) {
    const now = this.clock.now();
    const { rows } = await this.pool.query<Row>(
      `INSERT INTO rate_limit (key, hits, expires_at) VALUES ($1, 1, $2::timestamptz + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.expires_at <= $2 THEN 1 ELSE rate_limit.hits + 1 END,
         expires_at = CASE WHEN rate_limit.expires_at <= $2 THEN EXCLUDED.expires_at ELSE rate_limit.expires_at END,
         blocked_until = CASE
           WHEN rate_limit.blocked_until > $2 THEN rate_limit.blocked_until
           WHEN (CASE WHEN rate_limit.expires_at <= $2 THEN 1 ELSE rate_limit.hits + 1 END) > $4 THEN $2::timestamptz + $5 * interval '1 millisecond'
           ELSE NULL END
       RETURNING hits, expires_at, blocked_until`,
      [key, now, ttl, limit, blockDuration],
    );
    const row = rows[0];
    const blocked = row.blocked_until !== null && row.blocked_until.getTime() > now.getTime();
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, Math.ceil((row.expires_at.getTime() - now.getTime()) / 1000)),
      isBlocked: blocked,
      timeToBlockExpire: blocked ? Math.ceil((row.blocked_until!.getTime() - now.getTime()) / 1000) : 0,
    };
  }

  /** Whether a key is blocked now, without counting a hit. */
  async isBlocked(key: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ blocked: boolean }>(
      'SELECT blocked_until > $2 AS blocked FROM rate_limit WHERE key = $1',
      [key, this.clock.now()],
    );
    return rows[0]?.blocked === true;
  }
}
