import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Serious and critical accessibility violations on the page as it stands. Chromium (from 15x) no
 * longer lets axe run in a context with JavaScript off, so the page's HTML, exactly as it stands,
 * is served again at its own URL (its styles load from the server as before) in a context with
 * JavaScript on, and checked there. Our pages carry no scripts, so the copy renders the same.
 */
export async function seriousViolations(page: Page, options: { exclude?: string } = {}): Promise<AxeFinding[]> {
  if (scripted.has(page)) {
    const builder = new AxeBuilder({ page });
    if (options.exclude) builder.exclude(options.exclude);
    return findings(await builder.analyze());
  }
  const html = await page.content();
  const browser = page.context().browser();
  if (!browser) throw new Error('seriousViolations: the page has no browser');
  const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route('**/*', (route) =>
      route.request().isNavigationRequest() && route.request().frame() === copy.mainFrame()
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.continue(),
    );
    await copy.goto(page.url());
    const builder = new AxeBuilder({ page: copy });
    if (options.exclude) builder.exclude(options.exclude);
    return findings(await builder.analyze());
  } finally {
    await context.close();
  }
}

function findings(results: Awaited<ReturnType<AxeBuilder['analyze']>>): AxeFinding[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
}

/** Pages opened with JavaScript on: axe runs in them as they are. */
const scripted = new WeakSet<Page>();

/** Every request the page made that left this machine's test server. */
export function watchThirdParty(page: Page, origin: string): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) outside.push(url);
  });
  return outside;
}

/** A page in a fresh context (JavaScript off unless asked, desktop or phone size), watching for third-party requests. */
export async function openPage(
  browser: Browser,
  origin: string,
  path: string,
  options: { javaScriptEnabled?: boolean; phone?: boolean } = {},
): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? false,
    viewport: options.phone ? { width: 375, height: 740 } : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  if (options.javaScriptEnabled) scripted.add(page);
  const outside = watchThirdParty(page, origin);
  await page.goto(`${origin}${path}`);
  return { page, outside };
}
