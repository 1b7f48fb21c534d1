// End-to-end checks of <intake-care-quiz> in the built drop-in file, on the demo page: the quiz
// is completed as a visitor would, by accessible roles and names, and nothing leaves the page or
// is stored while it runs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { completeQuiz, questionOnScreen, watchStorage } from './flows.mjs';
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

async function storageState(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((db) => db.name),
    writes: window.__storageWrites,
  }));
}

// The demo's admissions hours (its script tag): open Monday to Saturday by day, with a 24/7 line.
const FRIDAY_10_AM_PT = new Date('2026-11-27T18:00:00Z');
const THURSDAY_11_30_PM_PT = new Date('2026-11-27T07:30:00Z');

/** The demo page with the quiz rendered, its clock fixed `at` a moment (admissions open by default). */
async function openDemo({ at = FRIDAY_10_AM_PT, touch = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: touch });
  await context.addInitScript(watchStorage);
  const page = await context.newPage();
  await page.clock.setFixedTime(at);
  const record = { errors: [], requests: [] };
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('request', (request) => record.requests.push(request.url()));
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  await widgetsRendered(page, 'intake-care-quiz');
  // Everything the page itself loads is in; from here on the quiz must not add a request.
  await page.waitForLoadState('networkidle');
  const quiz = page.locator('#quiz');
  return { context, page, record, quiz, loaded: record.requests.length };
}

const SCENARIOS = [
  {
    outcome: 'detox',
    heading: /Detox/,
    answers: {
      substances: ['Alcohol'],
      frequency: ['Every day'],
      'drinks-per-day': ['10 or more'],
      'withdrawal-history': ['A seizure'],
    },
    expect: ['After detox: Intensive outpatient program (IOP).'],
  },
  {
    outcome: 'residential',
    heading: /Residential treatment/,
    answers: {
      who: ['Someone I care about'],
      substances: ['Stimulants'],
      frequency: ['Every day'],
      'past-attempts': ['Yes, but started again within days, even in treatment'],
      home: ['People there drink or use drugs'],
    },
    expect: ['Tried to stop before: Yes, but started again within days, even in treatment'],
  },
  {
    outcome: 'iop',
    heading: /Intensive outpatient program/,
    answers: {
      substances: ['Opioids'],
      frequency: ['Every day'],
      'withdrawal-now': ['Strong'],
    },
    expect: ['buprenorphine', 'About 9 to 19 hours a week'],
  },
  {
    outcome: 'php',
    heading: /Partial hospitalization program/,
    answers: { substances: ['Alcohol'], frequency: ['4 to 6 days a week'], 'mental-health': ['A lot'] },
    expect: ['About 20 hours a week or more.'],
  },
  {
    outcome: 'outpatient',
    heading: /Outpatient counseling/,
    answers: {
      substances: ['Alcohol'],
      frequency: ['1 to 3 days a week'],
      'past-attempts': ['Yes, and stayed stopped for months'],
    },
    expect: ['About 1 to 8 hours a week.'],
  },
  {
    outcome: 'step-down',
    heading: /Step-down care/,
    answers: { 'recent-treatment': ['Yes, finished it and not using'] },
    expect: ['At the level of an intensive outpatient program'],
  },
];

