import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { JobRunner, SYSTEM_ACTOR } from '#libs/core';
import { CampaignsDemoSeedService, TallyService } from '#libs/campaigns';
import { launchBrowser, openPage, seriousViolations, watchThirdParty } from '../support/browser';
import { seedFoundingCase } from '../support/founding-case';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

const SHOTS = process.env.SHOTS_DIR ?? 'test/browser/__screens__';
const SLUG = 'supermicro-stop-supplying-the-kgb';

/**
 * The demo petition in Chromium with JavaScript off, as a supporter meets it: sign, confirm by the
 * button the email leads to, see the count move, then see and erase one's own data; the organizer's
 * dashboard. Every page passes axe and loads nothing from elsewhere.
 */
describe('petitions in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let organizer: TestAccount;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp();
    await t.app.get(JobRunner).prepareQueues();
    await seedFoundingCase(t);
    await t.app.get(CampaignsDemoSeedService).seedIfEmpty(SYSTEM_ACTOR);
    organizer = await createAccount(t, 'organizer');
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The link of a kind in the latest mail to an address (the worker is not running: the rows are read). */
  async function linkTo(address: string, path: string): Promise<string> {
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT text_body FROM mail_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [address]);
    const match = new RegExp(`http://leverage\\.test(${path}[^\\s]+)`).exec(row.text_body as string);
    if (!match) throw new Error(`no ${path} link in the mail to ${address}`);
    return match[1];
  }

  async function expectClean(page: Page, name: string, outside: string[]): Promise<void> {
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
  }

  it('signs the demo petition without JavaScript, confirms by the button, and sees the count move', async () => {
    const { page, outside } = await openPage(browser, origin, '/campaigns');
    await expectClean(page, 'campaigns-list', outside);
    await page.getByRole('link', { name: /Supermicro: stop your servers/ }).click();
    expect(page.url()).toBe(`${origin}/campaigns/${SLUG}`);
    expect(await page.getByRole('note').first().innerText()).toContain('Demo campaign');
    expect(await page.locator('.campaign-total strong').innerText()).toBe('12');
    await expectClean(page, 'campaign-desktop', outside);

    await page.getByLabel('Your name').fill('Ales Test');
    await page.getByLabel('Email address').fill('ales@mail.example.by');
    await page.getByRole('combobox', { name: /Country/ }).selectOption('BY');
    await page.getByLabel('Show my first name and country among recent signers').check();
    await page.getByRole('button', { name: 'Sign the petition' }).click();
    expect(page.url()).toBe(`${origin}/campaigns/${SLUG}/signed`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Almost done: check your email');
    await expectClean(page, 'campaign-signed', outside);

    await page.goto(`${origin}${await linkTo('ales@mail.example.by', '/signatures/confirm/')}`);
    await expectClean(page, 'signature-confirm', outside);
    await page.getByRole('button', { name: 'Confirm my signature' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thank you: your signature is confirmed');

    await t.app.get(TallyService).tally();
    await page.goto(`${origin}/campaigns/${SLUG}`);
    expect(await page.locator('.campaign-total strong').innerText()).toBe('13');
    expect(await page.locator('.signers').innerText()).toContain('Ales, Belarus');
    expect(await page.locator('.signers').innerText()).not.toContain('Test');
    await page.context().close();
  });

  it('reads well on a phone', async () => {
    // (JavaScript on only to measure the page: it carries no script of its own.)
    const { page, outside } = await openPage(browser, origin, `/campaigns/${SLUG}`, {
      phone: true,
      javaScriptEnabled: true,
    });
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    await expectClean(page, 'campaign-phone', outside);
    await page.context().close();
  });

  it('shows a supporter what is held about them, and erases it', async () => {
    const { page, outside } = await openPage(browser, origin, await linkTo('ales@mail.example.by', '/supporters/me/'));
    expect(await page.locator('.own-signature').innerText()).toContain('ales@mail.example.by');
    await expectClean(page, 'supporter-me', outside);
    await page.getByRole('button', { name: 'Erase my data' }).click();
    expect(await page.getByRole('status').innerText()).toContain('hold nothing that says who you are');
    expect(await page.locator('.own-signature').innerText()).not.toContain('ales@mail.example.by');
    await page.context().close();
  });

  it('gives the organizer the dashboard and the form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const outside = watchThirdParty(page, origin);
    await page.goto(`${origin}/login`);
    await page.getByLabel('Email address').fill(organizer.email);
    await page.getByLabel('Password').fill(organizer.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/console`);
    await page.goto(`${origin}/console/campaigns`);
    await page.getByRole('link', { name: /Supermicro: stop your servers/ }).click();
    expect(await page.getByRole('img', { name: /Signatures made and confirmed per day/ }).count()).toBe(1);
    await expectClean(page, 'console-campaign', outside);
    await page.goto(`${origin}/console/campaigns/new`);
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('This field is required');
    await expectClean(page, 'console-campaign-form', outside);
    await context.close();
  });
});
