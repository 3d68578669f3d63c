import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '#libs/core';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult } from '../engine/result';
import { ScorecardRunEntity } from './scorecard-queue.entity';
import { ScorecardSnapshotEntity } from './scorecard-snapshot.entity';

/** The current snapshot of a company, as the recompute compares against it (its documents read only when needed). */
export interface CurrentSnapshot {
  id: string;
  companyId: string;
  seq: number;
  methodologyVersion: string;
  engineVersion: string;
  recordHash: string;
  /** See the entity; null on snapshots written before it was kept (their result is read instead). */
  resultHash: string | null;
  grade: string | null;
  provisionalUntil: Date | null;
  noticeLetterId: string | null;
}

/** A snapshot about to be written, its documents already in canonical JSON (as they were hashed). */
export interface NewSnapshot extends Omit<ScorecardSnapshotEntity, 'id' | 'current' | 'company' | 'inputs' | 'result'> {
  inputsJson: string;
  resultJson: string;
}

export interface DirtyMark {
  companyId: string;
  /** The mark's version (a bigint, as text): cleared only while it is still this one. */
  version: string;
  reason: string;
  runId: string | null;
}

/** A company marked twice keeps the weightier reason: a new method, then a change of the record, then a new day. */
const KEEP_REASON = `CASE WHEN 'method' IN (scorecard_dirty.reason, EXCLUDED.reason) THEN 'method'
  WHEN 'record' IN (scorecard_dirty.reason, EXCLUDED.reason) THEN 'record' ELSE EXCLUDED.reason END`;