describe('care quiz on the demo page', () => {
  for (const scenario of SCENARIOS) {
    it(`reaches ${scenario.outcome} by roles and names, with no request and no storage write`, async () => {
      const { context, page, record, quiz, loaded } = await openDemo();
      const before = await storageState(page);
      const outcomes = [];
      await page.exposeFunction('__quizComplete', (outcome) => outcomes.push(outcome));
      await page.evaluate(() =>
        document.addEventListener('intake-quiz-complete', (event) => {
          window.__quizComplete(event.detail.outcome);
          window.__detailKeys = Object.keys(event.detail);
        }),
      );

      const asked = await completeQuiz(quiz, scenario.answers);
      assert.equal(asked.includes('drinks-per-day'), (scenario.answers.substances ?? []).includes('Alcohol'));

      const heading = quiz.getByRole('heading', { name: scenario.heading });
      await heading.waitFor();
      const text = (await quiz.locator('[part="result"]').textContent()).replace(/\s+/g, ' ');
      for (const part of scenario.expect) assert.ok(text.includes(part), `"${part}" in: ${text}`);
      assert.match(text, /This is not a diagnosis\. A clinician will recommend the right level of care\./);
      assert.match(text, /Model care-quiz\/1/);
      assert.equal(
        await quiz.getByRole('link', { name: 'Call admissions: (206) 555-0100' }).getAttribute('href'),
        'tel:+12065550100',
      );
      assert.deepEqual(outcomes, [scenario.outcome]);
      assert.deepEqual(await page.evaluate(() => window.__detailKeys), ['outcome']);

      // Verify insurance: the checker on the same page takes the care level and the focus.
      await quiz.getByRole('button', { name: 'Verify insurance' }).click();
      const handedOver = await page.evaluate(() => {
        const check = document.querySelector('intake-insurance-check');
        return {
          careLevel: check.careLevel,
          focused: document.activeElement === check,
          part: check.shadowRoot.activeElement?.getAttribute('part'),
        };
      });
      assert.deepEqual(handedOver, { careLevel: scenario.outcome, focused: true, part: 'heading' });

      assert.equal(await quiz.locator('[part="notice"]').getByRole('link', { name: 'Call 911' }).count(), 1);
      assert.deepEqual(record.requests.slice(loaded), [], 'no network request during the quiz');
      const afterQuiz = await storageState(page);
      assert.deepEqual(afterQuiz.writes, [], 'no storage write');
      assert.deepEqual(
        { ...afterQuiz, writes: undefined },
        { ...before, writes: undefined },
        'storage unchanged',
      );
      assert.deepEqual(afterQuiz.databases, []);
      assert.equal(afterQuiz.cookie, '');
      assert.deepEqual(record.errors, []);
      await context.close();
    });
  }

  it("dials the demo's 24/7 line from the result while admissions is closed", async () => {
    const { context, record, quiz } = await openDemo({ at: THURSDAY_11_30_PM_PT });
    await completeQuiz(quiz, SCENARIOS[0].answers);
    await quiz.getByRole('heading', { name: SCENARIOS[0].heading }).waitFor();
    assert.equal(
      await quiz.getByRole('link', { name: 'Call our 24/7 line: (206) 555-0199' }).getAttribute('href'),
      'tel:+12065550199',
    );
    assert.equal(await quiz.getByRole('link', { name: /Call admissions/ }).count(), 0);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('shows the emergency screen, 911 first, immediately after an urgent item, and goes back', async () => {
    const { context, page, record, quiz, loaded } = await openDemo();
    await quiz.getByRole('radio', { name: 'Someone I care about', exact: true }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await quiz.getByRole('checkbox', { name: 'A possible overdose' }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    // No waiting: the screen is rendered by the time the click resolves.
    const screen = quiz.locator('[part="emergency"]');
    assert.equal(await screen.count(), 1);
    assert.equal(await screen.getByRole('heading').first().textContent(), 'Call 911 now');
    const firstLink = screen.getByRole('link').first();
    assert.equal(await firstLink.textContent(), 'Call 911');
    assert.equal(await firstLink.getAttribute('href'), 'tel:911');
    assert.equal(
      await screen.getByRole('link', { name: 'Call Poison Help, 1-800-222-1222' }).getAttribute('href'),
      'tel:+18002221222',
    );
    assert.equal(
      await page.evaluate(() => document.querySelector('#quiz').shadowRoot.activeElement?.textContent),
      'Call 911 now',
    );
    await quiz.getByRole('button', { name: 'Back to the questions' }).click();
    assert.equal(await quiz.getByRole('checkbox', { name: 'A possible overdose' }).isChecked(), true);
    assert.deepEqual(record.requests.slice(loaded), []);
    assert.deepEqual((await storageState(page)).writes, []);
    await context.close();
  });

  it('takes a double tap on Next as one: the second tap answers nothing on the next screen', async () => {
    const { context, page, quiz } = await openDemo({ touch: true });
    await quiz.getByRole('radio', { name: 'Myself', exact: true }).tap();
    const box = await quiz.getByRole('button', { name: 'Next', exact: true }).boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
    assert.equal(await questionOnScreen(quiz), 'urgent');
    // The second tap fell on an answer of the new question, which stays unticked.
    const under = await quiz.evaluate(
      (el, [x, y]) => el.shadowRoot.elementFromPoint(x, y)?.closest('label')?.textContent,
      [x, y],
    );
    assert.ok(under, 'an answer is where Next was');
    assert.deepEqual(await quiz.locator('input:checked').count(), 0);
    // A tap a moment later is the visitor's own.
    await page.waitForTimeout(600);
    await page.touchscreen.tap(x, y);
    assert.equal(await quiz.locator('input:checked').count(), 1);
    await context.close();
  });

  it('shows the crisis screen with 988 by call and text after thoughts of self-harm', async () => {
    const { context, quiz } = await openDemo();
    await completeQuiz(quiz, { 'self-harm-thoughts': ['More than half the days'] });
    const screen = quiz.locator('[part="crisis"]');
    assert.equal(await screen.getByRole('link', { name: 'Call 988' }).getAttribute('href'), 'tel:988');
    assert.equal(await screen.getByRole('link', { name: 'Text 988' }).getAttribute('href'), 'sms:988');
    await context.close();
  });

  it('starts over on reload: nothing was kept', async () => {
    const { context, page, quiz } = await openDemo();
    await quiz.getByRole('radio', { name: 'Someone I care about', exact: true }).check();
    await quiz.getByRole('button', { name: 'Next', exact: true }).click();
    await page.reload();
    await widgetsRendered(page, 'intake-care-quiz');
    assert.equal(
      await quiz.getByRole('radio', { name: 'Someone I care about', exact: true }).isChecked(),
      false,
    );
    assert.match(await quiz.locator('[part="progress"]').textContent(), /Question 1 of 16/);
    await context.close();
  });
});

describe('IntakeWidgets.recommendCare from the drop-in script', () => {
  it('gives the model result, with no DOM or Lit needed for it', async () => {
    const { page, context } = await openPage(browser, `${server.url}/`);
    await widgetsRendered(page, 'intake-care-quiz');
    const results = await page.evaluate(() => [
      window.IntakeWidgets.recommendCare({
        substances: ['alcohol'],
        frequency: 'daily',
        'drinks-per-day': '10-plus',
        'withdrawal-history': ['seizure'],
        home: 'safe',
        support: 'strong',
      }),
      window.IntakeWidgets.recommendCare({ who: 'loved-one', urgent: ['overdose'] }),
    ]);
    assert.equal(results[0].model, 'care-quiz/1');
    assert.equal(results[0].outcome, 'detox');
    assert.deepEqual(results[0].next, { outcome: 'iop' });
    assert.equal(results[1].outcome, 'emergency');
    assert.ok(results[1].notes.includes('emergency-overdose'));
    await context.close();
  });
});
