import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '#libs/core';
import { EvidenceService, EvidenceWorkflowService } from '#libs/evidence';
import { RecomputeService } from '#libs/scorecards';

/**
 * Scorecards at scale: a generated record of N companies and M evidence items (BENCH_COMPANIES,
 * default 10,000; BENCH_ITEMS, default 200,000), with ownership, letters and answers; then
 * (a) a raw read of the same inputs with plain SQL, the baseline, (b) a full recompute of every
 * company by the real job code, its ratio to (a), and to (a) plus a raw write of the documents it
 * wrote, (c) how many companies one published item marks for an incremental recompute, and its time.
 */
export interface ScorecardBenchResult {
  score_companies: number;
  score_items: number;
  score_raw_read_s: number;
  score_full_recompute_s: number;
  score_ratio: number;
  score_raw_write_s: number;
  score_ratio_read_write: number;
  score_snapshots_written: number;
  score_incremental_companies: number;
  score_incremental_s: number;
}

const CATEGORIES = [
  'censorship',
  'surveillance',
  'internet_shutdown',
  'facial_recognition',
  'data_infrastructure',
  'other',
];
const CONFIDENCES = ['confirmed', 'corroborated', 'single_source', 'plausible'];

/** The generated record, written with set-based SQL (the services would take hours for 200,000 items). */
async function generate(ds: DataSource, companies: number, items: number): Promise<void> {
  const resellers = Math.max(1, Math.floor(companies / 10));
  await ds.query(
    `INSERT INTO company (slug, name, kind, country, description, created_at, updated_at)
     SELECT 'bench-' || i, 'Bench company ' || i, CASE WHEN i <= $2 THEN 'reseller' ELSE 'manufacturer' END,
            (ARRAY['US','DE','CN','RU','BY','FR'])[1 + i % 6], '', now(), now()
       FROM generate_series(1, $1) AS i`,
    [companies, resellers],
  );
  await ds.query(
    `INSERT INTO state_body (slug, name, country, kind, description, created_at, updated_at)
     SELECT 'bench-body-' || i, 'Bench body ' || i, 'BY',
            (ARRAY['security_service','police','internet_regulator','presidential_administration','other_ministry','not_named'])[1 + i % 6], '', now(), now()
       FROM generate_series(1, 12) AS i`,
  );
  // One owner in twenty owns the next two companies.
  await ds.query(
    `INSERT INTO ownership (parent_id, subsidiary_id, share, since, created_at, updated_at)
     SELECT p.id, s.id, 100, DATE '2015-01-01', now(), now()
       FROM generate_series(1, $1 / 20) AS g(i)
       JOIN company p ON p.slug = 'bench-' || ($2 + g.i * 20)
       JOIN company s ON s.slug IN ('bench-' || ($2 + g.i * 20 + 1), 'bench-' || ($2 + g.i * 20 + 2))`,
    [companies - resellers - 60, resellers],
  );
  for (let from = 1; from <= items; from += 50_000) {
    const to = Math.min(items, from + 49_999);
    await ds.query(
      `WITH bodies AS (SELECT array_agg(id ORDER BY slug) AS ids FROM state_body WHERE slug LIKE 'bench-body-%')
       INSERT INTO evidence (title, category, status, confidence, polarity, state_body_id, period_end, summary,
                             author_label, updated_by_label, published_at, created_at, updated_at)
       SELECT 'Bench item ' || i, ($3::text[])[1 + i % 6], CASE WHEN i % 50 = 0 THEN 'disputed' ELSE 'published' END,
              ($4::text[])[1 + (i / 7) % 4], CASE WHEN i % 40 = 0 THEN 'positive' ELSE 'harm' END,
              bodies.ids[1 + i % 12], DATE '2016-01-01' + (i % 3650), 'Generated for the benchmark.',
              'bench', 'bench', now(), now(), now()
         FROM generate_series($1::int, $2::int) AS i, bodies`,
      [from, to, CATEGORIES, CONFIDENCES],
    );
  }
  // Each item's maker, and for one in three a reseller between it and the end user.
  await ds.query(
    `WITH numbered AS (SELECT id, substring(title from 12)::int AS i FROM evidence WHERE title LIKE 'Bench item %')
     INSERT INTO evidence_link (evidence_id, position, company_id, role)
     SELECT n.id, 0, c.id, 'manufacturer' FROM numbered n
       JOIN company c ON c.slug = 'bench-' || ($1 + 1 + (n.i * 7919) % ($2 - $1))`,
    [resellers, companies],
  );
  await ds.query(
    `WITH numbered AS (SELECT id, substring(title from 12)::int AS i FROM evidence WHERE title LIKE 'Bench item %')
     INSERT INTO evidence_link (evidence_id, position, company_id, role)
     SELECT n.id, 1, c.id, 'reseller' FROM numbered n JOIN company c ON c.slug = 'bench-' || (1 + n.i % $1)
      WHERE n.i % 3 = 0`,
    [resellers],
  );
  await ds.query(
    `INSERT INTO evidence_source (evidence_id, position, url, kind, published_on)
     SELECT id, 0, 'https://bench.example/' || id, 'press_report', COALESCE(period_end, DATE '2020-01-01')
       FROM evidence WHERE title LIKE 'Bench item %'`,
  );
  // A letter to one company in five, answered by half of them.
  await ds.query(
    `INSERT INTO outreach_letter (company_id, kind, template_key, subject_source, body_source, status, response_state,
                                  subject, text_body, content_hash, sent_at, deadline, deadline_days, created_by_label, updated_by_label)
     SELECT c.id, 'initial', 'inquiry', 's', 'b', 'sent', 'awaiting', 'Bench letter', 'b', 'h',
            TIMESTAMPTZ '2024-01-01' + (row_number() OVER ()) * interval '1 minute',
            TIMESTAMPTZ '2024-01-15' + (row_number() OVER ()) * interval '1 minute', 14, 'bench', 'bench'
       FROM company c WHERE c.slug LIKE 'bench-%' AND substring(c.slug from 7)::int % 5 = 0`,
  );
  await ds.query(
    `INSERT INTO outreach_response (company_id, letter_id, channel, responded_on, text, classification, recorded_by_label)
     SELECT l.company_id, l.id, 'email', DATE '2024-01-10', 'Bench answer.',
            (ARRAY['exited','committed_to_act','justified','denied'])[1 + (row_number() OVER ()) % 4], 'bench'
       FROM outreach_letter l WHERE l.subject = 'Bench letter' AND (SELECT substring(slug from 7)::int FROM company WHERE id = l.company_id) % 10 = 0`,
  );
  await ds.query('ANALYZE');
}

