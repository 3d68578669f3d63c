import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '#libs/core';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '#libs/companies';
import { daysBetween } from '../engine/dates';
import type { ItemInput, ScoreInputs } from '../engine/inputs';
import type { ScoreResult } from '../engine/result';
import { ScorecardsException } from '../scorecards.exception';
import type { ScorecardQueryDto, ScorecardSort } from './scorecard-query.dto';
import type {
  HistoryPointView,
  ScorecardPageView,
  ScorecardSummaryView,
  ScorecardView,
  SnapshotRecordView,
} from './scorecard.view';

type Row = Record<string, never>;

const SUMMARY = `
  s.id, s.seq, s.status, s.overall, s.grade, s.range_low, s.range_high, s.exposure, s.responsiveness,
  s.silence_since::text AS silence_since, s.categories, s.provisional_until, s.created_at, s.as_of::text AS as_of,
  s.methodology_version, s.engine_version, s.inputs_hash, s.completeness,
  s.change->'before'->>'grade' AS grade_before, (s.change->>'recordDelta')::float AS record_delta,
  (s.change->>'methodDelta')::float AS method_delta, s.change->'method'->>'from' AS method_from,
  (s.change->>'previousSeq')::int AS previous_seq, l.sent_at AS notified_at,
  c.id AS company_id, c.slug, c.name, c.kind, c.country`;
const FROM = `FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id
  LEFT JOIN outreach_letter l ON l.id = s.notice_letter_id AND l.status <> 'draft'`;

const STATUS_ORDER = `CASE s.status WHEN 'scored' THEN 0 WHEN 'unverified' THEN 1 ELSE 2 END`;
const SORT_SQL: Record<ScorecardSort, { expression: string; dir: 'ASC' | 'DESC' }> = {
  overall: { expression: `COALESCE(s.overall, s.range_low)`, dir: 'ASC' },
  name: { expression: `lower(c.name)`, dir: 'ASC' },
  exposure: { expression: `s.exposure`, dir: 'DESC' },
  responsiveness: { expression: `s.responsiveness`, dir: 'ASC' },
  silence: { expression: `s.silence_since`, dir: 'ASC' },
  change: {
    expression: `COALESCE((s.change->>'recordDelta')::float, 0) + COALESCE((s.change->>'methodDelta')::float, 0)`,
    dir: 'ASC',
  },
};

export interface TableRequest extends ScorecardQueryDto {
  sort?: ScorecardSort;
  dir?: 'asc' | 'desc';
  offset?: number;
}

export interface GroupRow {
  owner: ScorecardSummaryView;
  subsidiaries: { card: ScorecardSummaryView; depth: number; acquiredLater: boolean; since: string | null }[];
}

/**
 * What the public reads of the scorecards: the league table (with its group view), one company's
 * scorecard whole with its history, badges, recent changes for the feed, and every snapshot with
 * its inputs for the open data. Reads only, in few queries, without the inputs unless asked.
 */