/** The scorecards' tables: snapshots, the queue of companies to recompute, and methodology runs. */
@Injectable()
export class ScorecardStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Marks companies for a recompute; a company marked again keeps one row, with the newest mark. */
  async markDirty(tx: Tx, companyIds: string[], reason: string, at: Date, runId: string | null = null): Promise<void> {
    if (!companyIds.length) return;
    await tx.manager.query(
      `INSERT INTO scorecard_dirty (company_id, reason, marked_at, run_id)
       SELECT x.id, $2, $3, $4 FROM unnest($1::uuid[]) AS x(id) WHERE EXISTS (SELECT 1 FROM company c WHERE c.id = x.id)
       ON CONFLICT (company_id) DO UPDATE SET reason = ${KEEP_REASON}, marked_at = EXCLUDED.marked_at,
         version = DEFAULT, run_id = COALESCE(scorecard_dirty.run_id, EXCLUDED.run_id)`,
      [[...new Set(companyIds)], reason, at, runId],
    );
  }

  /** Marks every company (a new day, a new methodology); returns how many were marked. */
  async markAll(tx: Tx, reason: string, at: Date, runId: string | null = null): Promise<number> {
    await tx.manager.query(
      `INSERT INTO scorecard_dirty (company_id, reason, marked_at, run_id) SELECT id, $1, $2, $3 FROM company
       ON CONFLICT (company_id) DO UPDATE SET reason = ${KEEP_REASON}, marked_at = EXCLUDED.marked_at,
         version = DEFAULT, run_id = COALESCE(EXCLUDED.run_id, scorecard_dirty.run_id)`,
      [reason, at, runId],
    );
    const [{ n }] = (await tx.manager.query(`SELECT count(*)::int AS n FROM company`)) as { n: number }[];
    return n;
  }

  async nextDirty(limit: number): Promise<DirtyMark[]> {
    const rows = (await this.dataSource.query(
      `SELECT company_id, version::text AS version, reason, run_id FROM scorecard_dirty ORDER BY version LIMIT $1`,
      [limit],
    )) as { company_id: string; version: string; reason: string; run_id: string | null }[];
    return rows.map((r) => ({ companyId: r.company_id, version: r.version, reason: r.reason, runId: r.run_id }));
  }

  /** Clears the marks read, unless a change marked the company again since (it is computed again). */
  async clearDirty(tx: Tx, marks: DirtyMark[]): Promise<void> {
    if (!marks.length) return;
    await tx.manager.query(
      `DELETE FROM scorecard_dirty d USING unnest($1::uuid[], $2::bigint[]) AS x(id, version)
        WHERE d.company_id = x.id AND d.version = x.version`,
      [marks.map((m) => m.companyId), marks.map((m) => m.version)],
    );
  }

  async pending(): Promise<number> {
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM scorecard_dirty`)) as { n: number }[];
    return n;
  }

  async current(companyIds: string[]): Promise<Map<string, CurrentSnapshot>> {
    if (!companyIds.length) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, company_id, seq, methodology_version, engine_version, record_hash, result_hash, grade, provisional_until, notice_letter_id
         FROM scorecard_snapshot WHERE current AND company_id = ANY($1::uuid[])`,
      [companyIds],
    )) as Record<string, never>[];
    return new Map(
      rows.map((r) => [
        r.company_id as string,
        {
          id: r.id,
          companyId: r.company_id,
          seq: r.seq,
          methodologyVersion: r.methodology_version,
          engineVersion: r.engine_version,
          recordHash: r.record_hash,
          resultHash: r.result_hash,
          grade: r.grade,
          provisionalUntil: r.provisional_until,
          noticeLetterId: r.notice_letter_id,
        },
      ]),
    );
  }

  /** The inputs and result of snapshots, parsed. */
  async documentsOf(snapshotIds: string[]): Promise<Map<string, { inputs: ScoreInputs; result: ScoreResult }>> {
    if (!snapshotIds.length) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT id, inputs, result FROM scorecard_snapshot WHERE id = ANY($1::uuid[])`,
      [snapshotIds],
    )) as { id: string; inputs: string; result: string }[];
    return new Map(rows.map((r) => [r.id, { inputs: JSON.parse(r.inputs), result: JSON.parse(r.result) }]));
  }

  /**
   * Writes new snapshots, each becoming its company's current one: one statement a batch. The small
   * columns go as one JSON document; the inputs and results, already canonical text, go as a plain
   * parameter each and are stored as they are, parsed by nobody (inside the document they would be
   * parsed twice over; as text arrays, the driver would escape them character by character).
   */
  async insertSnapshots(tx: Tx, snapshots: NewSnapshot[]): Promise<void> {
    if (!snapshots.length) return;
    await tx.manager.query(
      `UPDATE scorecard_snapshot SET current = false WHERE current AND company_id = ANY($1::uuid[])`,
      [snapshots.map((s) => s.companyId)],
    );
    const rows = snapshots.map((s, i) =>
      JSON.stringify({
        i: i + 1,
        company_id: s.companyId,
        seq: s.seq,
        created_at: s.createdAt,
        as_of: s.asOf,
        methodology_version: s.methodologyVersion,
        engine_version: s.engineVersion,
        inputs_hash: s.inputsHash,
        record_hash: s.recordHash,
        result_hash: s.resultHash,
        completeness: s.completeness,
        status: s.status,
        overall: s.overall,
        grade: s.grade,
        exposure: s.exposure,
        responsiveness: s.responsiveness,
        range_low: s.rangeLow,
        range_high: s.rangeHigh,
        silence_since: s.silenceSince,
        categories: s.categories,
        change: s.change,
        reason: s.reason,
        provisional_until: s.provisionalUntil,
        notice_letter_id: s.noticeLetterId,
      }),
    );
    await tx.manager.query(
      `INSERT INTO scorecard_snapshot (company_id, seq, current, created_at, as_of, methodology_version, engine_version,
         inputs, inputs_hash, record_hash, result, result_hash, completeness, status, overall, grade, exposure,
         responsiveness, range_low, range_high, silence_since, categories, change, reason, provisional_until, notice_letter_id)
       SELECT company_id, seq, true, created_at, as_of, methodology_version, engine_version, d.inputs, inputs_hash,
              record_hash, d.result, result_hash, completeness, status, overall, grade, exposure, responsiveness,
              range_low, range_high, silence_since, ARRAY(SELECT json_array_elements_text(categories)), change, reason,
              provisional_until, notice_letter_id
         FROM json_to_recordset($1::json) AS x(i bigint, company_id uuid, seq int, created_at timestamptz, as_of date,
              methodology_version text, engine_version text, inputs_hash text, record_hash text, result_hash text,
              completeness jsonb, status text, overall float8, grade text, exposure float8, responsiveness float8,
              range_low float8, range_high float8, silence_since date, categories json, change jsonb, reason text,
              provisional_until timestamptz, notice_letter_id uuid)
         JOIN (VALUES ${snapshots.map((_, i) => `(${i + 1}, $${2 * i + 2}::text, $${2 * i + 3}::text)`).join(', ')})
           AS d(i, inputs, result) ON d.i = x.i`,
      [`[${rows.join(',')}]`, ...snapshots.flatMap((s) => [s.inputsJson, s.resultJson])],
    );
  }

  async startRun(tx: Tx, run: Omit<ScorecardRunEntity, 'id' | 'finishedAt'>): Promise<ScorecardRunEntity> {
    const repo = tx.manager.getRepository(ScorecardRunEntity);
    return repo.save(repo.create({ ...run, finishedAt: null }));
  }

  /** Runs whose companies are all recomputed get their end. */
  async finishRuns(tx: Tx, at: Date): Promise<void> {
    await tx.manager.query(
      `UPDATE scorecard_run r SET finished_at = $1
        WHERE finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM scorecard_dirty d WHERE d.run_id = r.id)`,
      [at],
    );
  }

  async runs(limit = 10): Promise<(ScorecardRunEntity & { remaining: number })[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.*, (SELECT count(*)::int FROM scorecard_dirty d WHERE d.run_id = r.id) AS remaining
         FROM scorecard_run r ORDER BY r.started_at DESC LIMIT $1`,
      [limit],
    )) as Record<string, never>[];
    return rows.map((r) => ({
      id: r.id,
      methodologyVersion: r.methodology_version,
      total: r.total,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      requestedByLabel: r.requested_by_label,
      remaining: r.remaining,
    }));
  }
}
