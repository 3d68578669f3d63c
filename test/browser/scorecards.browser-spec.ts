import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { JobRunner } from '#libs/core';
import { launchBrowser, openPage, seriousViolations } from '../support/browser';
import { seedFoundingCase } from '../support/founding-case';
import { createAccount, createTestApp, type TestApp } from '../support/test-app';

const SHOTS = process.env.SHOTS_DIR ?? 'test/browser/__screens__';

/**
 * The scorecards in Chromium, without JavaScript: the league table sorts and filters by links,
 * a profile leads with its scorecard and its history drawn as a named image, the method reads as
 * a page; each passes axe, reads on a phone and loads nothing from elsewhere.
 */
describe('scorecards in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp();
    t.clock.set(new Date('2026-12-04T09:00:00Z'));
    await t.app.get(JobRunner).prepareQueues();
    await seedFoundingCase(t);
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = (path: string, options: { javaScriptEnabled?: boolean; phone?: boolean } = {}) =>
    openPage(browser, origin, path, options);

  it('sorts the league table by a column header and filters it with the form, without JavaScript', async () => {
    const { page, outside } = await open('/scorecards');
    const table = page.getByRole('table', { name: 'The league table' });
    expect((await table.getByRole('row').nth(1).innerText()).split('\t')[0]).toBe('Synesis');
    await table.getByRole('link', { name: 'Company', exact: true }).click();
    expect(page.url()).toContain('sort=name');
    expect((await table.getByRole('row').nth(1).innerText()).split('\t')[0]).toBe('A1 Belarus');
    await page.getByLabel('Grade').selectOption('unverified');
    await page.getByRole('button', { name: 'Filter' }).click();
    expect(page.url()).toContain('grade=unverified');
    expect(await page.getByRole('status').innerText()).toBe('8 companies');
    await page.goto(`${origin}/scorecards`);
    await page.screenshot({ path: `${SHOTS}/scorecards-desktop.png`, fullPage: true });
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('leads Supermicro’s profile with its grade, its lines and its history as one named image', async () => {
    const { page } = await open('/companies/supermicro');
    const grade = page.locator('.scorecard-grade');
    expect(await grade.innerText()).toMatch(/C$/);
    const lines = page.getByRole('table', { name: 'Each line of Supermicro’s score and its points' });
    expect(await lines.getByRole('row').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Supermicro servers for the KGB through the reseller MAP INFO[\s\S]*−11\.88$/),
      ]),
    );
    const chart = page.getByRole('img', { name: /^The scores of Supermicro over time: 4 December 2026: C, 82\.18\.$/ });
    await chart.waitFor({ state: 'visible' });
    await page.locator('section.scorecard').screenshot({ path: `${SHOTS}/supermicro-scorecard.png` });
    await page.screenshot({ path: `${SHOTS}/supermicro-desktop.png`, fullPage: true });
    await page.context().close();
  });

  it('reads on a phone: nothing scrolls sideways but the tables inside their frames', async () => {
    for (const [path, name] of [
      ['/scorecards', 'scorecards-phone'],
      ['/companies/supermicro', 'supermicro-scorecard-phone'],
      ['/methodology', 'methodology-phone'],
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
    ['the league table', '/scorecards'],
    ['the group view', '/scorecards?view=groups'],
    ['a graded profile', '/companies/supermicro'],
    ['an unverified allegation', '/companies/seagate'],
    ['the method', '/methodology'],
  ])('%s passes axe with no serious or critical violations and loads nothing from elsewhere', async (_name, path) => {
    const { page, outside } = await open(path, { javaScriptEnabled: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('passes axe in the console: the overview, a company’s snapshots and the methodology form', async () => {
    const admin = await createAccount(t, 'admin');
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${origin}/login`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    for (const path of ['/console/scorecards', '/console/scorecards/supermicro', '/console/scorecards/methodology']) {
      await page.goto(`${origin}${path}`);
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.goto(`${origin}/console/scorecards`);
    await page.screenshot({ path: `${SHOTS}/console-scorecards.png`, fullPage: true });
    await context.close();
  });
});
