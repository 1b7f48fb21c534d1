// The server recipes of demo/docs/recipes.html, run for real: the Express endpoint
// (demo/recipes/express/server.mjs) in-process, the PHP endpoint (demo/recipes/php/intake.php)
// under `php -S`. Both must answer the contract (schemas/insurance-check-*.schema.json) the same
// way: 201 and a valid result, 409 and the first answer for a repeated key, 422 with field paths,
// one stored submission per key even when retries race. Then the widget itself, from the built
// drop-in file, sends a form to each and shows the result. The page must show the files as they are.
// PHP is required (`php-cli` from Debian): without it these tests fail, they do not skip.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import express from 'express';
import { createApp, fileStore } from '../../demo/recipes/express/server.mjs';
import { contractExample } from '../fixtures/contract.mjs';
import { fillVerify } from './flows.mjs';
import { launchBrowser, openPage, widgetsRendered } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validateRequest = ajv.compile(JSON.parse(read('schemas/insurance-check-request.schema.json')));
ajv.addSchema(JSON.parse(read('schemas/insurance-check-response.schema.json')));
const RESPONSE = 'https://intake-widgets.dev/schemas/insurance-check-response/1.json';
const validResult = ajv.getSchema(`${RESPONSE}#/$defs/result`);
const validFieldErrors = ajv.getSchema(`${RESPONSE}#/$defs/fieldErrors`);

/** The contract's example, as the widget sends it. */
const EXAMPLE = contractExample();

const copy = () => structuredClone(EXAMPLE);
const change = (edit) => {
  const body = copy();
  edit(body);
  return body;
};

/** Bodies both endpoints must accept. */
const VALID = {
  'the contract example': copy(),
  'a call-back request without a card': change((b) => {
    b.mode = 'callback';
    delete b.patient.dateOfBirth;
    b.contact.email = null;
    delete b.insurance;
    b.careLevel = null;
  }),
  'a loved one, in Spanish, with a policyholder, a card photo and a CAPTCHA token': change((b) => {
    b.locale = 'es';
    b.seeker = { for: 'loved-one', relationship: 'madre' };
    b.insurance.policyholder = {
      firstName: 'Luis',
      lastName: 'Ruiz',
      dateOfBirth: '1962-02-28',
      relationship: 'child',
    };
    b.insurance.cardImages = { front: 'data:image/jpeg;base64,/9j/4AAQSkZJRg==' };
    b.captchaToken = 'token-from-the-provider';
  }),
  'names of 100 characters outside the BMP (lengths count code points)': change((b) => {
    b.patient.firstName = '😀'.repeat(100);
    b.patient.lastName = 'Ñúñez-Óbrien';
  }),
  'a leap day and a time zone offset': change((b) => {
    b.patient.dateOfBirth = '2000-02-29';
    b.submittedAt = '2026-11-26T10:02:11-08:00';
  }),
};

