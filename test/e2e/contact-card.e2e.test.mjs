// End-to-end checks of the contact card in the built drop-in file, in the system Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { completeQuiz, questionOnScreen } from './flows.mjs';
import { launchBrowser, openPage, startServer, widgetsRendered } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function onlyOwnOrigin(record, origin) {
  const foreign = record.requests.filter(
    (r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('data:'),
  );
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
}

describe('demo page', () => {
  it('renders the card and the call bar with no page errors and no foreign requests', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/`, {
      viewport: { width: 390, height: 800 },
    });
    await widgetsRendered(page);
    const card = page.locator('intake-contact-card').first();
    await assert.doesNotReject(
      card.getByRole('heading', { name: 'Talk to an admissions specialist' }).waitFor(),
    );
    const status = await card.locator('[part="status"]').textContent();
    assert.match(status, /^(Open now · until .+ PT|Closed · opens .+ PT)$/);
    // While admissions is closed the card and the bar dial the page's 24/7 line.
    const closed = status.startsWith('Closed');
    const [cardCall, barCall, href] = closed
      ? [/^Call our 24\/7 line: \(206\) 555-0199$/, /^Call 24\/7 \(206\) 555-0199$/, 'tel:+12065550199']
      : [/^Call \(206\) 555-0100$/, /^Call \(206\) 555-0100$/, 'tel:+12065550100'];
    assert.equal(await card.getByRole('link', { name: cardCall }).getAttribute('href'), href);
    const bar = page.locator('intake-contact-card[layout="bar"]');
    assert.equal(await bar.evaluate((el) => getComputedStyle(el).position), 'fixed');
    assert.equal(await bar.getByRole('link', { name: barCall }).getAttribute('href'), href);
    const jsonLd = await page.locator('script[type="application/ld+json"]').count();
    assert.equal(jsonLd, 1);
    assert.deepEqual(record.errors, []);
    onlyOwnOrigin(record, server.url);
    await context.close();
  });

  for (const [label, viewport, position, hostCss] of [
    ['on a phone', { width: 390, height: 844 }, 'fixed'],
    // A root of 62.5 % (10px) makes an em on the page's root smaller than the bar's own.
    [
      'on a phone, on a site with a 62.5 % root font size',
      { width: 375, height: 667 },
      'fixed',
      'html { font-size: 62.5% } body { font-size: 1.6rem }',
    ],
    // The visitor's text size at 200 %: fixed, the bar would cover much of the screen, so it is not.
    ['on a phone with text at 200 %', { width: 375, height: 667 }, 'static', 'html { font-size: 200% }'],
    // 200 % zoom: there the bar is not fixed, since it would cover a third of the screen or more.
    ['on the same phone zoomed to 200 %', { width: 195, height: 422 }, 'static'],
    ['on a small phone zoomed to 200 %', { width: 160, height: 284 }, 'static'],
  ]) {
    it(`${label}, never hides what has keyboard focus under the call bar (with the README host CSS)`, async () => {
      const { page, context } = await openPage(browser, `${server.url}/`, { viewport });
      if (hostCss) await page.addStyleTag({ content: hostCss });
      await widgetsRendered(page, 'intake-contact-card, intake-care-quiz, intake-insurance-check');
      const bar = page.locator('intake-contact-card[layout="bar"]');
      assert.equal(await bar.evaluate((el) => getComputedStyle(el).position), position);
      const covered = [];
      for (let i = 0; i < 70; i++) {
        await page.keyboard.press('Tab');
        const hidden = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const bar = document.querySelector('intake-contact-card[layout="bar"]');
          if (!el || el === document.body || el.getRootNode() === bar.shadowRoot) return null;
          const box = el.getBoundingClientRect();
          const barBox = bar.getBoundingClientRect();
          return box.bottom > barBox.top && box.top < barBox.bottom
            ? `${el.localName}#${el.id} "${el.textContent.trim()}"`
            : null;
        });
        if (hidden) covered.push(hidden);
      }
      assert.deepEqual(covered, []);
      // Its words whole, none cut to "Ad…".
      const cut = await bar.evaluate((el) =>
        [...el.shadowRoot.querySelectorAll('.bar-name, .status-head')]
          .filter((part) => part.scrollWidth > part.clientWidth + 1)
          .map((part) => part.textContent),
      );
      assert.deepEqual(cut, []);
      await context.close();
    });
  }

  it('follows a call-tracking swap made after render, in what it shows and dials', async () => {
    const { page, context } = await openPage(browser, `${server.url}/`);
    // A Wednesday at 10:00 in Seattle: admissions is open, so the bar dials the swapped number too.
    await page.clock.setFixedTime(new Date('2026-11-25T18:00:00Z'));
    await page.reload();
    await widgetsRendered(page);
    // What CallRail-style swap scripts do: rewrite matching numbers in light-DOM text and tel: links.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue.includes('(206) 555-0100'))
          node.nodeValue = node.nodeValue.replace('(206) 555-0100', '(206) 555-0142');
      }
      for (const a of document.querySelectorAll('a[href="tel:+12065550100"]')) a.href = 'tel:+12065550142';
    });
    const card = page.locator('intake-contact-card').first();
    const call = card.getByRole('link', { name: /Call \(206\) 555-0142/ });
    await call.waitFor();
    assert.equal(await call.getAttribute('href'), 'tel:+12065550142');
    const bar = page.locator('intake-contact-card[layout="bar"]');
    assert.equal(await bar.locator('[part="call"]').getAttribute('href'), 'tel:+12065550142');
    // The quiz's call button (data-phone, the cards' number too) follows the swap.
    const quiz = page.locator('intake-care-quiz');
    await completeQuiz(quiz, {});
    const admissions = quiz.getByRole('link', { name: /\(206\) 555-0142/ });
    assert.equal(await admissions.getAttribute('href'), 'tel:+12065550142');
    await context.close();
  });
});

