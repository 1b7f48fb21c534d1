// End-to-end checks of <intake-insurance-check> in the built drop-in file, on the demo page,
// against the reference receiver (in-process, with its test-only fault endpoints).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startReceiver } from '../../demo/receiver/server.mjs';
import { fillVerify, TYPED, VISITOR } from './flows.mjs';
import { launchBrowser, openPage, startServer, widgetsRendered } from './harness.mjs';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/insurance-check-request.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validateRequest = ajv.compile(schema);

let server;
let browser;
let restarted;

before(async () => {
  server = await startServer({ faults: true, dbPath: ':memory:' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await restarted?.close();
});

async function admin(path, method = 'GET', body) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status}`);
  return response.json();
}

const submissions = () => admin('/__submissions');
const queueFaults = (queue) => admin('/__faults', 'POST', { queue });

beforeEach(async () => {
  await admin('/__faults', 'DELETE');
  await admin('/__submissions', 'DELETE');
});

/**
 * The demo page with a recorder for every intake-* event, analytics on (so the dataLayer bridge
 * is exercised), the element's minimum fill time off and a short per-attempt timeout.
 */
async function openDemo(query = '') {
  const opened = await openPage(browser, 'about:blank', { viewport: { width: 390, height: 900 } });
  const { page } = opened;
  const intake = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/intake'))
      intake.push({
        method: request.method(),
        key: request.headers()['idempotency-key'],
        request,
      });
  });
  await page.addInitScript(() => {
    window.__events = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event) {
      if (event.type.startsWith('intake-')) {
        const detail = event.type === 'intake-insurance-submit' ? '(request body)' : event.detail;
        window.__events.push({ type: event.type, detail: JSON.stringify(detail ?? null) });
      }
      return dispatch.call(this, event);
    };
    window.IntakeWidgets = { defaults: { analytics: 'datalayer' } };
  });
  await page.goto(`${server.url}/${query}`);
  await widgetsRendered(page, 'intake-insurance-check');
  const form = page.locator('#insurance-check');
  await form.evaluate((el) => {
    el.setAttribute('min-fill-ms', '0');
    el.setAttribute('timeout', '1500');
  });
  return { ...opened, form, intake };
}

/**
 * The number the form offers now: the demo's 24/7 line while its admissions hours (on the script
 * tag) say closed, as the contact card's status line shows, else admissions.
 */
async function callNow(page) {
  const status = await page.locator('intake-contact-card:not([layout="bar"]) [part="status"]').textContent();
  return status.startsWith('Closed') ? 'tel:+12065550199' : 'tel:+12065550100';
}

async function send(form) {
  await form.locator('[part="submit"]').click();
}

/** Fills the form, sends it and waits for the "not sent" box: returns the box. */
async function sendUntilFailure(form) {
  await fillVerify(form);
  await send(form);
  const failure = form.locator('[part="failure"]');
  await failure.waitFor({ timeout: 15000 });
  return failure;
}

async function resultStatus(form) {
  const result = form.locator('[part="result"]');
  await result.waitFor({ timeout: 15000 });
  return result.getAttribute('data-status');
}

/** Nothing the visitor typed in events, the dataLayer, the URL, storage, the console or any request but the intake POST. */
async function assertNothingLeaked({ page, record }) {
  const events = await page.evaluate(() => window.__events);
  const dataLayer = await page.evaluate(() => JSON.stringify(window.dataLayer ?? []));
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, cookie: '', idb: 0 });
  const places = {
    events: JSON.stringify(events),
    dataLayer,
    url: page.url(),
    console: JSON.stringify(record.console),
    requestUrls: JSON.stringify(record.requests.map((r) => r.url)),
    otherBodies: JSON.stringify(
      record.requests.filter((r) => !r.url.endsWith('/api/intake')).map((r) => r.body),
    ),
  };
  for (const [where, text] of Object.entries(places)) {
    for (const typed of TYPED) assert.ok(!text.includes(typed), `"${typed}" appeared in ${where}`);
  }
  const foreign = record.requests.filter(
    (r) => !r.url.startsWith(`${server.url}/`) && !r.url.startsWith('data:'),
  );
  assert.deepEqual(foreign, [], 'no request leaves the page origin');
  const posts = record.requests.filter((r) => r.method === 'POST');
  assert.ok(
    posts.every((r) => r.url === `${server.url}/api/intake`),
    'data is posted to the configured endpoint only',
  );
  assert.deepEqual(record.errors, []);
  return events;
}

describe('insurance check on the demo page', () => {
  it('stores a submission once, answers 201 with a valid body, shows the result, and leaks nothing', async () => {
    // A query in the page's address (an ad's tracking id, or what a visitor typed into another
    // form) stays out of the request: neither in the body's `page` nor in the Referer header.
    const opened = await openDemo('?utm_source=ad&gclid=Cj0KCQ');
    const { page, context, form, intake } = opened;
    await fillVerify(form, { memberId: 'VER8472913' });
    await send(form);
    assert.equal(await resultStatus(form), 'verified');
    const text = await form.locator('[part="result"]').textContent();
    assert.match(text, /Your reference number: NP-[A-Z2-9]{8}/);
    assert.match(text, /not a promise of coverage/);

    const stored = await submissions();
    assert.equal(stored.count, 1);
    const [submission] = stored.submissions;
    assert.equal(submission.idempotencyKey, intake[0].key);
    assert.equal(submission.response.status, 'verified');
    const body = submission.body;
    assert.ok(validateRequest(body), JSON.stringify(validateRequest.errors));
    assert.equal(body.page, `${server.url}/`);
    assert.deepEqual(body.patient, { firstName: 'Marisol', lastName: 'Quintero', dateOfBirth: '1984-07-23' });
    assert.equal(body.contact.phone, '+12065550147');
    assert.equal(body.insurance.carrier, 'Premera Blue Cross');
    assert.equal(intake.length, 1);
    assert.equal(await intake[0].request.headerValue('referer'), `${server.url}/`);

    const events = await assertNothingLeaked({ ...opened, record: opened.record });
    const types = events.map((e) => e.type).filter((t) => t.startsWith('intake-insurance'));
    assert.deepEqual(types, [
      'intake-insurance-start',
      'intake-insurance-submit',
      'intake-insurance-submitted',
    ]);
    const dataLayer = await page.evaluate(() => window.dataLayer);
    assert.deepEqual(
      dataLayer.filter((entry) => entry.intake_widget === 'insurance-check'),
      [
        { event: 'intake-insurance-start', intake_widget: 'insurance-check' },
        { event: 'intake-insurance-submitted', intake_widget: 'insurance-check', intake_status: 'verified' },
      ],
    );
    await context.close();
  });

  it('the "no card" path sends a callback request that the receiver stores', async () => {
    const opened = await openDemo();
    const { form, context } = opened;
    await form.locator('[part="mode"]').click();
    await form.locator('input[name="who"][value="loved-one"]').check();
    await form.locator('#relationship').fill('Sister');
    await form.locator('#firstName').fill(VISITOR.firstName);
    await form.locator('#lastName').fill(VISITOR.lastName);
    await form.locator('#phone').fill(VISITOR.phone);
    await form.locator('#consent').check();
    await send(form);
    assert.equal(await resultStatus(form), 'received');
    const {
      count,
      submissions: [submission],
    } = await submissions();
    assert.equal(count, 1);
    assert.ok(validateRequest(submission.body), JSON.stringify(validateRequest.errors));
    assert.equal(submission.body.mode, 'callback');
    assert.deepEqual(submission.body.seeker, { for: 'loved-one', relationship: 'Sister' });
    await assertNothingLeaked(opened);
    await context.close();
  });

  it('stores once when the first attempt times out and the retry with the same key succeeds', async () => {
    await queueFaults([{ kind: 'delay', ms: 4000 }]);
    const opened = await openDemo();
    const { form, context, intake } = opened;
    await fillVerify(form);
    await send(form);
    assert.equal(await resultStatus(form), 'in-network');
    assert.equal(intake.length, 2, 'one retry after the 1.5 s timeout');
    assert.equal(intake[1].key, intake[0].key);
    const stored = await submissions();
    assert.equal(stored.count, 1);
    assert.equal(stored.submissions[0].idempotencyKey, intake[0].key);
    await assertNothingLeaked(opened);
    await context.close();
  });

  it('stores once after a 500 then a 200, and shows the result', async () => {
    await queueFaults([{ kind: 'status', status: 500 }]);
    const opened = await openDemo();
    const { form, context, intake } = opened;
    await fillVerify(form);
    await send(form);
    assert.equal(await resultStatus(form), 'in-network');
    assert.equal(intake.length, 2);
    assert.equal(intake[1].key, intake[0].key);
    assert.equal((await submissions()).count, 1);
    await context.close();
  });

  it('shows a 422 message on the named field, with focus there, and keeps the values', async () => {
    await queueFaults([
      { kind: '422', errors: { 'insurance.memberId': 'We could not find this member ID.' } },
    ]);
    const opened = await openDemo();
    const { form, context } = opened;
    await fillVerify(form);
    await send(form);
    const error = form.locator('#memberId-error');
    await error.waitFor();
    assert.equal(await error.textContent(), 'We could not find this member ID.');
    const memberId = form.locator('#memberId');
    assert.equal(await memberId.getAttribute('aria-invalid'), 'true');
    assert.equal(await memberId.getAttribute('aria-describedby'), 'memberId-error');
    assert.equal(await memberId.inputValue(), VISITOR.memberId);
    assert.equal(await memberId.evaluate((el) => el.getRootNode().activeElement === el), true);
    assert.equal((await submissions()).count, 0);
    await assertNothingLeaked(opened);
    await context.close();
  });

  it('with the receiver unreachable keeps every value and offers Retry and the phone; Retry stores once', async () => {
    await queueFaults([{ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' }]);
    const opened = await openDemo();
    const { form, context, intake } = opened;
    const failure = await sendUntilFailure(form);
    // Through the demo server's proxy a dropped connection arrives as a 502: either way, the same screen.
    assert.match(await failure.textContent(), /Not sent yet.*Everything you entered is still here/);
    assert.equal(await failure.locator('[part="call"]').getAttribute('href'), await callNow(opened.page));
    for (const [name, value] of Object.entries(VISITOR)) {
      assert.equal(await form.locator(`#${name}`).inputValue(), value, name);
    }
    assert.equal(await form.locator('#consent').isChecked(), true);
    assert.equal(intake.length, 3, 'the first attempt and two retries');
    assert.equal(new Set(intake.map((r) => r.key)).size, 1);
    assert.equal((await submissions()).count, 0);

    await failure.locator('[part="retry"]').click();
    assert.equal(await resultStatus(form), 'in-network');
    assert.equal(intake.length, 4);
    assert.equal(intake[3].key, intake[0].key, 'Retry uses the same key');
    assert.equal((await submissions()).count, 1);
    await assertNothingLeaked(opened);
    await context.close();
  });

  it('stores once when the lead was kept but the answer lost, even after an edit that ends where it started', async () => {
    // The receiver stores each attempt, then drops the connection: the visitor sees "Not sent yet".
    await queueFaults([
      { kind: 'drop', store: true },
      { kind: 'drop', store: true },
      { kind: 'drop', store: true },
    ]);
    const opened = await openDemo();
    const { form, context, intake } = opened;
    const failure = await sendUntilFailure(form);
    assert.equal((await submissions()).count, 1);
    const memberId = form.locator('#memberId');
    await memberId.press('End');
    await memberId.press('X');
    await memberId.press('Backspace');
    await form.locator('#sms').check();
    await form.locator('#sms').uncheck();
    await failure.locator('[part="retry"]').click();
    await form.locator('[part="result"]').waitFor({ timeout: 15000 });
    assert.equal(intake.length, 4);
    assert.equal(new Set(intake.map((r) => r.key)).size, 1, 'one key for one submission');
    assert.equal((await submissions()).count, 1);
    await assertNothingLeaked(opened);
    await context.close();
  });

  it('does not follow the endpoint redirecting elsewhere: nothing goes on, "not sent", a console error', async () => {
    const opened = await openDemo();
    const { page, form, context, record } = opened;
    // Another origin, which the form itself refuses as an endpoint.
    const elsewhere = 'http://127.0.0.2:9/steal';
    await page.route('**/api/intake', (route) =>
      route.fulfill({ status: 307, headers: { Location: elsewhere, 'Access-Control-Allow-Origin': '*' } }),
    );
    const failure = await sendUntilFailure(form);
    assert.match(await failure.textContent(), /Not sent yet/);
    assert.deepEqual(
      record.requests.filter((request) => request.url.startsWith('http://127.0.0.2')),
      [],
      'no request went to the redirect target',
    );
    assert.ok(
      record.console.some((message) => message.type === 'error' && /redirect/.test(message.text)),
      'a console error names the redirect',
    );
    for (const [name, value] of Object.entries(VISITOR)) {
      assert.equal(await form.locator(`#${name}`).inputValue(), value, name);
    }
    await context.close();
  });

  it('sends card photos shrunk to a JPEG of at most 1600 px', async () => {
    const opened = await openDemo();
    const { page, form, context } = opened;
    // A 4000 × 3000 photo-like image (gradient, shapes and noise), made in the browser.
    const base64 = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 4000;
      canvas.height = 3000;
      const ctx = canvas.getContext('2d');
      const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
      gradient.addColorStop(0, '#1d4e89');
      gradient.addColorStop(1, '#f4d35e');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 4000, 3000);
      const noise = ctx.createImageData(1200, 900);
      for (let i = 0; i < noise.data.length; i++) noise.data[i] = (i * 2654435761) % 251;
      ctx.putImageData(noise, 300, 300);
      ctx.fillStyle = '#fff';
      ctx.font = 'bold 240px sans-serif';
      ctx.fillText('HEALTH PLAN', 600, 2400);
      return canvas.toDataURL('image/jpeg', 0.95).split(',')[1];
    });
    const buffer = Buffer.from(base64, 'base64');
    assert.ok(buffer.length > 600_000, `the test image is large (${buffer.length} bytes)`);
    await fillVerify(form);
    await form.locator('#cardFront').setInputFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer });
    await form.locator('[part="preview"]').waitFor({ timeout: 15000 });
    await send(form);
    await resultStatus(form);
    const {
      count,
      submissions: [submission],
    } = await submissions();
    assert.equal(count, 1);
    assert.ok(validateRequest(submission.body), JSON.stringify(validateRequest.errors));
    const front = submission.body.insurance.cardImages.front;
    assert.match(front, /^data:image\/jpeg;base64,/);
    assert.ok(front.length <= 560_000, `${front.length} characters`);
    assert.equal(submission.body.insurance.cardImages.back, undefined);
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, front);
    assert.ok(Math.max(...size) <= 1600 && Math.max(...size) >= 800, `shrunk to ${size.join('×')}`);
    assert.equal(Math.round((size[0] / size[1]) * 100), 133, 'aspect ratio kept');
    await assertNothingLeaked(opened);
    await context.close();
  });

  it('with the receiver stopped keeps the values and offers Retry; after a restart Retry stores it once', async () => {
    const opened = await openDemo();
    const { form, context, intake } = opened;
    const { port, dbPath } = server.receiver;
    await server.receiver.close();
    const failure = await sendUntilFailure(form);
    assert.equal(await form.locator('#memberId').inputValue(), VISITOR.memberId);
    assert.equal(await failure.locator('[part="call"]').getAttribute('href'), await callNow(opened.page));
    assert.equal(intake.length, 3);

    restarted = await startReceiver({ port, host: '127.0.0.1', faults: true, dbPath, log: false });
    await failure.locator('[part="retry"]').click();
    assert.equal(await resultStatus(form), 'in-network');
    const stored = await submissions();
    assert.equal(stored.count, 1);
    assert.equal(stored.submissions[0].idempotencyKey, intake[0].key);
    await assertNothingLeaked(opened);
    await context.close();
  });
});