@Injectable()
export class ScorecardsPublicService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private where(filter: ScorecardQueryDto): { sql: string; params: unknown[] } {
    const clauses = ['s.current'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.category) add(`? = ANY(s.categories)`, filter.category);
    if (filter.country) add(`c.country = ?`, filter.country);
    if (filter.kind) add(`c.kind = ?`, filter.kind);
    if (filter.grade === 'UNVERIFIED') clauses.push(`s.status = 'unverified'`);
    else if (filter.grade === 'NOT_SCORED') clauses.push(`s.status = 'not_scored'`);
    else if (filter.grade) add(`s.grade = ?`, filter.grade);
    return { sql: clauses.join(' AND '), params };
  }

  /** The league table: scored companies first, then unverified allegations, then those not scored. */
  async table(request: TableRequest): Promise<{ rows: ScorecardSummaryView[]; total: number }> {
    const { sql, params } = this.where(request);
    const sort = SORT_SQL[request.sort ?? 'overall'];
    const dir = request.dir ? (request.dir === 'asc' ? 'ASC' : 'DESC') : sort.dir;
    const limit = request.limit ?? 100;
    // The page's rows are chosen first; only theirs are read whole (the result documents are large).
    const rows = (await this.dataSource.query(
      `WITH page AS (
         SELECT s.id, row_number() OVER (ORDER BY ${STATUS_ORDER}, ${sort.expression} ${dir} NULLS LAST, lower(c.name), c.id) AS n
           FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id WHERE ${sql}
          ORDER BY n LIMIT ${limit} OFFSET ${request.offset ?? 0})
       SELECT ${SUMMARY} FROM page JOIN scorecard_snapshot s ON s.id = page.id JOIN company c ON c.id = s.company_id
         LEFT JOIN outreach_letter l ON l.id = s.notice_letter_id AND l.status <> 'draft'
        ORDER BY page.n`,
      params,
    )) as Row[];
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id WHERE ${sql}`,
      params,
    )) as { n: number }[];
    return { rows: rows.map((row) => this.summary(row)), total: n };
  }

  /** The API's list: by slug, a page at a time. */
  async page(filter: ScorecardQueryDto): Promise<ScorecardPageView> {
    const { sql, params } = this.where(filter);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
    const keyset = cursor ? ` AND (c.slug, c.id) > ($${params.length + 1}, $${params.length + 2})` : '';
    const rows = (await this.dataSource.query(
      `SELECT ${SUMMARY} ${FROM} WHERE ${sql}${keyset} ORDER BY c.slug, c.id LIMIT ${limit + 1}`,
      cursor ? [...params, cursor.key, cursor.id] : params,
    )) as Row[];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n ${FROM} WHERE ${sql}`, params)) as {
      n: number;
    }[];
    const data = rows.slice(0, limit).map((row) => this.summary(row));
    const last = rows.length > limit ? rows[limit - 1] : null;
    return { data, nextCursor: last ? encodeCursor({ key: last.slug, id: last.company_id }) : null, total: n };
  }

  /**
   * The group view: each company that nobody owns now, with the companies it owns (an owner's
   * scorecard already counts what they did), each marked when it was bought only after the events.
   */
  async groups(filter: ScorecardQueryDto): Promise<GroupRow[]> {
    const { rows } = await this.table({ ...filter, limit: 10_000, sort: 'overall' });
    const today = this.today();
    const edges = (await this.dataSource.query(
      `SELECT parent_id, subsidiary_id, since::text AS since FROM ownership WHERE until IS NULL OR until >= $1`,
      [today],
    )) as { parent_id: string; subsidiary_id: string; since: string | null }[];
    const byCompany = new Map(rows.map((row) => [row.company.slug, row]));
    const ids = (await this.dataSource.query(`SELECT id, slug FROM company`)) as { id: string; slug: string }[];
    const slugOf = new Map(ids.map((c) => [c.id, c.slug]));
    const children = new Map<string, { slug: string; since: string | null }[]>();
    const parents = new Map<string, string[]>();
    for (const e of edges) {
      const parent = slugOf.get(e.parent_id) as string;
      const child = slugOf.get(e.subsidiary_id) as string;
      children.set(parent, [...(children.get(parent) ?? []), { slug: child, since: e.since }]);
      parents.set(child, [...(parents.get(child) ?? []), parent]);
    }
    // A company is a group's top row unless an owner of it, however far up, is among the rows shown:
    // a subsidiary whose owner the filter leaves out stands on its own.
    const shownAbove = (slug: string, seen = new Set<string>([slug])): boolean =>
      (parents.get(slug) ?? []).some(
        (parent) => !seen.has(parent) && (byCompany.has(parent) || shownAbove(parent, new Set([...seen, parent]))),
      );
    const ownerItems = await this.ownerItems(
      rows.filter((row) => children.has(row.company.slug)).map((row) => row.snapshotId),
    );
    const groups: GroupRow[] = [];
    for (const row of rows) {
      if (shownAbove(row.company.slug)) continue;
      const items = ownerItems.get(row.snapshotId) ?? [];
      const subsidiaries: GroupRow['subsidiaries'] = [];
      const walk = (slug: string, depth: number, seen: Set<string>) => {
        for (const child of children.get(slug) ?? []) {
          if (seen.has(child.slug)) continue;
          // Down through companies the filter leaves out, to those it shows.
          const card = byCompany.get(child.slug);
          if (card) {
            const acquiredLater = items.some((item) => item.acquiredLater && item.answerers.includes(child.slug));
            subsidiaries.push({ card, depth, acquiredLater, since: child.since });
          }
          walk(child.slug, card ? depth + 1 : depth, new Set([...seen, child.slug]));
        }
      };
      walk(row.company.slug, 1, new Set([row.company.slug]));
      groups.push({ owner: row, subsidiaries });
    }
    return groups;
  }

  private async ownerItems(snapshotIds: string[]): Promise<Map<string, ItemInput[]>> {
    if (!snapshotIds.length) return new Map();
    const rows = (await this.dataSource.query(`SELECT id, inputs FROM scorecard_snapshot WHERE id = ANY($1::uuid[])`, [
      snapshotIds,
    ])) as { id: string; inputs: string }[];
    return new Map(rows.map((row) => [row.id, (JSON.parse(row.inputs) as ScoreInputs).items]));
  }

  /** The countries of the scored companies, for the table's filter. */
  async countries(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT trim(country) AS country FROM company WHERE country IS NOT NULL ORDER BY 1`,
    )) as { country: string }[];
    return rows.map((row) => row.country);
  }

  /** A company's current inputs (the method page's worked example), or null. */
  async inputsOf(slug: string): Promise<ScoreInputs | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.inputs FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id WHERE s.current AND c.slug = $1`,
      [slug],
    )) as { inputs: string }[];
    return row ? (JSON.parse(row.inputs) as ScoreInputs) : null;
  }

  /** A company's current scorecard in summary (badges, cards); null while it has not been computed yet. */
  async summaryOf(slug: string): Promise<ScorecardSummaryView | null> {
    const [row] = (await this.dataSource.query(`SELECT ${SUMMARY} ${FROM} WHERE s.current AND c.slug = $1`, [
      slug,
    ])) as Row[];
    return row ? this.summary(row) : null;
  }

  /** A company's scorecard whole, with its history; null while it has not been computed yet. */
  async profile(slug: string): Promise<ScorecardView | null> {
    const [company] = (await this.dataSource.query(`SELECT id FROM company WHERE slug = $1`, [slug])) as {
      id: string;
    }[];
    if (!company) throw ScorecardsException.notFound(slug);
    const [row] = (await this.dataSource.query(
      `SELECT ${SUMMARY}, s.result ${FROM} WHERE s.current AND s.company_id = $1`,
      [company.id],
    )) as Row[];
    if (!row) return null;
    const result = JSON.parse(row.result) as ScoreResult;
    return {
      ...this.summary(row),
      breakdown: result.breakdown,
      matters: result.matters,
      positive: result.positive,
      history: await this.history(company.id),
    };
  }

  private async history(companyId: string): Promise<HistoryPointView[]> {
    const rows = (await this.dataSource.query(
      `SELECT seq, created_at, as_of::text AS as_of, status, overall, grade, range_low, range_high, methodology_version, reason
         FROM scorecard_snapshot WHERE company_id = $1 ORDER BY seq`,
      [companyId],
    )) as Row[];
    return rows.map((r) => ({
      seq: r.seq,
      computedAt: (r.created_at as Date).toISOString(),
      asOf: r.as_of,
      status: r.status,
      overall: r.overall,
      grade: r.grade,
      low: r.range_low,
      high: r.range_high,
      methodologyVersion: r.methodology_version,
      reason: r.reason,
    }));
  }

  /** Snapshots whose grade or status moved (or the first of a company), newest first: the feed's. */
  async recentChanges(limit: number): Promise<(ScorecardSummaryView & { statusBefore: string | null })[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${SUMMARY}, s.change->'before'->>'status' AS status_before ${FROM}
        WHERE s.change IS NULL OR s.change->'before'->>'status' IS DISTINCT FROM s.status
           OR s.change->'before'->>'grade' IS DISTINCT FROM s.grade
        ORDER BY s.created_at DESC, c.slug LIMIT $1`,
      [limit],
    )) as Row[];
    return rows.map((row) => ({ ...this.summary(row), statusBefore: row.status_before }));
  }

  /** Every snapshot with its inputs, a page at a time (the open data and `cli export`). */
  async *snapshots(pageSize = 200): AsyncGenerator<SnapshotRecordView[]> {
    let after = { at: new Date(0), id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT s.id, c.slug, s.seq, s.current, s.created_at, s.as_of::text AS as_of, s.methodology_version,
                s.engine_version, s.inputs_hash, s.inputs, s.result, s.change, s.provisional_until
           FROM scorecard_snapshot s JOIN company c ON c.id = s.company_id
          WHERE (s.created_at, s.id) > ($1, $2) ORDER BY s.created_at, s.id LIMIT $3`,
        [after.at, after.id, pageSize],
      )) as Row[];
      if (!rows.length) return;
      yield rows.map((r) => ({
        id: r.id,
        company: r.slug,
        seq: r.seq,
        current: r.current,
        computedAt: (r.created_at as Date).toISOString(),
        asOf: r.as_of,
        methodologyVersion: r.methodology_version,
        engineVersion: r.engine_version,
        inputsHash: r.inputs_hash,
        inputs: JSON.parse(r.inputs),
        result: JSON.parse(r.result),
        change: r.change,
        provisionalUntil: r.provisional_until ? (r.provisional_until as Date).toISOString() : null,
      }));
      const last = rows[rows.length - 1];
      after = { at: last.created_at, id: last.id };
    }
  }

  private summary(r: Row): ScorecardSummaryView {
    const today = this.today();
    const provisionalUntil = r.provisional_until as Date | null;
    return {
      company: { slug: r.slug, name: r.name, kind: r.kind, country: r.country ? String(r.country).trim() : null },
      status: r.status,
      overall: r.overall,
      grade: r.grade,
      range: r.range_low === null ? null : { low: r.range_low, high: r.range_high },
      exposure: r.exposure,
      responsiveness: r.responsiveness,
      completeness: r.completeness,
      silenceSince: r.silence_since,
      silenceDays: r.silence_since ? daysBetween(r.silence_since, today) : null,
      categories: r.categories,
      provisionalUntil: provisionalUntil && provisionalUntil > this.clock.now() ? provisionalUntil.toISOString() : null,
      notifiedOn: r.notified_at ? (r.notified_at as Date).toISOString().slice(0, 10) : null,
      change:
        r.previous_seq === null
          ? null
          : {
              previousSeq: r.previous_seq,
              gradeBefore: r.grade_before,
              recordDelta: r.record_delta,
              methodDelta: r.method_delta,
              methodFrom: r.method_from,
            },
      methodologyVersion: r.methodology_version,
      engineVersion: r.engine_version,
      asOf: r.as_of,
      computedAt: (r.created_at as Date).toISOString(),
      seq: r.seq,
      snapshotId: r.id,
      inputsHash: r.inputs_hash,
    };
  }
}
