import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { BatchesService, ContactsService, InboundService, LettersService } from '#libs/outreach';
import { launchBrowser, seriousViolations, watchThirdParty, type AxeFinding } from '../support/browser';
import { actorFor, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

const SHOTS = process.env.SHOTS_DIR ?? 'test/browser/__screens__';

/**
 * The outreach console in Chromium: every main page passes axe, loads nothing from elsewhere and
 * reads on a phone; a letter is sent from its page without JavaScript.
 */
describe('outreach console in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let organizer: TestAccount;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp();
    t.clock.set(new Date('2020-09-01T09:00:00Z'));
    await seedRecord(t);
    organizer = await createAccount(t, 'organizer');
    const researcher = await createAccount(t, 'researcher');
    const reviewer = await createAccount(t, 'reviewer');
    await publishEvidence(t, researcher, reviewer, supermicroCase());
    const actor = actorFor(organizer);
    const contacts = t.app.get(ContactsService);
    await contacts.create(actor, {
      company: 'supermicro',
      name: 'Press office',
      role: 'press',
      email: 'press@supermicro.example',
      source: 'https://www.supermicro.example/contact',
      escalationOrder: 1,
    });
    await contacts.create(actor, {
      company: 'supermicro',
      name: 'Legal department',
      role: 'legal',
      email: 'legal@supermicro.example',
      escalationOrder: 2,
    });
    const letters = t.app.get(LettersService);
    const sent = await letters.compose(actor, { company: 'supermicro' });
    await letters.send(actor, sent.id, { version: sent.version });
    ids.sent = sent.id;
    ids.draft = (await letters.compose(actor, { company: 'supermicro', kind: 'escalation' })).id;
    ids.batch = (
      await t.app
        .get(BatchesService)
        .create(actor, { title: 'Joint letter of the diaspora', companies: ['supermicro', 'seagate', 'intel'] })
    ).id;
    const raw = [
      'From: Someone <someone@example.com>',
      'To: info@leverage.test',
      'Subject: Question about your record',
      '',
      'Hello, which letter is this about?',
      '',
    ].join('\r\n');
    ids.held = (await t.app.get(InboundService).receive(Buffer.from(raw), { via: 'api' })).id;
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(
    options: { javaScriptEnabled?: boolean; phone?: boolean } = {},
  ): Promise<{ page: Page; outside: string[] }> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? false,
      viewport: options.phone ? { width: 375, height: 740 } : { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const outside = watchThirdParty(page, origin);
    await page.goto(`${origin}/login`);
    await page.getByLabel('Email address').fill(organizer.email);
    await page.getByLabel('Password').fill(organizer.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/console`);
    return { page, outside };
  }

  /**
   * Serious and critical axe findings. The letter's HTML version is the company's email, shown in
   * a sandboxed frame where no script runs (axe's included): the page around it is checked.
   */
  function violations(page: Page): Promise<AxeFinding[]> {
    return seriousViolations(page, { exclude: 'iframe.oc-html' });
  }

  const pages: [string, () => string][] = [
    ['dashboard', () => '/console/outreach'],
    ['company', () => '/console/outreach/companies/supermicro'],
    ['compose', () => '/console/outreach/letters/new?company=supermicro'],
    ['draft', () => `/console/outreach/letters/${ids.draft}`],
    ['sent', () => `/console/outreach/letters/${ids.sent}`],
    ['preview', () => `/console/outreach/letters/${ids.draft}/preview`],
    ['batch', () => `/console/outreach/batches/${ids.batch}`],
    ['batch-new', () => '/console/outreach/batches/new'],
    ['inbound', () => '/console/outreach/inbound?tab=held'],
    ['inbound-item', () => `/console/outreach/inbound/${ids.held}`],
    ['response', () => '/console/outreach/responses/new?company=supermicro'],
    ['contact', () => '/console/outreach/companies/supermicro/contacts/new'],
  ];

  it.each(pages)('the %s page passes axe, loads nothing from elsewhere and reads on a phone', async (name, path) => {
    const { page, outside } = await signedIn({ javaScriptEnabled: true });
    await page.goto(`${origin}${path()}`);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/console-outreach-${name}.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect({ name, overflow }).toEqual({ name, overflow: 0 });
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('sends a draft from its page without JavaScript, and shows it frozen', async () => {
    const { page } = await signedIn();
    await page.goto(`${origin}/console/outreach/letters/${ids.draft}`);
    await page.getByRole('checkbox', { name: /Legal department/ }).check();
    await page.getByRole('checkbox', { name: /Press office/ }).uncheck();
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('status').filter({ hasText: 'The draft was saved.' }).waitFor();
    await page.getByRole('button', { name: 'Send to 1 recipient' }).click();
    await page.getByRole('status').filter({ hasText: 'queued for sending' }).waitFor();
    expect(await page.getByRole('row', { name: /legal@supermicro\.example/ }).count()).toBe(1);
    expect(await page.locator('textarea[name=body]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/console-outreach-sent-after.png`, fullPage: true });
    await page.context().close();
  });
});
