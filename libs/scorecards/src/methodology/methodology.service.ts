import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, Clock, hasPendingMigrations, SYSTEM_ACTOR, UnitOfWork, type Actor, type Tx } from '#libs/core';
import { ScorecardsException } from '../scorecards.exception';
import { ScorecardMethodologyEntity } from '../store/scorecard-methodology.entity';
import { ScorecardStore } from '../store/scorecard.store';
import { compareVersions, type Methodology } from './methodology';
import { readMethodologyFiles, type MethodologyFile } from './methodology-files';
import { sha256 } from '../engine/canonical';
import { MethodologyError, parseMethodology } from './methodology.schema';

export const METHODOLOGY_RECORD = 'scorecard_methodology';
export const RECOMPUTE_JOB = 'scorecards.recompute';

export interface PublishedMethodology {
  methodology: Methodology;
  yaml: string;
  sha256: string;
  origin: 'file' | 'console';
  publishedAt: Date;
  publishedByLabel: string;
}

/**
 * The published versions of the method. The files in `methodologies/` are checked when the process
 * starts (a bad one stops it with one line) and published the first time they are seen; an admin
 * may publish a newer version from the console. The newest version is the one in force: publishing
 * one marks every company for a recompute, and the run's progress can be followed.
 */
@Injectable()
export class MethodologyService implements OnApplicationBootstrap {
  private readonly parsed = new Map<string, Methodology>();
  private readonly files: MethodologyFile[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ScorecardStore,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    // In the constructor: a bad file stops the process before it serves anything.
    this.files = readMethodologyFiles();
  }

  async onApplicationBootstrap(): Promise<void> {
    // A process that finds migrations pending (the CLI's `migrate`, an API about to refuse to start)
    // has no tables to publish into yet; the next start does it.
    if (!(await hasPendingMigrations(this.dataSource))) await this.syncFiles();
  }

  /** Publishes the files not yet published; refuses a file that differs from its published version. */
  async syncFiles(): Promise<void> {
    const published = new Map((await this.rows()).map((row) => [row.version, row]));
    for (const file of this.files) {
      const known = published.get(file.methodology.version);
      if (known && known.sha256 !== file.sha256)
        throw new MethodologyError(file.file, [
          `it differs from the published version ${file.methodology.version} (a published version never changes: add a new file)`,
        ]);
      // The recompute job's minute schedule picks up the companies this marks.
      if (!known) await this.publishParsed(SYSTEM_ACTOR, file.methodology, file.yaml, 'file', false);
    }
  }

  /** Publishes a newer version an admin wrote; nothing is written unless it is valid and newest. */
  async publish(actor: Actor, yaml: string): Promise<PublishedMethodology> {
    let methodology: Methodology;
    try {
      methodology = parseMethodology(yaml, 'the new version');
    } catch (error) {
      if (error instanceof MethodologyError) throw ScorecardsException.methodologyInvalid(error.message);
      throw error;
    }
    const current = await this.current();
    if (compareVersions(methodology.version, current.methodology.version) <= 0)
      throw ScorecardsException.methodologyNotNewer(methodology.version, current.methodology.version);
    await this.publishParsed(actor, methodology, yaml, 'console', true);
    return this.get(methodology.version);
  }

  private async publishParsed(
    actor: Actor,
    methodology: Methodology,
    yaml: string,
    origin: 'file' | 'console',
    enqueue: boolean,
  ): Promise<void> {
    await this.uow.run(async (tx) => {
      const inserted = (await tx.manager.query(
        `INSERT INTO scorecard_methodology (version, yaml, sha256, origin, published_at, published_by_label)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (version) DO NOTHING RETURNING version`,
        [methodology.version, yaml, sha256(yaml), origin, this.clock.now(), actor.label],
      )) as unknown[];
      // Another process published it first.
      if (!inserted.length) return;
      await this.audit.record(tx, actor, {
        recordType: METHODOLOGY_RECORD,
        recordId: methodology.version,
        action: 'publish',
        after: { version: methodology.version, sha256: sha256(yaml), origin },
      });
      const newest = await this.newestVersion(tx);
      if (newest === methodology.version) await this.recomputeAll(tx, actor, methodology.version, enqueue);
    });
  }

  /** Every company, computed again under this version, with a run whose progress the console shows. */
  private async recomputeAll(tx: Tx, actor: Actor, version: string, enqueue: boolean): Promise<void> {
    const now = this.clock.now();
    const [{ n }] = (await tx.manager.query(`SELECT count(*)::int AS n FROM company`)) as { n: number }[];
    // A record with no company yet (a new database) has nothing to recompute.
    if (n === 0) return;
    const run = await this.store.startRun(tx, {
      methodologyVersion: version,
      total: n,
      startedAt: now,
      requestedByLabel: actor.label,
    });
    await this.store.markAll(tx, 'method', now, run.id);
    if (enqueue) await tx.enqueue(RECOMPUTE_JOB, {});
  }

  private async newestVersion(tx?: Tx): Promise<string | null> {
    const rows = (await (tx ? tx.manager : this.dataSource.manager).query(
      `SELECT version FROM scorecard_methodology`,
    )) as { version: string }[];
    return (
      rows
        .map((r) => r.version)
        .sort(compareVersions)
        .at(-1) ?? null
    );
  }

  private rows(): Promise<ScorecardMethodologyEntity[]> {
    return this.dataSource.getRepository(ScorecardMethodologyEntity).find();
  }

  private toPublished(row: ScorecardMethodologyEntity): PublishedMethodology {
    let methodology = this.parsed.get(row.sha256);
    if (!methodology) {
      methodology = parseMethodology(row.yaml, `version ${row.version}`);
      this.parsed.set(row.sha256, methodology);
    }
    return {
      methodology,
      yaml: row.yaml,
      sha256: row.sha256,
      origin: row.origin,
      publishedAt: row.publishedAt,
      publishedByLabel: row.publishedByLabel,
    };
  }

  /** Every published version, newest first. */
  async list(): Promise<PublishedMethodology[]> {
    return (await this.rows())
      .map((row) => this.toPublished(row))
      .sort((a, b) => compareVersions(b.methodology.version, a.methodology.version));
  }

  /** The version in force: the newest published. */
  async current(): Promise<PublishedMethodology> {
    const [newest] = await this.list();
    if (!newest) throw ScorecardsException.methodologyNotFound('(none)');
    return newest;
  }

  async get(version: string): Promise<PublishedMethodology> {
    const row = await this.dataSource.getRepository(ScorecardMethodologyEntity).findOne({ where: { version } });
    if (!row) throw ScorecardsException.methodologyNotFound(version);
    return this.toPublished(row);
  }
}