/** Bodies both endpoints must refuse with 422, and a field path each answer must name. */
const INVALID = {
  'a member ID with symbols': [change((b) => (b.insurance.memberId = '!!')), 'insurance.memberId'],
  // Long enough for PCRE to give up backtracking on the pattern, short enough for maxLength.
  'a card photo near the size limit that is not base64 at its end': [
    change((b) => (b.insurance.cardImages = { front: `data:image/jpeg;base64,${'A'.repeat(550_000)}!` })),
    'insurance.cardImages.front',
  ],
  'a phone number without a country code': [change((b) => (b.contact.phone = '555-0100')), 'contact.phone'],
  'a phone number with a trailing newline': [
    change((b) => (b.contact.phone = '+12065550100\n')),
    'contact.phone',
  ],
  'a Social Security number': [change((b) => (b.ssn = '123-45-6789')), 'ssn'],
  'a field the contract does not name, inside contact': [change((b) => (b.contact.fax = '1')), 'contact.fax'],
  'a field name that is not a valid path': [change((b) => (b['a b'] = 1)), 'request'],
  'a field named like a built-in property': [
    change((b) => (b.constructor = { ssn: '123-45-6789' })),
    'constructor',
  ],
  // Over its length limit and not matching its pattern: said as too long, not a server error
  // (PHP's regular expressions give up on a string this long).
  'a member ID millions of characters long': [
    change((b) => (b.insurance.memberId = `${'a'.repeat(2_900_000)}!`)),
    'insurance.memberId',
  ],
  'consent not given': [change((b) => (b.consent.accepted = false)), 'consent.accepted'],
  'a date of birth that does not exist': [
    change((b) => (b.patient.dateOfBirth = '1990-02-30')),
    'patient.dateOfBirth',
  ],
  'no date of birth in verify mode': [change((b) => (b.patient.dateOfBirth = null)), 'patient.dateOfBirth'],
  'no email in verify mode': [change((b) => delete b.contact.email), 'contact.email'],
  'an email address without a domain': [change((b) => (b.contact.email = 'ana@')), 'contact.email'],
  'no insurance in verify mode': [change((b) => (b.insurance = null)), 'insurance'],
  'a loved one without the relationship': [
    change((b) => (b.seeker = { for: 'loved-one', relationship: null })),
    'seeker.relationship',
  ],
  'another contract': [change((b) => (b.schema = 'intake-widgets/insurance-check/2')), 'schema'],
  'an unknown language': [change((b) => (b.locale = 'fr')), 'locale'],
  'a page URL with its query string': [
    change((b) => (b.page = 'https://example-center.org/iop?utm_source=x')),
    'page',
  ],
  'a time that is not a time': [change((b) => (b.submittedAt = '2026-11-26T25:00:00Z')), 'submittedAt'],
  'a care level with capitals': [change((b) => (b.careLevel = 'IOP')), 'careLevel'],
  'an empty first name': [change((b) => (b.patient.firstName = '')), 'patient.firstName'],
  'a first name of 101 characters': [
    change((b) => (b.patient.firstName = 'a'.repeat(101))),
    'patient.firstName',
  ],
  'an empty card photo object': [change((b) => (b.insurance.cardImages = {})), 'insurance.cardImages'],
  'a PNG card photo': [
    change((b) => (b.insurance.cardImages = { front: 'data:image/png;base64,iVBORw0KGgo=' })),
    'insurance.cardImages.front',
  ],
  'a policyholder without the relationship': [
    change(
      (b) => (b.insurance.policyholder = { firstName: 'Luis', lastName: 'Ruiz', dateOfBirth: '1962-02-28' }),
    ),
    'insurance.policyholder.relationship',
  ],
  'text consent as a string': [change((b) => (b.contact.smsConsent = 'yes')), 'contact.smsConsent'],
  'a best time that is not offered': [change((b) => (b.contact.bestTime = 'night')), 'contact.bestTime'],
  'a list instead of an object': [[], 'request'],
};

