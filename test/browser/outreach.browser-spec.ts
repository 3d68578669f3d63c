import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { JobRunner } from '#libs/core';
import { ContactsService, LettersService, OutreachSweepService, ResponsesService } from '#libs/outreach';
import type { EvidenceView } from '#libs/evidence';
import { launchBrowser, openPage, seriousViolations } from '../support/browser';
import { actorFor, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

const SHOTS = process.env.SHOTS_DIR ?? 'test/browser/__screens__';
const DAY = 86_400_000;

/**
 * Outreach in Chromium: /outreach draws its chart as a named image with the numbers beside it,
 * a profile shows its timeline, an evidence page its right of reply; each passes axe, reads on a
 * phone and loads nothing from elsewhere.
 */
describe('outreach pages in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let evidence: EvidenceView;

  async function writeTo(organizer: TestAccount, slug: string, publish: boolean): Promise<string> {
    const actor = actorFor(organizer);
    await t.app.get(ContactsService).create(actor, {
      company: slug,
      name: 'Press office',
      role: 'press',
      email: `press@${slug}.example`,
      escalationOrder: 1,
    });
    const letters = t.app.get(LettersService);
    const draft = await letters.compose(actor, { company: slug });
    const sent = await letters.send(actor, draft.id, { version: draft.version });
    if (publish) await letters.publish(actor, draft.id, { version: sent.version });
    return draft.id;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp();
    t.clock.set(new Date('2020-09-01T09:00:00Z'));
    await seedRecord(t);
    // As the API process does at start: letters are queued for the worker, which these tests do not run.
    await t.app.get(JobRunner).prepareQueues();
    const organizer = await createAccount(t, 'organizer');
    const researcher = await createAccount(t, 'researcher');
    const reviewer = await createAccount(t, 'reviewer');
    evidence = await publishEvidence(
      t,
      researcher,
      reviewer,
      supermicroCase({
        title: 'Sandvine deep packet inspection for the National Traffic Exchange Center',
        category: 'censorship',
        endUser: 'national-traffic-exchange-center',
        chain: [{ company: 'sandvine', role: 'manufacturer' }],
      }),
    );
    const sandvine = await writeTo(organizer, 'sandvine', true);
    await writeTo(organizer, 'supermicro', false);
    await writeTo(organizer, 'synesis', false);
    await writeTo(organizer, 'a1-belarus', false);
    const responses = t.app.get(ResponsesService);
    const actor = actorFor(organizer);
    t.clock.advance(14 * DAY);
    await responses.record(actor, {
      company: 'sandvine',
      letter: sandvine,
      channel: 'public_statement',
      respondedOn: '2020-09-15',
      text: 'Sandvine has ended its agreement with its Belarusian partner, effective immediately.',
      url: 'https://www.sandvine.example/statement',
      classification: 'exited',
      evidence: [evidence.id],
    });
    await responses.record(actor, {
      company: 'synesis',
      channel: 'press',
      respondedOn: '2020-09-10',
      text: 'Our systems were not used against protesters.',
      classification: 'denied',
    });
    t.clock.advance(15 * DAY);
    await t.app.get(OutreachSweepService).sweep();
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = (path: string, options: { javaScriptEnabled?: boolean; phone?: boolean } = {}) =>
    openPage(browser, origin, path, options);

  it('draws the chart as one named image, followed by the same numbers in a table', async () => {
    const { page, outside } = await open('/outreach');
    const chart = page.getByRole('img', {
      name: /^Companies by their latest answer or silence: exited 1, .*denied 1, .*no response 2/,
    });
    await chart.waitFor({ state: 'visible' });
    expect((await chart.boundingBox())!.width).toBeGreaterThan(300);
    const table = page.getByRole('table', { name: /numbers of the chart/ });
    expect(await table.getByRole('row', { name: /^no response 2 50%$/ }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/outreach-desktop.png`, fullPage: true });
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('shows a profile’s timeline as an ordered list of dated entries', async () => {
    const { page } = await open('/companies/sandvine');
    const list = page.getByRole('list', { name: 'Outreach to Sandvine, oldest first' });
    const items = await list.getByRole('listitem').allInnerTexts();
    expect(items[0]).toMatch(/^1 September 2020\s+LETTER/);
    expect(items.at(-1)).toMatch(/15 September 2020\s+ANSWER\s+exited/);
    await page.locator('section.company-outreach').screenshot({ path: `${SHOTS}/sandvine-outreach.png` });
    await page.screenshot({ path: `${SHOTS}/sandvine-desktop.png`, fullPage: true });
    await page.context().close();
  });

  it('reads on a phone: nothing scrolls sideways', async () => {
    for (const [path, name] of [
      ['/outreach', 'outreach-phone'],
      ['/companies/supermicro', 'supermicro-outreach-phone'],
      [`/evidence/${evidence.id}`, 'evidence-reply-phone'],
    ]) {
      const { page } = await open(path, { phone: true });
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
      await page.context().close();
    }
  });

  it.each([
    ['/outreach', () => '/outreach'],
    ['a profile with an answer', () => '/companies/sandvine'],
    ['a profile with silence', () => '/companies/supermicro'],
    ['an evidence page with a reply', () => `/evidence/${evidence.id}`],
  ])('%s passes axe with no serious or critical violations and loads nothing from elsewhere', async (name, path) => {
    const { page, outside } = await open(path(), { javaScriptEnabled: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    if (name === 'an evidence page with a reply')
      await page.screenshot({ path: `${SHOTS}/evidence-reply-desktop.png`, fullPage: true });
    await page.context().close();
  });
});
