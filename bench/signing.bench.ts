import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import { CampaignsService } from '#libs/campaigns';
import { SYSTEM_ACTOR } from '#libs/core';

/**
 * Signatures per second through `POST /campaigns/:slug/sign` at 64 concurrent clients (each a new
 * address, so every one is written, with its confirmation mail row and send job), against raw `pg`
 * single-row `INSERT … ON CONFLICT DO NOTHING` into the same table at the same concurrency, through
 * a pool of the size the app uses, on the same database in the same run. Prints its own line.
 */
export interface SigningBenchResult {
  bench: 'signing';
  database: string;
  seconds: number;
  concurrency: number;
  sign_per_s: number;
  sign_p50_ms: number;
  sign_p99_ms: number;
  raw_insert_per_s: number;
  raw_p50_ms: number;
  raw_p99_ms: number;
  ratio: number;
}

export const CONCURRENCY = 64;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The baseline, with the app's connection released (the embedded server takes one client). */
export async function rawInserts(databaseUrl: string, poolMax: number, campaignId: string, seconds: number) {
  const pool = new Pool({ connectionString: databaseUrl, max: poolMax });
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let i = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const n = i++;
      const started = performance.now();
      await pool.query(
        `INSERT INTO signature (id, campaign_id, email_hash, email, email_domain, name, country, show_name, updates, comment,
           locale, status, ip_hash, created_at)
         VALUES ($1, $2, $3, $4, 'mail.bench', 'Raw', 'BY', false, false, NULL, 'en', 'pending', 'rawrawrawrawrawrawrawr', now())
         ON CONFLICT (campaign_id, email_hash) DO NOTHING`,
        [randomUUID(), campaignId, `raw-${n}-${randomUUID()}`, `raw-${n}@mail.bench`],
      );
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export async function openBenchCampaign(app: NestExpressApplication): Promise<{ slug: string; id: string }> {
  const campaigns = app.get(CampaignsService);
  const draft = await campaigns.create(SYSTEM_ACTOR, {
    kind: 'petition',
    slug: `bench-${Date.now()}`,
    title: 'Bench petition',
    ask: 'Ask.',
    why: 'Why.',
    targets: ['supermicro'],
    evidence: [],
    goal: 1_000_000,
    milestones: [],
  });
  const opened = await campaigns.open(SYSTEM_ACTOR, draft.slug, { version: draft.version });
  return { slug: opened.slug, id: opened.id };
}

/** The signing side: autocannon posts the form, each request a new address. */
export async function signThroughApp(origin: string, slug: string, seconds: number) {
  const page = await (await fetch(`${origin}/campaigns/${slug}`)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('signing bench: no form token on the campaign page');
  let n = 0;
  const result = await autocannon({
    url: `${origin}/campaigns/${slug}/sign`,
    connections: CONCURRENCY,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        setupRequest: (request) => ({
          ...request,
          body: new URLSearchParams({
            name: 'Bench Signer',
            email: `signer-${n++}-${Date.now()}@mail-bench.by`,
            country: 'BY',
            _csrf: token,
          }).toString(),
        }),
      },
    ],
  });
  const redirects = (result as unknown as Record<string, number>)['3xx'] ?? 0;
  if (result.errors > 0 || redirects !== result.requests.total)
    throw new Error(`signing bench: ${result.errors} errors, ${redirects} of ${result.requests.total} answered 303`);
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export function signingLine(
  database: string,
  seconds: number,
  app: { perSecond: number; p50: number; p99: number },
  raw: { perSecond: number; p50: number; p99: number },
): SigningBenchResult {
  return {
    bench: 'signing',
    database,
    seconds,
    concurrency: CONCURRENCY,
    sign_per_s: Math.round(app.perSecond),
    sign_p50_ms: Number(app.p50.toFixed(1)),
    sign_p99_ms: Number(app.p99.toFixed(1)),
    raw_insert_per_s: Math.round(raw.perSecond),
    raw_p50_ms: Number(raw.p50.toFixed(1)),
    raw_p99_ms: Number(raw.p99.toFixed(1)),
    ratio: Number((app.perSecond / raw.perSecond).toFixed(3)),
  };
}

/** The signing bench leaves thousands of confirmations queued; the mail bench measures its own messages only. */
export async function clearSigningMail(databaseUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await pool.query(`DELETE FROM pgboss.job WHERE name = 'mail.send'`);
    await pool.query(`DELETE FROM mail_message WHERE purpose LIKE 'signature_%'`);
  } finally {
    await pool.end();
  }
}
