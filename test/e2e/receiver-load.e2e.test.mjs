// Load on the reference receiver: 200 submissions from 20 concurrent clients, with injected
// timeouts, 500s, 503s and dropped connections, must all be stored exactly once.
//
// The clients run the widget's own sending code (src/core/submit.ts: timeout, retries with the
// same Idempotency-Key, 409 as the first answer), compiled on the fly, against the receiver
// over real loopback HTTP. A client whose retries are all used up does what a person does on
// the failure screen: presses Retry, which sends again with the same key.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { transformWithOxc } from 'vite';
import { startReceiver } from '../../demo/receiver/server.mjs';

const CLIENTS = 20;
const PER_CLIENT = 10;
const TIMEOUT_MS = 400;
/** Longer than the client's timeout: the receiver stores, the client gives up and retries. */
const SLOW_MS = 900;

/** The contract's example request, one per (client, n), each with its own name. */
function payload(client, n) {
  return {
    schema: 'intake-widgets/insurance-check/1',
    submittedAt: new Date().toISOString(),
    locale: 'en',
    page: 'https://example-center.org/iop',
    mode: 'verify',
    seeker: { for: 'self', relationship: null },
    patient: { firstName: `Client${client}`, lastName: `Number${n}`, dateOfBirth: '1990-04-17' },
    contact: {
      phone: '+12065550100',
      email: `client${client}@example.org`,
      bestTime: 'evening',
      smsConsent: false,
    },
    insurance: {
      carrier: 'Premera Blue Cross',
      memberId: `XYZ${client}${n}0000`,
      groupNumber: null,
      policyholder: null,
      cardImages: null,
    },
    consent: { text: 'I agree that the center may contact me.', accepted: true },
  };
}

/** A fault list with every kind mixed through it, the same on every run (no Math.random). */
function faultMix(count) {
  const kinds = [
    { kind: 'delay', ms: SLOW_MS },
    { kind: 'status', status: 500 },
    { kind: 'drop', store: true },
    { kind: 'status', status: 503 },
    { kind: 'drop' },
  ];
  return Array.from({ length: count }, (_, i) => kinds[(i * 7) % kinds.length]);
}

describe('reference receiver under load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intake-load-'));
  let receiver;
  let submitJson;

  before(async () => {
    const source = readFileSync(new URL('../../src/core/submit.ts', import.meta.url), 'utf8');
    const { code } = await transformWithOxc(source, 'submit.ts');
    ({ submitJson } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`));
    receiver = await startReceiver({ port: 0, faults: true, dbPath: join(dir, 'load.db'), log: false });
  });

  after(async () => {
    await receiver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`stores ${CLIENTS * PER_CLIENT} submissions from ${CLIENTS} concurrent clients exactly once despite injected faults`, async () => {
    const faults = faultMix(120);
    const queued = await fetch(`${receiver.url}/__faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue: faults }),
    });
    assert.equal(queued.status, 200);

    const sent = []; // { key, firstName, answer, rounds }
    async function client(c) {
      for (let n = 0; n < PER_CLIENT; n++) {
        const key = crypto.randomUUID();
        const body = payload(c, n);
        let result;
        let rounds = 0;
        // The widget's own attempt (three tries), then Retry presses with the same key.
        do {
          rounds++;
          result = await submitJson({
            url: receiver.endpoint,
            body,
            idempotencyKey: key,
            timeoutMs: TIMEOUT_MS,
            retryDelays: [10, 30],
          });
        } while (result.type === 'failed' && rounds < 20);
        sent.push({
          key,
          firstName: body.patient.firstName,
          lastName: body.patient.lastName,
          result,
          rounds,
        });
      }
    }
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    // Every client ends with the receiver's answer: 201, or 409 replaying the first answer.
    const failed = sent.filter((s) => s.result.type !== 'ok');
    assert.deepEqual(failed, [], 'every submission got an answer');
    for (const s of sent) assert.ok([201, 409].includes(s.result.status), `status ${s.result.status}`);

    // The faults really happened: the whole queue was used, and some answers were replays.
    const left = await (await fetch(`${receiver.url}/__faults`)).json();
    assert.deepEqual(left.queue, [], 'every injected fault was used');
    const replays = sent.filter((s) => s.result.status === 409).length;
    assert.ok(replays > 0, 'some first attempts were stored but not answered, then replayed');

    // Stored exactly once: one row per key, and each row is its own client's body.
    const { count, submissions } = await (await fetch(`${receiver.url}/__submissions`)).json();
    assert.equal(count, CLIENTS * PER_CLIENT);
    const byKey = new Map(submissions.map((row) => [row.idempotencyKey, row]));
    assert.equal(byKey.size, CLIENTS * PER_CLIENT, 'no key stored twice');
    for (const s of sent) {
      const row = byKey.get(s.key);
      assert.ok(row, `key ${s.key} was stored`);
      assert.equal(row.body.patient.firstName, s.firstName);
      assert.equal(row.body.patient.lastName, s.lastName);
      // A replayed answer is the first answer, word for word.
      assert.deepEqual(s.result.json, row.response);
    }
  });
});
