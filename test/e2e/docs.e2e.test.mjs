// The documentation site, as deployed: built with vite.docs.config.ts into dist-docs/, served as
// plain static files, and checked page by page in Chromium: no errors, no axe violations
// (WCAG 2.0/2.1 A and AA), no broken same-site links or missing #fragments, nothing wider than a
// 320 px screen, API tables that list everything custom-elements.json lists, and ready looks
// whose colours really meet contrast.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveStatic } from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demoDir = join(root, 'demo');
const docsDir = join(demoDir, 'docs');
const outDir = join(root, 'dist-docs');
const AXE = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDGET_PAGES = {
  'docs/contact-card.html': 'intake-contact-card',
  'docs/care-quiz.html': 'intake-care-quiz',
  'docs/insurance-check.html': 'intake-insurance-check',
};
/**
 * Pages of the site nav that other parts of the project add. A link to one of them is allowed to
 * be missing only while its source file does not exist in this checkout; once it exists, it is
 * built and checked like every other page.
 */
const NAV_PAGES_ADDED_ELSEWHERE = ['configurator.html', 'recipes.html', 'frameworks.html'];

function htmlFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** Every page the docs build must produce, relative to dist-docs/: the demo page and demo/docs/**. */
const PAGES = [join(demoDir, 'index.html'), ...htmlFiles(docsDir)].map((file) =>
  relative(demoDir, file).split(sep).join('/'),
);

function manifestElement(tag) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  throw new Error(`custom-elements.json has no <${tag}>`);
}

