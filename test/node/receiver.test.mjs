// The insurance-check JSON Schemas and the reference receiver (demo/receiver/server.mjs).
// The receiver runs in-process on a free loopback port with a throwaway SQLite file.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { createAjv, requestSchema, responseSchema, startReceiver } from '../../demo/receiver/server.mjs';
import { openStore } from '../../demo/receiver/store.mjs';
import { contractExample } from '../fixtures/contract.mjs';

const ajv = createAjv();
const validateRequest = ajv.compile(requestSchema);
const validateResponse = ajv.compile(responseSchema);
const validateResult = ajv.getSchema(`${responseSchema.$id}#/$defs/result`);
const validateFieldErrors = ajv.getSchema(`${responseSchema.$id}#/$defs/fieldErrors`);

const tempDir = mkdtempSync(join(tmpdir(), 'intake-receiver-'));
after(() => rmSync(tempDir, { recursive: true, force: true }));

/** A small but real JPEG data URL (the SOI/EOI markers around nothing). */
const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2Q==';

/** The contract's example request, with optional overrides per top-level key. */
function verifyPayload(overrides = {}) {
  return { ...contractExample(), ...overrides };
}

/** The "I don't have my card" request. */
function callbackPayload(overrides = {}) {
  return {
    schema: 'intake-widgets/insurance-check/1',
    submittedAt: '2026-11-26T18:02:11.000Z',
    locale: 'en',
    page: 'https://example-center.org/',
    mode: 'callback',
    seeker: { for: 'loved-one', relationship: 'mother' },
    patient: { firstName: 'Luis', lastName: 'Ruiz' },
    contact: { phone: '+12065550100', email: null, bestTime: 'any', smsConsent: true },
    insurance: null,
    consent: { text: 'I agree that the center may contact me.', accepted: true },
    ...overrides,
  };
}

/** @param {ReturnType<typeof verifyPayload>} payload @param {(p: any) => void} change */
function edit(payload, change) {
  const copy = structuredClone(payload);
  change(copy);
  return copy;
}

