/**
 * JSON submission with a timeout, retries and an idempotency key (the insurance contract).
 * DOM-free apart from `fetch` and `AbortController`; `fetchImpl` and `sleep` are injectable.
 *
 * - Network errors, timeouts, 429 and 5xx are retried after each of `retryDelays`, with the SAME
 *   key, so a server that stored the first attempt answers 409 instead of storing it twice.
 * - 2xx is success; 409 is success too (the first answer to this key, replayed); but only with a
 *   JSON object as the body, read whole (a body that breaks off is a network error). Anything else (an HTML page, an empty body) means the endpoint is not
 *   the one the contract describes, and is a failure that is not retried: nothing says it was kept.
 * - 422 carries field errors (see `fieldErrors`); any other status is a failure that is not retried.
 * - A redirect is not followed: it would carry the body to an address nobody checked (another
 *   origin, even). It is a failure that is not retried, marked `redirected`.
 * - A 429 or 5xx's `Retry-After` (seconds or a date) is waited for when it is at most 10 s; asked to
 *   wait longer, the visitor is not kept watching "Sending…": it fails at once, with Retry and the
 *   phone. (Cross-origin, the endpoint must expose the header for it to be read.)
 * - Each attempt's time limit grows with the body (up to 45 s more): a card photo or two take a
 *   slow phone connection far longer than the limit meant for the answer.
 */

export type SubmitResult =
  | { type: 'ok'; status: number; json: unknown }
  | { type: 'fieldErrors'; errors: Record<string, string> }
  | { type: 'failed'; kind: 'network' | 'server'; status?: number; notContract?: true; redirected?: true };

export interface SubmitOptions {
  url: string;
  body: unknown;
  idempotencyKey: string;
  timeoutMs?: number;
  retryDelays?: readonly number[];
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The most 422 messages read from one answer. */
const MAX_FIELD_ERRORS = 50;

/** The slowest upload an attempt waits for, in bytes per millisecond (25 KB/s, a poor mobile link). */
const SLOW_UPLOAD = 25;
/** The most time a large body adds to each attempt: a stuck endpoint is not waited on for long. */
const MAX_UPLOAD_MS = 45_000;

/** The longest `Retry-After` waited for before another attempt. */
const MAX_RETRY_AFTER_MS = 10_000;

/** `Retry-After` in milliseconds from now (delay-seconds or an HTTP date); 0 when absent or unreadable. */
function retryAfterMs(value: string | null, now = Date.now()): number {
  if (!value) return 0;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  // biome-ignore lint/complexity/useMathMinMax: an unreadable date is NaN, which must give 0 (Math.max gives NaN)
  return ms > 0 ? ms : 0;
}

/** A random UUID v4: `crypto.randomUUID()`, or built from `getRandomValues` on plain-http pages. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  // Two hex digits per byte, grouped 4-2-2-2-6 bytes.
  return [...b]
    .map((n, i) => (i > 3 && i < 11 && !(i & 1) ? '-' : '') + (n | 256).toString(16).slice(1))
    .join('');
}

/** The JSON in `text`, or null when it is not JSON (an HTML page, an empty body). */
function parseOrNull(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A 422's messages by field path. Besides the contract's `{ "<path>": "message" }`, the forms that
 * frameworks write: a list of messages per path (Rails, Laravel), joined; and one message for the
 * whole form (`"errors": "…"`), under the path `''`. Anything else is left out.
 */
function fieldErrors(raw: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (typeof raw === 'string') {
    if (raw) errors[''] = raw;
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    // A form has some thirty fields: an answer with thousands of messages is not read further.
    for (const [path, message] of Object.entries(raw).slice(0, MAX_FIELD_ERRORS)) {
      const said = Array.isArray(message)
        ? message
            .slice(0, 10)
            .filter((line) => typeof line === 'string')
            .join(' ')
        : message;
      if (typeof said === 'string' && (said || !Array.isArray(message))) errors[path] = said;
    }
  }
  return errors;
}

export async function submitJson({
  url,
  body,
  idempotencyKey,
  timeoutMs = 15000,
  retryDelays = [1000, 3000],
  fetchImpl = fetch,
  sleep = wait,
}: SubmitOptions): Promise<SubmitResult> {
  const text = JSON.stringify(body);
  const limit = timeoutMs + Math.min(text.length / SLOW_UPLOAD, MAX_UPLOAD_MS);
  for (let attempt = 0; ; attempt++) {
    let last: SubmitResult;
    let asked = 0;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limit);
    try {
      // `credentials` stays the default, same-origin. No prototype: fetch reads every option it
      // knows up the chain, so `Object.prototype.mode = 'no-cors'` (another script's pollution bug)
      // would otherwise send the form without its Idempotency-Key and as text/plain.
      const init: RequestInit = Object.assign(Object.create(null), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: text,
        cache: 'no-store',
        redirect: 'manual',
        // Only the page's origin in the Referer: its query may hold tracking ids or what a visitor
        // typed elsewhere (the body's `page` leaves it out too).
        referrerPolicy: 'strict-origin',
        signal: controller.signal,
      });
      const response = await fetchImpl(url, init);
      if (response.type === 'opaqueredirect') return { type: 'failed', kind: 'server', redirected: true };
      const { status } = response;
      const ok = (status >= 200 && status < 300) || status === 409;
      if (ok || status === 422) {
        // Read whole here, in the try and within the time limit: a body that breaks off or stalls
        // (the connection dropped) is a network failure to retry with the same key, not an answer.
        const json = parseOrNull(await response.text());
        if (ok) {
          if (json && typeof json === 'object' && !Array.isArray(json)) return { type: 'ok', status, json };
          return { type: 'failed', kind: 'server', status, notContract: true };
        }
        return { type: 'fieldErrors', errors: fieldErrors(json?.errors) };
      }
      last = { type: 'failed', kind: 'server', status };
      if (status !== 429 && status < 500) return last;
      asked = retryAfterMs(response.headers?.get('retry-after'));
    } catch {
      // Network error or our timeout's abort: both are worth another attempt with the same key.
      last = { type: 'failed', kind: 'network' };
    } finally {
      clearTimeout(timer);
    }
    if (attempt >= retryDelays.length || asked > MAX_RETRY_AFTER_MS) return last;
    await sleep(Math.max(retryDelays[attempt], asked));
  }
}
