// Ordinary host pages found on treatment centers' sites, on the built drop-in file.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, startServer, widgetsRendered } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ dbPath: ':memory:' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `html` at a same-origin address of the demo server (which serves the drop-in and /api/intake). */
async function hostPage(html, contextOptions = {}, headers = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const console_ = [];
  page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
  const url = `${server.url}/__host-page.html`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers, body: html }),
  );
  await page.goto(url);
  return { page, context, console: console_ };
}

const head = (extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${extra}<script src="/intake-widgets.js" data-phone="+1-206-555-0100" data-endpoint="/api/intake" defer></script></head>`;

/** The focused element, through shadow roots, as "host > inner#id". */
const focused = (page) =>
  page.evaluate(() => {
    const chain = [];
    for (let a = document.activeElement; a; a = a.shadowRoot?.activeElement)
      chain.push(a.localName + (a.id ? `#${a.id}` : ''));
    return chain.join(' > ');
  });

describe('a page with copy protection (as a common WordPress plugin does it)', () => {
  // The plugin's rules: mousedown, selectstart, the context menu and Ctrl+A/C/V/X are cancelled
  // unless event.target is an INPUT, TEXTAREA or SELECT. Seen from the page, an event from a field
  // in a shadow root has the widget's host element as its target.
  const WPCP = `<script>
    const field = (e) => /^(INPUT|TEXTAREA|SELECT|OPTION)$/.test(e.target.tagName);
    document.onmousedown = (e) => field(e);
    document.onselectstart = (e) => field(e);
    document.oncontextmenu = () => false;
    document.onkeydown = (e) => !(e.ctrlKey && /^[acvx]$/i.test(e.key)) || field(e);
  </script><style>html { user-select: none; }</style>`;

  it('a tap on an insurance field focuses it, so the visitor can type', async () => {
    const { page, context } = await hostPage(
      `${head(WPCP)}<body><intake-insurance-check min-fill-ms="0"></intake-insurance-check></body></html>`,
      { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true },
    );
    await widgetsRendered(page, 'intake-insurance-check');
    const field = page.locator('intake-insurance-check #firstName');
    const box = await field.boundingBox();
    await page.touchscreen.tap(box.x + 10, box.y + box.height / 2);
    await page.keyboard.type('Marisl');
    assert.equal(await focused(page), 'intake-insurance-check > input#firstName');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Marisol');
    assert.equal(await field.inputValue(), 'Marisol');
    await context.close();
  });
});

describe('card photo under a strict Content-Security-Policy', () => {
  it('tells the visitor the photo was added when the page does not allow it shown (img-src without data:)', async () => {
    const {
      page,
      context,
      console: messages,
    } = await hostPage(
      `${head()}<body><intake-insurance-check card-upload min-fill-ms="0"></intake-insurance-check></body></html>`,
      { viewport: { width: 390, height: 800 } },
      { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
    );
    await widgetsRendered(page, 'intake-insurance-check');
    // A 1x1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC',
      'base64',
    );
    await page
      .locator('intake-insurance-check input[type=file]')
      .first()
      .setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: png });
    // The page's img-src leaves out data:, so the preview could only be a broken image.
    const preview = page.locator('intake-insurance-check [part=preview]').first();
    await preview.waitFor();
    assert.equal(await preview.evaluate((node) => node.localName), 'p', messages.join(' | ').slice(0, 300));
    assert.equal(await preview.textContent(), 'Front of the card: photo added.');
    await context.close();
  });
});

describe('a sticky site header (README: html { scroll-padding-top })', () => {
  it("a new question's 911/988 notice is not left under the header", async () => {
    const { page, context } = await hostPage(
      `${head('<style>html{scroll-padding-top:80px} body{margin:0} header{position:sticky;top:0;height:72px;background:#333;z-index:10} .filler{height:900px}</style>')}<body><header></header><p class="filler"></p><intake-care-quiz></intake-care-quiz><p class="filler"></p></body></html>`,
      { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true },
    );
    await widgetsRendered(page, 'intake-care-quiz');
    const quiz = page.locator('intake-care-quiz');
    await quiz.getByRole('radio', { name: 'Myself' }).check();
    await quiz.getByRole('button', { name: 'Next' }).click();
    await quiz.getByRole('checkbox', { name: 'None of these' }).check();
    // The visitor has scrolled the quiz's top just under the header, and presses Next.
    await page.evaluate(() =>
      scrollBy(0, document.querySelector('intake-care-quiz').getBoundingClientRect().top - 10),
    );
    await quiz.getByRole('button', { name: 'Next' }).evaluate((button) => button.click());
    await page.waitForTimeout(500);
    const noticeTop = await quiz.locator('[part=notice]').evaluate((n) => n.getBoundingClientRect().top);
    assert.ok(noticeTop >= 72, `the crisis notice starts at ${noticeTop}px, under the 72px header`);
    await context.close();
  });
});

describe('the script in <head> without defer (as header-script plugins paste it)', () => {
  const page = (body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/intake-widgets.js"></script></head><body>${body}</body></html>`;
  const noPhone = (messages) => messages.filter((m) => m.includes('has no phone number'));

  it('says nothing of a missing number for a card whose tel: link the parser reaches after upgrading it', async () => {
    const {
      page: tab,
      context,
      console: messages,
    } = await hostPage(
      page(`<intake-contact-card><a href="tel:+12065550100">(206) 555-0100</a></intake-contact-card>`),
    );
    await widgetsRendered(tab, 'intake-contact-card');
    assert.equal(
      await tab.locator('intake-contact-card [part=call]').getAttribute('href'),
      'tel:+12065550100',
    );
    assert.deepEqual(noPhone(messages), []);
    await context.close();
  });

  it('still says so, once the page is parsed, for a card with no number at all', async () => {
    const {
      page: tab,
      context,
      console: messages,
    } = await hostPage(page('<intake-contact-card></intake-contact-card>'));
    await widgetsRendered(tab, 'intake-contact-card');
    await tab.waitForFunction(() => document.readyState === 'complete');
    assert.equal(noPhone(messages).length, 1, messages.join(' | '));
    await context.close();
  });
});