/** A free port on 127.0.0.1 for `php -S`, which cannot pick one itself. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`${url} did not start`);
}

/** A page with the built drop-in file and an insurance checker posting to `endpoint`. */
function writeSite(dir, endpoint) {
  copyFileSync(join(ROOT, 'dist/intake-widgets.js'), join(dir, 'intake-widgets.js'));
  copyFileSync(join(ROOT, 'demo/favicon.svg'), join(dir, 'favicon.ico')); // pages without an icon ask for it
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <title>Recipe</title><script src="/intake-widgets.js" data-phone="+1-206-555-0100" defer></script>
    </head><body><intake-insurance-check id="check" endpoint="${endpoint}" min-fill-ms="0"
    carriers="Aetna, Premera Blue Cross"></intake-insurance-check></body></html>`,
  );
}

let work;
const endpoints = {};
const leads = [];
const phpProblems = [];
let php;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'intake-recipes-'));

  // Express: the recipe's app, mounted with the page next to it (same origin, as on a real site).
  const site = join(work, 'express-site');
  mkdirSync(site);
  writeSite(site, '/api/intake');
  const app = express();
  app.use(express.static(site));
  app.use(createApp({ saveLead: async (body, key) => leads.push({ body, key }) }));
  const server = await new Promise((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  endpoints.express = {
    origin: `http://127.0.0.1:${server.address().port}`,
    url: `http://127.0.0.1:${server.address().port}/api/intake`,
    close: () => new Promise((done) => server.close(done)),
  };

  // PHP: the three files of the recipe in a web root, data outside it.
  const version = spawnSync('php', ['--version'], { encoding: 'utf8' });
  assert.equal(
    version.status,
    0,
    'php-cli is needed for the PHP recipe test: apt-get install php-cli (see scripts/setup.sh)',
  );
  const docroot = join(work, 'php-site');
  mkdirSync(docroot);
  mkdirSync(join(work, 'php-data'));
  for (const file of ['intake.php', 'schema-check.php'])
    copyFileSync(join(ROOT, 'demo/recipes/php', file), join(docroot, file));
  copyFileSync(
    join(ROOT, 'schemas/insurance-check-request.schema.json'),
    join(docroot, 'insurance-check-request.schema.json'),
  );
  writeSite(docroot, '/intake.php');
  const port = await freePort();
  php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
    env: { ...process.env, INTAKE_DATA_DIR: join(work, 'php-data'), PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: the workers are ended with it
  });
  php.stderr.on('data', (chunk) => {
    // The built-in server logs each request on stderr; only PHP's own warnings matter.
    const text = String(chunk);
    if (/PHP (Warning|Fatal|Deprecated|Notice)/.test(text)) phpProblems.push(text);
  });
  endpoints.php = {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/intake.php`,
    dataDir: join(work, 'php-data'),
  };
  await waitForServer(endpoints.php.url);
});

after(async () => {
  await endpoints.express?.close();
  if (php?.pid) {
    try {
      process.kill(-php.pid, 'SIGTERM');
    } catch {}
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

async function post(url, body, { key = randomUUID(), type = 'application/json', raw } = {}) {
  const headers = { 'Content-Type': type };
  if (key) headers['Idempotency-Key'] = key;
  const res = await fetch(url, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json, type: res.headers.get('content-type') };
}

for (const name of ['express', 'php']) {
  describe(`the ${name === 'php' ? 'PHP' : 'Express'} endpoint recipe`, () => {
    const url = () => endpoints[name].url;

    for (const [label, body] of Object.entries(VALID)) {
      it(`answers 201 with a valid result, then 409 with the same answer for the same key: ${label}`, async () => {
        assert.ok(validateRequest(body), `the test body is valid: ${JSON.stringify(validateRequest.errors)}`);
        const key = randomUUID();
        const first = await post(url(), body, { key });
        assert.equal(first.status, 201, JSON.stringify(first.body));
        assert.match(first.type, /^application\/json/);
        assert.ok(validResult(first.body), JSON.stringify(validResult.errors));
        assert.equal(first.body.status, 'received');
        assert.match(first.body.reference, /^IC-[2-9A-HJ-NP-Z]{8}$/);
        if (body.locale === 'es') assert.match(first.body.nextStep, /Le llamaremos/);
        // A retry with another body (the visitor did not change the form; the key decides).
        const again = await post(url(), { ...body, careLevel: 'detox' }, { key });
        assert.equal(again.status, 409);
        assert.deepEqual(again.body, first.body);
      });
    }

    for (const [label, [body, path]] of Object.entries(INVALID)) {
      it(`answers 422 naming ${path}: ${label}`, async () => {
        if (body && !Array.isArray(body)) assert.ok(!validateRequest(body), 'the test body is invalid');
        const res = await post(url(), body);
        assert.equal(res.status, 422, JSON.stringify(res.body));
        assert.ok(validFieldErrors(res.body), JSON.stringify(validFieldErrors.errors));
        assert.ok(path in res.body.errors, `${path} in ${JSON.stringify(res.body.errors)}`);
      });
    }

    it('answers field errors in Spanish for a Spanish form', async () => {
      const res = await post(
        url(),
        change((b) => {
          b.locale = 'es';
          b.contact.phone = '555';
        }),
      );
      assert.equal(res.status, 422);
      assert.equal(res.body.errors['contact.phone'], 'Escriba un número de teléfono con su código de área.');
    });

    it('refuses a request without an Idempotency-Key, with another content type, or with broken JSON', async () => {
      assert.equal((await post(url(), EXAMPLE, { key: null })).status, 400);
      assert.equal((await post(url(), EXAMPLE, { key: 'not-a-uuid' })).status, 400);
      assert.equal((await post(url(), EXAMPLE, { type: 'text/plain' })).status, 415);
      assert.equal((await post(url(), null, { raw: '{"schema":' })).status, 400);
      // JSON null: Express's parser refuses it (400), PHP's checker names the whole request (422).
      assert.ok([400, 422].includes((await post(url(), null)).status));
    });

    it('stores a submission once when five retries with one key arrive together', async () => {
      const key = randomUUID();
      const leadsBefore = leads.length;
      const answers = await Promise.all(Array.from({ length: 5 }, () => post(url(), EXAMPLE, { key })));
      const statuses = answers.map((a) => a.status).sort();
      assert.deepEqual(statuses, [201, 409, 409, 409, 409]);
      for (const a of answers) assert.deepEqual(a.body, answers[0].body);
      if (name === 'express') {
        assert.equal(leads.length - leadsBefore, 1);
        assert.equal(leads.at(-1).key, key);
      } else {
        const files = readdirSync(endpoints.php.dataDir).filter((f) => f.startsWith(key));
        assert.deepEqual(files, [`${key}.json`], 'one file, no temporary left');
        const stored = JSON.parse(readFileSync(join(endpoints.php.dataDir, files[0]), 'utf8'));
        assert.deepEqual(stored.body, EXAMPLE);
        assert.deepEqual(stored.answer, answers[0].body);
      }
    });
  });
}

describe('both endpoint recipes', () => {
  it('give the same field errors for every refused body', async () => {
    for (const [label, [body]] of Object.entries(INVALID)) {
      const [fromExpress, fromPhp] = await Promise.all([
        post(endpoints.express.url, body),
        post(endpoints.php.url, body),
      ]);
      assert.deepEqual(fromPhp.body, fromExpress.body, label);
    }
  });

  it('say a date that does not exist is not a real date, not that it is missing', async () => {
    const body = change((b) => (b.patient.dateOfBirth = '1990-02-30'));
    for (const url of [endpoints.express.url, endpoints.php.url]) {
      const { status, body: answer } = await post(url, body);
      assert.equal(status, 422);
      assert.doesNotMatch(answer.errors['patient.dateOfBirth'], /required/i, url);
    }
  });

  it('the Express recipe will not start without a saveLead, and on its own keeps each lead in a private file', async () => {
    assert.throws(() => createApp(), /saveLead/);
    const dir = join(work, 'express-leads');
    const save = fileStore(dir);
    const key = randomUUID();
    await save(EXAMPLE, key);
    await save(EXAMPLE, key); // a retry after a restart: already kept
    assert.deepEqual(readdirSync(dir), [`${key}.json`]);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')), EXAMPLE);
    assert.equal(statSync(join(dir, `${key}.json`)).mode & 0o777, 0o600);
  });

  it('the Express recipe lets the retry store a submission its first try could not save', async () => {
    let fail = true;
    const app = createApp({
      saveLead: async () => {
        if (fail) {
          fail = false;
          throw new Error('database unavailable');
        }
      },
    });
    const server = await new Promise((done) => {
      const s = app.listen(0, '127.0.0.1', () => done(s));
    });
    try {
      const url = `http://127.0.0.1:${server.address().port}/api/intake`;
      const key = randomUUID();
      const first = await post(url, EXAMPLE, { key });
      assert.equal(first.status, 500);
      assert.deepEqual(Object.keys(first.body), ['error']);
      assert.equal((await post(url, EXAMPLE, { key })).status, 201);
      assert.equal((await post(url, EXAMPLE, { key })).status, 409);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('PHP logged no warnings', () => {
    assert.deepEqual(phpProblems, []);
  });
});

