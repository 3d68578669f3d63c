import autocannon from 'autocannon';
import type { Request, Response } from 'express';
import { createApiApp } from '../apps/api/src/api-app';
import { EmbeddedPostgres, JobRunner, SYSTEM_ACTOR, loadConfig } from '#libs/core';
import { DemoSeedService } from '#libs/companies';
import { AttributionService, EvidenceDemoSeedService } from '#libs/evidence';
import { benchMail } from './mail.bench';
import { benchScorecards } from './scorecards.bench';
import { clearSigningMail, openBenchCampaign, rawInserts, signingLine, signThroughApp } from './signing.bench';

/**
 * `npm run bench`: requests per second of a public company profile and of an evidence page (with
 * its chain diagram, sources and corrections), each against a hello-world route served by the same
 * server behind the same middleware, on loopback; then scorecards at scale (bench/scorecards.bench.ts)
 * and /scorecards over that record against the same hello-world route; then mail throughput
 * (bench/mail.bench.ts); the home page and a campaign page too, and signing against raw inserts
 * (bench/signing.bench.ts). Prints one JSON line for signing, then one for the rest.
 */
async function measure(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: seconds, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const external = process.env.DATABASE_URL;
  const embedded = external ? null : await EmbeddedPostgres.start(null);
  const url = external ?? embedded!.url;
  const config = loadConfig({
    DATABASE_URL: 'postgres://bench@127.0.0.1/bench',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    HMAC_SECRET: 'bench-secret-bench-secret-bench-secret',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_READ_PER_MINUTE: '1000000',
  });
  const app = await createApiApp(
    { config, databaseUrl: url, poolMax: embedded ? 1 : 10, migrationsRun: true },
    {
      afterPipeline: (a) =>
        a.use('/__bench/hello', (_req: Request, res: Response) => void res.type('text/plain').send('hello')),
    },
  );
  // As the API process does at start: writes enqueue their after-work (a recompute) in their transaction.
  await app.get(JobRunner).prepareQueues();
  await app.get(DemoSeedService).seed(SYSTEM_ACTOR);
  await app.get(EvidenceDemoSeedService).seed(SYSTEM_ACTOR);
  const sandvine = (await app.get(AttributionService).forCompany('sandvine')).items[0].evidence.id;
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const origin = base.replace('[::1]', '127.0.0.1');
  const campaign = await openBenchCampaign(app);
  await measure(`${origin}/__bench/hello`, 2); // warm-up
  const hello = await measure(`${origin}/__bench/hello`, seconds);
  const home = await measure(`${origin}/`, seconds);
  const profile = await measure(`${origin}/companies/supermicro`, seconds);
  const evidence = await measure(`${origin}/evidence/${sandvine}`, seconds);
  const campaignPage = await measure(`${origin}/campaigns/${campaign.slug}`, seconds);
  const signing = await signThroughApp(origin, campaign.slug, seconds);
  const scorecards = await benchScorecards(app);
  const scorecardsPage = await measure(`${origin}/scorecards`, seconds);
  const helloAgain = await measure(`${origin}/__bench/hello`, seconds);
  await app.close();
  await embedded?.idle(); // the baselines connect next, and the embedded server takes one client
  const raw = await rawInserts(url, embedded ? 1 : 10, campaign.id, seconds);
  await embedded?.idle();
  await clearSigningMail(url);
  await embedded?.idle();
  const mail = await benchMail(url, embedded ? 1 : 10);
  await embedded?.stop();
  const line = {
    bench: 'public-pages',
    database: embedded ? 'pglite' : 'postgresql',
    seconds,
    hello_rps: Math.round(hello),
    home_rps: Math.round(home),
    home_ratio: Number((home / hello).toFixed(3)),
    profile_rps: Math.round(profile),
    ratio: Number((profile / hello).toFixed(3)),
    evidence_rps: Math.round(evidence),
    evidence_ratio: Number((evidence / hello).toFixed(3)),
    campaign_rps: Math.round(campaignPage),
    campaign_ratio: Number((campaignPage / hello).toFixed(3)),
    ...scorecards,
    scorecards_rps: Math.round(scorecardsPage),
    scorecards_hello_rps: Math.round(helloAgain),
    scorecards_page_ratio: Number((scorecardsPage / helloAgain).toFixed(3)),
    ...mail,
  };
  process.stdout.write(`${JSON.stringify(signingLine(line.database, seconds, signing, raw))}\n`);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
