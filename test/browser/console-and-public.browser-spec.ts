import type { Browser, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '#libs/core';
import { DemoSeedService } from '#libs/companies';
import { launchBrowser, seriousViolations, watchThirdParty } from '../support/browser';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

/**
 * The real browser, with JavaScript off as a supporter in danger might have it: a researcher
 * logs in, records a company in the console, and finds it on the public pages; every public page
 * passes axe without serious or critical violations and loads nothing from elsewhere.
 */
describe('console and public pages in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let researcher: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seed(SYSTEM_ACTOR);
    researcher = await createAccount(t, 'researcher');
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** JavaScript off as a careful supporter may have it; on only where axe itself must run. */
  async function newPage(javaScriptEnabled = false): Promise<{ page: Page; outside: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    return { page, outside: watchThirdParty(page, origin) };
  }

  it('lets a researcher record a company without JavaScript, and the public finds it', async () => {
    const { page, outside } = await newPage();
    await page.goto(`${origin}/console/companies/new`);
    expect(page.url()).toContain('/login?next=');
    await page.getByLabel('Email address').fill(researcher.email);
    await page.getByLabel('Password').fill(researcher.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/console/companies/new`);

    // A mistake first: the form comes back with the message beside the field and the values kept.
    await page.getByLabel('Name', { exact: false }).first().fill('Beltelecom Test Supplier');
    await page.getByLabel('Country').fill('Belarus');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#error-country').waitFor({ state: 'visible' });
    expect(await page.getByLabel('Name', { exact: false }).first().inputValue()).toBe('Beltelecom Test Supplier');

    await page.getByLabel('Country').fill('BY');
    await page.getByLabel('Kind').selectOption('reseller');
    await page.getByLabel('Also known as').fill('BTS\nБелтелеком Сапплай');
    await page.getByLabel('Description').fill('A reseller recorded in a browser test.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.screenshot({ path: 'test/browser/__screens__/console-saved.png', fullPage: true });

    const publicPage = (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const visitor = await publicPage;
    await visitor.goto(`${origin}/companies?q=${encodeURIComponent('белтелеком')}`);
    await visitor.getByRole('link', { name: 'Beltelecom Test Supplier' }).click();
    expect((await visitor.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Beltelecom Test Supplier');
    await visitor.screenshot({ path: 'test/browser/__screens__/public-profile.png', fullPage: true });
    expect(outside).toEqual([]);
  });

  const PUBLIC_PAGES = [
    '/',
    '/companies',
    '/companies?q=vmware',
    '/companies/supermicro',
    '/companies/vmware',
    '/companies/broadcom',
    '/state-bodies/kgb',
    '/login',
    '/no-such-page',
  ];

  it.each(PUBLIC_PAGES)(
    '%s passes axe with no serious or critical violations and loads nothing from elsewhere',
    async (path) => {
      const { page, outside } = await newPage(true);
      await page.goto(`${origin}${path}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
      await page.context().close();
    },
  );

  it('shows Supermicro with its source, and VMware within its group', async () => {
    const { page } = await newPage();
    await page.goto(`${origin}/companies/supermicro`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Supermicro/);
    await page
      .getByText(/Source/)
      .first()
      .waitFor({ state: 'visible' });
    await page.screenshot({ path: 'test/browser/__screens__/supermicro.png', fullPage: true });
    await page.goto(`${origin}/companies/vmware`);
    await page
      .getByRole('link', { name: /Broadcom/ })
      .first()
      .waitFor({ state: 'visible' });
    await page.context().close();
  });

  it('console pages pass axe too', async () => {
    const admin = await createAccount(t, 'admin');
    const { page } = await newPage(true);
    await page.goto(`${origin}/login`);
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    for (const path of [
      '/console',
      '/console/companies',
      '/console/companies/new',
      '/console/companies/supermicro/edit',
      '/console/state-bodies',
      '/console/users',
      '/console/users/new',
      '/console/tokens',
      '/console/account/password',
    ]) {
      await page.goto(`${origin}${path}`);
      const violations = await seriousViolations(page);
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
    await page.context().close();
  });
});
