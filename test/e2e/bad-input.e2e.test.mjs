// Bad input, on the built drop-in file: every attribute of every widget is given each hostile
// string in turn. Nothing may throw into the page, no script may run, a value the widget cannot
// use gets one console warning that names the attribute, and the widget still renders something
// a visitor can use.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startServer } from './harness.mjs';

const HOSTILE = [
  ['markup', '<img src=x onerror="window.__pwned=1">'],
  ['closing markup', '"><script>window.__pwned=1</script>'],
  ['script URL', 'javascript:window.__pwned=1'],
  ['script URL, mixed case and space', ' JaVaScRiPt:window.__pwned=1'],
  ['data URL', 'data:text/html,<script>window.__pwned=1</script>'],
  ['control characters', 'Cedar\u0000\u0007\u001b[31m\u007fHollow'],
  ['right-to-left override', '\u202Eevil\u202C text'],
  ['emoji', '🙂🚑👨‍👩‍👧'],
  ['very long', 'x'.repeat(100_000)],
  ['not a number', 'NaN'],
  ['negative', '-1'],
  ['infinite', '1e309'],
  ['empty', ''],
  ['blank', '   '],
  ['invalid time zone', 'Mars/Olympus_Mons'],
  ['prototype pollution', '{"__proto__":{"polluted":1}}'],
  ['placeholder', '{{you}}'],
];

/**
 * What each attribute is, which decides when a warning is owed:
 * - `flag`: a boolean attribute; any value means "on", so nothing to warn about;
 * - `text`: shown as text; markup is just text, but control characters, direction overrides
 *   and absurd lengths are cleaned, with a warning;
 * - `url`: a link or image; only values that are harmless relative paths pass quietly;
 * - `typed`: a phone, email, hours, zone, number, choice or JSON: every hostile string is
 *   unusable, so each one warns (an empty or blank value means "not set").
 */
const KINDS = {
  'intake-contact-card': {
    name: 'text',
    heading: 'text',
    message: 'text',
    phone: 'typed',
    sms: 'typed',
    email: 'typed',
    address: 'text',
    'map-href': 'url',
    photo: 'url',
    'photo-alt': 'text',
    hours: 'typed',
    timezone: 'typed',
    'after-hours-phone': 'typed',
    steps: 'text',
    layout: 'typed',
    crisis: 'flag',
    'json-ld': 'flag',
    strings: 'json',
    lang: 'typed',
  },
  'intake-care-quiz': {
    phone: 'typed',
    'insurance-href': 'url',
    heading: 'text',
    'heading-level': 'typed',
    strings: 'json',
    lang: 'typed',
  },
  'intake-insurance-check': {
    endpoint: 'url',
    phone: 'typed',
    carriers: 'text',
    'card-upload': 'flag',
    'consent-text': 'text',
    'sms-consent-text': 'text',
    'captcha-provider': 'typed',
    'captcha-site-key': 'typed',
    timeout: 'typed',
    'min-fill-ms': 'typed',
    strings: 'json',
    lang: 'typed',
  },
};

/** The attributes every instance starts with, so a warning can only come from the one under test. */
const BASE = {
  'intake-contact-card': { name: 'Cedar Hollow Recovery', phone: '206-555-0100', hours: '24/7' },
  'intake-care-quiz': {},
  'intake-insurance-check': { endpoint: '/api/intake' },
};

/** Relative paths that are harmless, if odd: they stay on the page's own site. */
const HARMLESS_PATHS = new Set(['NaN', '-1', '1e309', 'Mars/Olympus_Mons', '{{you}}', '🙂🚑👨‍👩‍👧']);
const UNCLEAN_TEXT = new Set(['control characters', 'right-to-left override', 'very long']);

function mustWarn(kind, label, value) {
  if (kind === 'flag' || value.trim() === '') return false;
  if (kind === 'text') return UNCLEAN_TEXT.has(label);
  if (kind === 'url') return !HARMLESS_PATHS.has(value);
  if (kind === 'json') return label !== 'prototype pollution';
  return true;
}

