import request from 'supertest';
import { CampaignsService, TallyService, type CampaignView } from '#libs/campaigns';
import type { Actor } from '#libs/core';
import type { SunkMessage } from './smtp-sink';
import type { TestApp } from './test-app';

/** A petition to Supermicro and MAP INFO, opened. */
export async function openPetition(
  t: TestApp,
  actor: Actor,
  overrides: Partial<{ slug: string; title: string; evidence: string[]; goal: number; milestones: number[] }> = {},
): Promise<CampaignView> {
  const campaigns = t.app.get(CampaignsService);
  const draft = await campaigns.create(actor, {
    kind: 'petition',
    slug: overrides.slug ?? 'stop-supplying-the-kgb',
    title: overrides.title ?? 'Supermicro: stop supplying the KGB',
    ask: 'Stop your servers reaching the KGB through resellers.',
    why: 'A tender of the KGB bought Supermicro servers through MAP INFO.',
    targets: ['supermicro', 'map-info'],
    evidence: overrides.evidence ?? [],
    goal: overrides.goal ?? 100,
    milestones: overrides.milestones ?? [1, 10],
  });
  return campaigns.open(actor, draft.slug, { version: draft.version });
}

/** The signed CSRF token the campaign page puts into its form. */
export async function formToken(t: TestApp, slug: string): Promise<string> {
  const page = await request(t.server).get(`/campaigns/${slug}`).expect(200);
  const match = /name="_csrf" value="([^"]+)"/.exec(page.text);
  if (!match) throw new Error('no form token on the campaign page');
  return match[1];
}

export interface Signer {
  name?: string;
  email: string;
  country?: string;
  show_name?: 'on';
  updates?: 'on';
  comment?: string;
  website?: string;
}

/** Posts the form as a browser would (form-encoded, its token), from an address given by X-Forwarded-For. */
export function sign(t: TestApp, slug: string, token: string, signer: Signer, ip = '198.51.100.7') {
  return request(t.server)
    .post(`/campaigns/${slug}/sign`)
    .set('X-Forwarded-For', ip)
    .type('form')
    .send({ name: 'Olga', country: 'BY', ...signer, _csrf: token })
    .redirects(0);
}

/** The path of the first link in the mail that starts with this path. */
export function linkIn(message: SunkMessage, path: string): string {
  const match = new RegExp(`http://leverage\\.test(${path.replace(/\//g, '\\/')}[^\\s>]+)`).exec(
    message.parsed.text ?? '',
  );
  if (!match) throw new Error(`no ${path} link in: ${message.parsed.text}`);
  return match[1];
}

/** The mail sent to one address, waiting for it to arrive. */
export async function mailTo(sinkMessages: () => SunkMessage[], address: string, count = 1, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const found = sinkMessages().filter((m) => m.rcptTo.includes(address));
    if (found.length >= count) return found;
    if (Date.now() - started > timeoutMs)
      throw new Error(`expected ${count} message(s) to ${address}, got ${found.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the tally job does when it runs. */
export function tally(t: TestApp) {
  return t.app.get(TallyService).tally();
}

/** Confirms a signature from its confirmation mail: opens the page, then presses its button. */
export async function confirmFrom(t: TestApp, message: SunkMessage) {
  const path = linkIn(message, '/signatures/confirm/');
  const page = await request(t.server).get(path).expect(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  return request(t.server).post(path).type('form').send({ _csrf: token });
}
