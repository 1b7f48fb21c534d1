// The configurator, end to end, for each widget: fill the options, copy the snippet through the
// clipboard, paste it into an empty page and check that the configured widget appears. The CDN
// URL in the snippet is answered with the built drop-in file, so the browser really checks the
// `integrity` hash (and a wrong hash must block the script).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, serveStatic, startServer, widgetsRendered } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DROP_IN = join(root, 'dist', 'intake-widgets.js');
const VERSION = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const CDN_URL = `https://cdn.jsdelivr.net/npm/intake-widgets@${VERSION}/dist/intake-widgets.js`;

/** A name with every character that needs escaping in an attribute. */
const NAME = 'Smith & Sons "Recovery" <Seattle>';

let dropIn;
let integrity;
/** Serves the configurator: the built docs site when it is there and current, else demo/. */
let site;
/** The "customer's site" the snippet is pasted into, with the reference receiver at /api/intake. */
let customer;
let browser;

/**
 * The built docs site (dist-docs/) if it holds the configurator, was built after its sources
 * changed and carries this very drop-in file; otherwise null, and the demo server serves the
 * page from demo/docs/ (the configurator is plain JavaScript, so it needs no build).
 */
function builtDocs() {
  const dir = join(root, 'dist-docs');
  const page = join(dir, 'docs', 'configurator.html');
  const copy = join(dir, 'intake-widgets.js');
  if (!existsSync(page) || !existsSync(copy) || !readFileSync(copy).equals(dropIn)) return null;
  const sources = ['configurator.html', 'configurator.js', 'snippet.js'].map((file) =>
    statSync(join(root, 'demo', 'docs', file)),
  );
  return sources.every((source) => statSync(page).mtimeMs >= source.mtimeMs) ? dir : null;
}