/**
 * The second baseline: writing the documents the recompute wrote (every snapshot's inputs and
 * result, as text), with plain multi-row INSERTs of 500 into a bare table stored as the snapshots
 * are. A recompute must both read the record and write this much; the two together are its floor.
 */
async function rawWrite(ds: DataSource): Promise<number> {
  const docs = (await ds.query(`SELECT inputs, result FROM scorecard_snapshot`)) as {
    inputs: string;
    result: string;
  }[];
  await ds.query(`CREATE TABLE bench_raw_snapshot (inputs text NOT NULL, result text NOT NULL)`);
  await ds.query(
    `DO $$ BEGIN
       IF 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[]) THEN
         ALTER TABLE bench_raw_snapshot ALTER COLUMN inputs SET COMPRESSION lz4, ALTER COLUMN result SET COMPRESSION lz4;
       END IF;
     END $$`,
  );
  const started = performance.now();
  for (let i = 0; i < docs.length; i += 500) {
    const chunk = docs.slice(i, i + 500);
    await ds.query(
      `INSERT INTO bench_raw_snapshot (inputs, result) VALUES ${chunk.map((_, j) => `($${2 * j + 1}, $${2 * j + 2})`).join(', ')}`,
      chunk.flatMap((d) => [d.inputs, d.result]),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await ds.query(`DROP TABLE bench_raw_snapshot`);
  return seconds;
}

/** The same inputs the recompute reads, with plain SQL and nothing else: the baseline. */
async function rawRead(ds: DataSource): Promise<number> {
  const started = performance.now();
  await ds.query(`SELECT id, slug, name FROM company`);
  await ds.query(`SELECT parent_id, subsidiary_id, since, until FROM ownership`);
  await ds.query(
    `SELECT e.id, e.title, e.polarity, e.category, e.confidence, e.status, e.period_start, e.period_end, e.published_at,
            b.slug, b.name, b.kind, (SELECT min(s.published_on) FROM evidence_source s WHERE s.evidence_id = e.id) AS first_source
       FROM evidence e LEFT JOIN state_body b ON b.id = e.state_body_id WHERE e.status IN ('published', 'disputed')`,
  );
  await ds.query(`SELECT evidence_id, position, company_id, role FROM evidence_link`);
  await ds.query(`SELECT id, company_id, sent_at, deadline, evidence_ids FROM outreach_letter WHERE status = 'sent'`);
  await ds.query(`SELECT id, company_id, letter_id, responded_on, classification, evidence_ids FROM outreach_response`);
  return (performance.now() - started) / 1000;
}

export async function benchScorecards(app: NestExpressApplication): Promise<ScorecardBenchResult> {
  const companies = Number(process.env.BENCH_COMPANIES ?? 10_000);
  const items = Number(process.env.BENCH_ITEMS ?? 200_000);
  const ds = app.get(DataSource);
  await generate(ds, companies, items);
  const recompute = app.get(RecomputeService);
  await recompute.drain(); // what the generated record's own writes marked (none: it bypassed the services)
  await rawRead(ds); // warm the caches for both
  const raw = await rawRead(ds);

  await ds.query(`INSERT INTO scorecard_dirty (company_id, reason, marked_at) SELECT id, 'method', now() FROM company
                  ON CONFLICT (company_id) DO UPDATE SET marked_at = now()`);
  let started = performance.now();
  const full = await recompute.drain();
  const fullSeconds = (performance.now() - started) / 1000;
  const rawWritten = await rawWrite(ds);

  // One item published through the services: the companies it marks are recomputed, and no others.
  const [maker] = (await ds.query(
    `SELECT c.slug FROM ownership o JOIN company c ON c.id = o.subsidiary_id ORDER BY c.slug LIMIT 1`,
  )) as { slug: string }[];
  const evidence = app.get(EvidenceService);
  const reviewer = { id: '00000000-0000-4000-8000-00000000be0c', label: 'bench reviewer' };
  const draft = await evidence.create(SYSTEM_ACTOR, {
    title: 'Bench: one more item',
    category: 'surveillance',
    confidence: 'confirmed',
    endUser: 'bench-body-1',
    chain: [
      { company: maker.slug, role: 'manufacturer' },
      { company: 'bench-1', role: 'reseller' },
    ],
    summary: 'One published item, to count what an incremental recompute touches.',
    sources: [{ url: 'https://bench.example/one-more', kind: 'press_report' }],
  } as never);
  const workflow = app.get(EvidenceWorkflowService);
  const submitted = await workflow.submit(SYSTEM_ACTOR, draft.id, { version: draft.version });
  await workflow.publish(reviewer, draft.id, { version: submitted.version });
  const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM scorecard_dirty`)) as { n: number }[];
  started = performance.now();
  await recompute.drain();
  const incrementalSeconds = (performance.now() - started) / 1000;

  return {
    score_companies: companies,
    score_items: items,
    score_raw_read_s: Number(raw.toFixed(3)),
    score_full_recompute_s: Number(fullSeconds.toFixed(3)),
    score_ratio: Number((fullSeconds / raw).toFixed(2)),
    score_raw_write_s: Number(rawWritten.toFixed(3)),
    score_ratio_read_write: Number((fullSeconds / (raw + rawWritten)).toFixed(2)),
    score_snapshots_written: full.written,
    score_incremental_companies: n,
    score_incremental_s: Number(incrementalSeconds.toFixed(3)),
  };
}
