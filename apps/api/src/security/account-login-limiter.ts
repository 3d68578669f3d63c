import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, Clock, DB_POOL, keyedHash, type AppConfig } from '#libs/core';
import { PgThrottlerStorage } from './pg-throttler.storage';

const WINDOW_MS = 15 * 60_000;

/**
 * Failed logins counted per account as well as per address, so that guessing one person's
 * password from many addresses is slowed too. Keyed by a keyed hash of the email, whether or not
 * an account has it, so the limit tells nothing about which accounts exist.
 */
@Injectable()
export class AccountLoginLimiter {
  private readonly storage: PgThrottlerStorage;

  constructor(
    @Inject(DB_POOL) pool: Pool,
    clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.storage = new PgThrottlerStorage(pool, clock);
  }

  private key(email: string): string {
    return `login-account:${keyedHash(this.config.hmacSecret, email.trim().toLowerCase())}`;
  }

  isBlocked(email: string): Promise<boolean> {
    return this.storage.isBlocked(this.key(email));
  }

  /** The limit-th failure within the window blocks the account's logins for the window. */
  async recordFailure(email: string): Promise<void> {
    await this.storage.increment(
      this.key(email),
      WINDOW_MS,
      this.config.rateLimits.loginPer15Minutes - 1,
      WINDOW_MS,
      'login-account',
    );
  }
}
