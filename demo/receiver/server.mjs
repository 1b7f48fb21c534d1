#!/usr/bin/env node
/**
 * The reference receiver for `<intake-insurance-check>` submissions (contract:
 * intake-widgets/insurance-check/1, schemas/insurance-check-*.schema.json). An example for centers
 * that have no endpoint yet, and the endpoint behind the demo and the tests. Loopback only.
 *
 *   node demo/receiver/server.mjs [--port 8787] [--db path] [--path /api/intake] [--faults] [--quiet]
 *   (env: RECEIVER_PORT, RECEIVER_DB, RECEIVER_FAULTS=1)
 *
 * POST {path}: Content-Type application/json (else 415), Idempotency-Key a UUID (else 400), body at
 * most `maxBodyBytes` (else 413), valid against the request schema (else 422 with
 * `{ errors: { "insurance.memberId": "…" } }`). The submission is stored in SQLite before the
 * answer (201); a repeated key answers 409 with the first stored answer.
 *
 * Simulated eligibility (there is no real payer check here), by member ID prefix, case-insensitive:
 *
 *   | member ID starts with | status         |
 *   |-----------------------|----------------|
 *   | VER                   | verified       |
 *   | IN                    | in-network     |
 *   | OUT                   | out-of-network |
 *   | PEND                  | pending        |
 *   | anything else         | received       |
 *   | (mode "callback")     | received       |
 *
 * Admin endpoints, only when started with `faults: true` / `--faults` (local testing only; they
 * expose stored health information):
 *   POST /__faults {"queue":[…]}  one fault per following intake request, in order:
 *     {"kind":"delay","ms":16000}          store as usual, answer late (client timed out, server stored)
 *     {"kind":"status","status":500}       answer that status, store nothing (429/503 add Retry-After: 1)
 *     {"kind":"422","errors":{"path":"…"}} answer 422 with those errors, store nothing
 *     {"kind":"drop"}                      close the connection without an answer, store nothing
 *     {"kind":"drop","store":true}         store as usual, then close the connection without an answer
 *   GET /__faults, DELETE /__faults       the remaining queue / clear it
 *   GET /__submissions                    { count, submissions: [{ idempotencyKey, receivedAt, body, response }] }
 *   DELETE /__submissions                 delete every stored submission
 *
 * Logs carry method, path, status, a key prefix and the duration only; never a body.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openStore } from './store.mjs';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCHEMA_DIR = join(REPO_ROOT, 'schemas');

/** Default database file; `.receiver-data/` is git-ignored. */
export const DEFAULT_DB_PATH = join(REPO_ROOT, '.receiver-data', 'submissions.db');
export const DEFAULT_PORT = 8787;
export const DEFAULT_PATH = '/api/intake';
/** 3 MB: two ~400 KB card photos as base64 plus the form fit with a wide margin. */
export const DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const ALLOWED_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;
const SSN_LIKE = /ssn|social.?security|socialsec/i;
const MAX_FAULT_DELAY_MS = 120_000;
const MAX_ADMIN_BODY_BYTES = 64 * 1024;

/** @param {string} name */
function readSchema(name) {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8'));
}

/** The ajv instance used by the receiver (and by tests that want the same settings). */
export function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

export const requestSchema = readSchema('insurance-check-request.schema.json');
export const responseSchema = readSchema('insurance-check-response.schema.json');

// ---------------------------------------------------------------------------------------------
// Validation: ajv errors → { "dotted.path": "plain message" }, in the visitor's language.

/** @typedef {'en' | 'es'} Locale */