describe('the widget, sending a form to each recipe', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  for (const name of ['express', 'php']) {
    it(`shows the ${name === 'php' ? 'PHP' : 'Express'} endpoint's answer and reference`, async () => {
      const { page, context, record } = await openPage(browser, `${endpoints[name].origin}/index.html`);
      try {
        await widgetsRendered(page, 'intake-insurance-check');
        const form = page.locator('#check');
        await fillVerify(form);
        await form.locator('[part="submit"]').click();
        const result = form.locator('[part="result"]');
        await result.waitFor({ timeout: 15000 });
        assert.equal(await result.getAttribute('data-status'), 'received');
        assert.match(await result.textContent(), /IC-[2-9A-HJ-NP-Z]{8}/);
        assert.match(await result.textContent(), /We will call you at the time you chose\./);
        assert.deepEqual(record.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

/** Text of an HTML code block. */
const fromHtml = (html) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('demo/docs/recipes.html', () => {
  it('its plain HTML page, with the local file and its real hash, renders all three widgets', async () => {
    const html = read('demo/docs/recipes.html');
    const section = html.slice(html.indexOf('id="plain-html"'));
    const snippet = fromHtml(section.match(/<pre><code>([\s\S]*?)<\/code><\/pre>/)[1]);
    const cdn = 'https://cdn.jsdelivr.net/npm/intake-widgets@0.1.0/dist/intake-widgets.js';
    assert.ok(snippet.includes(cdn) && snippet.includes('integrity="sha384-…"'));
    const file = readFileSync(join(ROOT, 'dist/intake-widgets.js'));
    const hash = `sha384-${createHash('sha384').update(file).digest('base64')}`;
    const local = snippet.replace(cdn, '/intake-widgets.js').replace('sha384-…', hash);
    writeFileSync(join(work, 'express-site', 'plain.html'), local);
    const browser = await launchBrowser();
    try {
      const { page, record } = await openPage(browser, `${endpoints.express.origin}/plain.html`);
      const tags = 'intake-contact-card, intake-care-quiz, intake-insurance-check';
      await widgetsRendered(page, tags);
      assert.equal(await page.locator(tags).count(), 3);
      const call = page.locator('intake-contact-card').getByRole('link', { name: /call/i }).first();
      assert.equal(await call.getAttribute('href'), 'tel:+12065550100');
      assert.deepEqual(record.errors, []);
      assert.deepEqual(
        record.console.filter((m) => m.type === 'error' || m.type === 'warning'),
        [],
      );
    } finally {
      await browser.close();
    }
  });

  const page = read('demo/docs/recipes.html');
  for (const file of [
    'demo/recipes/express/server.mjs',
    'demo/recipes/php/intake.php',
    'demo/recipes/php/schema-check.php',
  ]) {
    it(`shows ${file} exactly as it is`, () => {
      const block = page.match(new RegExp(`<code[^>]*data-file="${file}"[^>]*>([\\s\\S]*?)</code>`))?.[1];
      assert.ok(block !== undefined, `a <code data-file="${file}"> block`);
      assert.equal(fromHtml(block), read(file), `run node demo/recipes/sync-page.mjs to copy ${file} in`);
    });
  }
});
