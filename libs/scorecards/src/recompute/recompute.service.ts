import { Injectable, Logger } from '@nestjs/common';
import { CacheVersions, Clock, JobHandler, UnitOfWork } from '#libs/core';
import { ENGINE_VERSION, score } from '../engine/engine';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult } from '../engine/result';
import { ScoreInputsLoader } from '../inputs/inputs.loader';
import { hashesOf, resultDocuments } from './documents';
import type { Methodology } from '../methodology/methodology';
import { MethodologyService, RECOMPUTE_JOB } from '../methodology/methodology.service';
import { snapshotChange } from '../snapshots/snapshot-change';
import type { SnapshotReason } from '../store/scorecard-snapshot.entity';
import { ScorecardStore, type CurrentSnapshot, type DirtyMark, type NewSnapshot } from '../store/scorecard.store';

const BATCH = 500;
/** The marks a round takes at most (the next round takes the rest). */
const ROUND = 50_000;
/** From this many companies waiting, a drain reads the whole record once rather than batch by batch. */
const WHOLE_RECORD_FROM = 2000;
const DAY = 86_400_000;

/** The day the oldest standing silence began, or null. */
export function silenceSince(result: ScoreResult): string | null {
  const days = result.matters
    .filter((m) => (m.state === 'silence' || m.state === 'commitment_lapsed') && m.since)
    .map((m) => m.since as string)
    .sort();
  return days[0] ?? null;
}

interface Candidate {
  mark: DirtyMark;
  inputs: ScoreInputs;
  result: ScoreResult;
  hashes: ReturnType<typeof hashesOf>;
  docs: ReturnType<typeof resultDocuments>;
  prev?: CurrentSnapshot;
}

interface PreparedBatch {
  snapshots: NewSnapshot[];
  /** The marks to clear: those of the companies computed. */
  computed: DirtyMark[];
  now: Date;
}

export interface DrainReport {
  computed: number;
  written: number;
}

/**
 * Computes the scorecards of the companies marked for it, in batches: reads their inputs in bulk,
 * runs the engine under the methodology in force, and writes a snapshot wherever the record it
 * rests on, the method, the engine or the score changed (not when only a day passed and nothing
 * moved), with the change split into record and method. Worked by
 * the `scorecards.recompute` job: sent in the transaction of every change that touches a company,
 * coalesced (one queued, one running), and run every minute besides, which also marks every
 * company once a day (recency, deadlines and due dates move with the calendar).
 */
@Injectable()
export class RecomputeService {
  private readonly logger = new Logger(RecomputeService.name);

  constructor(
    private readonly loader: ScoreInputsLoader,
    private readonly store: ScorecardStore,
    private readonly methodologies: MethodologyService,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly cache: CacheVersions,
  ) {}

  @JobHandler(RECOMPUTE_JOB, { cron: '* * * * *', policy: 'stately' })
  async run(): Promise<void> {
    await this.newDay();
    const report = await this.drain();
    if (report.computed) this.logger.log(`scorecards: ${report.computed} computed, ${report.written} changed`);
  }

  /** Marks every company, once a day: the first run of a day does it. */
  async newDay(): Promise<boolean> {
    const now = this.clock.now();
    return this.uow.run(async (tx) => {
      const inserted = (await tx.manager.query(
        `INSERT INTO scorecard_day (day, marked_at) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING day`,
        [now.toISOString().slice(0, 10), now],
      )) as unknown[];
      if (!inserted.length) return false;
      await this.store.markAll(tx, 'day', now);
      return true;
    });
  }

  /** Recomputes every marked company until none is left. */
  async drain(batchSize = BATCH): Promise<DrainReport> {
    const report: DrainReport = { computed: 0, written: 0 };
    // A mark is cleared once computed; one seen again in the same drain would mean it was not, and
    // the drain stops rather than go round (the minute's run takes it up again).
    const done = new Set<string>();
    for (;;) {
      // The marks of a round are read before anything else of the record: a mark that can be read
      // was committed with its change, so what is read next holds that change. A change committed
      // later is the next round's.
      const marks = await this.store.nextDirty(ROUND);
      if (!marks.length) break;
      if (marks.some((m) => done.has(`${m.companyId}@${m.version}`))) {
        this.logger.warn(`scorecards: marks were computed but not cleared; stopping this run`);
        break;
      }
      const { methodology } = await this.methodologies.current();
      // Many companies at once (a new day, a new method): the whole record is read in one pass.
      const frame = await this.loader.frame(marks.length > WHOLE_RECORD_FROM);
      for (let i = 0; i < marks.length; i += batchSize) {
        const chunk = marks.slice(i, i + batchSize);
        const batch = await this.prepare(chunk, methodology, frame);
        await this.write(batch);
        report.written += batch.snapshots.length;
        report.computed += chunk.length;
        chunk.forEach((m) => done.add(`${m.companyId}@${m.version}`));
      }
    }
    return report;
  }