const TEXT = {
  en: {
    required: 'This field is required.',
    tooLong: (/** @type {number} */ n) => `This is too long (at most ${n} characters).`,
    choose: 'Choose one of the options.',
    invalid: 'This value is not valid.',
    notAccepted: 'This field is not accepted.',
    ssn: 'Never send a Social Security number; it is not needed to check insurance.',
    phone: 'Enter a phone number with its area code.',
    email: 'Enter an email address like name@example.com.',
    date: 'Enter a real date: month, day and year.',
    futureDate: 'This date cannot be in the future.',
    cardNumber: 'Enter it exactly as printed on the card: letters and numbers only.',
    consent: 'Please agree to be contacted so we can check your insurance.',
    image: 'This card photo could not be read. Remove it and add it again.',
    request: 'The form could not be read. Please try again or call us.',
  },
  es: {
    required: 'Este campo es obligatorio.',
    tooLong: (/** @type {number} */ n) => `Este dato es demasiado largo (máximo ${n} caracteres).`,
    choose: 'Elija una de las opciones.',
    invalid: 'Este valor no es válido.',
    notAccepted: 'Este campo no se acepta.',
    ssn: 'Nunca envíe un número de Seguro Social; no se necesita para revisar el seguro.',
    phone: 'Escriba un número de teléfono con su código de área.',
    email: 'Escriba un correo electrónico como nombre@example.com.',
    date: 'Escriba una fecha real: mes, día y año.',
    futureDate: 'Esta fecha no puede ser en el futuro.',
    cardNumber: 'Escríbalo tal como aparece en la tarjeta: solo letras y números.',
    consent: 'Acepte que nos comuniquemos con usted para que podamos verificar su seguro.',
    image: 'No se pudo leer esta foto de la tarjeta. Quítela y agréguela de nuevo.',
    request: 'No se pudo leer el formulario. Inténtelo de nuevo o llámenos.',
  },
};

/** Path used for errors about the request as a whole (not a field). */
export const REQUEST_ERROR_PATH = 'request';

/** What the response schema allows as a field path in a 422 (`insurance.memberId`). */
const FIELD_PATH = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)*$/;

/** @param {string} pointer JSON pointer, e.g. "/insurance/memberId" */
function pointerToPath(pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * @param {import('ajv').ErrorObject} error
 * @param {string} path
 * @param {typeof TEXT.en} t
 */
function messageFor(error, path, t) {
  const leaf = path.split('.').pop() ?? '';
  switch (error.keyword) {
    case 'required':
      return t.required;
    case 'additionalProperties':
      return SSN_LIKE.test(leaf) ? t.ssn : t.notAccepted;
    case 'maxLength':
      return t.tooLong(Number(error.params.limit));
    case 'minLength':
      return t.required;
    case 'enum':
      return t.choose;
  }
  if (path === 'consent.accepted') return t.consent;
  if (path === 'contact.phone') return t.phone;
  if (path === 'contact.email') return error.keyword === 'type' ? t.required : t.email;
  if (leaf === 'dateOfBirth') return error.keyword === 'type' ? t.required : t.date;
  if (path === 'insurance.memberId' || path === 'insurance.groupNumber') return t.cardNumber;
  if (path.startsWith('insurance.cardImages')) return t.image;
  if (path === 'insurance' && error.keyword === 'type') return t.required;
  return t.invalid;
}

/**
 * Turns ajv errors into the contract's 422 `errors` map (first message per path wins).
 * @param {import('ajv').ErrorObject[]} errors
 * @param {Locale} locale
 * @returns {Record<string, string>}
 */
export function toFieldErrors(errors, locale = 'en') {
  const t = TEXT[locale] ?? TEXT.en;
  // A Map, not an object: a field named `constructor` or `__proto__` must be reported, not taken
  // for a key the object already has.
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const error of errors) {
    // "if"/"anyOf" only say that a branch failed; the branch's own errors name the field.
    if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const parent = pointerToPath(error.instancePath);
    let path = parent;
    if (error.keyword === 'required') path = [path, error.params.missingProperty].filter(Boolean).join('.');
    if (error.keyword === 'additionalProperties') {
      path = [path, error.params.additionalProperty].filter(Boolean).join('.');
    }
    // A field name the visitor's browser made up may not be a valid key: name its parent instead.
    if (!FIELD_PATH.test(path) || path.length > 200) path = parent;
    if (!path) path = REQUEST_ERROR_PATH;
    if (!out.has(path)) out.set(path, messageFor(error, path, t));
  }
  return Object.fromEntries(out);
}

/**
 * Checks the schema cannot express: birth dates are not in the future nor before 1900.
 * @param {any} body the parsed request (not necessarily schema-valid)
 * @param {Locale} locale
 */
