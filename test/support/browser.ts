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

/** Serious and critical accessibility violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
}

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
  const outside = watchThirdParty(page, origin);
  await page.goto(`${origin}${path}`);
  return { page, outside };
}
