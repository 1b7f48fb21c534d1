/**
 * Shared set-up for the e2e suite: the demo server (built drop-in file + receiver) and the
 * system Chromium driven by playwright-core (test browsers cannot be downloaded here).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve.mjs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH}: run npm run setup`);
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
}

export async function startServer(options = {}) {
  return startDemoServer({ port: 0, ...options });
}

/**
 * Opens a page that records what a test must assert on: uncaught page errors, console
 * messages, and every request with its URL and body.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const record = { errors: [], console: [], requests: [] };
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('console', (message) => record.console.push({ type: message.type(), text: message.text() }));
  page.on('request', (request) =>
    record.requests.push({ url: request.url(), method: request.method(), body: request.postData() }),
  );
  await page.goto(url);
  return { page, context, record };
}

/** Waits until every widget on the page has rendered its shadow root. */
export async function widgetsRendered(page, selector = 'intake-contact-card') {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0),
    selector,
  );
}