describe('request schema', () => {
  const valid = {
    'the contract example': verifyPayload(),
    'callback without insurance, birth date or email': callbackPayload(),
    'callback with the nullable fields left out': edit(callbackPayload(), (p) => {
      delete p.insurance;
      delete p.contact.email;
    }),
    'a loved one with a policyholder and both card photos': verifyPayload({
      seeker: { for: 'loved-one', relationship: 'husband' },
      insurance: {
        carrier: 'Other: Local Plan',
        memberId: 'AB-1234 5678',
        groupNumber: null,
        policyholder: {
          firstName: 'Marco',
          lastName: 'Ruiz',
          dateOfBirth: '1961-12-31',
          relationship: 'child',
        },
        cardImages: { front: JPEG, back: JPEG },
      },
      careLevel: null,
      captchaToken: '0.abc-DEF_123',
    }),
    'Spanish, http://localhost page, no care level': edit(verifyPayload({ locale: 'es' }), (p) => {
      p.page = 'http://localhost:5173/demo/index.html';
      delete p.careLevel;
    }),
  };
  for (const [name, payload] of Object.entries(valid)) {
    test(`accepts ${name}`, () => {
      assert.equal(validateRequest(payload), true, JSON.stringify(validateRequest.errors));
    });
  }

  const invalid = {
    'an ssn field at the top': verifyPayload({ ssn: '123-45-6789' }),
    'an ssn field in insurance': edit(verifyPayload(), (p) => {
      p.insurance.ssn = '123456789';
    }),
    'a socialSecurityNumber on the patient': edit(verifyPayload(), (p) => {
      p.patient.socialSecurityNumber = '123456789';
    }),
    'a page with a query string': verifyPayload({ page: 'https://example-center.org/iop?utm_source=x' }),
    'a page with a fragment': verifyPayload({ page: 'https://example-center.org/iop#form' }),
    'a page that is not a URL': verifyPayload({ page: '/iop' }),
    'a US-formatted phone': edit(verifyPayload(), (p) => {
      p.contact.phone = '(206) 555-0100';
    }),
    'a phone starting +0': edit(verifyPayload(), (p) => {
      p.contact.phone = '+02065550100';
    }),
    'a birth date that does not exist': edit(verifyPayload(), (p) => {
      p.patient.dateOfBirth = '1990-02-30';
    }),
    'a US-formatted birth date': edit(verifyPayload(), (p) => {
      p.patient.dateOfBirth = '04/17/1990';
    }),
    'verify without a birth date': edit(verifyPayload(), (p) => {
      delete p.patient.dateOfBirth;
    }),
    'verify with a null email': edit(verifyPayload(), (p) => {
      p.contact.email = null;
    }),
    'verify without insurance': verifyPayload({ insurance: null }),
    'a missing member ID': edit(verifyPayload(), (p) => {
      delete p.insurance.memberId;
    }),
    'a 41-character member ID': edit(verifyPayload(), (p) => {
      p.insurance.memberId = 'A'.repeat(41);
    }),
    'a 101-character first name': edit(verifyPayload(), (p) => {
      p.patient.firstName = 'A'.repeat(101);
    }),
    'consent not accepted': edit(verifyPayload(), (p) => {
      p.consent.accepted = false;
    }),
    'an unknown best time': edit(verifyPayload(), (p) => {
      p.contact.bestTime = 'night';
    }),
    'a PNG card photo': edit(verifyPayload(), (p) => {
      p.insurance.cardImages = { front: 'data:image/png;base64,iVBORw0KGgo=' };
    }),
    'an oversized card photo': edit(verifyPayload(), (p) => {
      p.insurance.cardImages = { front: `data:image/jpeg;base64,${'A'.repeat(560_000)}` };
    }),
    'an empty cardImages object': edit(verifyPayload(), (p) => {
      p.insurance.cardImages = {};
    }),
    'a French locale': verifyPayload({ locale: 'fr' }),
    'another contract version': verifyPayload({ schema: 'intake-widgets/insurance-check/2' }),
    'a loved one without a relationship': verifyPayload({ seeker: { for: 'loved-one', relationship: null } }),
    'a care level with markup': verifyPayload({ careLevel: '<b>iop</b>' }),
    'an unknown mode': verifyPayload({ mode: 'quote' }),
    'a submittedAt without a time zone': verifyPayload({ submittedAt: '2026-11-26T18:02:11' }),
  };
  for (const [name, payload] of Object.entries(invalid)) {
    test(`rejects ${name}`, () => {
      assert.equal(validateRequest(payload), false);
    });
  }
});

describe('response schema', () => {
  test('accepts each status, a minimal result and a 422 body', () => {
    for (const status of ['verified', 'in-network', 'out-of-network', 'pending', 'received']) {
      const body = {
        status,
        message: 'We will call you.',
        reference: 'NP-ABCD2345',
        nextStep: 'Keep your phone near.',
      };
      assert.equal(validateResponse(body), true, status);
      assert.equal(validateResult?.(body), true, status);
    }
    assert.equal(validateResponse({ status: 'received' }), true);
    const errors = {
      errors: { 'insurance.memberId': 'Check the member ID.', 'contact.phone': 'Check the phone.' },
    };
    assert.equal(validateResponse(errors), true);
    assert.equal(validateFieldErrors?.(errors), true);
  });

  test('rejects unknown statuses, extra fields, empty and mixed bodies', () => {
    assert.equal(validateResponse({ status: 'approved' }), false);
    assert.equal(validateResponse({ status: 'verified', html: '<b>yes</b>' }), false);
    assert.equal(validateResponse({ errors: {} }), false);
    assert.equal(validateResponse({ errors: { 'insurance.memberId': 42 } }), false);
    assert.equal(validateResponse({ status: 'received', errors: { request: 'x' } }), false);
    assert.equal(validateResponse({}), false);
  });
});

