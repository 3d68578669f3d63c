import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL compiled to WASM, served on a loopback port so that the ordinary `pg` driver,
 * TypeORM and pg-boss reach it exactly as they reach a real server.
 *
 * The socket server interleaves the protocol messages of concurrent connections within its
 * single session (electric-sql/pglite#1046), so it accepts exactly one connection and everything
 * shares that connection's pool.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  /** `dir` null keeps the database in memory (tests). */
  static async start(dir: string | null): Promise<EmbeddedPostgres> {
    if (dir) mkdirSync(dir, { recursive: true });
    const db = await PGlite.create(dir ? join(dir, 'pgdata') : undefined, { extensions: { pgcrypto, pg_trgm, unaccent } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    return new EmbeddedPostgres(db, server, `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  }

  /** Resolves once the previous client has gone, so that the next one is not turned away. */
  async idle(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.server.getStats().activeConnections > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  async stop(): Promise<void> {
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
  }
}
