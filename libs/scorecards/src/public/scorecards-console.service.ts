import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '#libs/core';
import type { ScoreInputs } from '../engine/inputs';
import type { ScoreResult } from '../engine/result';
import { ScorecardsException } from '../scorecards.exception';
import type { SnapshotChange } from '../snapshots/snapshot-change';
import { ScorecardStore } from '../store/scorecard.store';

export interface ProvisionalRow {
  slug: string;
  name: string;
  grade: string | null;
  overall: number | null;
  provisionalUntil: Date;
  notice: { id: string; status: string; sentAt: Date | null } | null;
}

export interface ChangedRow {
  slug: string;
  name: string;
  seq: number;
  computedAt: Date;
  grade: string | null;
  status: string;
  overall: number | null;
  change: SnapshotChange;
}

export interface StaleRow {
  slug: string;
  name: string;
  markedAt: Date;
  reason: string;
}

export interface SnapshotDetail {
  id: string;
  seq: number;
  current: boolean;
  computedAt: Date;
  asOf: string;
  methodologyVersion: string;
  engineVersion: string;
  inputsHash: string;
  reason: string;
  inputs: ScoreInputs;
  result: ScoreResult;
  change: SnapshotChange | null;
  provisionalUntil: Date | null;
  noticeLetterId: string | null;
}

/** What the console shows of the scorecards: what is provisional, what changed, what waits to be computed. */
@Injectable()
export class ScorecardsConsoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ScorecardStore,
    private readonly clock: Clock,
  ) {}

  async provisional(): Promise<ProvisionalRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.slug, c.name, s.grade, s.overall, s.provisional_until, l.id AS letter_id, l.status AS letter_status, l.sent_at
         FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id
         LEFT JOIN outreach_letter l ON l.id = s.notice_letter_id
        WHERE s.current AND s.provisional_until > $1 ORDER BY s.provisional_until, c.name`,
      [this.clock.now()],
    )) as Record<string, never>[];
    return rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      grade: r.grade,
      overall: r.overall,
      provisionalUntil: r.provisional_until,
      notice: r.letter_id ? { id: r.letter_id, status: r.letter_status, sentAt: r.sent_at } : null,
    }));
  }

  async changed(limit = 20): Promise<ChangedRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.slug, c.name, s.seq, s.created_at, s.grade, s.status, s.overall, s.change
         FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id
        WHERE s.change IS NOT NULL ORDER BY s.created_at DESC, c.name LIMIT $1`,
      [limit],
    )) as Record<string, never>[];
    return rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      seq: r.seq,
      computedAt: r.created_at,
      grade: r.grade,
      status: r.status,
      overall: r.overall,
      change: r.change,
    }));
  }

  /** Companies marked for a recompute the job has not done yet. */
  async stale(limit = 50): Promise<{ rows: StaleRow[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT c.slug, c.name, d.marked_at, d.reason FROM scorecard_dirty d JOIN company c ON c.id = d.company_id
        ORDER BY d.marked_at LIMIT $1`,
      [limit],
    )) as Record<string, never>[];
    return {
      rows: rows.map((r) => ({ slug: r.slug, name: r.name, markedAt: r.marked_at, reason: r.reason })),
      total: await this.store.pending(),
    };
  }

  /** The recomputes of newly published methods, newest first, with how many companies each has left. */
  runs(limit = 10) {
    return this.store.runs(limit);
  }

  /** Every snapshot of a company, newest first, whole. */
  async snapshots(slug: string): Promise<{ company: { slug: string; name: string }; snapshots: SnapshotDetail[] }> {
    const [company] = (await this.dataSource.query(`SELECT id, slug, name FROM company WHERE slug = $1`, [slug])) as {
      id: string;
      slug: string;
      name: string;
    }[];
    if (!company) throw ScorecardsException.notFound(slug);
    const rows = (await this.dataSource.query(
      `SELECT id, seq, current, created_at, as_of::text AS as_of, methodology_version, engine_version, inputs_hash, reason,
              inputs, result, change, provisional_until, notice_letter_id
         FROM scorecard_snapshot WHERE company_id = $1 ORDER BY seq DESC LIMIT 100`,
      [company.id],
    )) as Record<string, never>[];
    return {
      company: { slug: company.slug, name: company.name },
      snapshots: rows.map((r) => ({
        id: r.id,
        seq: r.seq,
        current: r.current,
        computedAt: r.created_at,
        asOf: r.as_of,
        methodologyVersion: r.methodology_version,
        engineVersion: r.engine_version,
        inputsHash: r.inputs_hash,
        reason: r.reason,
        inputs: JSON.parse(r.inputs),
        result: JSON.parse(r.result),
        change: r.change,
        provisionalUntil: r.provisional_until,
        noticeLetterId: r.notice_letter_id,
      })),
    };
  }
}