describe('reference receiver', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let receiver;
  /** @type {string[]} */
  const logs = [];

  before(async () => {
    receiver = await startReceiver({
      port: 0,
      dbPath: join(tempDir, 'main.db'),
      faults: true,
      log: (line) => logs.push(line),
    });
  });
  after(() => receiver.close());
  beforeEach(async () => {
    await fetch(`${receiver.url}/__faults`, { method: 'DELETE' });
    await fetch(`${receiver.url}/__submissions`, { method: 'DELETE' });
  });

  /**
   * @param {unknown} body a value to JSON-encode, or a string sent as is
   * @param {{ key?: string | null, headers?: Record<string, string>, signal?: AbortSignal }} [options]
   */
  function post(body, { key = randomUUID(), headers = {}, signal } = {}) {
    /** @type {Record<string, string>} */
    const all = { 'Content-Type': 'application/json', ...headers };
    if (key !== null) all['Idempotency-Key'] = key;
    return fetch(receiver.endpoint, {
      method: 'POST',
      headers: all,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal,
    });
  }

  /** @returns {Promise<{ count: number, submissions: any[] }>} */
  async function stored() {
    const response = await fetch(`${receiver.url}/__submissions`);
    assert.equal(response.status, 200);
    return response.json();
  }

  /** @param {unknown[]} queue */
  async function queueFaults(queue) {
    const response = await fetch(`${receiver.url}/__faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue }),
    });
    assert.equal(response.status, 200, await response.clone().text());
  }

  // The documented table (demo/receiver/README.md), written out rather than imported.
  const cases = [
    { memberId: 'VER123456', status: 'verified' },
    { memberId: 'IN123456', status: 'in-network' },
    { memberId: 'OUT123456', status: 'out-of-network' },
    { memberId: 'PEND123456', status: 'pending' },
    { memberId: 'XYZ123456789', status: 'received' },
    { memberId: 'ver-77 12', status: 'verified' },
  ];
  for (const { memberId, status } of cases) {
    test(`member ID ${memberId} → 201 ${status}, stored`, async () => {
      const payload = edit(verifyPayload(), (p) => {
        p.insurance.memberId = memberId;
      });
      const key = randomUUID();
      const response = await post(payload, { key });
      assert.equal(response.status, 201);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await response.json();
      assert.equal(body.status, status);
      assert.match(body.reference, /^NP-[2-9A-HJ-NP-Z]{8}$/);
      assert.ok(body.message.length > 20);
      assert.ok(body.nextStep.length > 5);
      assert.equal(validateResult?.(body), true, JSON.stringify(validateResult?.errors));
      const { count, submissions } = await stored();
      assert.equal(count, 1);
      assert.equal(submissions[0].idempotencyKey, key);
      assert.deepEqual(submissions[0].body, payload);
      assert.deepEqual(submissions[0].response, body);
      assert.ok(Date.parse(submissions[0].receivedAt) > Date.now() - 60_000);
    });
  }

  test('callback mode → received, whatever the member ID; Spanish text for locale es', async () => {
    const english = await post(callbackPayload({ insurance: { carrier: 'Aetna', memberId: 'IN999' } }));
    assert.equal(english.status, 201);
    const englishBody = await english.json();
    assert.equal(englishBody.status, 'received');
    const spanish = await post(callbackPayload({ locale: 'es' }));
    const spanishBody = await spanish.json();
    assert.equal(spanishBody.status, 'received');
    assert.notEqual(spanishBody.message, englishBody.message);
    assert.match(spanishBody.message, /Un especialista de admisiones/);
    assert.equal((await stored()).count, 2);
  });

  test('a repeated Idempotency-Key answers 409 with the first answer and stores once', async () => {
    const key = randomUUID();
    const first = await post(verifyPayload(), { key });
    assert.equal(first.status, 201);
    const firstBody = await first.json();
    const again = await post(verifyPayload(), { key });
    assert.equal(again.status, 409);
    assert.deepEqual(await again.json(), firstBody);
    // The same key in upper case is the same key.
    const upper = await post(verifyPayload(), { key: key.toUpperCase() });
    assert.equal(upper.status, 409);
    assert.deepEqual(await upper.json(), firstBody);
    assert.equal((await stored()).count, 1);
  });

  test('20 concurrent requests with one key store one row and all get the same answer', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(verifyPayload(), { key })));
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [201, ...Array(19).fill(409)]);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    for (const body of bodies) assert.deepEqual(body, bodies[0]);
    assert.equal((await stored()).count, 1);
  });

  test('an invalid body → 422 with dotted field paths, nothing stored', async () => {
    const payload = edit(verifyPayload(), (p) => {
      delete p.insurance.memberId;
      p.contact.phone = '206-555-0100';
      p.patient.dateOfBirth = '1990-02-30';
      p.consent.accepted = false;
    });
    const response = await post(payload);
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.equal(validateFieldErrors?.(body), true, JSON.stringify(body));
    assert.deepEqual(Object.keys(body.errors).sort(), [
      'consent.accepted',
      'contact.phone',
      'insurance.memberId',
      'patient.dateOfBirth',
    ]);
    assert.equal(body.errors['insurance.memberId'], 'This field is required.');
    assert.match(body.errors['contact.phone'], /phone number/);
    assert.equal((await stored()).count, 0);
  });

  test('422 messages follow the locale; a future birth date is refused', async () => {
    const payload = edit(verifyPayload({ locale: 'es', insurance: null }), (p) => {
      p.patient.dateOfBirth = `${new Date().getUTCFullYear() + 1}-01-01`;
    });
    const response = await post(payload);
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.equal(errors.insurance, 'Este campo es obligatorio.');
    assert.equal(errors['patient.dateOfBirth'], 'Esta fecha no puede ser en el futuro.');
  });

  test('a body with an ssn field → 422 naming it, nothing stored', async () => {
    const response = await post(
      edit(verifyPayload(), (p) => {
        p.insurance.ssn = '123-45-6789';
      }),
    );
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(Object.keys(errors), ['insurance.ssn']);
    assert.match(errors['insurance.ssn'], /Social Security/);
    assert.equal((await stored()).count, 0);
  });

  test('a field named like a built-in property (constructor, __proto__, toString) → 422 naming it, nothing stored', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const body = JSON.stringify(verifyPayload()).replace(/^\{/, `{"${name}":{"ssn":"123-45-6789"},`);
      const response = await post(body);
      assert.equal(response.status, 422, name);
      const { errors } = await response.json();
      assert.deepEqual(Object.keys(errors), [name]);
    }
    assert.equal((await stored()).count, 0);
  });

  test('a field name that is no valid path is reported on its parent, as the response schema allows', async () => {
    const response = await post(
      edit(verifyPayload(), (p) => {
        p['a b'] = 1;
        p.patient['first name'] = 'x';
      }),
    );
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.deepEqual(Object.keys(body.errors).sort(), ['patient', 'request']);
    assert.ok(validateFieldErrors(body), JSON.stringify(validateFieldErrors.errors));
  });

  test('a body that is not an object → 422 on "request"; malformed JSON → 400', async () => {
    const array = await post([1, 2]);
    assert.equal(array.status, 422);
    assert.ok('request' in (await array.json()).errors);
    const broken = await post('{"schema":');
    assert.equal(broken.status, 400);
    assert.equal((await stored()).count, 0);
  });

  test('an oversize body → 413, announced or streamed, nothing stored', async () => {
    const declared = await post(`"${'x'.repeat(3 * 1024 * 1024)}"`);
    assert.equal(declared.status, 413);
    const chunk = new TextEncoder().encode('y'.repeat(256 * 1024));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 16; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await fetch(receiver.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: stream,
      duplex: 'half',
    });
    assert.equal(streamed.status, 413);
    assert.equal((await stored()).count, 0);
  });

  test('a valid body just under the limit with two card photos is accepted', async () => {
    const photo = `data:image/jpeg;base64,${'A'.repeat(540_000)}`;
    const response = await post(
      edit(verifyPayload(), (p) => {
        p.insurance.cardImages = { front: photo, back: photo };
      }),
    );
    assert.equal(response.status, 201);
    assert.equal((await stored()).count, 1);
  });

  test('a wrong or missing Content-Type → 415', async () => {
    const text = await post(JSON.stringify(verifyPayload()), { headers: { 'Content-Type': 'text/plain' } });
    assert.equal(text.status, 415);
    const form = await post('a=b', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415);
    const charset = await post(verifyPayload(), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    assert.equal(charset.status, 201);
    assert.equal((await stored()).count, 1);
  });

  test('a missing or non-UUID Idempotency-Key → 400', async () => {
    assert.equal((await post(verifyPayload(), { key: null })).status, 400);
    assert.equal((await post(verifyPayload(), { key: 'abc' })).status, 400);
    assert.equal((await post(verifyPayload(), { key: `${randomUUID()}x` })).status, 400);
    assert.equal((await stored()).count, 0);
  });

  test('only POST and OPTIONS on the endpoint; unknown paths 404', async () => {
    const get = await fetch(receiver.endpoint);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    assert.equal((await fetch(`${receiver.url}/nope`)).status, 404);
  });

  test('fault queue: 500 then success with the same key stores once', async () => {
    await queueFaults([{ kind: 'status', status: 500 }]);
    const key = randomUUID();
    const first = await post(verifyPayload(), { key });
    assert.equal(first.status, 500);
    assert.equal((await stored()).count, 0);
    const retry = await post(verifyPayload(), { key });
    assert.equal(retry.status, 201);
    assert.equal((await retry.json()).status, 'received');
    assert.equal((await stored()).count, 1);
  });

  test('fault queue: 429 answers with Retry-After; faults apply in order', async () => {
    await queueFaults([
      { kind: 'status', status: 429 },
      { kind: 'status', status: 503 },
    ]);
    const key = randomUUID();
    const first = await post(verifyPayload(), { key });
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '1');
    assert.equal((await post(verifyPayload(), { key })).status, 503);
    assert.equal((await post(verifyPayload(), { key })).status, 201);
    const queue = await (await fetch(`${receiver.url}/__faults`)).json();
    assert.deepEqual(queue, { queue: [] });
  });

  test('fault queue: a delay stores at once, answers late, and the retry gets 409', async () => {
    await queueFaults([{ kind: 'delay', ms: 1500 }]);
    const key = randomUUID();
    // The client gives up first (as the widget does after its timeout)…
    await assert.rejects(post(verifyPayload(), { key, signal: AbortSignal.timeout(300) }), {
      name: 'TimeoutError',
    });
    // …but the server has already stored it.
    const { count, submissions } = await stored();
    assert.equal(count, 1);
    const retry = await post(verifyPayload(), { key });
    assert.equal(retry.status, 409);
    assert.deepEqual(await retry.json(), submissions[0].response);
    assert.equal((await stored()).count, 1);

    await queueFaults([{ kind: 'delay', ms: 400 }]);
    const started = Date.now();
    const late = await post(verifyPayload());
    assert.equal(late.status, 201);
    assert.ok(Date.now() - started >= 380, `answered after ${Date.now() - started} ms`);
  });

  test('fault queue: a 422 fault answers the given errors and stores nothing', async () => {
    await queueFaults([
      { kind: '422', errors: { 'insurance.memberId': 'We could not find this member ID.' } },
    ]);
    const response = await post(verifyPayload());
    assert.equal(response.status, 422);
    assert.deepEqual(await response.json(), {
      errors: { 'insurance.memberId': 'We could not find this member ID.' },
    });
    assert.equal((await stored()).count, 0);
  });

  test('fault queue: drop closes the connection; drop with store keeps the submission', async () => {
    await queueFaults([{ kind: 'drop' }, { kind: 'drop', store: true }]);
    const key = randomUUID();
    await assert.rejects(post(verifyPayload(), { key }), TypeError);
    assert.equal((await stored()).count, 0);
    await assert.rejects(post(verifyPayload(), { key }), TypeError);
    assert.equal((await stored()).count, 1);
    assert.equal((await post(verifyPayload(), { key })).status, 409);
  });

  test('a malformed fault queue is refused', async () => {
    for (const queue of [
      [{ kind: 'explode' }],
      [{ kind: 'status', status: 200 }],
      [{ kind: 'delay' }],
      'x',
    ]) {
      const response = await fetch(`${receiver.url}/__faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ queue }),
      });
      assert.equal(response.status, 400, JSON.stringify(queue));
    }
    assert.equal((await post(verifyPayload())).status, 201);
  });

  test('CORS: loopback origins are allowed and preflights answered; others are not', async () => {
    const preflight = await fetch(receiver.endpoint, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(
      preflight.headers.get('access-control-allow-headers') ?? '',
      /Content-Type, Idempotency-Key/,
    );
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);

    const foreign = await fetch(receiver.endpoint, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.equal(foreign.headers.get('access-control-allow-headers'), null);

    const posted = await post(verifyPayload(), { headers: { Origin: 'http://127.0.0.1:8080' } });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    // So the widget can read a 429's or 503's Retry-After from another origin.
    assert.equal(posted.headers.get('access-control-expose-headers'), 'Retry-After');
    const foreignPost = await post(verifyPayload(), { headers: { Origin: 'http://localhost.evil.example' } });
    assert.equal(foreignPost.headers.get('access-control-allow-origin'), null);
    assert.equal(foreignPost.headers.get('access-control-expose-headers'), null);
  });

  test('a request for another host name (DNS rebinding) is refused', async () => {
    const status = await new Promise((done, fail) => {
      const req = request(
        `${receiver.url}/__submissions`,
        { headers: { Host: 'attacker.example' } },
        (res) => {
          res.resume();
          done(res.statusCode);
        },
      );
      req.on('error', fail);
      req.end();
    });
    assert.equal(status, 403);
  });

  test('logs name method, path, status and key prefix, never the body', async () => {
    logs.length = 0;
    const key = randomUUID();
    await post(verifyPayload(), { key });
    await post(edit(verifyPayload(), (p) => delete p.insurance.memberId));
    const text = logs.join('\n');
    assert.match(text, new RegExp(`POST /api/intake 201 key=${key.slice(0, 8)}…`));
    assert.match(text, /POST \/api\/intake 422/);
    assert.ok(!text.includes(key), 'not the whole key');
    for (const secret of [
      'Ruiz',
      'Ana',
      '1990-04-17',
      '2065550100',
      'ana@example.org',
      'XYZ123456789',
      'Premera',
    ]) {
      assert.ok(!text.includes(secret), `log mentions ${secret}`);
    }
  });
});