  private async write({ snapshots, computed, now }: PreparedBatch): Promise<void> {
    await this.uow.run(async (tx) => {
      await this.store.insertSnapshots(tx, snapshots);
      // New scores show on public pages: their cached copies go.
      if (snapshots.length) await this.cache.raise(tx, ['record']);
      await this.store.clearDirty(tx, computed);
      await this.store.finishRuns(tx, now);
    });
  }

  /** A batch's new snapshots, computed, not written: what changed of the marked companies' scores. */
  private async prepare(
    marks: DirtyMark[],
    method: Methodology,
    frame: Awaited<ReturnType<ScoreInputsLoader['frame']>>,
  ): Promise<PreparedBatch> {
    const now = this.clock.now();
    const asOf = now.toISOString().slice(0, 10);
    const ids = marks.map((m) => m.companyId);
    const inputs = await this.loader.load(ids, asOf, frame);
    const currents = await this.store.current(ids);
    // Only the marks of companies computed are cleared (a deleted company's mark went with it).
    const computed: DirtyMark[] = [];
    const candidates: Candidate[] = [];
    for (const mark of marks) {
      const own = inputs.get(mark.companyId);
      if (!own) continue;
      computed.push(mark);
      const result = score(own, method);
      const prev = currents.get(mark.companyId);
      candidates.push({ mark, inputs: own, result, hashes: hashesOf(own), docs: resultDocuments(result), prev });
    }
    // The same method, engine and record: a snapshot only if the score says something else.
    const sameBasis = (c: Candidate) =>
      c.prev !== undefined &&
      c.prev.methodologyVersion === method.version &&
      c.prev.engineVersion === ENGINE_VERSION &&
      c.prev.recordHash === c.hashes.recordHash;
    // Snapshots written before result hashes were kept are compared by their result itself.
    const legacy = await this.store.documentsOf(
      candidates.filter((c) => sameBasis(c) && c.prev?.resultHash === null).map((c) => c.prev!.id),
    );
    const changed = candidates.filter((c) => {
      if (!sameBasis(c)) return true;
      const old = legacy.get(c.prev!.id);
      return (c.prev!.resultHash ?? (old ? resultDocuments(old.result).hash : null)) !== c.docs.hash;
    });
    const previous = await this.store.documentsOf(changed.flatMap((c) => (c.prev ? [c.prev.id] : [])));
    const snapshots: NewSnapshot[] = [];
    for (const { mark, inputs: own, result, hashes, docs, prev } of changed) {
      const documents = prev ? previous.get(prev.id) : undefined;
      const before = documents?.inputs;
      const rerun = prev && before && prev.methodologyVersion !== method.version ? score(before, method) : null;
      const newGrade = result.grade !== null && result.grade !== prev?.grade;
      snapshots.push({
        companyId: mark.companyId,
        seq: (prev?.seq ?? 0) + 1,
        createdAt: now,
        asOf,
        methodologyVersion: method.version,
        engineVersion: ENGINE_VERSION,
        inputsJson: hashes.json,
        inputsHash: hashes.inputsHash,
        recordHash: hashes.recordHash,
        resultJson: docs.json,
        resultHash: docs.hash,
        completeness: result.completeness,
        status: result.status,
        overall: result.overall,
        grade: result.grade,
        exposure: result.exposure,
        responsiveness: result.responsiveness,
        rangeLow: result.range?.low ?? null,
        rangeHigh: result.range?.high ?? null,
        silenceSince: silenceSince(result),
        categories: [...new Set(own.items.filter((i) => i.polarity === 'harm').map((i) => i.category))].sort(),
        change:
          prev && documents && before
            ? snapshotChange({
                previous: {
                  id: prev.id,
                  seq: prev.seq,
                  methodologyVersion: prev.methodologyVersion,
                  inputs: before,
                  result: documents.result,
                },
                rerun,
                methodologyVersion: method.version,
                inputs: own,
                result,
              })
            : null,
        reason: (prev
          ? ['record', 'day', 'method'].includes(mark.reason)
            ? mark.reason
            : 'record'
          : 'start') as SnapshotReason,
        // A new grade is provisional for the review period; an unchanged one keeps its period and notice.
        // No grade, nothing provisional (an unverified allegation, a company no longer scored).
        provisionalUntil:
          result.grade === null
            ? null
            : newGrade
              ? new Date(now.getTime() + method.reviewPeriodDays * DAY)
              : (prev?.provisionalUntil ?? null),
        noticeLetterId: newGrade || result.grade === null ? null : (prev?.noticeLetterId ?? null),
      });
    }
    return { snapshots, computed, now };
  }
}
