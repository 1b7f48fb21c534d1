// Shared steps of the e2e suites: a visitor's way through the quiz and the insurance form, and
// a recorder of every storage write a page attempts.
import assert from 'node:assert/strict';

/** The answers a visitor picks when a scenario does not name one: the mildest, by their English labels. */
export const MILDEST = {
  who: ['Myself'],
  urgent: ['None of these'],
  'self-harm-thoughts': ['Not at all'],
  substances: ['None of these in the past 30 days'],
  frequency: ['Less than once a week'],
  'drinks-per-day': ['1 or 2'],
  'withdrawal-history': ['None of these'],
  'withdrawal-now': ['No'],
  health: ['None of these'],
  'mental-health': ['Not at all'],
  readiness: ['Ready now'],
  'past-attempts': ['No, never'],
  'recent-treatment': ['No'],
  home: ['Safe and supportive'],
  support: ['Yes, strong support'],
  commitments: ['Not sure'],
};

/**
 * Records every storage write the page attempts (web storage, cookies, IndexedDB, Cache API),
 * installed before any script of the page runs.
 */
export function watchStorage() {
  window.__storageWrites = [];
  const note = (what) => window.__storageWrites.push(what);
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      note(`Storage.${method}`);
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      note('document.cookie');
      cookie.set.call(this, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    note('indexedDB.open');
    return open.apply(this, args);
  };
  if (window.caches) {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) {
      note('caches.open');
      return cacheOpen.apply(this, args);
    };
  }
}

/** The question on screen: the name of its inputs, or null on an end screen. */
export async function questionOnScreen(quiz) {
  const inputs = quiz.locator('input');
  if ((await inputs.count()) === 0) return null;
  return inputs.first().getAttribute('name');
}

/**
 * Answers each question by clicking its answers' radio or checkbox by accessible name, then the
 * Next (or "See my result") button, until an end screen. Returns the questions asked.
 */
export async function completeQuiz(quiz, answers) {
  const asked = [];
  for (let id = await questionOnScreen(quiz); id; id = await questionOnScreen(quiz)) {
    assert.ok(asked.length < 20, 'the quiz ends');
    asked.push(id);
    const role =
      (await quiz.locator('input').first().getAttribute('type')) === 'checkbox' ? 'checkbox' : 'radio';
    for (const name of answers[id] ?? MILDEST[id]) {
      await quiz.getByRole(role, { name, exact: true }).check();
    }
    const isLast = await quiz.getByRole('button', { name: 'See my result', exact: true }).count();
    await quiz.getByRole('button', { name: isLast ? 'See my result' : 'Next', exact: true }).click();
    // The next screen is there as soon as the click returns: focus is on its heading.
    await quiz.locator('[tabindex="-1"]').first().waitFor();
    assert.notEqual(await questionOnScreen(quiz), id, `stuck on ${id}`);
  }
  return asked;
}

/** What the visitor types: none of it may appear anywhere but the request to the endpoint. */
export const VISITOR = {
  firstName: 'Marisol',
  lastName: 'Quintero',
  dobMonth: '7',
  dobDay: '23',
  dobYear: '1984',
  phone: '(206) 555-0147',
  email: 'marisol.q@example.org',
  memberId: 'IN8472913',
  groupNumber: '55021',
};
export const TYPED = [
  'Marisol',
  'Quintero',
  '1984',
  '555-0147',
  '5550147',
  'marisol.q',
  'IN8472913',
  '55021',
];

export async function fillVerify(form, overrides = {}) {
  const values = { ...VISITOR, ...overrides };
  await form.locator('input[name="who"][value="self"]').check();
  for (const name of ['firstName', 'lastName', 'dobMonth', 'dobDay', 'dobYear', 'phone', 'email']) {
    await form.locator(`#${name}`).fill(values[name]);
  }
  await form.locator('#bestTime').selectOption('evening');
  await form.locator('#carrier').selectOption('Premera Blue Cross');
  await form.locator('#memberId').fill(values.memberId);
  await form.locator('#groupNumber').fill(values.groupNumber);
  await form.locator('input[name="holder"][value="yes"]').check();
  await form.locator('#consent').check();
}
