/**
 * An endpoint for <intake-insurance-check> in Node with Express 5. It checks each submission
 * against the JSON Schema published in the intake-widgets package, answers the way the widget
 * expects (201, 409 for a repeated Idempotency-Key, 422 with field errors), and never stores a
 * submission twice.
 *
 *   npm install express ajv ajv-formats intake-widgets
 *   node server.mjs                    # POST http://127.0.0.1:3000/api/intake (PORT=… to change)
 *
 * Run on its own, it keeps each submission as a file only this user can read, in ./intake-data
 * (INTAKE_DATA_DIR=… to change); in your app, pass createApp() a saveLead for your CRM or database.
 *
 * Serve it on your site's own origin, behind HTTPS, and point the widget at it:
 *   <intake-insurance-check endpoint="/api/intake"></intake-insurance-check>
 * This is a starting point: read "Before you go live" on the recipes page.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import express from 'express';

const schemaFile = fileURLToPath(
  import.meta.resolve('intake-widgets/schemas/insurance-check-request.schema.json'),
);
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What a field error may be keyed by (the response schema's rule). */
const FIELD_PATH = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)*$/;

const TEXT = {
  en: {
    required: 'This field is required.',
    notAccepted: 'This field is not accepted.',
    tooLong: 'This is too long.',
    choose: 'Choose one of the options.',
    invalid: 'Please check this value.',
    phone: 'Enter a phone number with its area code.',
    email: 'Enter an email address like name@example.com.',
    date: 'Enter a real date: month, day and year.',
    card: 'Enter it exactly as printed on the card: letters and numbers only.',
    consent: 'Please agree to be contacted so we can check your insurance.',
    received: 'An admissions specialist will check your insurance and call you.',
    nextStep: 'We will call you at the time you chose.',
  },
  es: {
    required: 'Este campo es obligatorio.',
    notAccepted: 'Este campo no se acepta.',
    tooLong: 'Este dato es demasiado largo.',
    choose: 'Elija una de las opciones.',
    invalid: 'Revise este dato.',
    phone: 'Escriba un número de teléfono con su código de área.',
    email: 'Escriba un correo electrónico como nombre@example.com.',
    date: 'Escriba una fecha real: mes, día y año.',
    card: 'Escríbalo tal como aparece en la tarjeta: solo letras y números.',
    consent: 'Acepte que nos comuniquemos con usted para que podamos verificar su seguro.',
    received: 'Un especialista de admisiones revisará su seguro y le llamará.',
    nextStep: 'Le llamaremos a la hora que eligió.',
  },
};

/** One message per field, from every check that failed on it (the same rules as intake.php). */
function messageFor(path, keywords, t) {
  const has = (k) => keywords.includes(k);
  const leaf = path.split('.').pop();
  if (has('required')) return t.required;
  if (has('additionalProperties')) return t.notAccepted;
  if (has('maxLength')) return t.tooLong;
  if (path === 'consent.accepted') return t.consent;
  if (path === 'contact.phone') return t.phone;
  if (path === 'contact.email' || leaf === 'dateOfBirth') {
    // Only a wrong type (null, nothing) means missing: a date that does not exist fails its
    // pattern too (next to the "or null" branch's type error), and is said as a bad date.
    if (keywords.every((k) => k === 'type')) return t.required;
    return path === 'contact.email' ? t.email : t.date;
  }
  if (path === 'insurance.memberId' || path === 'insurance.groupNumber') return t.card;
  if (has('minLength')) return t.required;
  if (has('enum') || has('const')) return t.choose;
  return t.invalid;
}

/** ajv's errors as the widget's 422 body: { "insurance.memberId": "message", … }. */
export function fieldErrors(errors, locale) {
  const byPath = new Map();
  for (const error of errors) {
    // "if" and "anyOf" only say that a branch failed; the branch's own errors name the field.
    if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const parent = error.instancePath.split('/').slice(1).join('.');
    const name = error.params.missingProperty ?? error.params.additionalProperty;
    let path = [parent, name].filter(Boolean).join('.');
    // A field name the visitor's browser made up may not be a valid key: name its parent instead.
    if (!FIELD_PATH.test(path) || path.length > 200) path = parent;
    path ||= 'request';
    byPath.set(path, [...(byPath.get(path) ?? []), error.keyword]);
  }
  const t = TEXT[locale] ?? TEXT.en;
  return Object.fromEntries([...byPath].map(([path, keywords]) => [path, messageFor(path, keywords, t)]));
}

/** A reference a visitor can read out on the phone: no 0/O or 1/I. */
function newReference() {
  const letters = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `IC-${[...randomBytes(8)].map((b) => letters[b & 31]).join('')}`;
}

/**
 * A `saveLead` that writes each submission to `<dir>/<key>.json`, readable only by this user. A
 * key already written (a retry after a restart) counts as stored.
 */
export function fileStore(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return async (body, key) => {
    try {
      await writeFile(join(dir, `${key}.json`), JSON.stringify(body), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  };
}

/**
 * The endpoint as an Express app. `saveLead(body, key)` stores or forwards the submission (your
 * CRM, an encrypted table); when it throws, the visitor's browser retries with the same key. It is
 * required: an endpoint that answered 201 without storing would tell a visitor "we will call you"
 * and lose them. `answers` remembers the answer per Idempotency-Key: in memory here, so use a
 * table whose primary key is the idempotency key if you run more than one process or must
 * survive restarts.
 */
export function createApp({ saveLead, answers = new Map(), path = '/api/intake' } = {}) {
  if (typeof saveLead !== 'function') {
    throw new TypeError('createApp({ saveLead }): saveLead(body, key) must store the submission');
  }
  const app = express();
  app.disable('x-powered-by');
  app.post(path, express.json({ limit: '3mb', type: 'application/json' }), async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!req.is('application/json')) return res.status(415).json({ error: 'Send JSON.' });
    const key = req.get('Idempotency-Key')?.toLowerCase() ?? '';
    if (!UUID.test(key)) return res.status(400).json({ error: 'Missing or invalid Idempotency-Key.' });

    // A retry of a submission already handled (or being handled) gets the first answer again.
    if (answers.has(key)) {
      try {
        return res.status(409).json(await answers.get(key));
      } catch {
        return res.status(503).json({ error: 'Please try again.' });
      }
    }

    const body = req.body;
    const locale = body?.locale === 'es' ? 'es' : 'en';
    if (!validate(body)) return res.status(422).json({ errors: fieldErrors(validate.errors, locale) });

    const t = TEXT[locale];
    const answer = (async () => {
      await saveLead(body, key);
      return { status: 'received', reference: newReference(), message: t.received, nextStep: t.nextStep };
    })();
    answers.set(key, answer); // before any await, so a parallel retry waits for this one
    try {
      res.status(201).json(await answer);
    } catch {
      answers.delete(key); // not stored: the retry may try again
      res.status(500).json({ error: 'The submission could not be saved. Please try again.' });
    }
  });
  // Unreadable or oversized bodies: a short JSON error, never the body or a stack trace.
  app.use((error, _req, res, _next) => {
    const status = error.status >= 400 && error.status < 500 ? error.status : 500;
    res.status(status).json({ error: status === 413 ? 'Too large.' : 'The request could not be read.' });
  });
  return app;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  const dir = process.env.INTAKE_DATA_DIR ?? 'intake-data';
  createApp({ saveLead: fileStore(dir) }).listen(port, '127.0.0.1', () =>
    console.log(`POST http://127.0.0.1:${port}/api/intake, submissions kept in ${dir}/`),
  );
}