describe('submission store', () => {
  test('two connections racing on one key keep the first row and answer', () => {
    const path = join(tempDir, 'race.db');
    const a = openStore(path);
    const b = openStore(path);
    try {
      const key = randomUUID();
      const first = a.insertOnce(key, { n: 1 }, { status: 'verified' });
      const second = b.insertOnce(key, { n: 2 }, { status: 'received' });
      assert.equal(first.inserted, true);
      assert.equal(second.inserted, false);
      assert.deepEqual(second.row.response, { status: 'verified' });
      assert.deepEqual(second.row.body, { n: 1 });
      assert.deepEqual(b.get(key), first.row);
      assert.equal(a.count(), 1);
      assert.equal(b.clear(), 1);
      assert.equal(a.get(key), null);
    } finally {
      a.close();
      b.close();
    }
  });

  test('uses WAL, one table with the key as primary key', () => {
    const path = join(tempDir, 'shape.db');
    openStore(path).close();
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      assert.deepEqual(tables, ['submissions']);
      const columns = db.prepare('PRAGMA table_info(submissions)').all();
      assert.deepEqual(
        columns.map((column) => [column.name, column.pk]),
        [
          ['idempotency_key', 1],
          ['received_at', 0],
          ['body', 0],
          ['response', 0],
        ],
      );
    } finally {
      db.close();
    }
  });
});

