import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CorrectionProposalsService, EvidenceService, EvidenceWorkflowService } from '#libs/evidence';
import { launchBrowser, seriousViolations, watchThirdParty } from '../support/browser';
import { actorFor, correctEvidence, publishEvidence, seedRecord, supermicroCase } from '../support/evidence-factory';
import { createAccount, createTestApp, type TestAccount, type TestApp } from '../support/test-app';

const SHOTS = '/tmp/shots';

/**
 * The evidence console in Chromium. With JavaScript off, a researcher records the Supermicro case
 * through the numbered rows of the editor and submits it; with it on, axe checks every console
 * page of the ledger, and nothing is loaded from elsewhere.
 */
describe('evidence console in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let origin: string;
  let researcher: TestAccount;
  let reviewer: TestAccount;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await createTestApp();
    await seedRecord(t);
    researcher = await createAccount(t, 'researcher');
    reviewer = await createAccount(t, 'reviewer');
    origin = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(
    account: TestAccount,
    javaScriptEnabled: boolean,
  ): Promise<{ page: Page; outside: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const outside = watchThirdParty(page, origin);
    await page.goto(`${origin}/login`);
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${origin}/console`);
    return { page, outside };
  }

  it('records the Supermicro case without JavaScript, through numbered rows, and submits it', async () => {
    const { page, outside } = await signedIn(researcher, false);
    await page.getByRole('link', { name: 'Evidence', exact: true }).click();
    await page.getByRole('link', { name: 'New evidence' }).click();
    await page.waitForURL(`${origin}/console/evidence/new`);

    await page.locator('[name="title"]').fill('Supermicro servers for the KGB through MAP INFO');
    await page.getByLabel('Category').selectOption('data_infrastructure');
    await page.getByLabel('Confidence').selectOption('corroborated');
    await page
      .getByLabel('Summary')
      .fill('A tender of the KGB bought Supermicro servers\nthrough the Minsk reseller MAP INFO.');
    await page.locator('[name="chain.0.company"]').selectOption('supermicro');
    await page.locator('[name="chain.0.role"]').selectOption('manufacturer');
    await page.getByRole('button', { name: 'Add another company' }).click();

    // The same form again, one row longer, nothing saved, what was typed kept.
    await page.getByRole('group', { name: 'Company 2 in the chain' }).waitFor();
    expect(await page.locator('[name="chain.0.company"]').inputValue()).toBe('supermicro');
    await page.locator('[name="chain.1.company"]').selectOption('map-info');
    await page.locator('[name="chain.1.role"]').selectOption('reseller');
    await page.getByLabel('End user (state body)').selectOption('kgb');
    await page.getByLabel('Value').fill('100000.005');
    await page.getByLabel('Currency').fill('USD');
    await page.locator('[name="sources.0.url"]').fill('https://example.org/tenders/kgb-servers');
    await page.locator('[name="sources.0.publisher"]').fill('Example Tenders');
    await page.locator('[name="sources.0.kind"]').selectOption('procurement_record');
    await page.locator('[name="sources.0.excerpt"]').fill('Supermicro SuperServer, 12 pieces');
    await page.getByRole('button', { name: 'Save' }).first().click();

    // A mistake: the message stands beside the field, every row is still there.
    await page.locator('#error-value').waitFor({ state: 'visible' });
    expect(await page.locator('#error-value').textContent()).toBe('This amount has more decimals than USD has (2).');
    expect(await page.locator('[name="chain.1.company"]').inputValue()).toBe('map-info');
    expect(await page.getByLabel('Summary').inputValue()).toBe(
      'A tender of the KGB bought Supermicro servers\nthrough the Minsk reseller MAP INFO.',
    );
    await page.screenshot({ path: `${SHOTS}/evidence-editor-error.png`, fullPage: true });
    await page.getByLabel('Value').fill('100000.00');
    // Enter in a field saves (the first submit button is "Save"), as a keyboard user expects.
    await page.getByLabel('Currency').press('Enter');

    await page.waitForURL(/\/console\/evidence\/[0-9a-f-]{36}\?notice=created$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Supermicro servers for the KGB through MAP INFO',
    );
    await page.getByText('$100,000.00').waitFor();
    await page.getByRole('link', { name: 'Supermicro' }).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/evidence-item-draft.png`, fullPage: true });

    await page.getByLabel('Note for the reviewer').fill('Tender and press report agree.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/notice=submitted$/);
    await page.getByText('Submitted for review.').waitFor();
    // The author has no "Publish" button.
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/evidence-item-in-review-author.png`, fullPage: true });
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('every console page of the ledger passes axe and loads nothing from elsewhere', async () => {
    const evidence = t.app.get(EvidenceService);
    const workflow = t.app.get(EvidenceWorkflowService);
    const published = await publishEvidence(
      t,
      researcher,
      reviewer,
      supermicroCase({
        title: 'Published Supermicro item',
        sources: [
          {
            url: 'https://example.org/tenders/kgb-servers',
            kind: 'procurement_record',
            excerpt: 'Supermicro SuperServer',
          },
        ],
      }),
    );
    const corrected = await correctEvidence(t, researcher, reviewer, published.id, {
      version: published.version,
      reason: 'The award notice gives the amount.',
      changes: { value: 12_000_000 },
    });
    // One correction made, one waiting for a second reviewer, one rejected.
    const proposals = t.app.get(CorrectionProposalsService);
    const rejected = await proposals.propose(actorFor(researcher), published.id, {
      version: corrected.version,
      reason: 'A typo in the title.',
      changes: { title: 'Published Supermicro item (typo)' },
    });
    await proposals.reject(actorFor(reviewer), rejected.id, { comment: 'The title was right.' });
    await proposals.propose(actorFor(researcher), published.id, {
      version: corrected.version,
      reason: 'The tender names twelve servers, and the period starts in July.',
      changes: {
        periodStart: '2020-07-01',
        products: ['SuperServer rack servers (12)'],
        summary: 'A KGB tender bought twelve Supermicro rack servers through the Minsk reseller MAP INFO.',
      },
    });
    const draft = await evidence.create(
      actorFor(researcher),
      supermicroCase({ title: 'A draft', sources: [{ url: 'https://example.org/draft', kind: 'press_report' }] }),
    );
    const inReview = await evidence.create(
      actorFor(researcher),
      supermicroCase({
        title: 'Waiting for review',
        sources: [{ url: 'https://example.org/review', kind: 'press_report' }],
      }),
    );
    await workflow.submit(actorFor(researcher), inReview.id, { version: 1 });
    const admin = await createAccount(t, 'admin');

    const { page, outside } = await signedIn(admin, true);
    const paths = [
      ['list', '/console/evidence'],
      ['list-drafts', '/console/evidence?status=draft'],
      ['review-queue', '/console/evidence/review'],
      ['new', '/console/evidence/new'],
      ['item-draft', `/console/evidence/${draft.id}`],
      ['item-in-review', `/console/evidence/${inReview.id}`],
      ['item-published', `/console/evidence/${published.id}`],
      ['item-proposal', `/console/evidence/${published.id}#proposals-heading`],
      ['edit', `/console/evidence/${draft.id}/edit`],
      ['correct', `/console/evidence/${published.id}/correct`],
      ['delete', `/console/evidence/${draft.id}/delete`],
      ['edit-refused', `/console/evidence/${published.id}/edit`],
    ];
    for (const [name, path] of paths) {
      await page.goto(`${origin}${path}`);
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
      await page.screenshot({ path: `${SHOTS}/evidence-console-${name}.png`, fullPage: true });
    }
    // A rejection without its comment is refused beside its box; the page passes axe.
    await page.goto(`${origin}/console/evidence/${published.id}`);
    await page.getByRole('button', { name: 'Reject the correction' }).click();
    await page.locator('.ec-proposal .field-error').waitFor({ state: 'visible' });
    expect({ path: 'reject-refused', violations: await seriousViolations(page) }).toEqual({
      path: 'reject-refused',
      violations: [],
    });
    await page.screenshot({ path: `${SHOTS}/evidence-console-reject-refused.png`, fullPage: true });
    // A refused step shows its message beside the box it belongs to, and passes axe too.
    await page.goto(`${origin}/console/evidence/${published.id}`);
    await page.getByRole('button', { name: 'Mark as disputed' }).click();
    await page.locator('#dispute-reason-error').waitFor({ state: 'visible' });
    expect({ path: 'dispute-refused', violations: await seriousViolations(page) }).toEqual({
      path: 'dispute-refused',
      violations: [],
    });
    await page.screenshot({ path: `${SHOTS}/evidence-console-dispute-refused.png`, fullPage: true });
    expect(outside).toEqual([]);
    await page.context().close();

    // The proposer reads what they proposed, and that another reviewer must approve it; no decision to take.
    const proposer = await signedIn(researcher, true);
    await proposer.page.goto(`${origin}/console/evidence/${published.id}`);
    await proposer.page.getByText('You proposed this correction: another reviewer must approve it').waitFor();
    expect(await proposer.page.getByRole('button', { name: 'Approve and make the correction' }).count()).toBe(0);
    expect({ path: 'item-proposal-proposer', violations: await seriousViolations(proposer.page) }).toEqual({
      path: 'item-proposal-proposer',
      violations: [],
    });
    await proposer.page.screenshot({ path: `${SHOTS}/evidence-console-item-proposal-proposer.png`, fullPage: true });
    expect(proposer.outside).toEqual([]);
    await proposer.page.context().close();
  });
});