describe('small screens', () => {
  for (const [label, viewport, lang] of [
    ['320 px wide', { width: 320, height: 640 }],
    ['200 % zoom of a 1280 px window', { width: 640, height: 400 }],
    ['a 320 px phone zoomed to 200 % (160 CSS px)', { width: 160, height: 400 }],
    ['the same phone in Spanish', { width: 160, height: 400 }, 'es'],
  ]) {
    it(`fits ${label} without horizontal scrolling`, async () => {
      const { page, context } = await openPage(browser, `${server.url}/`, { viewport });
      await widgetsRendered(page, 'intake-contact-card, intake-care-quiz, intake-insurance-check');
      if (lang) await page.evaluate((lang) => document.documentElement.setAttribute('lang', lang), lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
      // Every widget, and everything drawn inside it, within the screen's width: as loaded, and
      // with the insurance form's error summary (long words in links) showing.
      const outside = () =>
        page.evaluate(() =>
          [
            ...document.querySelectorAll('intake-contact-card, intake-care-quiz, intake-insurance-check'),
          ].flatMap((host) =>
            [host, ...host.shadowRoot.querySelectorAll('*')]
              .filter(
                (el) =>
                  el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().right > innerWidth + 0.5,
              )
              .map((el) => `${host.localName} ${el.localName}.${el.className}`),
          ),
        );
      assert.deepEqual(await outside(), []);
      await page.locator('intake-insurance-check [part="submit"]').click();
      await page.locator('intake-insurance-check [part="error-summary"]').waitFor();
      assert.deepEqual(await outside(), []);
      // Every screen of the quiz: each question (alcohol ticked, so all of them, each answer
      // with its example line), the result, and the emergency screen (its longest button words).
      const quiz = page.locator('intake-care-quiz');
      const pick = { who: 'self', urgent: 'none', substances: 'alcohol' };
      for (let id = await questionOnScreen(quiz); id; ) {
        assert.deepEqual(await outside(), [], `on the question ${id}`);
        await (pick[id] ? quiz.locator(`input[value="${pick[id]}"]`) : quiz.locator('input').first()).check();
        await quiz.locator('[part="next"]').click();
        const shown = await questionOnScreen(quiz);
        assert.notEqual(shown, id, `stuck on ${id}`);
        id = shown;
      }
      await quiz.locator('[part="result"]').waitFor();
      assert.deepEqual(await outside(), [], 'on the result');
      await quiz.locator('[part="restart"]').click();
      await quiz.locator('input[value="self"]').check();
      await quiz.locator('[part="next"]').click();
      await quiz.locator('input[value="overdose"]').check();
      await quiz.locator('[part="next"]').click();
      await quiz.locator('[part="emergency"]').waitFor();
      assert.deepEqual(await outside(), []);
      // The call bar's two buttons stay on the screen.
      const bar = page.locator('intake-contact-card[layout="bar"]');
      for (const part of ['call', 'dismiss']) {
        const box = await bar.locator(`[part="${part}"]`).boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${part} at ${box.x}+${box.width}`);
      }
      await context.close();
    });
  }
});

describe('hostile hosts', () => {
  it('keeps its own look under resets, !important rules and html { font-size: 62.5% }', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/reset.html`);
    await widgetsRendered(page);
    const card = page.locator('intake-contact-card').first();
    const styles = await card.locator('[part="call"]').evaluate((a) => {
      const s = getComputedStyle(a);
      return { color: s.color, decoration: s.textDecorationLine, minHeight: parseFloat(s.minHeight) };
    });
    assert.equal(styles.color, 'rgb(255, 255, 255)');
    assert.equal(styles.decoration, 'none');
    // 2.75em of the inherited 14px body text, not 62.5% rem arithmetic gone wrong.
    assert.ok(styles.minHeight >= 38, `min-height ${styles.minHeight}`);
    const transform = await card
      .locator('[part="heading"]')
      .evaluate((h) => getComputedStyle(h).textTransform);
    assert.equal(transform, 'none');
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('works under a strict CSP with Trusted Types and reports no violation', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/csp.html`);
    await widgetsRendered(page);
    const card = page.locator('intake-contact-card');
    assert.equal(
      await card.getByRole('link', { name: /Call \(206\) 555-0100/ }).getAttribute('href'),
      'tel:+12065550100',
    );
    assert.equal((await card.locator('[part="status"]').textContent()).trim(), 'Open 24/7');
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
    // The quiz and the insurance form on the same strict page: step, branch, show errors.
    const quiz = page.locator('intake-care-quiz');
    await quiz.getByRole('radio', { name: 'Myself' }).check();
    await quiz.getByRole('button', { name: 'Next' }).click();
    await quiz.getByRole('checkbox', { name: /overdose/i }).check();
    await quiz.getByRole('button', { name: 'Next' }).click();
    await quiz.getByRole('link', { name: /911/ }).first().waitFor();
    const form = page.locator('intake-insurance-check');
    await form.locator('[part="submit"]').evaluate((button) => button.click());
    await form.locator('[part="error-summary"]').waitFor();
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(
      record.console.filter((m) => m.type === 'error'),
      [],
    );
    await context.close();
  });

  /** A page whose policy allows only the Trusted Types policies named in `allowed`. */
  const allowlistPage = (allowed) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${allowed}">
<script src="/hostile/csp-watch.js"></script><script src="/intake-widgets.js" data-phone="206-555-0100"></script>
<script src="/intake-widgets.js"></script></head><body>
<intake-contact-card name="Allowlist Center" hours="24/7" json-ld></intake-contact-card>
<intake-contact-card layout="bar" hours="24/7"></intake-contact-card></body></html>`;

  it("works under a Trusted Types allowlist that names the README's policies, loaded twice", async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.route('**/hostile/tt-allowlist.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: allowlistPage("lit-html intake-widgets 'allow-duplicates'"),
      }),
    );
    await page.goto(`${server.url}/hostile/tt-allowlist.html`);
    await widgetsRendered(page, 'intake-contact-card');
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
    // The bar's height, on the root through an adopted stylesheet, which style-src 'self' allows.
    await page.waitForFunction(() =>
      /^[1-9]\d*px$/.test(
        getComputedStyle(document.documentElement).getPropertyValue('--intake-bar-height').trim(),
      ),
    );
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it("loads an insurance form's CAPTCHA script through the same policy, with no violation", async () => {
    const turnstile = 'https://challenges.cloudflare.com/turnstile/v0/api.js';
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.route('**/hostile/tt-captcha.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://challenges.cloudflare.com; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html intake-widgets 'allow-duplicates'">
<script src="/hostile/csp-watch.js"></script><script src="/intake-widgets.js"></script></head><body>
<intake-insurance-check endpoint="/api/intake" phone="206-555-0100" captcha-provider="turnstile" captcha-site-key="1x00000000000000000000AA"></intake-insurance-check></body></html>`,
      }),
    );
    // The provider's script, stood in for: the page may not reach the internet.
    await page.route(turnstile, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.turnstile = { render() {} };' }),
    );
    await page.goto(`${server.url}/hostile/tt-captcha.html`);
    await widgetsRendered(page, 'intake-insurance-check');
    await page.waitForFunction(() => typeof window.turnstile === 'object');
    assert.equal(await page.locator(`script[src="${turnstile}"]`).count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(
      record.console.filter((m) => m.type === 'warning'),
      [],
    );
    await context.close();
  });

  it("under an allowlist with Lit's policy only, leaves out the JSON-LD and the CAPTCHA, saying why", async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.route('**/hostile/tt-lit-only.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html">
<script src="/intake-widgets.js"></script></head><body>
<intake-contact-card phone="206-555-0100" json-ld></intake-contact-card>
<intake-insurance-check endpoint="/api/intake" captcha-provider="turnstile" captcha-site-key="1x00000000000000000000AA"></intake-insurance-check></body></html>`,
      }),
    );
    await page.goto(`${server.url}/hostile/tt-lit-only.html`);
    await widgetsRendered(page, 'intake-contact-card, intake-insurance-check');
    await page.waitForLoadState('load');
    assert.deepEqual(record.errors, []);
    assert.equal(
      await page.locator('script[type="application/ld+json"], script[src*="turnstile"]').count(),
      0,
    );
    const warnings = record.console.filter((m) => m.type === 'warning').map((m) => m.text);
    const refused =
      ': the page\'s Trusted Types policy refused it (its trusted-types allowlist needs "intake-widgets").';
    assert.deepEqual(
      warnings.filter((text) => text.includes('intake-widgets"')),
      [
        `intake-widgets: <intake-contact-card> json-ld: no JSON-LD is written${refused}`,
        `intake-widgets: <intake-insurance-check> no CAPTCHA is loaded${refused}`,
      ],
    );
    await context.close();
  });

  it('under an allowlist of names that does not require Trusted Types, still writes the JSON-LD and loads the CAPTCHA', async () => {
    const turnstile = 'https://challenges.cloudflare.com/turnstile/v0/api.js';
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.route('**/hostile/tt-names-only.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://challenges.cloudflare.com; style-src 'self'; trusted-types lit-html">
<script src="/intake-widgets.js"></script></head><body>
<intake-contact-card phone="206-555-0100" json-ld></intake-contact-card>
<intake-insurance-check endpoint="/api/intake" captcha-provider="turnstile" captcha-site-key="1x00000000000000000000AA"></intake-insurance-check></body></html>`,
      }),
    );
    await page.route(turnstile, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.turnstile = { render() {} };' }),
    );
    await page.goto(`${server.url}/hostile/tt-names-only.html`);
    await widgetsRendered(page, 'intake-contact-card, intake-insurance-check');
    await page.waitForFunction(() => typeof window.turnstile === 'object');
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('under an allowlist without those policies, says which to allow and throws nothing into the page', async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.route('**/hostile/tt-allowlist.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: allowlistPage('mysite') }),
    );
    await page.goto(`${server.url}/hostile/tt-allowlist.html`);
    await page.waitForLoadState('load');
    assert.deepEqual(record.errors, []);
    const warnings = record.console.filter((m) => m.type === 'warning').map((m) => m.text);
    assert.ok(
      warnings.some((text) => text.includes("trusted-types lit-html intake-widgets 'allow-duplicates'")),
      warnings.join('\n'),
    );
    await context.close();
  });

  it('defines each element once when the script is loaded twice, without errors or warnings', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/double.html`);
    await widgetsRendered(page);
    assert.equal(await page.locator('intake-contact-card').getByRole('heading').count(), 1);
    const version = await page.evaluate(() => window.IntakeWidgets.version);
    assert.match(version, /^\d+\.\d+\.\d+/);
    // A third copy with other settings: the running copy keeps its global, takes the new
    // script tag's settings, and its card follows them at once.
    const after = await page.evaluate(async () => {
      const global = window.IntakeWidgets;
      await new Promise((resolve) => {
        const s = document.createElement('script');
        s.src = '/intake-widgets.js?copy=3';
        s.dataset.phone = '206-555-0111';
        s.onload = resolve;
        document.head.append(s);
      });
      const card = document.querySelector('intake-contact-card');
      await card.updateComplete;
      return {
        same: window.IntakeWidgets === global,
        phone: window.IntakeWidgets.defaults.phone,
        call: card.shadowRoot.querySelector('[part="call"]').getAttribute('href'),
      };
    });
    assert.deepEqual(after, { same: true, phone: '206-555-0111', call: 'tel:+12065550111' });
    assert.deepEqual(record.errors, []);
    // Two identical tags say nothing; the third, with another number, is named once.
    assert.deepEqual(
      record.console.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => m.text),
      [
        'intake-widgets: two intake-widgets script tags set data-phone differently: "206-555-0100", then "206-555-0111"; the later one is used. Remove the tag you do not want.',
      ],
    );
    // A fourth, as a module: a tag found by searching the page does not override the settings in
    // use, and the warning says which is used.
    record.console.length = 0;
    const moduled = await page.evaluate(async () => {
      await new Promise((resolve) => {
        const s = document.createElement('script');
        s.type = 'module';
        s.src = '/intake-widgets.js?copy=4';
        s.dataset.phone = '206-555-0122';
        s.onload = resolve;
        document.head.append(s);
      });
      return window.IntakeWidgets.defaults.phone;
    });
    assert.equal(moduled, '206-555-0111');
    assert.deepEqual(
      record.console.filter((m) => m.type === 'warning').map((m) => m.text),
      [
        'intake-widgets: two intake-widgets script tags set data-phone differently: "206-555-0111", then "206-555-0122"; the first one is used. Remove the tag you do not want.',
      ],
    );
    await context.close();
  });

  it('warns once when another version already defined the elements', async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.goto(`${server.url}/hostile/late.html`);
    await widgetsRendered(page);
    // A second copy that reports another version: simulated by loading the file again after
    // marking the defined class as a different version.
    await page.evaluate(async () => {
      Object.defineProperty(customElements.get('intake-contact-card'), 'intakeVersion', {
        value: '0.0.1-other',
      });
      await new Promise((resolve) => {
        const s = document.createElement('script');
        s.src = '/intake-widgets.js?again';
        s.onload = resolve;
        document.head.append(s);
      });
      // Kinds with elements on the page are defined in tasks of their own, after the script ran.
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const warnings = record.console.filter((m) => m.type === 'warning' && m.text.includes('already defined'));
    assert.equal(warnings.length, 1, JSON.stringify(record.console));
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('upgrades an element written before the script and one inserted later with innerHTML', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/late.html`);
    await widgetsRendered(page);
    const before = page.locator('#before');
    const after = page.locator('#after');
    assert.equal(await before.getByRole('heading').textContent(), 'Hable con un especialista de admisiones');
    assert.equal(await after.getByRole('heading').textContent(), 'Talk to an admissions specialist');
    assert.equal(await after.getByRole('link', { name: /Call/ }).getAttribute('href'), 'tel:+14255550111');
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('settings the script cannot read', () => {
  it('says when window.IntakeWidgets holds settings outside defaults', async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    await page.route('**/hostile/global-settings.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/hostile/global-settings.js"></script><script src="/intake-widgets.js"></script></head>
<body><intake-contact-card></intake-contact-card></body></html>`,
      }),
    );
    await page.route('**/hostile/global-settings.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'window.IntakeWidgets = { phone: "206-555-0123", endpoint: "/api/intake" };',
      }),
    );
    await page.goto(`${server.url}/hostile/global-settings.html`);
    await widgetsRendered(page);
    const warnings = record.console.filter((m) => m.type === 'warning').map((m) => m.text);
    assert.ok(
      warnings.includes(
        'intake-widgets: window.IntakeWidgets.phone, .endpoint is not read: site settings go in window.IntakeWidgets.defaults, e.g. { defaults: { phone: "…" } }.',
      ),
      warnings.join('\n'),
    );
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it("says when a form framed by another origin (a site builder's embed) has a path for its endpoint", async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    const framed = server.url.replace('127.0.0.1', 'localhost');
    const frame = (endpoint) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/intake-widgets.js" data-endpoint="${endpoint}" data-phone="206-555-0100"></script></head>
<body><intake-insurance-check></intake-insurance-check></body></html>`;
    await context.route('**/hostile/framed-*.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: frame(route.request().url().includes('full') ? `${framed}/api/intake` : '/api/intake'),
      }),
    );
    await context.route('**/hostile/frame-top.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<iframe title="path" src="${framed}/hostile/framed-path.html"></iframe><iframe title="full" src="${framed}/hostile/framed-full.html"></iframe></body></html>`,
      }),
    );
    await page.goto(`${server.url}/hostile/frame-top.html`);
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    for (const f of page.frames().slice(1))
      await f.waitForFunction(
        () => !!document.querySelector('intake-insurance-check')?.shadowRoot?.childElementCount,
      );
    const said = record.console.filter((m) => m.text.includes('the server of the frame')).map((m) => m.text);
    assert.deepEqual(said, [
      `intake-widgets: <intake-insurance-check> data-endpoint="/api/intake" is a path on ${framed}, the server of the frame this form is shown in (another site's page, or a site builder's embed); if your endpoint is on your own site, give its full https:// address.`,
    ]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('says when the tag with the settings is not recognised (a module or a combined file), and how to mark it', async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    const file = await (await fetch(`${server.url}/intake-widgets.js`)).text();
    await page.route('**/assets/c0mb1ned.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: file }),
    );
    const tag = (marked) =>
      `<script type="module" src="/assets/c0mb1ned.js"${marked ? ' data-intake-widgets' : ''} data-phone="+1-206-555-0123" data-endpoint="/api/intake"></script>`;
    for (const marked of [false, true]) {
      await page.route('**/hostile/renamed.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8">${tag(marked)}</head><body><intake-contact-card></intake-contact-card></body></html>`,
        }),
      );
      record.console.length = 0;
      await page.goto(`${server.url}/hostile/renamed.html`);
      await widgetsRendered(page);
      const warnings = record.console.filter((m) => m.type === 'warning').map((m) => m.text);
      const call = page.locator('intake-contact-card').getByRole('link', { name: /Call/ });
      if (marked) {
        assert.deepEqual(warnings, []);
        assert.equal(await call.getAttribute('href'), 'tel:+12065550123');
      } else {
        assert.ok(
          warnings.includes(
            'intake-widgets: the module script "/assets/c0mb1ned.js" has the site\'s settings (data-phone, data-endpoint) but was not recognised, so they are not read: add data-intake-widgets to it (needed for type="module" with a renamed file).',
          ),
          warnings.join('\n'),
        );
      }
      await page.unroute('**/hostile/renamed.html');
    }
    assert.deepEqual(record.errors, []);
    await context.close();
  });
  it("as a module, does not take settings from a tag it cannot tell ran: not an inert one, not over the site's own defaults", async () => {
    const { page, context, record } = await openPage(browser, 'about:blank');
    const file = await (await fetch(`${server.url}/intake-widgets.js`)).text();
    await page.route('**/assets/c0mb1ned.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: file }),
    );
    // Markup someone could post in a comment: scripts that never run, naming the file.
    const injected = [
      '<script type="text/plain" src="/x/intake-widgets.js" data-phone="(900) 555-0199" data-endpoint="https://evil.example/collect"></script>',
      '<script type="module" src="/x/intake-widgets.js" data-intake-widgets data-phone="(900) 555-0199" data-endpoint="https://evil.example/collect"></script>',
    ];
    for (const tag of injected) {
      await page.route('**/hostile/injected.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
            <script src="/hostile/site-defaults.js"></script>
            <script type="module" src="/assets/c0mb1ned.js"></script></head>
            <body>${tag}<intake-contact-card></intake-contact-card></body></html>`,
        }),
      );
      await page.route('**/hostile/site-defaults.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: 'window.IntakeWidgets = { defaults: { phone: "+1-206-555-0100", endpoint: "/api/intake" } };',
        }),
      );
      await page.goto(`${server.url}/hostile/injected.html`);
      await widgetsRendered(page);
      const call = page.locator('intake-contact-card').getByRole('link', { name: /Call/ });
      assert.equal(await call.getAttribute('href'), 'tel:+12065550100', tag);
      assert.equal(await page.evaluate(() => window.IntakeWidgets.defaults.endpoint), '/api/intake', tag);
      await page.unroute('**/hostile/injected.html');
      await page.unroute('**/hostile/site-defaults.js');
    }
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('ES module build', () => {
  it('exports classes without defining them, and `import "intake-widgets"` defines them beside the page’s own Lit', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/module.html`);
    await page.waitForFunction(() => window.__moduleReady === true);
    await widgetsRendered(page);
    assert.equal(await page.evaluate(() => window.__definedAfterClassesImport), false);
    const exports = await page.evaluate(() => window.__exports);
    assert.ok(exports.includes('IntakeContactCard') && exports.includes('define'), exports.join());
    assert.equal(
      await page.locator('#card').getByRole('link', { name: /Call/ }).getAttribute('href'),
      'tel:+12065550100',
    );
    assert.equal(await page.locator('page-own-element').textContent(), '');
    assert.equal(await page.locator('page-own-element p').textContent(), 'own');
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});