/** Runs in the page: keeps every console warning and error in `window.__messages`, still printed. */
function recordConsole() {
  const messages = [];
  window.__messages = messages;
  for (const method of ['warn', 'error']) {
    const original = console[method];
    console[method] = (...args) => {
      messages.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
}

/**
 * Runs in the page: creates each widget with one attribute set to `value`, waits for it to
 * render, and reports what happened.
 */
async function tryEveryAttribute({ value, kinds, base }) {
  const report = [];
  const messages = window.__messages;
  const settle = async (el) => {
    await el.updateComplete;
    await new Promise((done) => setTimeout(done, 0));
  };
  const usable = {
    'intake-contact-card': (root) =>
      Boolean(root.querySelector('h2, h3')?.textContent.trim()) &&
      root.querySelector('a[href^="tel:+1"]') !== null,
    'intake-care-quiz': (root) =>
      Boolean(root.querySelector('legend')?.textContent.trim()) &&
      root.querySelectorAll('input[type="radio"]').length >= 2 &&
      root.querySelector('a[href="tel:911"]') !== null,
    'intake-insurance-check': (root) =>
      root.querySelector('label[for="firstName"]') !== null &&
      root.querySelector('#firstName') !== null &&
      root.querySelector('[part="submit"]') !== null,
  };
  const stage = document.getElementById('stage');
  for (const [tag, attributes] of Object.entries(kinds)) {
    for (const attribute of Object.keys(attributes)) {
      messages.length = 0;
      const el = document.createElement(tag);
      for (const [name, v] of Object.entries(base[tag])) if (name !== attribute) el.setAttribute(name, v);
      let thrown = null;
      try {
        el.setAttribute(attribute, value);
        stage.append(el);
        await settle(el);
      } catch (error) {
        thrown = String(error);
      }
      const root = el.shadowRoot;
      const urls = root
        ? [...root.querySelectorAll('[href], [src]')].map(
            (n) => n.getAttribute('href') ?? n.getAttribute('src'),
          )
        : [];
      report.push({
        tag,
        attribute,
        thrown,
        warnings: messages.filter((m) => m.includes(attribute)).length,
        otherMessages: messages.filter((m) => !m.includes(attribute)),
        usable: root ? usable[tag](root) : false,
        badUrls: urls.filter(
          (u) => /^\s*(javascript|data|vbscript):/i.test(u) && !u.startsWith('data:image/'),
        ),
        scripts: root ? root.querySelectorAll('script, img[onerror], [onerror]').length : 0,
      });
      el.remove();
    }
  }
  return {
    report,
    pwned: window.__pwned ?? null,
    polluted: {}.polluted ?? null,
    lightScripts: document.querySelectorAll('body script:not([src])').length,
  };
}

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

describe('bad input in every attribute of every widget', () => {
  for (const [label, value] of HOSTILE) {
    it(`${label}: no error, no script, a warning naming the attribute, a usable widget`, async () => {
      // A fresh page per value: warnings are de-duplicated per page, and each case must show its own.
      const { page, context, record } = await openPage(browser, `${server.url}/hostile/blank.html`);
      await page.waitForFunction(() => customElements.get('intake-insurance-check'));
      await page.evaluate(recordConsole);
      const result = await page.evaluate(tryEveryAttribute, { value, kinds: KINDS, base: BASE });
      const problems = [];
      for (const r of result.report) {
        const where = `<${r.tag} ${r.attribute}>`;
        const kind = KINDS[r.tag][r.attribute];
        if (r.thrown) problems.push(`${where} threw ${r.thrown}`);
        if (!r.usable) problems.push(`${where} rendered nothing usable`);
        if (r.badUrls.length) problems.push(`${where} rendered ${r.badUrls.join(' ')}`);
        if (r.scripts) problems.push(`${where} rendered a script or handler`);
        if (mustWarn(kind, label, value) && r.warnings === 0)
          problems.push(`${where} gave no warning naming it`);
        if (r.warnings > 1) problems.push(`${where} warned ${r.warnings} times`);
        if (r.otherMessages.length)
          problems.push(`${where} logged ${r.otherMessages.join(' | ').slice(0, 200)}`);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(
        { pwned: result.pwned, polluted: result.polluted, lightScripts: result.lightScripts },
        { pwned: null, polluted: null, lightScripts: 0 },
      );
      assert.deepEqual(record.errors, [], 'no uncaught error');
      await context.close();
    });
  }
});

/**
 * Runs in the page: sets every site-wide hours setting to `value` (as `data-hours`,
 * `data-timezone` and `data-after-hours-phone` would), then shows a card that falls back to them
 * and the insurance form's "not sent" screen, which offers a call; reports what happened.
 */
async function trySiteHours({ value }) {
  const messages = window.__messages;
  let thrown = null;
  const card = document.createElement('intake-contact-card');
  const form = document.createElement('intake-insurance-check');
  try {
    Object.assign(window.IntakeWidgets.defaults, { hours: value, timezone: value, afterHoursPhone: value });
    window.IntakeWidgets.refresh();
    card.setAttribute('phone', '206-555-0100');
    form.setAttribute('phone', '206-555-0100');
    form.setAttribute('endpoint', '/api/intake');
    document.getElementById('stage').append(card, form);
    await Promise.all([card.updateComplete, form.updateComplete]);
    form.fail('Not sent.');
    await form.updateComplete;
  } catch (error) {
    thrown = String(error);
  }
  const calls = [card, form].map((el) =>
    [...(el.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href')),
  );
  return {
    thrown,
    calls,
    messages,
    pwned: window.__pwned ?? null,
    scripts: [card, form].reduce(
      (n, el) => n + el.shadowRoot.querySelectorAll('script, [onerror]').length,
      0,
    ),
  };
}

describe('bad input in the site-wide hours settings', () => {
  for (const [label, value] of HOSTILE) {
    it(`${label}: no error, no script, admissions still dialled, warnings name the data- attribute`, async () => {
      const { page, context, record } = await openPage(browser, `${server.url}/hostile/blank.html`);
      await page.waitForFunction(() => customElements.get('intake-insurance-check'));
      await page.evaluate(recordConsole);
      const result = await page.evaluate(trySiteHours, { value });
      assert.equal(result.thrown, null);
      assert.equal(result.pwned, null);
      assert.equal(result.scripts, 0);
      // None of these values is a usable line: both widgets keep the admissions number.
      assert.ok(result.calls[0].includes('tel:+12065550100'), `card: ${result.calls[0]}`);
      assert.ok(result.calls[1].includes('tel:+12065550100'), `form: ${result.calls[1]}`);
      for (const message of result.messages)
        assert.match(message, /data-(hours|timezone|after-hours-phone)\b/);
      if (value.trim()) assert.ok(result.messages.length > 0, 'a warning');
      assert.deepEqual(record.errors, [], 'no uncaught error');
      await context.close();
    });
  }
});

describe('a page that already owns window.IntakeWidgets', () => {
  const PAGES = [
    [
      'a getter that throws',
      () =>
        Object.defineProperty(window, 'IntakeWidgets', {
          get: () => {
            throw new Error('nope');
          },
          configurable: true,
        }),
    ],
    ['a read-only number', () => Object.defineProperty(window, 'IntakeWidgets', { value: 42 })],
    // The page's own settings are kept for what the tag does not set, but the tag's outrank them,
    // as they do when the global can be replaced.
    [
      'a read-only object with defaults of its own',
      () =>
        Object.defineProperty(window, 'IntakeWidgets', {
          value: Object.freeze({ defaults: Object.freeze({ phone: '+1-212-555-0199' }) }),
        }),
    ],
    [
      'a getter giving defaults of its own',
      () =>
        Object.defineProperty(window, 'IntakeWidgets', {
          get: () => ({ defaults: { phone: '+1-212-555-0199' } }),
          configurable: true,
        }),
    ],
    [
      'an object whose defaults getter throws',
      () => {
        window.IntakeWidgets = {
          get defaults() {
            throw new Error('nope');
          },
        };
      },
    ],
  ];
  for (const [label, takeover] of PAGES) {
    it(`${label}: every widget is defined, the script tag's phone still applies, nothing is thrown`, async () => {
      const context = await browser.newContext();
      await context.addInitScript(takeover);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${server.url}/hostile/blank.html`);
      await page.waitForFunction(() =>
        ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check'].every((tag) =>
          customElements.get(tag),
        ),
      );
      const href = await page.evaluate(async () => {
        const card = document.createElement('intake-contact-card');
        document.getElementById('stage').append(card);
        await card.updateComplete;
        return card.shadowRoot.querySelector('[part="call"]')?.getAttribute('href') ?? null;
      });
      assert.equal(href, 'tel:+12065550100');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe("another script's or the page's own names, before the script loads", () => {
  /** The page's settings as the widgets hold them, and where the card's call button dials. */
  async function settings(page) {
    await page.waitForFunction(() => customElements.get('intake-contact-card'));
    return page.evaluate(async () => {
      const card = document.createElement('intake-contact-card');
      document.getElementById('stage').append(card);
      await card.updateComplete;
      return {
        defaults: { ...window.IntakeWidgets?.defaults },
        version: typeof window.IntakeWidgets?.version,
        call: card.shadowRoot.querySelector('[part="call"]')?.getAttribute('href') ?? null,
      };
    });
  }

  // As content a CMS might let an author write: named elements before the script tag. One named
  // element stands in for document.currentScript; two make it a collection.
  const CLOBBERING = [
    [
      'a form',
      '<form name="currentScript" data-endpoint="https://evil.example/collect" data-phone="+1-212-555-0199"></form>',
    ],
    [
      'a form and an image',
      '<form name="currentScript" data-endpoint="https://evil.example/collect"></form><img name="currentScript" alt="" data-analytics="datalayer">',
    ],
  ];
  for (const [label, named] of CLOBBERING) {
    it(`${label} named "currentScript" (DOM clobbering) does not become the script tag`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.route('**/clobbered.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clobbered</title></head><body>
            <main id="stage"></main>
            ${named}
            <script src="/intake-widgets.js" data-phone="(206) 555-0100" data-endpoint="/api/intake" defer></script>
          </body></html>`,
        }),
      );
      await page.goto(`${server.url}/clobbered.html`);
      assert.deepEqual(await settings(page), {
        defaults: { phone: '(206) 555-0100', endpoint: '/api/intake' },
        version: 'string',
        call: 'tel:+12065550100',
      });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it("a script tag made by the parent page for an iframe's document, with a file of another name", async () => {
    const page = await browser.newPage();
    await page.route('**/assets/w.js', (route) => route.fulfill({ path: 'dist/intake-widgets.js' }));
    await page.goto(`${server.url}/hostile/blank.html`);
    const href = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument;
      doc.body.innerHTML = '<main id="stage"></main>';
      // Made here, in the parent's context, then appended into the iframe's document.
      const script = document.createElement('script');
      script.src = '/assets/w.js';
      script.dataset.phone = '206-555-0111';
      await new Promise((resolve) => {
        script.onload = resolve;
        doc.head.append(script);
      });
      const card = doc.createElement('intake-contact-card');
      doc.getElementById('stage').append(card);
      await frame.contentWindow.customElements.whenDefined('intake-contact-card');
      await card.updateComplete;
      return card.shadowRoot.querySelector('[part="call"]')?.getAttribute('href') ?? null;
    });
    assert.equal(href, 'tel:+12065550111');
    await page.close();
  });

  it("a site's own settings object, even a class with a getter, still counts", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      class Settings {
        get defaults() {
          return { endpoint: '/api/intake' };
        }
      }
      window.IntakeWidgets = new Settings();
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/hostile/blank.html`);
    assert.deepEqual(await settings(page), {
      defaults: { endpoint: '/api/intake', phone: '(206) 555-0100' },
      version: 'string',
      call: 'tel:+12065550100',
    });
    await context.close();
  });

  const POLLUTION = [
    [
      'Object.prototype.defaults',
      () => {
        Object.prototype.defaults = {
          afterHoursPhone: '+1-212-555-0199',
          phone: '+1-212-555-0199',
          analytics: 'datalayer',
        };
      },
    ],
    [
      'Object.prototype.refresh',
      () => {
        Object.prototype.refresh = () => {};
      },
    ],
  ];
  for (const [label, pollute] of POLLUTION) {
    it(`${label} set by another script: the script tag's settings apply, and only they`, async () => {
      const context = await browser.newContext();
      await context.addInitScript(pollute);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${server.url}/hostile/blank.html`);
      assert.deepEqual(await settings(page), {
        defaults: { phone: '(206) 555-0100' },
        version: 'string',
        call: 'tel:+12065550100',
      });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
