import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type Pool } from 'pg';
import { RecordChanges } from '../audit/record-changes';
import { Clock } from '../clock/clock';
import { DB_POOL } from '../database/db-pool';
import type { Tx } from '../database/unit-of-work';

/** What a public page may depend on: the record (every audited change), and campaign counts. */
export type CacheScope = 'record' | 'campaigns';
export const CACHE_SCOPES: readonly CacheScope[] = ['record', 'campaigns'];

const CHANNEL = 'leverage_cache';
const POLL_MS = 2_000;
/** After this process raises a scope, nothing of it is cached until the new version is seen (or this long). */
const SETTLE_MS = 5_000;

/**
 * The versions of the public record, as this process last saw them. A write raises its scopes in
 * its own transaction (and NOTIFYs, delivered at commit); every process learns the new versions by
 * LISTEN on PostgreSQL, by polling as a safety net, and at once for its own writes, so that a page
 * shown after a write reflects it. A read never writes.
 */
@Injectable()
export class CacheVersions implements OnApplicationShutdown {
  private readonly logger = new Logger(CacheVersions.name);
  private readonly versions = new Map<CacheScope, string>();
  /** Scopes this process raised and has not yet seen committed: not cached meanwhile. */
  private readonly unsettled = new Map<CacheScope, number>();
  private timer: NodeJS.Timeout | null = null;
  private listener: Client | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(
    @Inject(DB_POOL) private readonly pool: Pool,
    private readonly clock: Clock,
    changes: RecordChanges,
  ) {
    changes.subscribe((tx) => this.raise(tx, ['record']));
  }

  /** Raises the scopes in the caller's transaction. */
  async raise(tx: Tx, scopes: CacheScope[]): Promise<void> {
    const until = Date.now() + SETTLE_MS;
    for (const scope of scopes) this.unsettled.set(scope, until);
    await tx.manager.query(`UPDATE cache_version SET version = version + 1, changed_at = $2 WHERE scope = ANY($1)`, [
      scopes,
      this.clock.now(),
    ]);
    await tx.manager.query(`SELECT pg_notify($1, $2)`, [CHANNEL, scopes.join(',')]);
  }

  /** The versions a page of these scopes depends on now; null while one is settling (do not cache). */
  stamp(scopes: readonly CacheScope[]): string | null {
    const now = Date.now();
    const parts: string[] = [];
    for (const scope of scopes) {
      const settling = this.unsettled.get(scope);
      if (settling !== undefined && settling > now) return null;
      const version = this.versions.get(scope);
      if (version === undefined) return null;
      parts.push(version);
    }
    return parts.join('.');
  }

  async refresh(): Promise<void> {
    this.refreshing ??= this.pool
      .query<{ scope: CacheScope; version: string }>('SELECT scope, version FROM cache_version')
      .then(({ rows }) => {
        for (const row of rows) {
          if (this.versions.get(row.scope) !== row.version) this.unsettled.delete(row.scope);
          this.versions.set(row.scope, row.version);
        }
      })
      .catch((error: Error) => this.logger.warn(`cache versions not read: ${error.message}`))
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Started by the process that serves pages (the API); the worker and the CLI only raise. */
  async start(): Promise<void> {
    if (this.timer) return;
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), POLL_MS);
    this.timer.unref();
    // The embedded database takes one connection, in one process: its own writes are all there is.
    if ((this.pool.options.max ?? 10) > 1) await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new Client(this.pool.options);
    client.on('error', (error) => this.logger.warn(`cache listener: ${error.message}`));
    client.on('notification', () => void this.refresh());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`cache listener not started (polling only): ${(error as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }
}