function semanticErrors(body, locale) {
  const t = TEXT[locale] ?? TEXT.en;
  /** @type {Record<string, string>} */
  const out = {};
  const today = new Date().toISOString().slice(0, 10);
  const dates = {
    'patient.dateOfBirth': body?.patient?.dateOfBirth,
    'insurance.policyholder.dateOfBirth': body?.insurance?.policyholder?.dateOfBirth,
  };
  for (const [path, value] of Object.entries(dates)) {
    if (typeof value !== 'string') continue;
    if (value > today) out[path] = t.futureDate;
    else if (value < '1900-01-01') out[path] = t.date;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Simulated eligibility.

/** @typedef {'verified' | 'in-network' | 'out-of-network' | 'pending' | 'received'} EligibilityStatus */

/** Member-ID prefixes, checked in this order (see the table at the top of the file). */
export const SIMULATED_PREFIXES = /** @type {const} */ ([
  ['VER', 'verified'],
  ['IN', 'in-network'],
  ['OUT', 'out-of-network'],
  ['PEND', 'pending'],
]);

/**
 * The simulated eligibility status for a valid request.
 * @param {any} body
 * @returns {EligibilityStatus}
 */
export function simulateEligibility(body) {
  if (body.mode !== 'verify') return 'received';
  const memberId = String(body.insurance?.memberId ?? '').toUpperCase();
  for (const [prefix, status] of SIMULATED_PREFIXES) if (memberId.startsWith(prefix)) return status;
  return 'received';
}

/** Plain-text answers per status. None promises coverage: the insurer decides what it pays. */
const ANSWERS = {
  en: {
    verified: {
      message:
        'We checked your insurance benefits. An admissions specialist will call you to explain what your plan covers and what you may owe. Final payment is decided by your insurer.',
      nextStep:
        'Keep your phone nearby: during admissions hours we call within 15 minutes, otherwise as soon as we open.',
    },
    'in-network': {
      message:
        'Your plan appears to be in network with us. An admissions specialist will call you to confirm your benefits. Final payment is decided by your insurer.',
      nextStep: 'During admissions hours we call within 15 minutes, otherwise as soon as we open.',
    },
    'out-of-network': {
      message:
        'Your plan appears to be out of network with us. Many plans still pay part of the cost of out-of-network care, and there may be other options. An admissions specialist will call you to go over them.',
      nextStep:
        'During admissions hours we call within the hour to talk about your options, otherwise as soon as we open.',
    },
    pending: {
      message:
        'We are checking your benefits with your insurer. This can take a little while; we will call you as soon as we have an answer.',
      nextStep: 'We will call you, usually within an hour during admissions hours.',
    },
    received: {
      message: 'An admissions specialist will review it and call you.',
      nextStep: 'We will call you at the time you chose.',
    },
  },
  es: {
    verified: {
      message:
        'Revisamos los beneficios de su seguro. Un especialista de admisiones le llamará para explicarle qué cubre su plan y cuánto podría pagar usted. El pago final lo decide su aseguradora.',
      nextStep:
        'Tenga su teléfono cerca: en horario de admisiones le llamamos en 15 minutos; si no, en cuanto abramos.',
    },
    'in-network': {
      message:
        'Su plan parece estar dentro de nuestra red. Un especialista de admisiones le llamará para confirmar sus beneficios. El pago final lo decide su aseguradora.',
      nextStep: 'En horario de admisiones le llamamos en 15 minutos; si no, en cuanto abramos.',
    },
    'out-of-network': {
      message:
        'Su plan parece estar fuera de nuestra red. Muchos planes pagan parte del costo de la atención fuera de la red y puede haber otras opciones. Un especialista de admisiones le llamará para explicárselas.',
      nextStep:
        'En horario de admisiones le llamamos dentro de una hora para hablar de sus opciones; si no, en cuanto abramos.',
    },
    pending: {
      message:
        'Estamos revisando sus beneficios con su aseguradora. Esto puede tardar un poco; le llamaremos en cuanto tengamos una respuesta.',
      nextStep: 'Le llamaremos, por lo general dentro de una hora en horario de admisiones.',
    },
    received: {
      message: 'Un especialista de admisiones la revisará y le llamará.',
      nextStep: 'Le llamaremos a la hora que eligió.',
    },
  },
};

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short reference number a visitor can read out on the phone, e.g. NP-7K2M9QXD. */
function newReference(prefix = 'NP-') {
  const bytes = randomBytes(8);
  let id = '';
  for (const byte of bytes) id += REFERENCE_ALPHABET[byte & 31];
  return prefix + id;
}

/**
 * The answer body for a valid, new submission.
 * @param {any} body
 * @param {string} [referencePrefix]
 */
export function answerFor(body, referencePrefix) {
  const status = simulateEligibility(body);
  const locale = body.locale === 'es' ? 'es' : 'en';
  const { message, nextStep } = ANSWERS[locale][status];
  return { status, message, reference: newReference(referencePrefix), nextStep };
}

// ---------------------------------------------------------------------------------------------
// Faults (tests only).

/**
 * @typedef {{ kind: 'delay', ms: number }
 *   | { kind: 'status', status: number }
 *   | { kind: '422', errors?: Record<string, string> }
 *   | { kind: 'drop', store?: boolean }} Fault
 */

const DEFAULT_FAULT_ERRORS = {
  'insurance.memberId': 'We could not find this member ID. Check the card and try again.',
};

/**
 * Validates one fault from POST /__faults; returns an error text or null.
 * @param {any} fault
 */
function faultProblem(fault) {
  if (!fault || typeof fault !== 'object') return 'each fault must be an object';
  switch (fault.kind) {
    case 'delay':
      return Number.isInteger(fault.ms) && fault.ms >= 0 && fault.ms <= MAX_FAULT_DELAY_MS
        ? null
        : `delay.ms must be an integer from 0 to ${MAX_FAULT_DELAY_MS}`;
    case 'status':
      return Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599
        ? null
        : 'status.status must be an integer from 400 to 599';
    case '422':
      if (fault.errors === undefined) return null;
      return fault.errors &&
        typeof fault.errors === 'object' &&
        Object.keys(fault.errors).length > 0 &&
        Object.values(fault.errors).every((value) => typeof value === 'string')
        ? null
        : '422.errors must map field paths to messages';
    case 'drop':
      return fault.store === undefined || typeof fault.store === 'boolean'
        ? null
        : 'drop.store must be a boolean';
    default:
      return 'kind must be one of delay, status, 422, drop';
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers.

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** @param {import('node:http').IncomingMessage} req */
function corsHeaders(req) {
  const origin = req.headers.origin;
  /** @type {Record<string, string>} */
  const headers = { Vary: 'Origin' };
  if (origin && ALLOWED_ORIGIN.test(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    // The widget waits as long as a 429 or 5xx asks, when it may read the header.
    headers['Access-Control-Expose-Headers'] = 'Retry-After';
  }
  return headers;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** @param {string | undefined} value */
function isJsonContentType(value) {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((param) => param.startsWith('charset='));
  return !charset || charset.replace(/"/g, '') === 'charset=utf-8';
}

/** @param {string | undefined} host */
function isLoopbackHostHeader(host) {
  if (!host) return false;
  try {
    return LOOPBACK_HOSTS.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

class BodyTooLarge extends Error {}

/**
 * Reads a request body, giving up (and no longer buffering) as soon as it passes `limit` bytes.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
function readBody(req, limit) {
  return new Promise((done, fail) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      fail(new BodyTooLarge());
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        fail(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => done(Buffer.concat(chunks)));
    req.once('error', fail);
    req.once('aborted', () => fail(new Error('aborted')));
  });
}

/**
 * Answers 413 and closes the connection after the answer, so the rest of the body is never read.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} headers
 */
function rejectTooLarge(req, res, headers) {
  req.pause();
  res.once('finish', () => setTimeout(() => req.socket.destroy(), 50).unref());
  sendJson(res, 413, { error: 'Request body is too large.' }, { ...headers, Connection: 'close' });
}

/** @param {number} ms @param {Set<NodeJS.Timeout>} timers */
function sleep(ms, timers) {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      done(undefined);
    }, ms);
    timers.add(timer);
  });
}

// ---------------------------------------------------------------------------------------------
// The server.

/**
 * @typedef {object} ReceiverOptions
 * @property {number} [port=8787] 0 picks a free port
 * @property {string} [host='127.0.0.1'] must be a loopback address
 * @property {string} [dbPath] SQLite file (created with its folder); default `.receiver-data/submissions.db`
 * @property {string} [path='/api/intake'] the intake endpoint's path
 * @property {boolean} [faults=false] enables /__faults and /__submissions (local testing only)
 * @property {number} [maxBodyBytes=3145728] larger bodies get 413
 * @property {string} [referencePrefix='NP-'] prefix of the reference numbers
 * @property {boolean | ((line: string) => void)} [log=true] `true` logs to the console, `false` is silent,
 *   a function receives each line (method, path, status, key prefix, duration; never a body)
 */

/**
 * @typedef {object} ReceiverHandle
 * @property {string} url base URL, e.g. http://127.0.0.1:8787
 * @property {string} endpoint the intake URL, e.g. http://127.0.0.1:8787/api/intake
 * @property {number} port
 * @property {string} dbPath
 * @property {() => Promise<void>} close stops listening, drops open connections, closes the database
 */

/**
 * Starts the reference receiver.
 * @param {ReceiverOptions} [options]
 * @returns {Promise<ReceiverHandle>}
 */
export async function startReceiver(options = {}) {
  const {
    port = DEFAULT_PORT,
    host = '127.0.0.1',
    dbPath = DEFAULT_DB_PATH,
    path: intakePath = DEFAULT_PATH,
    faults: faultsEnabled = false,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    referencePrefix = 'NP-',
    log = true,
  } = options;
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(
      `The reference receiver listens on loopback only (127.0.0.1, ::1, localhost), not "${host}".`,
    );
  }
  /** @type {(line: string) => void} */
  const writeLog = typeof log === 'function' ? log : log ? (line) => console.log(line) : () => {};

  const ajv = createAjv();
  const validate = ajv.compile(requestSchema);
  const store = openStore(dbPath);
  /** @type {Fault[]} */
  let faultQueue = [];
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Record<string, string>} cors
   * @param {(key: string) => void} noteKey
   */
  async function handleIntake(req, res, cors, noteKey) {
    const fault = faultsEnabled ? faultQueue.shift() : undefined;
    if (fault?.kind === 'drop' && !fault.store) {
      req.socket.destroy();
      return;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendJson(res, 415, { error: 'Content-Type must be application/json.' }, cors);
      return;
    }
    const rawKey = req.headers['idempotency-key'];
    const key = typeof rawKey === 'string' ? rawKey.trim().toLowerCase() : '';
    if (!UUID.test(key)) {
      sendJson(res, 400, { error: 'An Idempotency-Key header with a UUID is required.' }, cors);
      return;
    }
    noteKey(key);

    /** @type {Buffer} */
    let raw;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) rejectTooLarge(req, res, cors);
      else req.socket.destroy();
      return;
    }

    if (fault?.kind === 'status') {
      const retry = fault.status === 429 || fault.status === 503 ? { 'Retry-After': '1' } : {};
      sendJson(res, fault.status, { error: `Simulated ${fault.status}.` }, { ...cors, ...retry });
      return;
    }
    if (fault?.kind === '422') {
      sendJson(res, 422, { errors: fault.errors ?? DEFAULT_FAULT_ERRORS }, cors);
      return;
    }

    /** @type {{ status: number, body: unknown }} */
    let answer;
    const existing = store.get(key);
    if (existing) {
      answer = { status: 409, body: existing.response };
    } else {
      /** @type {any} */
      let body;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        sendJson(res, 400, { error: 'The body is not valid JSON.' }, cors);
        return;
      }
      /** @type {Locale} */
      const locale = body?.locale === 'es' ? 'es' : 'en';
      const schemaErrors = validate(body) ? {} : toFieldErrors(validate.errors ?? [], locale);
      const errors = { ...semanticErrors(body, locale), ...schemaErrors };
      if (Object.keys(errors).length > 0) {
        answer = { status: 422, body: { errors } };
      } else {
        const { inserted, row } = store.insertOnce(key, body, answerFor(body, referencePrefix));
        answer = { status: inserted ? 201 : 409, body: row.response };
      }
    }

    if (fault?.kind === 'delay') await sleep(fault.ms, timers);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    sendJson(res, answer.status, answer.body, cors);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  async function handleAdmin(req, res, pathname) {
    if (pathname === '/__submissions') {
      if (req.method === 'GET') {
        const submissions = store.list();
        sendJson(res, 200, { count: submissions.length, submissions });
      } else if (req.method === 'DELETE') {
        sendJson(res, 200, { deleted: store.clear() });
      } else {
        sendJson(res, 405, { error: 'Use GET or DELETE.' }, { Allow: 'GET, DELETE' });
      }
      return;
    }
    // /__faults
    if (req.method === 'GET') {
      sendJson(res, 200, { queue: faultQueue });
    } else if (req.method === 'DELETE') {
      faultQueue = [];
      sendJson(res, 200, { queue: faultQueue });
    } else if (req.method === 'POST') {
      if (!isJsonContentType(req.headers['content-type'])) {
        sendJson(res, 415, { error: 'Content-Type must be application/json.' });
        return;
      }
      /** @type {any} */
      let body;
      try {
        body = JSON.parse((await readBody(req, MAX_ADMIN_BODY_BYTES)).toString('utf8'));
      } catch (error) {
        if (error instanceof BodyTooLarge) rejectTooLarge(req, res, {});
        else sendJson(res, 400, { error: 'The body is not valid JSON.' });
        return;
      }
      const queue = body?.queue;
      const problem = Array.isArray(queue) ? queue.map(faultProblem).find(Boolean) : 'queue must be an array';
      if (problem) {
        sendJson(res, 400, { error: problem });
        return;
      }
      faultQueue = queue.map((/** @type {Fault} */ fault) => ({ ...fault }));
      sendJson(res, 200, { queue: faultQueue });
    } else {
      sendJson(res, 405, { error: 'Use GET, POST or DELETE.' }, { Allow: 'GET, POST, DELETE' });
    }
  }

  const server = createServer(async (req, res) => {
    const started = Date.now();
    let keyPrefix = '';
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const pathname = url.pathname;
    res.once('close', () => {
      const status = res.headersSent ? res.statusCode : 'dropped';
      const key = keyPrefix ? ` key=${keyPrefix}…` : '';
      writeLog(`[receiver] ${req.method} ${pathname} ${status}${key} ${Date.now() - started}ms`);
    });
    try {
      // Refuse other Host names: a DNS-rebinding page must not reach stored submissions.
      if (!isLoopbackHostHeader(req.headers.host)) {
        sendJson(res, 403, { error: 'Loopback host names only.' });
        return;
      }
      if (pathname === intakePath) {
        const cors = corsHeaders(req);
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            ...BASE_HEADERS,
            ...cors,
            ...(cors['Access-Control-Allow-Origin']
              ? {
                  'Access-Control-Allow-Methods': 'POST, OPTIONS',
                  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
                  'Access-Control-Max-Age': '600',
                }
              : {}),
          });
          res.end();
          return;
        }
        if (req.method !== 'POST') {
          sendJson(res, 405, { error: 'Use POST.' }, { ...cors, Allow: 'POST, OPTIONS' });
          return;
        }
        await handleIntake(req, res, cors, (key) => {
          keyPrefix = key.slice(0, 8);
        });
        return;
      }
      if (faultsEnabled && (pathname === '/__faults' || pathname === '/__submissions')) {
        await handleAdmin(req, res, pathname);
        return;
      }
      sendJson(res, 404, { error: 'Not found.' });
    } catch (error) {
      // Name the error only: a message could quote stored data.
      writeLog(
        `[receiver] ${req.method} ${pathname} error ${/** @type {any} */ (error)?.code ?? 'internal'}`,
      );
      sendJson(res, 500, { error: 'The submission could not be stored. Please try again.' });
    }
  });

  try {
    await new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => {
        server.off('error', fail);
        done(undefined);
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }

  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const baseUrl = `http://${urlHost}:${address.port}`;
  /** @type {Promise<void> | null} */
  let closing = null;

  return {
    url: baseUrl,
    endpoint: baseUrl + intakePath,
    port: address.port,
    dbPath,
    close() {
      closing ??= (async () => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        const closed = new Promise((done) => server.close(() => done(undefined)));
        server.closeAllConnections();
        await closed;
        store.close();
      })();
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Command line.

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      path: { type: 'string' },
      faults: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'Usage: node demo/receiver/server.mjs [--port 8787] [--db path] [--path /api/intake] [--faults] [--quiet]',
    );
    process.exit(0);
  }
  const port = Number(values.port ?? process.env.RECEIVER_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${values.port ?? process.env.RECEIVER_PORT}`);
    process.exit(1);
  }
  const handle = await startReceiver({
    port,
    dbPath: resolve(values.db ?? process.env.RECEIVER_DB ?? DEFAULT_DB_PATH),
    path: values.path ?? DEFAULT_PATH,
    faults: values.faults || process.env.RECEIVER_FAULTS === '1',
    log: !values.quiet,
  });
  console.log(`Receiver: POST ${handle.endpoint}  (stored in ${handle.dbPath})`);
  if (values.faults || process.env.RECEIVER_FAULTS === '1') {
    console.log('Fault injection and /__submissions are ON: for local testing only.');
  }
  const stop = async () => {
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