describe('reference receiver lifecycle', () => {
  test('admin endpoints do not exist without faults: true', async () => {
    const receiver = await startReceiver({ port: 0, dbPath: join(tempDir, 'no-faults.db'), log: false });
    try {
      assert.equal((await fetch(`${receiver.url}/__submissions`)).status, 404);
      const faults = await fetch(`${receiver.url}/__faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ queue: [{ kind: 'status', status: 500 }] }),
      });
      assert.equal(faults.status, 404);
      const response = await fetch(receiver.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify(verifyPayload()),
      });
      assert.equal(response.status, 201);
    } finally {
      await receiver.close();
    }
  });

  test('refuses to listen on a non-loopback address', async () => {
    await assert.rejects(
      startReceiver({ port: 0, host: '0.0.0.0', dbPath: ':memory:', log: false }),
      /loopback/,
    );
  });

  test('a custom path is honoured', async () => {
    const receiver = await startReceiver({ port: 0, dbPath: ':memory:', path: '/hooks/vob', log: false });
    try {
      assert.equal(receiver.endpoint, `${receiver.url}/hooks/vob`);
      const response = await fetch(receiver.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify(verifyPayload()),
      });
      assert.equal(response.status, 201);
      assert.equal((await fetch(`${receiver.url}/api/intake`, { method: 'POST' })).status, 404);
    } finally {
      await receiver.close();
    }
  });

  test('durable: after a restart on the same file the submission is there and its key answers 409', async () => {
    const dbPath = join(tempDir, 'nested', 'durable.db');
    const key = randomUUID();
    const first = await startReceiver({ port: 0, dbPath, faults: true, log: false });
    let firstBody;
    try {
      const response = await fetch(first.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(verifyPayload()),
      });
      assert.equal(response.status, 201);
      firstBody = await response.json();
    } finally {
      await first.close();
    }
    await assert.rejects(fetch(first.endpoint), TypeError, 'the first receiver is really gone');

    const second = await startReceiver({ port: 0, dbPath, faults: true, log: false });
    try {
      const { count, submissions } = await (await fetch(`${second.url}/__submissions`)).json();
      assert.equal(count, 1);
      assert.equal(submissions[0].idempotencyKey, key);
      assert.deepEqual(submissions[0].body, verifyPayload());
      const again = await fetch(second.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(verifyPayload()),
      });
      assert.equal(again.status, 409);
      assert.deepEqual(await again.json(), firstBody);
    } finally {
      await second.close();
    }
  });

  test('close() is idempotent and ends pending delayed answers', async () => {
    const receiver = await startReceiver({ port: 0, dbPath: ':memory:', faults: true, log: false });
    await fetch(`${receiver.url}/__faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue: [{ kind: 'delay', ms: 60_000 }] }),
    });
    const pending = fetch(receiver.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(verifyPayload()),
    });
    await new Promise((done) => setTimeout(done, 100));
    const started = Date.now();
    await Promise.all([receiver.close(), receiver.close()]);
    await assert.rejects(pending, TypeError);
    assert.ok(Date.now() - started < 5000);
  });
});