before(async () => {
  assert.ok(existsSync(DROP_IN), 'dist/intake-widgets.js is missing: run `npm run build` first');
  dropIn = readFileSync(DROP_IN);
  integrity = `sha384-${createHash('sha384').update(dropIn).digest('base64')}`;
  const docs = builtDocs();
  site = docs ? await serveStatic(docs) : await startServer({ receiver: false });
  customer = await startServer({ dbPath: ':memory:' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await customer?.close();
});

/** Opens the configurator with clipboard access, waiting until it can make a snippet. */
async function openConfigurator(widget) {
  const opened = await openPage(browser, `${site.url}/docs/configurator.html`, {
    viewport: { width: 1280, height: 900 },
  });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  const { page } = opened;
  await page.locator('#copy:not([disabled])').waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${widget}`, 'i') }).check();
  return opened;
}

/** Clicks Copy, waits for the spoken "Copied" and returns what the clipboard holds. */
async function copySnippet(page) {
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Copied/ })
    .waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#snippet').textContent(), 'the clipboard holds the snippet shown');
  return copied;
}

/** What every copied snippet must carry: the pinned release and the real hash of its file. */
function assertScriptTag(snippet) {
  assert.ok(snippet.includes(`src="${CDN_URL}"`), `pinned to ${VERSION}:\n${snippet}`);
  assert.ok(snippet.includes(`integrity="${integrity}"`), `the file's SHA-384:\n${snippet}`);
  assert.ok(snippet.includes('crossorigin="anonymous"'), 'a CORS request, so the hash is checked');
}

/**
 * A fresh page on the customer's site with nothing but the snippet, and the CDN answered with
 * `body` (the built file by default) as jsDelivr answers: JavaScript, readable by any origin.
 */
async function pasteIntoEmptyPage(snippet, body = dropIn) {
  const opened = await openPage(browser, 'about:blank', { viewport: { width: 390, height: 844 } });
  const { page, context } = opened;
  const cdnRequests = [];
  await context.route('https://cdn.jsdelivr.net/**', (route) => {
    cdnRequests.push(route.request().url());
    return route.fulfill({
      status: 200,
      body,
      headers: {
        'Content-Type': 'application/javascript; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      },
    });
  });
  await context.route(`${customer.url}/empty.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Empty</title>' }),
  );
  await page.goto(`${customer.url}/empty.html`);
  await page.setContent(
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Our center</title>\n</head>\n<body>\n<main>\n${snippet}</main>\n</body>\n</html>\n`,
  );
  return { ...opened, cdnRequests };
}

/** Nothing went wrong on the pasted page: no errors, no widget warnings, no third-party requests. */
function assertCleanPage(record, cdnRequests) {
  assert.deepEqual(record.errors, [], 'no page errors');
  const problems = record.console.filter((m) => m.type === 'error' || /intake-widgets/.test(m.text));
  assert.deepEqual(problems, [], 'no console errors or widget warnings');
  assert.deepEqual(cdnRequests, [CDN_URL], 'the script came from the pinned CDN URL, once');
  const foreign = record.requests.filter(
    (r) => !r.url.startsWith(`${customer.url}/`) && r.url !== CDN_URL && r.url !== 'about:blank',
  );
  assert.deepEqual(foreign, [], 'no other request leaves the site');
}

/** A computed style of the element `locator` finds. */
const style = (locator, property) => locator.evaluate((el, name) => getComputedStyle(el)[name], property);

/** Waits until `condition()` holds, for at most `ms`. */
async function until(condition, ms, what) {
  const end = Date.now() + ms;
  while (!condition()) {
    assert.ok(Date.now() < end, `timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('configurator: the copied snippet, pasted into an empty page, renders the configured widget', () => {
  it('contact card: name with & and quotes, phone, texts, hours in a typed time zone, Spanish, colours', async () => {
    const { page, context, record } = await openConfigurator('Contact card');
    await page.getByLabel('Facility name').fill(NAME);
    await page.getByLabel('Admissions phone').fill('206.555.0100');
    await page.getByLabel('Offer “Text us”').check();
    await page.getByLabel('Admissions email').fill('admissions@example.org');
    await page.getByLabel('Admissions hours').fill('Mo-Fr 08:00-20:00; Sa 09:00-17:00');
    await page.getByLabel('Time zone', { exact: true }).selectOption('other');
    await page.getByLabel('Time zone name').fill('America/Denver');
    await page.getByLabel('Always show the 988 / 911 crisis line').check();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await page.getByLabel('Accent colour (buttons and links)').fill('#7a3e9d');
    await page.getByLabel('Corner radius').fill('4px');
    await page.getByLabel('Font', { exact: true }).fill('Georgia, serif');

    // The live preview follows the options.
    const preview = page.locator('#preview intake-contact-card');
    await preview.locator('.name').filter({ hasText: NAME }).waitFor();
    assert.equal(await preview.locator('[part="call"]').getAttribute('href'), 'tel:+12065550100');
    assert.equal(await style(preview.locator('[part="call"]'), 'backgroundColor'), 'rgb(122, 62, 157)');
    assert.equal(await page.locator('#left-out').textContent(), '', 'nothing left out');

    const snippet = await copySnippet(page);
    assertScriptTag(snippet);
    assert.ok(snippet.includes(`name='Smith &amp; Sons "Recovery" &lt;Seattle&gt;'`), snippet);
    assert.deepEqual(record.errors, []);
    await context.close();

    const pasted = await pasteIntoEmptyPage(snippet);
    await widgetsRendered(pasted.page, 'intake-contact-card');
    const card = pasted.page.locator('intake-contact-card');
    assert.equal(await card.getAttribute('name'), NAME);
    await card.getByRole('heading', { name: 'Hable con un especialista de admisiones' }).waitFor();
    assert.equal(await card.locator('.name').textContent(), NAME);
    const call = card.getByRole('link', { name: 'Llamar al (206) 555-0100' });
    assert.equal(await call.getAttribute('href'), 'tel:+12065550100');
    assert.equal(
      await card.getByRole('link', { name: 'Enviar un mensaje de texto', exact: true }).getAttribute('href'),
      'sms:+12065550100',
    );
    assert.equal(
      await card.getByRole('link', { name: 'Enviar un correo' }).getAttribute('href'),
      'mailto:admissions@example.org',
    );
    assert.match(
      await card.locator('[part="status"]').textContent(),
      /^(Abierto ahora · hasta|Cerrado · abre) .+ MT$/,
    );
    assert.equal(await style(call, 'backgroundColor'), 'rgb(122, 62, 157)');
    assert.equal(await style(card.locator('[part="card"]'), 'borderTopLeftRadius'), '4px');
    assert.equal(await style(card, 'fontFamily'), 'Georgia, serif');
    // Crisis line on at all times: during hours as its own line, after hours in the note.
    await card.getByRole('link', { name: 'Llamar al 988' }).first().waitFor();
    assertCleanPage(pasted.record, pasted.cdnRequests);
    await pasted.context.close();
  });

  it('care quiz: heading with & and quotes, phone and Spanish as site defaults, accent', async () => {
    const { page, context } = await openConfigurator('Care quiz');
    assert.equal(await page.getByLabel('Facility name').isVisible(), false, 'card-only fields are hidden');
    await page.getByLabel('Heading', { exact: true }).fill(NAME);
    await page.getByLabel('Admissions phone').fill('(206) 555-0100');
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await page.getByLabel('Set the phone, language and hours for every widget on the site').check();
    await page.getByLabel('Accent colour (buttons and links)').fill('rgb(31 78 95)');

    const preview = page.locator('#preview intake-care-quiz');
    await preview.getByRole('heading', { name: NAME }).waitFor();
    await preview.getByText('¿Para quién busca ayuda?').waitFor();

    const snippet = await copySnippet(page);
    assertScriptTag(snippet);
    assert.ok(snippet.includes('data-phone="(206) 555-0100"'), snippet);
    assert.ok(snippet.includes('data-lang="es"'), snippet);
    assert.ok(snippet.includes(`heading='Smith &amp; Sons "Recovery" &lt;Seattle&gt;'`), snippet);
    await context.close();

    const pasted = await pasteIntoEmptyPage(snippet);
    await widgetsRendered(pasted.page, 'intake-care-quiz');
    const quiz = pasted.page.locator('intake-care-quiz');
    await quiz.getByRole('heading', { name: NAME }).waitFor();
    assert.equal(await pasted.page.evaluate(() => window.IntakeWidgets.version), VERSION);
    const next = quiz.getByRole('button', { name: 'Siguiente', exact: true });
    assert.equal(await style(next, 'backgroundColor'), 'rgb(31, 78, 95)');
    // To the crisis screen, which offers the admissions number from the script tag.
    await quiz.getByRole('radio', { name: 'Para mí', exact: true }).check();
    await next.click();
    await quiz.getByRole('checkbox', { name: 'Nada de esto', exact: true }).check();
    await next.click();
    await quiz.getByRole('radio', { name: 'Más de la mitad de los días', exact: true }).check();
    await next.click();
    const call = quiz.locator('[part="crisis"]').getByRole('link', { name: /\(206\) 555-0100/ });
    assert.equal(await call.getAttribute('href'), 'tel:+12065550100');
    assertCleanPage(pasted.record, pasted.cdnRequests);
    await pasted.context.close();
  });

  it('insurance check: heading and carriers with & and quotes, endpoint, phone, Spanish, accent', async () => {
    const { page, context } = await openConfigurator('Insurance check');
    await page.getByLabel('Heading', { exact: true }).fill(NAME);
    await page.getByLabel('Admissions phone').fill('+1 206 555 0100');
    await page.getByLabel('Endpoint').fill('/api/intake');
    await page
      .getByLabel('Insurance plans you accept')
      .fill('Aetna\nPremera Blue Cross\nSmith & Sons "Health"');
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await page.getByLabel('Accent colour (buttons and links)').fill('darkgreen');

    const preview = page.locator('#preview intake-insurance-check');
    await preview.getByRole('heading', { name: NAME }).waitFor();

    const snippet = await copySnippet(page);
    assertScriptTag(snippet);
    assert.ok(snippet.includes('carriers=\'Aetna, Premera Blue Cross, Smith &amp; Sons "Health"\''), snippet);
    await context.close();

    const pasted = await pasteIntoEmptyPage(snippet);
    await widgetsRendered(pasted.page, 'intake-insurance-check');
    const check = pasted.page.locator('intake-insurance-check');
    await check.getByRole('heading', { name: NAME }).waitFor();
    await check.getByLabel('Nombre', { exact: true }).waitFor();
    const carriers = await check.locator('#carrier option').allTextContents();
    assert.deepEqual(carriers.slice(1), ['Aetna', 'Premera Blue Cross', 'Smith & Sons "Health"', 'Otra']);
    const submit = check.locator('[part="submit"]');
    assert.equal(await style(submit, 'backgroundColor'), 'rgb(0, 100, 0)');
    // The configured endpoint takes the form; the answer screen offers the configured number.
    await check.locator('input[name="who"][value="self"]').check();
    const typed = { firstName: 'Ana', lastName: 'Ruiz', dobMonth: '3', dobDay: '14', dobYear: '1990' };
    for (const [id, value] of Object.entries(typed)) await check.locator(`#${id}`).fill(value);
    await check.locator('#phone').fill('(206) 555-0147');
    await check.locator('#email').fill('ana@example.org');
    await check.locator('#bestTime').selectOption('evening');
    await check.locator('#carrier').selectOption('Smith & Sons "Health"');
    await check.locator('#memberId').fill('XY123456');
    await check.locator('input[name="holder"][value="yes"]').check();
    await check.locator('#consent').check();
    await submit.click();
    await check.locator('[part="result"]').waitFor({ timeout: 15000 });
    assert.equal(
      await check.locator('[part="result"] [part="call"]').getAttribute('href'),
      'tel:+12065550100',
    );
    assert.ok(
      pasted.record.requests.some((r) => r.url === `${customer.url}/api/intake` && r.method === 'POST'),
      'sent to the configured endpoint',
    );
    assertCleanPage(pasted.record, pasted.cdnRequests);
    await pasted.context.close();
  });

  it('a wrong integrity hash blocks the script: the check is real', async () => {
    const { page, context } = await openConfigurator('Contact card');
    await page.getByLabel('Facility name').fill(NAME);
    await page.getByLabel('Admissions phone').fill('206-555-0100');
    const snippet = await copySnippet(page);
    await context.close();
    assertScriptTag(snippet);

    const otherHash = `sha384-${createHash('sha384').update('another release').digest('base64')}`;
    const cases = [
      // The CDN serving a file one byte different from the release.
      ['a changed file', snippet, Buffer.concat([dropIn, Buffer.from('\n')])],
      // The snippet's hash not matching the file served.
      ['a changed hash', snippet.replace(integrity, otherHash), dropIn],
    ];
    for (const [what, html, body] of cases) {
      const pasted = await pasteIntoEmptyPage(html, body);
      const blocked = () => pasted.record.console.find((m) => /integrity/i.test(m.text));
      await until(blocked, 10000, `the browser's integrity error (${what})`);
      assert.match(blocked().text, /blocked/i, what);
      assert.deepEqual(pasted.cdnRequests, [CDN_URL], `the file was fetched (${what})`);
      const state = await pasted.page.evaluate(() => ({
        defined: customElements.get('intake-contact-card') !== undefined,
        global: 'IntakeWidgets' in window,
        shadow: document.querySelector('intake-contact-card')?.shadowRoot !== null,
      }));
      assert.deepEqual(state, { defined: false, global: false, shadow: false }, what);
      await pasted.context.close();
    }
  });
});
