/**
 * Shared set-up for the e2e suite: the demo server (built drop-in file + receiver) and the
 * system Chromium driven by playwright-core (test browsers cannot be downloaded here).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CONTENT_TYPES, startDemoServer } from '../../scripts/serve.mjs';

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
 * A plain static file server for `dir` on 127.0.0.1 (a free port), as any static host would serve
 * a built site: a folder serves its index.html, nothing outside `dir` is reachable.
 */
export async function serveStatic(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let file = resolve(root, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)}`);
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end('Not found');
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
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
