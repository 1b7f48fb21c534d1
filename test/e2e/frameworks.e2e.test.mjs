// End-to-end checks of the React 19 and Vue 3 example apps (demo/react, demo/vue): each is built
// with Vite against the built ES modules in dist/es (what `npm install intake-widgets` gives),
// served on 127.0.0.1 and driven in Chromium. The widgets must render with the props the app
// passes, and the app must receive and show their events. The typed-props declarations in
// types/ are type-checked with both apps.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, serveStatic, widgetsRendered } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'dist-examples');
const APPS = ['react', 'vue'];
const WIDGETS = ['intake-contact-card', 'intake-care-quiz', 'intake-insurance-check'];

/** Runs a Node script of the repository (Vite, tsc) and fails with what it printed. */
function run(script, args) {
  try {
    return execFileSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${script} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(ROOT, 'dist/es/intake-widgets.js')) && existsSync(join(ROOT, 'dist/types/index.d.ts')),
    'dist/ is missing: run `npm run build` first (`npm run test:e2e` does)',
  );
  for (const app of APPS) {
    run('node_modules/vite/bin/vite.js', [
      'build',
      '--config',
      `demo/${app}/vite.config.ts`,
      '--logLevel',
      'warn',
    ]);
    assert.ok(existsSync(join(OUT, app, 'index.html')), `the ${app} app was not built`);
  }
  server = await serveStatic(OUT);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The shadow root's text of the first `selector` element. */
function shadowText(page, selector) {
  return page.locator(selector).evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
}

/** Opens an app with tel: navigation blocked (the click still reaches the card, as on a phone). */
async function openApp(app) {
  const opened = await openPage(browser, `${server.url}/${app}/`);
  await opened.page.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => {
        const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
        if (link?.protocol === 'tel:') event.preventDefault();
      },
      true,
    );
  });
  for (const tag of WIDGETS) await widgetsRendered(opened.page, tag);
  return opened;
}

/** The app's own list of the events it received, one `type detail` line each. */
function eventLog(page) {
  return page.locator('#events li').allTextContents();
}

/** Waits until the app lists at least `count` events, then returns the list. */
async function eventsAfter(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('#events li').length >= n, count);
  return eventLog(page);
}

for (const app of APPS) {
  describe(`the ${app === 'react' ? 'React 19' : 'Vue 3'} example app`, () => {
    it('renders all three widgets with the props the app passes', async () => {
      const { page, context, record } = await openApp(app);
      try {
        for (const tag of WIDGETS) {
          const children = await page.locator(tag).evaluate((el) => el.shadowRoot.childElementCount);
          assert.ok(children > 0, `${tag} rendered nothing`);
        }
        // Plain strings: the card's name and its call link from the phone prop.
        const card = await shadowText(page, 'intake-contact-card');
        assert.match(card, /Cedar Hollow Recovery/);
        assert.equal(
          await page.locator('intake-contact-card a[part="call"]').getAttribute('href'),
          'tel:+12065550100',
        );
        // An object, which only a property can carry: the card's message override.
        assert.match(card, /Free and confidential\. Call any time, day or night\./);
        // lang="es": the quiz asks its first question in Spanish.
        assert.match(await shadowText(page, 'intake-care-quiz'), /¿Para quién busca ayuda\?/);
        assert.equal(await page.locator('intake-care-quiz').getAttribute('lang'), 'es');
        // The insurance check got its endpoint and renders its form.
        assert.equal(
          await page.locator('intake-insurance-check').evaluate((el) => el.endpoint),
          '/api/intake',
        );
        assert.ok(await page.locator('intake-insurance-check form').count(), 'no insurance form');
        assert.deepEqual(await eventLog(page), [], 'no event before the visitor does anything');
        assert.deepEqual(record.errors, []);
        assert.deepEqual(
          record.console.filter((message) => message.type === 'error' || message.type === 'warning'),
          [],
        );
      } finally {
        await context.close();
      }
    });

    it('receives and shows the widgets’ events, never what the visitor typed', async () => {
      const { page, context, record } = await openApp(app);
      try {
        await page.locator('intake-contact-card a[part="call"]').click();
        assert.deepEqual(await eventsAfter(page, 1), ['intake-contact {"method":"call"}']);
        assert.equal(new URL(page.url()).protocol, 'http:', 'the call link must not have navigated');

        // The quiz starts with a first answer and moves to question 2.
        await page.locator('intake-care-quiz').getByRole('radio', { name: 'Para mí' }).check();
        await page.locator('intake-care-quiz').getByRole('button', { name: 'Siguiente' }).click();
        const quizLog = await eventsAfter(page, 3);
        assert.equal(quizLog.length, 3, quizLog.join('\n'));
        assert.equal(quizLog[1], 'intake-quiz-start {}');
        assert.match(quizLog[2], /^intake-quiz-step \{"index":2,"total":\d+\}$/);

        // Typing starts the insurance check; the log shows that it started, not what was typed.
        await page.locator('intake-insurance-check input[type="text"]').first().fill('Rosalind');
        const log = await eventsAfter(page, 4);
        assert.equal(log.length, 4, log.join('\n'));
        assert.equal(log[3], 'intake-insurance-start {}');
        assert.doesNotMatch(log.join('\n'), /Rosalind/);
        assert.doesNotMatch(log.join('\n'), /Para mí|self/);

        assert.deepEqual(record.errors, []);
        assert.deepEqual(
          record.requests.filter((request) => !request.url.startsWith(server.url)),
          [],
          'nothing but the app itself was requested',
        );
      } finally {
        await context.close();
      }
    });
  });
}

describe('typed props for React and Vue (types/react.d.ts, types/vue.d.ts)', () => {
  for (const app of APPS) {
    it(`type-check the ${app} app and its accepted and refused props`, () => {
      // demo/<app>/typed-props.check.* holds `@ts-expect-error` lines: a type too loose fails too.
      run('node_modules/typescript/bin/tsc', ['--noEmit', '-p', `demo/${app}/tsconfig.json`]);
    });
  }
});
