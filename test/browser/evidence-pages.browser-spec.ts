import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { EvidenceWorkflowService, type EvidenceView } from '#libs/evidence';
import { launchBrowser, openPage, seriousViolations } from '../support/browser';
import { actorFor, correctEvidence, publishEvidence, seedRecord, vmwareCase } from '../support/evidence-factory';
import { createAccount, createTestApp, type TestApp } from '../support/test-app';

const SHOTS = process.env.SHOTS_DIR ?? 'test/browser/__screens__';

/**
 * The evidence pages in Chromium, as a reader on a desktop and on a phone sees them: the chain is
 * drawn and said in words, every page passes axe and loads nothing from elsewhere, and a retracted
 * item reads as retracted.
 */
describe('evidence pages in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let supermicro: EvidenceView;
  let retracted: EvidenceView;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp();
    await seedRecord(t);
    const researcher = await createAccount(t, 'researcher');
    const reviewer = await createAccount(t, 'reviewer');
    supermicro = await publishEvidence(t, researcher, reviewer);
    const workflow = t.app.get(EvidenceWorkflowService);
    t.clock.advance(60_000);
    const corrected = await correctEvidence(t, researcher, reviewer, supermicro.id, {
      version: supermicro.version,
      reason: 'The tender was worth less than first reported.',
      changes: { value: 8_000_000 },
    });
    t.clock.advance(60_000);
    await workflow.dispute(actorFor(reviewer), supermicro.id, {
      version: corrected.version,
      reason: 'MAP INFO denies having sold to the KGB.',
    });
    const vmware = await publishEvidence(t, researcher, reviewer, vmwareCase());
    t.clock.advance(60_000);
    retracted = await workflow.retract(actorFor(reviewer), vmware.id, {
      version: vmware.version,
      reason: 'The only source was withdrawn by its publisher.',
    });
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = (path: string, options: { javaScriptEnabled?: boolean; phone?: boolean } = {}) =>
    openPage(browser, origin, path, options);

  it('draws the chain as an image with a name, says it in words, and its boxes lead to the companies', async () => {
    const { page, outside } = await open(`/evidence/${supermicro.id}`);
    const drawing = page.getByRole('img', {
      name: /^Chain of supply: Supermicro \(manufacturer\) → MAP INFO \(reseller\) → State Security Committee/,
    });
    await drawing.waitFor({ state: 'visible' });
    const box = await drawing.boundingBox();
    expect(box!.width).toBeGreaterThan(250);
    const words = page.locator('figcaption ol.chain-steps');
    expect((await words.innerText()).replace(/\s+/g, ' ').trim()).toBe(
      'Supermicro (manufacturer) → MAP INFO (reseller) → State Security Committee of the Republic of Belarus (end user)',
    );
    await page.getByRole('heading', { name: /Disputed/ }).waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SHOTS}/evidence-desktop.png`, fullPage: true });

    // A click on the MAP INFO box of the drawing opens MAP INFO's profile.
    // (Playwright clicks the middle of the box, and refuses if something else would receive the click.)
    await page.locator('svg.chain-links a[href="/companies/map-info"]').click();
    await page.waitForURL(`${origin}/companies/map-info`);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('MAP INFO');
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('reads on a phone: the drawing fits the screen and nothing scrolls sideways', async () => {
    for (const [path, name] of [
      [`/evidence/${supermicro.id}`, 'evidence-phone'],
      ['/companies/supermicro', 'supermicro-phone'],
      ['/state-bodies/kgb', 'kgb-phone'],
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

  it('shows a retracted item struck through, under a banner with the reason', async () => {
    const { page } = await open(`/evidence/${retracted.id}`);
    await page.getByRole('heading', { name: /^Retracted on / }).waitFor({ state: 'visible' });
    await page.getByText('The only source was withdrawn by its publisher.').first().waitFor({ state: 'visible' });
    const decoration = await page.evaluate<string>(
      "getComputedStyle(document.querySelector('h1.evidence-title')).textDecorationLine",
    );
    expect(decoration).toBe('line-through');
    await page.screenshot({ path: `${SHOTS}/evidence-retracted.png`, fullPage: true });
    await page.context().close();
  });

  it('lists the item on Supermicro’s profile under its category and route, and the corrections newest first', async () => {
    const { page } = await open('/companies/supermicro');
    const section = page.locator('section.company-evidence');
    await section.getByRole('heading', { name: /Data infrastructure/ }).waitFor({ state: 'visible' });
    await section
      .getByRole('heading', { name: 'Through resellers and other intermediaries' })
      .waitFor({ state: 'visible' });
    await section.getByRole('link', { name: supermicro.title }).waitFor({ state: 'visible' });
    // The reading guide opens without JavaScript.
    await page.getByText('How to read this: confidence and status').click();
    await page.getByText('two or more independent sources agree.').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SHOTS}/supermicro-desktop.png`, fullPage: true });
    await page.goto(`${origin}/corrections`);
    const kinds = await page.locator('article.public-correction .correction-head .tag').allInnerTexts();
    expect(kinds).toEqual(['Retracted', 'Disputed', 'Correction']);
    await page.screenshot({ path: `${SHOTS}/corrections-desktop.png`, fullPage: true });
    await page.context().close();
  });

  it.each([
    ['the evidence page', () => `/evidence/${supermicro.id}`],
    ['a retracted item', () => `/evidence/${retracted.id}`],
    ['Supermicro', () => '/companies/supermicro'],
    ['Broadcom', () => '/companies/broadcom'],
    ['the KGB', () => '/state-bodies/kgb'],
    ['the corrections', () => '/corrections'],
  ])('%s passes axe with no serious or critical violations and loads nothing from elsewhere', async (_name, path) => {
    const { page, outside } = await open(path(), { javaScriptEnabled: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
