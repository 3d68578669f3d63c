import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
    private readonly lockFile: string | null,
  ) {}

  /** `dir` null keeps the database in memory (tests). */
  static async start(dir: string | null): Promise<EmbeddedPostgres> {
    let lockFile: string | null = null;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      lockFile = lock(join(dir, 'leverage.pid'));
    }
    try {
      const db = await PGlite.create(dir ? join(dir, 'pgdata') : undefined, {
        extensions: { pgcrypto, pg_trgm, unaccent },
      });
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
      await server.start();
      return new EmbeddedPostgres(
        db,
        server,
        `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
        lockFile,
      );
    } catch (error) {
      if (lockFile) rmSync(lockFile, { force: true });
      throw error;
    }
  }

  /** Resolves once the previous client has gone, so that the next one is not turned away. */
  async idle(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.server.getStats().activeConnections > 0 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 10));
  }

  async stop(): Promise<void> {
    await this.server.stop();
    if (!this.db.closed) await this.db.close();
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

export class DatabaseInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock between processes, and two of them on one data folder corrupt it: the first
 * process writes its pid here, and a second one (say the CLI while `npm start` runs) is refused.
 */
function lock(file: string): string {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new DatabaseInUseError(
          `The embedded database in ${file.replace(/\/leverage\.pid$/, '')} is in use by process ${holder} (is \`npm start\` running?). Stop it first, or set DATABASE_URL.`,
        );
      }
      rmSync(file, { force: true }); // left behind by a process that is gone
    }
  }
  throw new DatabaseInUseError(`Could not lock ${file}.`);
}
