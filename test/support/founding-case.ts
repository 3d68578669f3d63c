import { DemoSeedService } from '#libs/companies';
import { SYSTEM_ACTOR } from '#libs/core';
import { EvidenceDemoSeedService } from '#libs/evidence';
import { OutreachDemoSeedService } from '#libs/outreach';
import { RecomputeService } from '#libs/scorecards';
import type { TestApp } from './test-app';

/** The whole demo record (companies, evidence, outreach) and its scorecards, as `npm start` makes them. */
export async function seedFoundingCase(t: TestApp): Promise<void> {
  await t.app.get(DemoSeedService).seed(SYSTEM_ACTOR);
  await t.app.get(EvidenceDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  await t.app.get(OutreachDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
  await recompute(t);
}

/** What the recompute job does when it runs: every marked company computed again. */
export function recompute(t: TestApp) {
  return t.app.get(RecomputeService).drain();
}