/** Relative luminance contrast of two `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = rgb
      .match(/[\d.]+/g)
      .slice(0, 3)
      .map(Number)
      .map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('documentation site (dist-docs/)', () => {
  let server;
  let browser;
  /** url → status, so each target is fetched once. */
  const statusOf = new Map();
  const htmlOf = new Map();

  before(async () => {
    if (
      !existsSync(join(root, 'dist', 'intake-widgets.js')) ||
      !existsSync(join(root, 'custom-elements.json'))
    )
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.docs.config.ts'],
      { cwd: root, stdio: 'inherit' },
    );
    server = await serveStatic(outDir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function fetchStatus(url) {
    if (!statusOf.has(url)) {
      const answer = await fetch(url);
      const body = await answer.text();
      statusOf.set(url, answer.status);
      if (answer.ok && (answer.headers.get('content-type') ?? '').startsWith('text/html'))
        htmlOf.set(url, body);
    }
    return statusOf.get(url);
  }

  /** Opens a page and waits until every widget on it has rendered. */
  async function open(path, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const record = { errors: [], console: [], failed: [] };
    page.on('pageerror', (error) => record.errors.push(String(error)));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') record.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) record.failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => record.failed.push(`failed ${r.url()}`));
    await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('intake-'))
        .every((el) => el.matches(':defined') && el.shadowRoot && el.shadowRoot.childElementCount > 0),
    );
    return { page, context, record };
  }

  it('builds every page, the drop-in script and the schemas', () => {
    for (const path of PAGES) assert.ok(existsSync(join(outDir, path)), `dist-docs/${path} was built`);
    assert.ok(existsSync(join(outDir, 'intake-widgets.js')), 'dist-docs/intake-widgets.js');
    assert.deepEqual(
      readFileSync(join(outDir, 'intake-widgets.js')),
      readFileSync(join(root, 'dist', 'intake-widgets.js')),
      'the drop-in is the built file, unchanged',
    );
    for (const name of readdirSync(join(root, 'schemas')))
      assert.ok(existsSync(join(outDir, 'schemas', name)), `dist-docs/schemas/${name}`);
    const built = htmlFiles(outDir).map((f) => relative(outDir, f).split(sep).join('/'));
    assert.deepEqual(built, [...PAGES].sort(), 'no page more, none less');
  });

  for (const path of PAGES) {
    describe(path, () => {
      it('loads without errors, passes axe (WCAG 2.1 A/AA) and has no broken links', async (t) => {
        const { page, context, record } = await open(path);
        try {
          assert.deepEqual(record.errors, [], 'no page errors');
          // The configurator's preview starts without a phone, as its form does (which says so
          // beside the field); the card in it says so too. Nothing else is expected anywhere.
          const expected =
            path === 'docs/configurator.html'
              ? [
                  'warning: intake-widgets: <intake-contact-card> has no phone number (phone, or data-phone on the script tag): no call button is shown (a tel: link written inside the card counts too).',
                ]
              : [];
          assert.deepEqual(
            record.console,
            expected,
            'no console errors or warnings (e.g. a widget refusing an attribute)',
          );
          assert.deepEqual(record.failed, [], 'every request the page made succeeded');

          // One <h1>, a <main id="main"> and the page's language.
          const outline = await page.evaluate(() => ({
            h1: document.querySelectorAll('h1').length,
            main: !!document.querySelector('main#main'),
            lang: document.documentElement.lang,
            title: document.title.trim(),
          }));
          assert.equal(outline.h1, 1, 'one h1');
          assert.ok(outline.main, '<main id="main">');
          assert.equal(outline.lang, 'en');
          assert.ok(outline.title, 'a title');

          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async (tags) => {
            const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
            return result.violations.map((v) => ({
              id: v.id,
              help: v.help,
              nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
            }));
          }, AXE_TAGS);
          assert.deepEqual(violations, [], `axe violations:\n${JSON.stringify(violations, null, 2)}`);

          const links = await page.evaluate(() =>
            [...document.querySelectorAll('[href], [src]')].flatMap((el) =>
              ['href', 'src']
                .filter((a) => el.hasAttribute(a))
                .map((a) => ({ tag: el.localName, attr: a, raw: el.getAttribute(a) })),
            ),
          );
          assert.ok(links.length > 0, 'the page has links');
          const pageUrl = new URL(`${server.url}/${path}`);
          const external = [];
          const broken = [];
          const pending = [];
          for (const { tag, attr, raw } of links) {
            const where = `<${tag} ${attr}="${raw}">`;
            let url;
            try {
              url = new URL(raw, pageUrl);
            } catch {
              broken.push(`${where}: not a URL`);
              continue;
            }
            if (url.protocol === 'tel:' || url.protocol === 'sms:') {
              if (!/^(tel|sms):\+?[0-9-]{3,}$/.test(raw)) broken.push(`${where}: malformed number`);
              continue;
            }
            if (url.protocol === 'mailto:') {
              if (!/^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/i.test(raw)) broken.push(`${where}: malformed address`);
              continue;
            }
            if (url.origin !== server.url) {
              // Other sites are listed, not fetched: the tests use no network beyond 127.0.0.1.
              if (url.protocol !== 'https:' || !url.hostname.includes('.') || /\s/.test(raw))
                broken.push(`${where}: external links must be well-formed https: URLs`);
              else external.push(url.href);
              continue;
            }
            if (/^\//.test(raw)) broken.push(`${where}: root-absolute, breaks when deployed in a folder`);
            const target = new URL(url.pathname, server.url).href;
            const status = await fetchStatus(target);
            if (status !== 200) {
              const name = url.pathname.split('/').pop();
              const isDocsPage = url.pathname.startsWith('/docs/');
              if (
                status === 404 &&
                isDocsPage &&
                NAV_PAGES_ADDED_ELSEWHERE.includes(name) &&
                !existsSync(join(docsDir, name))
              ) {
                pending.push(name);
                continue;
              }
              broken.push(`${where}: HTTP ${status}`);
              continue;
            }
            if (url.hash && url.hash !== '#') {
              const id = decodeURIComponent(url.hash.slice(1));
              const html = htmlOf.get(target);
              const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              if (!html || !new RegExp(`\\sid="${escaped}"`).test(html))
                broken.push(`${where}: no element with id "${id}" in ${url.pathname}`);
            }
          }
          if (external.length)
            t.diagnostic(`external links (not fetched): ${[...new Set(external)].join(', ')}`);
          if (pending.length)
            t.diagnostic(`links to pages not in this checkout yet: ${[...new Set(pending)].join(', ')}`);
          assert.deepEqual(broken, [], 'every same-site link and #fragment resolves');
        } finally {
          await context.close();
        }
      });

      it('fits a 320 px wide screen (wide tables and code scroll in their own box)', async () => {
        const { page, context } = await open(path, { width: 320, height: 640 });
        try {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 320, `the page is ${width}px wide at a 320px viewport`);
        } finally {
          await context.close();
        }
      });
    });
  }

  for (const [path, tag] of Object.entries(WIDGET_PAGES)) {
    it(`${path}: the API tables list everything custom-elements.json has for <${tag}>`, async () => {
      const { page, context } = await open(path);
      try {
        const tables = await page.evaluate((tagName) => {
          const out = {};
          for (const table of document.querySelectorAll(`table.api-table[data-tag="${tagName}"]`)) {
            out[table.dataset.api] = {
              caption: table.caption?.textContent ?? '',
              colHeads: [...table.querySelectorAll('thead th')].every((th) => th.scope === 'col'),
              names: [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.trim()),
            };
          }
          return out;
        }, tag);
        const d = manifestElement(tag);
        const names = (list) => (list ?? []).map((x) => x.name).filter(Boolean);
        assert.ok(tables.attributes, 'an attributes table');
        assert.deepEqual(tables.attributes.names, names(d.attributes), 'every attribute, in order');
        assert.deepEqual(tables.events?.names, names(d.events), 'every named event');
        assert.deepEqual(tables.parts?.names, names(d.cssParts), 'every part');
        const properties = [...(tables.properties?.names ?? []), ...(tables.tokens?.names ?? [])];
        assert.deepEqual(properties.sort(), names(d.cssProperties).sort(), 'every CSS custom property');
        if (d.slots?.length)
          assert.deepEqual(
            tables.slots?.names,
            d.slots.map((s) => s.name || '(default)'),
          );
        for (const [kind, table] of Object.entries(tables)) {
          assert.match(table.caption, new RegExp(tag), `${kind} table has a caption naming the element`);
          assert.ok(table.colHeads, `${kind} table's column headers have scope="col"`);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('copy buttons copy the code, and wide boxes take keyboard focus only while they scroll', async () => {
    const { page, context } = await open('docs/theming.html', { width: 320, height: 640 });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const button = page.locator('.look-calm + .code-wrap .copy-button');
      assert.equal(await button.getAttribute('aria-label'), 'Copy CSS of the calm look');
      await button.click();
      await page.waitForFunction(
        () => document.querySelector('.look-calm + .code-wrap [role="status"]').textContent,
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const shown = await page.locator('.look-calm + .code-wrap pre').textContent();
      assert.equal(copied, shown);
      assert.match(copied, /^:root \{\n {2}--intake-accent: #2f5d50;/);

      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.table-scroll, pre')].map((box) => ({
          scrolls: box.scrollWidth > box.clientWidth + 1,
          focusable: box.getAttribute('tabindex') === '0',
        })),
      );
      assert.ok(
        boxes.some((b) => b.scrolls),
        'something scrolls at 320 px',
      );
      for (const box of boxes) assert.equal(box.focusable, box.scrolls, 'focusable exactly when it scrolls');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.table-scroll')].every((box) => !box.hasAttribute('tabindex')),
      );
    } finally {
      await context.close();
    }
  });

  it('theming: the three ready looks meet contrast (high-contrast at 7:1)', async () => {
    const { page, context } = await open('docs/theming.html');
    try {
      const looks = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const rgb = (value) => {
          probe.style.color = '';
          probe.style.color = value.trim();
          return getComputedStyle(probe).color;
        };
        const out = {};
        for (const name of ['calm', 'clinical', 'high-contrast']) {
          const el = document.querySelector(`.look-${name}`);
          if (!el) continue;
          const style = getComputedStyle(el);
          const get = (p) => rgb(style.getPropertyValue(p));
          out[name] = {
            text: get('--intake-text'),
            muted: get('--intake-muted'),
            accent: get('--intake-accent'),
            onAccent: get('--intake-on-accent'),
            surface: get('--intake-surface'),
            border: get('--intake-border'),
            danger: get('--intake-danger'),
            open: get('--intake-open'),
            focus: rgb(
              style.getPropertyValue('--intake-focus-ring').replace(/^.*\s(#\w+|rgb\([^)]*\))$/, '$1'),
            ),
            widgets: el.querySelectorAll('intake-contact-card, intake-care-quiz').length,
          };
        }
        probe.remove();
        return out;
      });
      assert.deepEqual(Object.keys(looks), ['calm', 'clinical', 'high-contrast'], 'three looks, each live');
      for (const [name, c] of Object.entries(looks)) {
        const text = name === 'high-contrast' ? 7 : 4.5;
        assert.equal(c.widgets, 2, `${name}: shown on the contact card and the quiz`);
        for (const key of ['text', 'muted', 'accent', 'danger', 'open'])
          assert.ok(
            contrast(c[key], c.surface) >= text,
            `${name}: --intake-${key} on the surface ≥ ${text}:1`,
          );
        assert.ok(contrast(c.onAccent, c.accent) >= text, `${name}: text on the accent ≥ ${text}:1`);
        assert.ok(contrast(c.border, c.surface) >= 3, `${name}: borders ≥ 3:1`);
        assert.ok(contrast(c.focus, c.surface) >= 3, `${name}: focus ring ≥ 3:1`);
      }
      // And the widgets really use them: the call button's colours in the high-contrast look.
      const button = await page.evaluate(() => {
        const card = document.querySelector('.look-high-contrast intake-contact-card');
        const call = card.shadowRoot.querySelector('[part~="call"]');
        const s = getComputedStyle(call);
        return { color: s.color, background: s.backgroundColor };
      });
      assert.ok(contrast(button.color, button.background) >= 7, `call button ${JSON.stringify(button)}`);
    } finally {
      await context.close();
    }
  });
});
