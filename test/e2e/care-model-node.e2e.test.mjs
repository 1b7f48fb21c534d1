// `intake-widgets/care-model` in plain Node: no DOM, no Lit. Needs the build (dist/es/care-model.js),
// so it lives with the e2e suite, which runs after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MODEL_VERSION, QUESTIONS, recommendCare, visibleQuestions } from 'intake-widgets/care-model';

test('the subpath export runs in Node without a DOM', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  // Example case 5: alcohol daily, 5-6 drinks, mild withdrawal, healthy, safe, strong support.
  const result = recommendCare({
    substances: ['alcohol'],
    frequency: 'daily',
    'drinks-per-day': '5-6',
    'withdrawal-now': 'mild',
    health: ['none'],
    home: 'safe',
    support: 'strong',
  });
  assert.equal(result.model, MODEL_VERSION);
  assert.equal(result.model, 'care-quiz/1');
  assert.equal(result.outcome, 'detox');
  assert.equal(result.level, 'outpatient-possible');
  assert.deepEqual(result.next, { outcome: 'iop' });
  assert.equal(QUESTIONS.length, 16);
  assert.ok(visibleQuestions({ substances: ['alcohol'] }).includes('drinks-per-day'));
});

test('never throws on odd JSON, and warns through the callback', () => {
  const warnings = [];
  const result = recommendCare(
    { urgent: 'overdose', frequency: ['daily', 'weekly'], nope: 1 },
    {
      onWarning: (message) => warnings.push(message),
    },
  );
  assert.equal(result.outcome, 'emergency');
  assert.ok(warnings.length >= 2);
});

test('the file pulls in no Lit and nothing else', () => {
  const file = fileURLToPath(import.meta.resolve('intake-widgets/care-model'));
  const code = readFileSync(file, 'utf8');
  assert.doesNotMatch(code, /^\s*import\s/m);
  assert.doesNotMatch(code, /\blit\b/);
});
