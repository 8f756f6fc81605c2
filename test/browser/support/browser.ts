// One headless Chromium for a test file (Debian's, through playwright-core's executablePath), and
// a watch on every page for console errors and uncaught exceptions: a page that logs one fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where the browser tests save their screenshots (git-ignored). */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium; playwright gives it a fresh temporary profile (user-data dir). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath, args: ARGS, timeout: 60_000 });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors since the last `takeProblems()`. */
  takeProblems(): string[];
}

/**
 * A page in a fresh context (its own cookies), watched for problems. Before sign-in the app asks
 * `GET /api/session` and the server answers 401 by contract: Chromium logs that response as a
 * console error, so exactly that one is expected and ignored.
 */
export async function watchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  let problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    const expected401 =
      /status of 401/.test(message.text()) && new URL(url, 'http://x').pathname === '/api/session';
    if (!expected401) problems.push(`console error: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    takeProblems: () => {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
