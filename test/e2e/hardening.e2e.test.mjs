// The hardening suite on the built drop-in file: a privacy audit across a whole visit, a
// right-to-left host, forced colors and reduced motion, and widgets moved, removed, re-added
// and re-configured at every step.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { completeQuiz, fillVerify, TYPED, watchStorage } from './flows.mjs';
import { launchBrowser, openPage, startServer, widgetsRendered } from './harness.mjs';

const ALL = 'intake-contact-card, intake-care-quiz, intake-insurance-check';

let server;
let browser;

before(async () => {
  server = await startServer({ faults: true, dbPath: ':memory:' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every element in every widget's shadow root, for computed-style checks (runs in the page). */
function shadowElements(selector) {
  return [...document.querySelectorAll(selector)].flatMap((host) => [
    ...host.shadowRoot.querySelectorAll('*'),
  ]);
}

describe('privacy audit: a whole visit, quiz then insurance', () => {
  it('sends only to the configured endpoint, stores nothing, and puts no answer or typed value anywhere else', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    await context.addInitScript(watchStorage);
    await context.addInitScript(() => {
      // Every intake-* event with its detail, and the analytics bridge switched on.
      window.__events = [];
      const dispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event) {
        if (event.type.startsWith('intake-') && event.type !== 'intake-insurance-submit') {
          window.__events.push({ type: event.type, detail: JSON.stringify(event.detail ?? null) });
        }
        return dispatch.call(this, event);
      };
      window.IntakeWidgets = { defaults: { analytics: 'datalayer' } };
    });
    const page = await context.newPage();
    const record = { errors: [], console: [], requests: [] };
    page.on('pageerror', (error) => record.errors.push(String(error)));
    page.on('console', (message) => record.console.push(message.text()));
    page.on('request', (request) =>
      record.requests.push({ url: request.url(), method: request.method(), body: request.postData() }),
    );
    await page.goto(`${server.url}/`);
    await widgetsRendered(page, ALL);

    // The quiz, with answers whose ids and labels are easy to look for.
    const quiz = page.locator('#quiz');
    await completeQuiz(quiz, {
      substances: ['Opioids', 'Stimulants'],
      frequency: ['Every day'],
      'withdrawal-now': ['Strong'],
      home: ['People there drink or use drugs'],
    });
    await quiz.getByRole('button', { name: 'Verify insurance' }).click();

    // The insurance form, reached from the quiz's result, sent to the receiver.
    const form = page.locator('#insurance-check');
    await form.evaluate((el) => el.setAttribute('min-fill-ms', '0'));
    await fillVerify(form);
    await form.locator('[part="submit"]').click();
    await form.locator('[part="result"]').waitFor({ timeout: 15000 });

    const posts = record.requests.filter((r) => r.method !== 'GET');
    assert.deepEqual(
      posts.map((r) => r.url),
      [`${server.url}/api/intake`],
      'one POST, to the configured endpoint',
    );
    const foreign = record.requests.filter((r) => !r.url.startsWith(`${server.url}/`));
    assert.deepEqual(foreign, [], 'every request is to the page’s own origin');
    const body = JSON.parse(posts[0].body);
    assert.equal(body.careLevel, 'iop', 'the quiz’s care level went with the request…');

    const storage = await page.evaluate(async () => ({
      writes: window.__storageWrites,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(storage, { writes: [], local: 0, session: 0, cookie: '', databases: 0 });
    assert.deepEqual(await context.cookies(), []);

    const answers = ['opioids', 'stimulants', 'daily', 'strong', 'others-use', 'Opioids', 'Every day'];
    const places = {
      events: JSON.stringify(await page.evaluate(() => window.__events)),
      dataLayer: JSON.stringify(await page.evaluate(() => window.dataLayer ?? [])),
      url: page.url(),
      console: JSON.stringify(record.console),
      requestUrls: JSON.stringify(record.requests.map((r) => r.url)),
      // …but not one answer: the request carries the outcome, never what led to it.
      intakeRequest: posts[0].body.replace(/"(consent|text)":"[^"]*"/g, ''),
    };
    for (const [where, text] of Object.entries(places)) {
      for (const value of answers) assert.ok(!text.includes(value), `answer "${value}" appeared in ${where}`);
      if (where === 'intakeRequest') continue;
      for (const value of TYPED) assert.ok(!text.includes(value), `"${value}" appeared in ${where}`);
    }
    // The events did happen (the audit looked at something real).
    const types = JSON.parse(places.events).map((e) => e.type);
    for (const type of ['intake-quiz-start', 'intake-quiz-complete', 'intake-insurance-submitted']) {
      assert.ok(types.includes(type), `${type} was dispatched`);
    }
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('the script never arrives (blocked, offline, a CDN outage)', () => {
  it('keeps the space hidden for 5 s, then gives it to the phone numbers written inside (README host CSS)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.route('**/intake-widgets.js', (route) => route.abort());
    await page.goto(`${server.url}/`);
    const height = (tag) => page.locator(tag).evaluate((el) => el.getBoundingClientRect().height);
    const fallback = (tag) => page.locator(`${tag} a[href="tel:+12065550100"]`);
    // While the script may still come, the reserved space stays and nothing flashes in it.
    for (const tag of ['intake-care-quiz', 'intake-insurance-check']) {
      assert.equal(await fallback(tag).isVisible(), false, tag);
      assert.ok((await height(tag)) > 300, tag);
    }
    for (const tag of ['intake-care-quiz', 'intake-insurance-check', 'intake-contact-card:not([layout])']) {
      await fallback(tag).waitFor({ state: 'visible', timeout: 10000 });
      assert.ok((await height(tag)) < 150, `${tag} gave its space back`);
    }
    await context.close();
  });

  it('never shows what is written inside once the widgets run', async () => {
    const { page, context } = await openPage(browser, `${server.url}/`);
    await widgetsRendered(page, ALL);
    for (const tag of ['intake-care-quiz', 'intake-insurance-check']) {
      assert.equal(await page.locator(`${tag} > p`).isVisible(), false, tag);
    }
    await context.close();
  });
});

describe('right-to-left host page', () => {
  it('keeps the widgets left to right, with numbers, addresses and punctuation in order, and no sideways scrolling', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/rtl.html`, {
      viewport: { width: 320, height: 800 },
    });
    await widgetsRendered(page, ALL);
    const found = await page.evaluate((all) => {
      /** Left edge of the first occurrence of `text` in the shadow root of `host`. */
      const leftOf = (host, text) => {
        const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().left;
        }
        return null;
      };
      const card = document.querySelector('intake-contact-card');
      const quiz = document.querySelector('intake-care-quiz');
      return {
        directions: [...document.querySelectorAll(all)].map((el) => getComputedStyle(el).direction),
        // "1200 Example Ave": the house number comes first, on the left.
        address: [leftOf(card, '1200'), leftOf(card, 'Example Ave')],
        // "¿En peligro ahora?": the opening mark on the left of the words.
        question: [leftOf(quiz, '¿'), leftOf(quiz, 'En peligro')],
        scrollWidth: document.documentElement.scrollWidth,
      };
    }, ALL);
    assert.deepEqual(new Set(found.directions), new Set(['ltr']));
    assert.ok(found.address[0] < found.address[1], `address order ${found.address}`);
    assert.ok(found.question[0] < found.question[1], `question mark order ${found.question}`);
    assert.ok(found.scrollWidth <= 320, `page is ${found.scrollWidth}px wide at 320px`);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('user preferences', () => {
  it('forced colors: every button and field keeps a visible edge (link-style buttons an underline), and keyboard focus a visible outline', async () => {
    const { page, context } = await openPage(browser, 'about:blank', {
      viewport: { width: 390, height: 900 },
    });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${server.url}/`);
    await widgetsRendered(page, ALL);
    const borderless = await page.evaluate(
      ({ all, listFn }) => {
        const list = new Function(`return (${listFn})`)();
        return (
          list(all)
            .filter((el) =>
              el.matches('button, .button, input:not([type="radio"], [type="checkbox"]), select'),
            )
            // Out of sight, drawn by another element (a card photo's field, by its button).
            .filter((el) => el.getClientRects().length > 0 && !el.matches('.visually-hidden'))
            .filter((el) => {
              const style = getComputedStyle(el);
              const bordered =
                style.borderTopStyle !== 'none' && Number.parseFloat(style.borderTopWidth) >= 1;
              // A button styled as a link is recognised by its underline, like any link.
              const underlined =
                el.classList.contains('link') && style.textDecorationLine.includes('underline');
              return !bordered && !underlined;
            })
            .map((el) => `${el.getRootNode().host.localName} ${el.localName}.${el.className}`)
        );
      },
      { all: ALL, listFn: shadowElements.toString() },
    );
    assert.deepEqual(borderless, []);

    // Button text in the system's colours (links LinkText, buttons ButtonText), never the site's
    // accent or the crisis red, either of which can be unreadable on a high-contrast theme: on the
    // page as it loads, and with the red 911 and 988 buttons of the quiz's emergency and crisis
    // screens and the call bar's 988 button.
    const offTheme = () =>
      page.evaluate(
        ({ all, listFn }) => {
          const list = new Function(`return (${listFn})`)();
          const systemColor = (name) => {
            const probe = document.body.appendChild(document.createElement('span'));
            probe.style.color = name;
            const value = getComputedStyle(probe).color;
            probe.remove();
            return value;
          };
          // A label drawn as a button (a card photo's "Choose a photo") is a button to the eye.
          const button = systemColor('ButtonText');
          const face = systemColor('ButtonFace');
          const expected = { a: systemColor('LinkText'), button, label: button };
          return list(all)
            .filter((el) => el.matches('.button') && el.getClientRects().length > 0)
            .filter((el) => {
              const style = getComputedStyle(el);
              const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)';
              return style.color !== expected[el.localName] || (filled && style.backgroundColor !== face);
            })
            .map((el) => `${el.getRootNode().host.localName} ${el.localName}.${el.className}`);
        },
        { all: ALL, listFn: shadowElements.toString() },
      );
    assert.deepEqual(await offTheme(), []);

    // Tab onto the quiz's first answer and the card's call link: each shows an outline.
    for (const [selector, target, ring] of [
      ['#quiz', 'input'],
      ['intake-contact-card:not([layout="bar"])', '[part="call"]'],
      // The card photo's field is hidden; its "Choose a photo" button shows the ring.
      ['#insurance-check', '#cardFront', '.pick'],
    ]) {
      const first = page.locator(selector).locator(target).first();
      await first.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await first.evaluate((focused, ring) => {
        const el = ring ? focused.closest('.field').querySelector(ring) : focused;
        const style = getComputedStyle(el);
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'Highlight';
        const highlight = getComputedStyle(probe).color;
        probe.remove();
        return {
          style: style.outlineStyle,
          width: Number.parseFloat(style.outlineWidth),
          // Buttons keep their own colours out of the forced palette: their ring must not keep the accent.
          systemColor: !el.matches('.button') || style.outlineColor === highlight,
        };
      }, ring);
      assert.notEqual(outline.style, 'none', `${selector} ${target} focus outline`);
      assert.ok(outline.width >= 2, `${selector} ${target} outline ${JSON.stringify(outline)}`);
      assert.ok(outline.systemColor, `${selector} ${target} outline in the system's Highlight colour`);
    }

    // The red buttons, shown now.
    const quiz = page.locator('#quiz');
    await quiz.getByRole('radio', { name: 'Myself', exact: true }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.getByRole('checkbox', { name: 'A possible overdose' }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.locator('[part="emergency"]').waitFor();
    await page.locator('intake-contact-card[layout="bar"]').evaluate((bar) => {
      bar.setAttribute('crisis', '');
      return bar.updateComplete;
    });
    assert.equal(await page.locator('intake-contact-card[layout="bar"] [part="crisis"]').count(), 1);
    assert.deepEqual(await offTheme(), []);
    await quiz.getByRole('button', { name: 'Back to the questions' }).click();
    await quiz.getByRole('checkbox', { name: 'A possible overdose' }).uncheck();
    await quiz.getByRole('checkbox', { name: 'None of these' }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.getByRole('radio', { name: 'Nearly every day' }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.locator('[part="crisis"]').waitFor();
    assert.deepEqual(await offTheme(), []);
    await context.close();
  });

  it('reduced motion: nothing in any widget animates or transitions', async () => {
    const { page, context } = await openPage(browser, 'about:blank', {
      viewport: { width: 390, height: 900 },
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/`);
    await widgetsRendered(page, ALL);
    const moving = await page.evaluate(
      ({ all, listFn }) => {
        const list = new Function(`return (${listFn})`)();
        const seconds = (value) => Math.max(...value.split(',').map((v) => Number.parseFloat(v)));
        return list(all)
          .filter((el) => {
            const style = getComputedStyle(el);
            return (
              seconds(style.transitionDuration) > 0 ||
              (style.animationName !== 'none' && seconds(style.animationDuration) > 0) ||
              style.scrollBehavior === 'smooth'
            );
          })
          .map((el) => `${el.getRootNode().host.localName} ${el.localName}.${el.className}`);
      },
      { all: ALL, listFn: shadowElements.toString() },
    );
    assert.deepEqual(moving, []);
    await context.close();
  });
});

describe('moved, removed, re-added and re-configured', () => {
  it('each widget follows its attributes at every step, cleans up after itself, and throws nothing', async () => {
    const { page, context, record } = await openPage(browser, `${server.url}/hostile/blank.html`);
    await page.waitForFunction(() => customElements.get('intake-insurance-check'));
    const steps = await page.evaluate(async () => {
      const stage = document.getElementById('stage');
      const a = document.createElement('section');
      const b = document.createElement('aside');
      b.lang = 'es';
      stage.append(a, b);
      const seen = [];
      const settle = async (el) => {
        await el.updateComplete;
        await new Promise((done) => setTimeout(done, 0));
      };
      const heading = (el) => el.shadowRoot.querySelector('h2, h3')?.textContent.trim();
      const jsonLd = () => document.querySelectorAll('script[type="application/ld+json"]').length;

      const card = document.createElement('intake-contact-card');
      card.setAttribute('json-ld', '');
      card.setAttribute('name', 'First Name Center');
      card.setAttribute('phone', '206-555-0100');
      a.append(card);
      await settle(card);
      seen.push([
        'card in a',
        heading(card),
        card.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
        jsonLd(),
      ]);
      card.setAttribute('phone', '425-555-0111');
      b.append(card); // moved into a Spanish container
      await settle(card);
      seen.push([
        'card moved to b',
        heading(card),
        card.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
        jsonLd(),
      ]);
      card.remove();
      await settle(card);
      seen.push(['card removed', null, null, jsonLd()]);
      card.setAttribute('heading', 'Llámenos');
      a.append(card);
      await settle(card);
      seen.push([
        'card re-added to a',
        heading(card),
        card.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
        jsonLd(),
      ]);

      const quiz = document.createElement('intake-care-quiz');
      a.append(quiz);
      await settle(quiz);
      quiz.shadowRoot.querySelector('input[value="self"]').click();
      quiz.shadowRoot.querySelector('[part~="next"]').click();
      await settle(quiz);
      const questionBefore = quiz.shadowRoot.querySelector('legend')?.textContent.trim();
      b.append(quiz); // moved mid-quiz: the answers stay, the language follows the new container
      await settle(quiz);
      seen.push([
        'quiz moved mid-way',
        questionBefore,
        quiz.shadowRoot.querySelector('legend')?.textContent.trim(),
      ]);

      const form = document.createElement('intake-insurance-check');
      form.setAttribute('endpoint', '/api/intake');
      a.append(form);
      await settle(form);
      form.shadowRoot.querySelector('#firstName').value = 'Kept';
      form.shadowRoot.querySelector('#firstName').dispatchEvent(new Event('input', { bubbles: true }));
      form.remove();
      form.setAttribute('lang', 'es');
      b.append(form);
      await settle(form);
      seen.push([
        'form re-added in Spanish',
        heading(form),
        form.shadowRoot.querySelector('#firstName').value,
      ]);

      for (const el of [card, quiz, form]) el.remove();
      await settle(card);
      seen.push(['all removed', null, null, jsonLd()]);
      return seen;
    });
    const byStep = Object.fromEntries(steps.map(([step, ...rest]) => [step, rest]));
    assert.deepEqual(byStep['card in a'], ['Talk to an admissions specialist', 'tel:+12065550100', 1]);
    assert.deepEqual(byStep['card moved to b'], [
      'Hable con un especialista de admisiones',
      'tel:+14255550111',
      1,
    ]);
    assert.deepEqual(byStep['card removed'], [null, null, 0]);
    assert.deepEqual(byStep['card re-added to a'], ['Llámenos', 'tel:+14255550111', 1]);
    const [before, afterMove] = byStep['quiz moved mid-way'];
    assert.match(before, /right now/i);
    assert.match(afterMove, /ahora/i);
    assert.equal(byStep['form re-added in Spanish'][1], 'Kept');
    assert.match(byStep['form re-added in Spanish'][0], /seguro/i);
    assert.deepEqual(byStep['all removed'], [null, null, 0]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});

describe('tap targets', () => {
  it('every link and button standing on its own is at least 24 CSS px tall (links in a sentence excepted)', async () => {
    const { page, context } = await openPage(browser, 'about:blank', {
      viewport: { width: 390, height: 844 },
    });
    // Tuesday 23:30 in Seattle: the card's after-hours note and the bar's night buttons show.
    await page.clock.install({ time: new Date('2026-11-25T07:30:00Z') });
    await page.goto(`${server.url}/`);
    await widgetsRendered(page, ALL);
    const quiz = page.locator('#quiz');
    await quiz.locator('input[value="self"]').check();
    await quiz.locator('[part="next"]').click();
    await quiz.locator('input[value="overdose"]').check();
    await quiz.locator('[part="next"]').click();
    await quiz.locator('[part="emergency"]').waitFor();
    const form = page.locator('#insurance-check');
    await form.locator('[part="submit"]').click();
    await form.locator('[part="error-summary"]').waitFor();
    const small = await page.evaluate(
      ({ all, listFn }) => {
        const list = new Function(`return (${listFn})`)();
        return list(all)
          .filter((el) => el.matches('a, button') && el.getClientRects().length > 0)
          .filter((el) => !el.closest('.notice'))
          .filter((el) => el.getBoundingClientRect().height < 24)
          .map((el) => `${el.getRootNode().host.localName} "${el.textContent.trim()}"`);
      },
      { all: ALL, listFn: shadowElements.toString() },
    );
    assert.deepEqual(small, []);
    await context.close();
  });
});
