import { expect } from '@open-wc/testing';
import { newIdempotencyKey, type SubmitOptions, submitJson } from '../../src/core/submit.js';

type Step =
  | number
  | 'network'
  | 'hang'
  | 'slow'
  | 'redirect'
  | 'cut'
  | 'stall'
  | [number, unknown, Record<string, string>?];

/**
 * A scripted fetch: each call takes the next step (a status, `[status, json]`, a network error,
 * or a request that never answers until aborted) and records what was sent.
 */
function fakeFetch(steps: Step[]) {
  const calls: Array<{ url: string; init: RequestInit; headers: Headers }> = [];
  const impl = ((url: string, init: RequestInit) => {
    calls.push({ url, init, headers: new Headers(init.headers) });
    const step = steps.shift() ?? 200;
    if (step === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    // What `redirect: 'manual'` gives for a 3xx: an opaque answer, nothing sent on.
    if (step === 'redirect') return Promise.resolve({ type: 'opaqueredirect', status: 0 });
    // Answers 201 after 150 ms, as an upload on a slow link would, unless aborted first.
    if (step === 'slow') {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(new Response('{"status":"received"}', { status: 201 })), 150);
        init.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    // Headers arrive, then the body breaks off (the connection dropped) or stops (until aborted).
    if (step === 'cut' || step === 'stall') {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"sta'));
          if (step === 'cut') controller.error(new TypeError('network error'));
          else
            init.signal?.addEventListener('abort', () =>
              controller.error(new DOMException('aborted', 'AbortError')),
            );
        },
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    }
    if (step === 'hang') {
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    const [status, json, headers] = Array.isArray(step) ? step : [step, { status: 'received' }];
    return Promise.resolve(new Response(JSON.stringify(json), { status, headers }));
  }) as unknown as typeof fetch;
  return { impl, calls };
}

function run(steps: Step[], extra: Partial<SubmitOptions> = {}) {
  const { impl, calls } = fakeFetch(steps);
  const sleeps: number[] = [];
  const result = submitJson({
    url: '/api/intake',
    body: { hello: 'world' },
    idempotencyKey: 'key-1',
    fetchImpl: impl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { result, calls, sleeps };
}

describe('submitJson', () => {
  it('POSTs JSON once with the idempotency key and returns the answer', async () => {
    const { result, calls, sleeps } = run([[201, { status: 'in-network', reference: 'NP-1' }]]);
    expect(await result).to.deep.equal({
      type: 'ok',
      status: 201,
      json: { status: 'in-network', reference: 'NP-1' },
    });
    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal('/api/intake');
    expect(calls[0].init.method).to.equal('POST');
    expect(calls[0].init.body).to.equal('{"hello":"world"}');
    expect(calls[0].headers.get('content-type')).to.equal('application/json');
    expect(calls[0].headers.get('idempotency-key')).to.equal('key-1');
    expect(sleeps).to.deep.equal([]);
  });

  it("sends only the page's origin as the Referer, and never answers from the HTTP cache", async () => {
    const { result, calls } = run([201]);
    await result;
    expect(calls[0].init.referrerPolicy).to.equal('strict-origin');
    expect(calls[0].init.cache).to.equal('no-store');
  });

  it('retries network errors, 429 and 5xx twice with the same key and the default backoff', async () => {
    const { result, calls, sleeps } = run(['network', 503, [200, { status: 'pending' }]]);
    expect(await result).to.deep.equal({ type: 'ok', status: 200, json: { status: 'pending' } });
    expect(calls.map((c) => c.headers.get('idempotency-key'))).to.deep.equal(['key-1', 'key-1', 'key-1']);
    expect(calls.map((c) => c.init.body)).to.deep.equal(Array(3).fill('{"hello":"world"}'));
    expect(sleeps).to.deep.equal([1000, 3000]);
  });

  it('waits as long as Retry-After asks, within 10 s; asked to wait longer, it stops and says not sent', async () => {
    const soon = run([[429, {}, { 'Retry-After': '5' }], [503, {}, { 'Retry-After': '0' }], 201]);
    expect((await soon.result).type).to.equal('ok');
    // Never sooner than the usual backoff.
    expect(soon.sleeps).to.deep.equal([5000, 3000]);
    const date = run([[503, {}, { 'Retry-After': new Date(Date.now() + 8000).toUTCString() }], 201]);
    expect((await date.result).type).to.equal('ok');
    expect(date.sleeps[0]).to.be.within(6000, 8000);
    const later = run([[429, {}, { 'Retry-After': '120' }], 201]);
    expect(await later.result).to.deep.equal({ type: 'failed', kind: 'server', status: 429 });
    expect(later.calls).to.have.length(1);
    expect(later.sleeps).to.deep.equal([]);
    const nonsense = run([[503, {}, { 'Retry-After': 'soon' }], [503, {}, { 'Retry-After': '-3' }], 201]);
    expect((await nonsense.result).type).to.equal('ok');
    expect(nonsense.sleeps).to.deep.equal([1000, 3000]);
  });

  it('treats 409 as success with the first answer', async () => {
    const { result } = run([500, [409, { status: 'verified', reference: 'NP-FIRST' }]]);
    expect(await result).to.deep.equal({
      type: 'ok',
      status: 409,
      json: { status: 'verified', reference: 'NP-FIRST' },
    });
  });

  it('gives up after three attempts: network', async () => {
    const { result, calls } = run(['network', 'network', 'network', 200]);
    expect(await result).to.deep.equal({ type: 'failed', kind: 'network' });
    expect(calls).to.have.length(3);
  });

  it('gives up after three attempts: server, with the last status', async () => {
    const { result, calls } = run([500, 429, 502, 200]);
    expect(await result).to.deep.equal({ type: 'failed', kind: 'server', status: 502 });
    expect(calls).to.have.length(3);
  });

  it('times out a hanging attempt and retries it with the same key', async () => {
    const { result, calls } = run(['hang', [201, { status: 'received' }]], { timeoutMs: 20 });
    expect(await result).to.deep.equal({ type: 'ok', status: 201, json: { status: 'received' } });
    expect(calls).to.have.length(2);
    expect(calls[0].init.signal?.aborted).to.equal(true);
    expect(calls[1].headers.get('idempotency-key')).to.equal('key-1');
  });

  it('retries an answer whose body breaks off or stalls, with the same key: it is a network failure, not an answer', async () => {
    const { result, calls, sleeps } = run(['cut', 'stall', 201], { timeoutMs: 20 });
    expect(await result).to.deep.equal({ type: 'ok', status: 201, json: { status: 'received' } });
    expect(calls.map((call) => call.headers.get('idempotency-key'))).to.deep.equal([
      'key-1',
      'key-1',
      'key-1',
    ]);
    expect(sleeps).to.deep.equal([1000, 3000]);
    const cut = run(['cut', 'cut', 'cut']);
    expect(await cut.result).to.deep.equal({ type: 'failed', kind: 'network' });
  });

  it('does not follow a redirect (it would carry the body elsewhere): a failure, not retried', async () => {
    const { result, calls } = run(['redirect']);
    expect(await result).to.deep.equal({ type: 'failed', kind: 'server', redirected: true });
    expect(calls).to.have.length(1);
    expect(calls[0].init.redirect).to.equal('manual');
  });

  it('gives a large body (card photos) the time a slow upload needs, on top of the time limit', async () => {
    // 10,000 characters at 25 per millisecond (25 KB/s): 400 ms more than the 20 ms limit.
    const large = run(['slow'], { timeoutMs: 20, body: { photo: 'x'.repeat(10_000) } });
    expect((await large.result).type).to.equal('ok');
    expect(large.calls).to.have.length(1);
    // A small body keeps the limit as set: the same slow answer is cut off, every time.
    const small = run(['slow', 'slow', 'slow'], { timeoutMs: 20 });
    expect((await small.result).type).to.equal('failed');
    expect(small.calls).to.have.length(3);
  });

  it('waits 15 s by default, plus the time the body takes at 25 characters per millisecond', async () => {
    const delays: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((handler: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return original(handler, 0);
    }) as typeof setTimeout;
    try {
      // '"xxx…"': 25,000 characters of JSON, 1,000 ms at 25 per millisecond.
      await run(['hang'], { retryDelays: [], body: 'x'.repeat(24_998) }).result;
    } finally {
      window.setTimeout = original;
    }
    expect(delays).to.deep.equal([16_000]);
  });

  it('adds at most 45 s to an attempt, however large the body', async () => {
    const delays: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((handler: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return original(handler, 0);
    }) as typeof setTimeout;
    try {
      await run(['hang'], { timeoutMs: 15_000, retryDelays: [], body: { photo: 'x'.repeat(2_000_000) } })
        .result;
    } finally {
      window.setTimeout = original;
    }
    expect(delays).to.deep.equal([60_000]);
  });

  it('returns 422 field errors without retrying, keeping only string messages', async () => {
    const { result, calls } = run([[422, { errors: { 'insurance.memberId': 'Check it.', bad: 3 } }]]);
    expect(await result).to.deep.equal({
      type: 'fieldErrors',
      errors: { 'insurance.memberId': 'Check it.' },
    });
    expect(calls).to.have.length(1);
  });

  it('reads at most 50 messages of a 422: a form has some thirty fields', async () => {
    const many = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`x${i}`, 'Bad.']));
    const { result } = run([[422, { errors: many }]]);
    const answer = await result;
    expect(answer.type === 'fieldErrors' && Object.keys(answer.errors)).to.have.length(50);
  });

  it('a 422 without a body is still field errors (none)', async () => {
    const { result } = run([[422, null]]);
    expect(await result).to.deep.equal({ type: 'fieldErrors', errors: {} });
  });

  it('a 422 whose errors are not an object is field errors (none), not retried', async () => {
    for (const errors of [null, 3, '', []]) {
      const { result, calls } = run([[422, { errors }], 200]);
      expect(await result).to.deep.equal({ type: 'fieldErrors', errors: {} });
      expect(calls).to.have.length(1);
    }
  });

  it('reads a 422 as frameworks write it: a list of messages per field, or one message for the form', async () => {
    const lists = run([
      [
        422,
        {
          errors: { 'insurance.memberId': ['Too short.', 7, 'Letters and digits only.'], phone: [], x: [3] },
        },
      ],
    ]);
    expect(await lists.result).to.deep.equal({
      type: 'fieldErrors',
      errors: { 'insurance.memberId': 'Too short. Letters and digits only.' },
    });
    const whole = run([[422, { errors: 'Invalid member ID' }]]);
    expect(await whole.result).to.deep.equal({ type: 'fieldErrors', errors: { '': 'Invalid member ID' } });
  });

  for (const status of [300, 400, 401, 403, 404, 413, 415, 499]) {
    it(`fails at once on ${status}`, async () => {
      const { result, calls } = run([status, 200]);
      expect(await result).to.deep.equal({ type: 'failed', kind: 'server', status });
      expect(calls).to.have.length(1);
    });
  }

  // A wrong path on a host that answers every URL with a page must not look like a kept lead.
  for (const [status, body] of [
    [200, '<html><body>Not found</body></html>'],
    [202, 'OK'],
    [200, ''],
    [204, null],
    [200, '[1,2]'],
    [200, 'null'],
    [409, ''],
  ] as const) {
    it(`fails at once on ${status} with ${JSON.stringify(body)}: not the JSON object the contract asks for`, async () => {
      let calls = 0;
      const impl = (() => {
        calls++;
        return Promise.resolve(new Response(body, { status }));
      }) as unknown as typeof fetch;
      const result = await submitJson({ url: '/x', body: {}, idempotencyKey: 'k', fetchImpl: impl });
      expect(result).to.deep.equal({ type: 'failed', kind: 'server', status, notContract: true });
      expect(calls).to.equal(1);
    });
  }

  it('takes every 2xx as success', async () => {
    for (const status of [200, 202, 299]) {
      const { result } = run([[status, { status: 'received' }]]);
      expect(await result).to.deep.equal({ type: 'ok', status, json: { status: 'received' } });
    }
  });

  it('takes any JSON object as a 2xx answer; its fields are checked by the widget', async () => {
    const { result } = run([[200, { ok: true }]]);
    expect(await result).to.deep.equal({ type: 'ok', status: 200, json: { ok: true } });
  });

  it('follows custom retry delays', async () => {
    const { result, calls, sleeps } = run(['network', 'network'], { retryDelays: [5] });
    expect(await result).to.deep.equal({ type: 'failed', kind: 'network' });
    expect(calls).to.have.length(2);
    expect(sleeps).to.deep.equal([5]);
  });

  it('makes a new UUID v4 key each time', () => {
    const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(20);
    for (const key of keys)
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes a UUID v4 key without crypto.randomUUID (plain-http pages)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('builds the fallback key from all 16 random bytes, setting only the version and variant bits', () => {
    const randomUUID = crypto.randomUUID;
    const getRandomValues = crypto.getRandomValues;
    const keyFrom = (byte: (i: number) => number) => {
      Object.defineProperty(crypto, 'getRandomValues', {
        value: (bytes: Uint8Array) => bytes.map((_, i) => byte(i)),
        configurable: true,
      });
      return newIdempotencyKey();
    };
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(keyFrom((i) => i)).to.equal('00010203-0405-4607-8809-0a0b0c0d0e0f');
      expect(keyFrom(() => 0xff)).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff');
      expect(keyFrom(() => 0)).to.equal('00000000-0000-4000-8000-000000000000');
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
      Object.defineProperty(crypto, 'getRandomValues', { value: getRandomValues, configurable: true });
    }
  });

  it('sends as a CORS request with its key whatever another script put on Object.prototype', async () => {
    const prototype = Object.prototype as Record<string, unknown>;
    const polluted = { mode: 'no-cors', credentials: 'include', keepalive: true, integrity: 'sha256-x' };
    let request!: Request;
    for (const [key, value] of Object.entries(polluted))
      Object.defineProperty(prototype, key, { value, configurable: true, writable: true });
    try {
      await submitJson({
        url: '/api/intake',
        body: { hello: 'world' },
        idempotencyKey: 'key-1',
        // A Request reads the options as fetch does.
        fetchImpl: ((url: string, init: RequestInit) => {
          request = new Request(url, init);
          return Promise.resolve(new Response('{"status":"received"}', { status: 201 }));
        }) as unknown as typeof fetch,
      });
    } finally {
      for (const key of Object.keys(polluted)) delete prototype[key];
    }
    expect([request.mode, request.credentials, request.keepalive, request.integrity]).to.deep.equal([
      'cors',
      'same-origin',
      false,
      '',
    ]);
    expect(request.headers.get('idempotency-key')).to.equal('key-1');
    expect(request.headers.get('content-type')).to.equal('application/json');
  });
});
