/**
 * Care-level quiz — clinical model v1 (`care-quiz/1`), as specified in care-quiz-model.md.
 *
 * Pure and DOM-free, with no imports: it is published on its own as `intake-widgets/care-model`
 * and must run in Node without Lit or a DOM. A self-screening aid, not an assessment: six risk
 * dimensions rated 0–4, the highest need sets the intensity, ratings are never averaged.
 *
 * Everything the UI shows is an id (outcomes, levels, notes, reasons); the element translates ids.
 */

// Size: this file is part of the drop-in script, whose size is budgeted. Minified code keeps every
// string literal and property name, so the question table is one string, and the rules work on
// numbers (question and option indices, bit masks, note bits) named by the constants below, which
// esbuild inlines. The only strings are the ids of the contract and the warnings.

export const MODEL_VERSION = 'care-quiz/1';

// ---------------------------------------------------------------------------------------------
// Numbers the rules use. They come before any other code, so that the minifier can inline them.

// Question indices in QUESTIONS.
const URGENT = 1;
const THOUGHTS = 2;
const SUBSTANCES = 3;
const FREQUENCY = 4;
const DRINKS = 5;
const WITHDRAWAL_HISTORY = 6;
const WITHDRAWAL_NOW = 7;
const HEALTH = 8;
const MENTAL = 9;
const READINESS = 10;
const ATTEMPTS = 11;
const TREATMENT = 12;
const HOME = 13;
const SUPPORT = 14;
const COMMITMENTS = 15;

// An answer (a question and one of its options) as one number, its "key": question index * 8 +
// option index. Keys sort in question order, then option order: the order of the reasons. Key 0
// (`who` = `self`) is never a reason, so the rules can use 0 for "no key".
const OVERDOSE = URGENT * 8 + 1;
const ALCOHOL = SUBSTANCES * 8;
const SEDATIVES = SUBSTANCES * 8 + 1;
const OPIOIDS = SUBSTANCES * 8 + 2;
const DAILY = FREQUENCY * 8 + 3;
const STRONG = WITHDRAWAL_NOW * 8 + 2;
const DRINKS_5_6 = DRINKS * 8 + 2; // then 7-9, 10-plus
const SEIZURE = WITHDRAWAL_HISTORY * 8; // then dts, hallucinations, medical-detox
const PREGNANT = HEALTH * 8;
const SERIOUS_ILLNESS = HEALTH * 8 + 1;
const AGE_65_PLUS = HEALTH * 8 + 3;
const COMPLETED_ABSTINENT = TREATMENT * 8 + 1;
const LITTLE_SUPPORT = SUPPORT * 8 + 2;
const KEEP_ROUTINE = COMMITMENTS * 8;

// Indices in OUTCOMES.
const EMERGENCY = 0;
const CRISIS = 1;
const DETOX = 2;
const STEP_DOWN = 3;
const RESIDENTIAL = 4;
const PHP = 5;
const IOP = 6;
const OUTPATIENT = 7;

// Indices in LEVELS (-1: no level).
const MEDICAL = 0;
const OUTPATIENT_POSSIBLE = 1;
const LEVEL_PHP = 2;
const LEVEL_IOP = 3;
const MEDICALLY_MONITORED = 4;
const CLINICALLY_MANAGED = 5;

// Notes as bits: bit i is NOTE_IDS[i].
const NOTE_OVERDOSE = 1;
const NOTE_RECOVERY_RESIDENCE = 2;
const NOTE_EARLY_INTERVENTION = 4;
const NOTE_KEEP_ROUTINE = 8;
const NOTE_OPIOIDS = 16 | 32; // medication-opioids and naloxone
const NOTE_ENCOURAGE = 64;
const NOTE_NOT_DIAGNOSIS = 128;

const MAX_QUOTED = 40;
const MAX_WARNINGS = 20;
/**
 * Far more items than any question has options; the rest is not read (a guard against hostile
 * input such as a huge sparse array, which no real answer set comes near).
 */
const MAX_ITEMS = 10_000;

// ---------------------------------------------------------------------------------------------
// The contract: questions, outcomes, levels, notes

/** One question: its id, whether it takes one option or several, and its option ids. */
type QuestionOf<I extends string, T extends 'one' | 'many', O extends readonly string[]> = {
  readonly id: I;
  readonly type: T;
  readonly options: O;
};

/** The exact type of `QUESTIONS`; the runtime table is built from the string below. */
type QuestionTable = readonly [
  QuestionOf<'who', 'one', readonly ['self', 'loved-one']>,
  QuestionOf<
    'urgent',
    'many',
    readonly ['self-harm-plan', 'overdose', 'severe-withdrawal', 'unsafe-now', 'none']
  >,
  QuestionOf<
    'self-harm-thoughts',
    'one',
    readonly ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day']
  >,
  QuestionOf<
    'substances',
    'many',
    readonly ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other']
  >,
  QuestionOf<'frequency', 'one', readonly ['less-than-weekly', '1-3-days', '4-6-days', 'daily']>,
  QuestionOf<'drinks-per-day', 'one', readonly ['1-2', '3-4', '5-6', '7-9', '10-plus']>,
  QuestionOf<
    'withdrawal-history',
    'many',
    readonly ['seizure', 'dts', 'hallucinations', 'medical-detox', 'none']
  >,
  QuestionOf<'withdrawal-now', 'one', readonly ['none', 'mild', 'strong']>,
  QuestionOf<
    'health',
    'many',
    readonly ['pregnant', 'serious-illness', 'fever-infection', 'age-65-plus', 'none']
  >,
  QuestionOf<'mental-health', 'one', readonly ['not-at-all', 'somewhat', 'a-lot', 'cant-stay-safe']>,
  QuestionOf<'readiness', 'one', readonly ['ready-now', 'thinking', 'pressured', 'not-sure']>,
  QuestionOf<
    'past-attempts',
    'one',
    readonly ['never-tried', 'stopped-months', 'relapsed-weeks', 'relapsed-days']
  >,
  QuestionOf<
    'recent-treatment',
    'one',
    readonly ['none', 'completed-abstinent', 'completed-using', 'left-early']
  >,
  QuestionOf<'home', 'one', readonly ['safe', 'others-use', 'unstable']>,
  QuestionOf<'support', 'one', readonly ['strong', 'some', 'little-none']>,
  QuestionOf<'commitments', 'one', readonly ['keep-routine', 'can-step-away', 'not-sure']>,
];

const freeze = Object.freeze;

/**
 * Builds the question table, frozen so a caller cannot change the model by mutating it. `table`
 * lists the questions separated by `,`, each as its id and its option ids separated by spaces;
 * `*` before an id marks a 'many' question.
 */
function questionTable(table: string): QuestionTable {
  return freeze(
    table.split(',').map((question) => {
      const [id, ...options] = question.split(' ');
      const many = id[0] === '*';
      return freeze({ id: many ? id.slice(1) : id, type: many ? 'many' : 'one', options: freeze(options) });
    }),
  ) as unknown as QuestionTable;
}

/**
 * The questions in flow order, with their option ids (the contract). For 'one' questions the
 * first option is the mildest, which is what an unanswered question counts as.
 *
 * The rules refer to questions and options by their index here (the constants at the top): keep
 * both in step with this table.
 */
export const QUESTIONS = /* @__PURE__ */ questionTable(
  'who self loved-one,' +
    '*urgent self-harm-plan overdose severe-withdrawal unsafe-now none,' +
    'self-harm-thoughts not-at-all several-days more-than-half nearly-every-day,' +
    '*substances alcohol sedatives opioids stimulants cannabis other,' +
    'frequency less-than-weekly 1-3-days 4-6-days daily,' +
    'drinks-per-day 1-2 3-4 5-6 7-9 10-plus,' +
    '*withdrawal-history seizure dts hallucinations medical-detox none,' +
    'withdrawal-now none mild strong,' +
    '*health pregnant serious-illness fever-infection age-65-plus none,' +
    'mental-health not-at-all somewhat a-lot cant-stay-safe,' +
    'readiness ready-now thinking pressured not-sure,' +
    'past-attempts never-tried stopped-months relapsed-weeks relapsed-days,' +
    'recent-treatment none completed-abstinent completed-using left-early,' +
    'home safe others-use unstable,' +
    'support strong some little-none,' +
    'commitments keep-routine can-step-away not-sure',
);

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];
/** The option ids of one question. */
export type OptionId<Q extends QuestionId> = Extract<Question, { id: Q }>['options'][number];
export type OneQuestionId = Extract<Question, { type: 'one' }>['id'];
export type ManyQuestionId = Extract<Question, { type: 'many' }>['id'];

/** Answers keyed by question id: an option id for 'one' questions, a list for 'many' questions. */
export type Answers = {
  [Q in QuestionId]?: Q extends ManyQuestionId ? readonly OptionId<Q>[] : OptionId<Q>;
};

export const OUTCOMES = [
  'emergency',
  'crisis',
  'detox',
  'step-down',
  'residential',
  'php',
  'iop',
  'outpatient',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const LEVELS = [
  // detox
  'medical',
  'outpatient-possible',
  // step-down
  'php',
  'iop',
  // residential
  'medically-monitored',
  'clinically-managed',
] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Notes the result screen shows (the UI translates each id):
 * - `emergency-overdose`: possible overdose — give naloxone if available, stay with them.
 * - `recovery-residence`: step-down with unstable housing — ask about a recovery residence.
 * - `early-intervention`: outpatient with less-than-weekly use — early-intervention counseling.
 * - `keep-routine`: why a higher level is suggested although they need to keep their routine, and
 *   that admissions can discuss options (the outcome is never lowered).
 * - `medication-opioids`: medication (buprenorphine, methadone, extended-release naltrexone) is the
 *   most effective treatment and can often start as an outpatient.
 * - `naloxone`: carry naloxone.
 * - `encourage`: encouraging wording for someone pressured or not sure.
 * - `not-diagnosis`: this is not a diagnosis; a clinician recommends the level of care (always).
 */
export const NOTE_IDS = [
  'emergency-overdose',
  'recovery-residence',
  'early-intervention',
  'keep-routine',
  'medication-opioids',
  'naloxone',
  'encourage',
  'not-diagnosis',
] as const;
export type NoteId = (typeof NOTE_IDS)[number];
export type Note = NoteId;

export type Rating = 0 | 1 | 2 | 3 | 4;
/**
 * D1 withdrawal risk, D2 physical health, D3 mental health and safety, D4 readiness (wording
 * only), D5 relapse risk, D6 living environment and support.
 */
export interface Ratings {
  d1: Rating;
  d2: Rating;
  d3: Rating;
  d4: Rating;
  d5: Rating;
  d6: Rating;
}

/** One answer that led to the outcome, for the result screen's "why". */
export type Reason = { [Q in QuestionId]: { question: Q; option: OptionId<Q> } }[QuestionId];

export interface CareRecommendation {
  model: typeof MODEL_VERSION;
  outcome: Outcome;
  level?: Level;
  /** Only with `detox`: what fits after withdrawal is managed. */
  next?: { outcome: Outcome; level?: Level };
  ratings: Ratings;
  /** The answers that triggered the outcome, in question order. */
  reasons: Reason[];
  notes: NoteId[];
}

export interface RecommendOptions {
  /** Receives each warning (without the `intake-widgets:` prefix). Default: `console.warn`. */
  onWarning?: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Answers: sanitizing

type Warn = (message: string) => void;

/** Quotes a value for a warning: short, one line, no control or bidi characters. */
function quote(value: string): string {
  const text = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  // Control and bidi-override characters could make a console message misleading.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  return JSON.stringify(text.replace(/[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]/g, '\ufffd'));
}

function describe(value: unknown): string {
  // A string is not quoted: it may be answers (JSON text given as is), and answers stay out of
  // the console.
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;
}

/**
 * Wraps a warning callback: adds the `care quiz: ` prefix, passes each message once and at most
 * MAX_WARNINGS of them, never throws.
 */
function warner(warn: Warn | undefined): Warn {
  const seen = new Set<string>();
  const target =
    typeof warn === 'function' ? warn : (text: string) => console.warn(`intake-widgets: ${text}`);
  return (message) => {
    if (seen.has(message) || seen.size > MAX_WARNINGS) return;
    seen.add(message);
    try {
      // After MAX_WARNINGS distinct messages, one last notice instead of a flood.
      target(
        `care quiz: ${seen.size > MAX_WARNINGS ? 'more problems; further warnings suppressed.' : message}`,
      );
    } catch {
      // A failing warning callback must not break the quiz.
    }
  };
}

/**
 * Reads `answers` and returns them clean (see `normalizeAnswers`), with the same answers as one bit
 * mask per question index (bit i: option i chosen; 0: unanswered, so for a 'one' question
 * `mask < 2` means "unanswered or the first, mildest option"). Never throws.
 */
const NOT_AN_OBJECT = 'answers must be an object keyed by question id';

function sanitize(answers: unknown, warn: Warn): [Answers, number[]] {
  const result: Record<string, string | string[]> = {};
  const masks = QUESTIONS.map(() => 0);
  // Most problems mean the value is ignored; many are a value of the wrong kind.
  const ignored = (message: string) => warn(`${message}; ignored.`);
  const got = (expected: string, value: unknown) => ignored(`${expected}, got ${describe(value)}`);
  if (answers === undefined || answers === null) {
    // Nothing answered.
  } else if (typeof answers !== 'object') {
    got(NOT_AN_OBJECT, answers);
  } else {
    try {
      // Inside the try: Array.isArray throws on a revoked Proxy.
      if (Array.isArray(answers)) {
        got(NOT_AN_OBJECT, answers);
        return [result, masks];
      }
      // Own keys only: inherited and prototype keys (`__proto__`, `constructor`) are never read as
      // answers, and `result` only ever receives known question ids, so nothing can be polluted.
      for (const key of Object.keys(answers)) {
        const index = QUESTIONS.findIndex((question) => question.id === key);
        let value: unknown;
        if (index < 0) {
          ignored(`unknown question ${quote(key)}`);
          continue;
        }
        try {
          value = (answers as Record<string, unknown>)[key];
        } catch {
          ignored(`"${key}" could not be read`);
          continue;
        }
        if (value === undefined || value === null) continue;
        const options: readonly string[] = QUESTIONS[index].options;
        const many = QUESTIONS[index].type === 'many';
        // One path for both kinds: a 'one' answer is read as a one-item list, and so is a single
        // option id for a 'many' question. A list for a 'one' question is read too (below): left
        // out, ["several-days"] for self-harm thoughts would count as the mildest answer.
        const list: readonly unknown[] | null =
          typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
        if (!list) {
          got(`"${key}" takes ${many ? 'a list of option ids' : 'one option id'}`, value);
          continue;
        }
        if (list.length > MAX_ITEMS) warn(`"${key}" has more than ${MAX_ITEMS} items; the rest are ignored.`);
        let mask = 0;
        // By index: `slice` or `for...of` would call the list's own methods (species, iterator).
        for (let item = 0, count = Math.min(list.length, MAX_ITEMS); item < count; item++) {
          const option = list[item];
          if (typeof option !== 'string') got(`"${key}" items must be option ids`, option);
          else if (options.includes(option)) mask |= 1 << options.indexOf(option);
          // The id itself is not quoted: it is an answer, and answers stay out of the console.
          else ignored(`unknown option for "${key}"`);
        }
        // `none` is exclusive. Keeping the other items is the safe reading (an urgent item must
        // win). (A question without `none` gets bit 31, which no mask has.)
        const none = 1 << options.indexOf('none');
        if (mask & none && mask !== none) {
          warn(`"${key}" has "none" together with other items; "none" is ignored.`);
          mask ^= none;
        }
        // Several answers to a 'one' question: the most serious is the safe reading, and options
        // are listed mildest first.
        if (!many && mask & (mask - 1)) {
          warn(`"${key}" takes one option id, got several; the last in the question's order is used.`);
          mask = 1 << (31 - Math.clz32(mask));
        }
        masks[index] = mask;
        // Option order, so equal answers normalize to equal lists.
        const clean = options.filter((_, option) => (mask >> option) & 1);
        if (many) result[key] = clean;
        else if (mask) result[key] = clean[0];
      }
    } catch {
      // Exotic objects (a throwing Proxy, say) cannot come from JSON; read what was read so far.
      warn('could not read all the answers; the rest are ignored.');
    }
  }
  return [result, masks];
}

/**
 * Returns a clean copy of `answers`: only known question and option ids, 'one' answers as a string,
 * 'many' answers as a list in option order (a single string is accepted as a one-item list; `none`
 * together with other items is dropped). Problems go to `warn` once each; never throws.
 * Unanswered questions stay absent (they count as their mildest option in `recommendCare`).
 */
export function normalizeAnswers(answers: unknown, warn?: (message: string) => void): Answers {
  return sanitize(answers, warner(warn))[0];
}

// ---------------------------------------------------------------------------------------------
// Flow

/**
 * The index of the question after which the quiz ends early (99: none) and the answer masks. It
 * ends after any urgent item (911); after self-harm thoughts (988); after `cant-stay-safe`. The
 * last is not in the model's flow, which only stops after `self-harm-thoughts`: the product's
 * first principle is that any answer signalling danger shows 988 at once, and `cant-stay-safe`
 * already fixes the outcome as `crisis` (rule R1b), so asking the remaining questions would only
 * delay it.
 */
function stopAt(answers: unknown): [number, number[]] {
  const v = sanitize(answers, () => {})[1];
  // urgent: any item but none; thoughts: anything but not-at-all; mental health: cant-stay-safe.
  return [v[URGENT] & 15 ? URGENT : v[THOUGHTS] > 1 ? THOUGHTS : v[MENTAL] & 8 ? MENTAL : 99, v];
}

/** Which early screen the answers so far lead to, if any: `emergency` (911) or `crisis` (988). */
export function stopsEarly(answers: unknown): 'emergency' | 'crisis' | null {
  const stop = stopAt(answers)[0];
  return stop > MENTAL ? null : OUTCOMES[stop > URGENT ? CRISIS : EMERGENCY];
}

/**
 * The questions to ask for these answers so far, in order: `drinks-per-day` only when `alcohol`
 * is chosen, and nothing after a question that ends the quiz early (see `stopsEarly`).
 */
export function visibleQuestions(answers: unknown): QuestionId[] {
  const [stop, v] = stopAt(answers);
  return QUESTIONS.slice(0, stop + 1)
    .filter((_, index) => index !== DRINKS || v[SUBSTANCES] & 1)
    .map((question) => question.id);
}

// ---------------------------------------------------------------------------------------------
// Ratings and decision

/**
 * Answer keys as the rules build them: nested lists, with a falsy entry wherever a part of a rule
 * did not apply. Flattened and filtered once, at the end.
 */
type Keys = unknown;
/** A rating with the answer keys that produced it. */
type Rated = [rating: number, keys: Keys];
/** Outcome and level (indices), answer keys, note bits. */
type Decision = [outcome: number, level: number, keys: Keys, notes: number];

/**
 * The highest rating among [rating, keys] clauses that apply (have keys), with the keys of every
 * clause that gave it.
 */
function rate(clauses: Rated[]): Rated {
  const rating = Math.max(0, ...clauses.map(([rating, keys]) => (keys ? rating : 0)));
  return [rating, rating && clauses.map(([clause, keys]) => clause === rating && keys)];
}

/** An outcome and its level, if any, as the result gives them. */
function outcomeOf(outcome: number, level: number): { outcome: Outcome; level?: Level } {
  return { outcome: OUTCOMES[outcome], ...(level < 0 ? {} : { level: LEVELS[level] }) };
}

function recommend(v: number[]): CareRecommendation {
  const on = (key: number) => (v[key >> 3] >> (key & 7)) & 1;
  /**
   * A rating per option of question `q`, one digit each (options past the end: 0), as clauses:
   * [rating, key] if the option is chosen, else [rating, 0].
   */
  const scored = (q: number, ratings: string): Rated[] =>
    [...ratings].map((rating, option) => [+rating, on(q * 8 + option) && q * 8 + option]);
  /**
   * A rule "one of these, and one of those, ...": the chosen keys of each list if every list has
   * one, else 0.
   */
  const all = (...lists: number[][]): Keys => {
    const keys = lists.map((list) => list.filter(on));
    return keys.every((list) => list.length) && keys;
  };

  // D1 withdrawal risk. The two D1 = 2 rules, which detox tells apart (both can fire): alcohol
  // daily with 5-6, 7-9 or 10-plus drinks; opioids daily with strong withdrawal.
  const depressant = all([ALCOHOL], [DAILY], [DRINKS_5_6, DRINKS_5_6 + 1, DRINKS_5_6 + 2]);
  const opioid = all([OPIOIDS], [DAILY], [STRONG]);
  const [r1, k1] = rate([
    [3, all([SEDATIVES], [DAILY])],
    [3, all([ALCOHOL, SEDATIVES], [STRONG])],
    // Alcohol daily with a complicated withdrawal history (seizure, dts, hallucinations,
    // medical-detox), a health risk (pregnant, serious-illness, age-65-plus) or sedatives too.
    // "Sedatives too" is already covered by "sedatives daily" (there is one frequency question
    // for all substances), but it adds `alcohol` to the reasons.
    [
      3,
      all(
        [ALCOHOL],
        [DAILY],
        [SEIZURE, SEIZURE + 1, SEIZURE + 2, SEIZURE + 3, PREGNANT, SERIOUS_ILLNESS, AGE_65_PLUS, SEDATIVES],
      ),
    ],
    [2, depressant],
    [2, opioid],
    // 4-6 days or daily.
    ...scored(FREQUENCY, '0011'),
  ]);

  // D2 physical health: pregnant with alcohol, sedatives or opioids (3); serious illness or fever
  // (2); age 65 plus (1).
  const [r2, k2] = rate([[3, all([PREGNANT], [ALCOHOL, SEDATIVES, OPIOIDS])], ...scored(HEALTH, '0221')]);
  // D3 mental health and safety: any self-harm thoughts or cant-stay-safe (3), a-lot, somewhat.
  const [r3, k3] = rate([...scored(THOUGHTS, '0333'), ...scored(MENTAL, '0123')]);
  // D4 changes wording only; it is rated for the record and never read by the decision.
  const [r4] = rate(scored(READINESS, '0122'));
  // D5 relapse risk: relapsed-days or left-early (3), relapsed-weeks or completed-using (2),
  // stopped-months (1).
  const [r5, k5] = rate([...scored(ATTEMPTS, '0123'), ...scored(TREATMENT, '0023')]);
  // D6 environment: unstable home (3), others use at home or little or no support (2), some
  // support (1).
  const [r6, k6] = rate([...scored(HOME, '023'), ...scored(SUPPORT, '012')]);

  // The conditions the decision table reads most.
  const mental = r3 === 2;
  const relapse = r5 === 3;
  const unstable = r6 === 3;
  const environment = r6 > 1;

  // The substances chosen (rating every option 1 picks all that were chosen).
  const used = rate(scored(SUBSTANCES, '111111'))[1];

  /** Rules R3–R7 (everything below detox), with D1 as given. */
  const treatment = (d1: number): Decision => {
    // R3: step-down after finishing detox or residential treatment and not using.
    if (on(COMPLETED_ABSTINENT)) {
      return [
        STEP_DOWN,
        mental || environment ? LEVEL_PHP : LEVEL_IOP,
        [COMPLETED_ABSTINENT, mental && k3, environment && k6],
        unstable ? NOTE_RECOVERY_RESIDENCE : 0,
      ];
    }
    // R4: residential: (D6 = 3 and (D5 ≥ 2 or little support)) or (D6 ≥ 2 and (D5 = 3 or D3 = 2)).
    const little = on(LITTLE_SUPPORT);
    const unsupported = unstable && (r5 > 1 || little);
    if (unsupported || (environment && (relapse || mental))) {
      return [
        RESIDENTIAL,
        r2 > 1 || mental ? MEDICALLY_MONITORED : CLINICALLY_MANAGED,
        [
          k6,
          ((unsupported && r5 > 1) || (relapse && environment)) && k5,
          unsupported && little && LITTLE_SUPPORT,
          environment && mental && k3,
          r2 > 1 && k2,
        ],
        0,
      ];
    }
    // R5: partial hospitalization.
    if (mental || (relapse && r6 < 2)) return [PHP, -1, [mental && k3, relapse && k5], 0];
    // R6: intensive outpatient. D1 from how often alone does not say of what: the "why" names
    // what was used, too.
    if (d1 || r5 > 1 || environment) return [IOP, -1, [d1 && [used, k1], r5 > 1 && k5, environment && k6], 0];
    // R7: outpatient. Nothing raised the level, so the "why" is what was used and how often
    // (as answered: an unanswered frequency is no reason, though it counts as less-than-weekly).
    return [
      OUTPATIENT,
      -1,
      [used, rate(scored(FREQUENCY, '1111'))[1]],
      v[FREQUENCY] < 2 ? NOTE_EARLY_INTERVENTION : 0,
    ];
  };

  // R2: withdrawal management first, as [level, keys].
  const detox =
    r1 === 3 || r2 === 3
      ? [MEDICAL, [r1 === 3 && k1, r2 === 3 && k2]]
      : depressant
        ? [OUTPATIENT_POSSIBLE, depressant]
        : opioid && (unstable || relapse)
          ? [MEDICAL, [opioid, unstable && k6, relapse && k5]]
          : 0;
  // Then what comes next: R3–R7 with D1 capped at 1.
  const next = treatment(Math.min(r1, 1));
  // Any urgent item but `none`.
  const [urgent, urgentKeys] = rate(scored(URGENT, '1111'));
  const [outcome, level, keys, notes]: Decision = urgent
    ? // R1: anything urgent right now → 911.
      [EMERGENCY, -1, urgentKeys, on(OVERDOSE) && NOTE_OVERDOSE]
    : r3 === 3
      ? // R1b: self-harm thoughts or can't stay safe (the only ways to D3 = 3) → 988.
        [CRISIS, -1, k3, 0]
      : detox
        ? // Only the recovery-residence note carries over from `next`: early-intervention
          // counseling is advice for someone whose whole result is outpatient, not for someone
          // needing detox first.
          [DETOX, detox[0] as number, detox[1], next[3] & NOTE_RECOVERY_RESIDENCE]
        : treatment(r1);

  // `commitments` only changes wording, and only for the two outcomes that mean stepping away.
  // Unanswered counts as no answer here, not as its first option: the mildest reading adds no note.
  const allNotes =
    notes |
    (on(KEEP_ROUTINE) && (outcome === RESIDENTIAL || outcome === DETOX) ? NOTE_KEEP_ROUTINE : 0) |
    (on(OPIOIDS) * NOTE_OPIOIDS) |
    (r4 === 2 ? NOTE_ENCOURAGE : 0) |
    NOTE_NOT_DIAGNOSIS;

  // Reasons by key, so unique and in question order, then option order (`flat` skips the holes).
  const reasons: Reason[] = [];
  for (const key of [keys].flat(9) as number[]) {
    const question = QUESTIONS[key >> 3];
    if (key) reasons[key] = { question: question.id, option: question.options[key & 7] } as Reason;
  }

  return {
    model: MODEL_VERSION,
    ...outcomeOf(outcome, level),
    ...(outcome === DETOX ? { next: outcomeOf(next[0], next[1]) } : {}),
    ratings: { d1: r1, d2: r2, d3: r3, d4: r4, d5: r5, d6: r6 } as Ratings,
    reasons: reasons.flat(),
    notes: NOTE_IDS.filter((_, index) => (allNotes >> index) & 1),
  };
}

/**
 * Recommends a level of care for quiz answers (an object keyed by question id, as JSON would give
 * it). Implements the ratings and the decision table of model `care-quiz/1`: the first matching
 * rule wins. Unknown question or option ids are ignored with one warning each (an unknown option
 * id is not quoted: it is an answer); unanswered questions count as their mildest option. A
 * 'one' answer may also come as a list (several: the most serious is used), a 'many' answer as
 * one id. Never throws.
 */
export function recommendCare(answers: unknown, options?: RecommendOptions): CareRecommendation {
  let onWarning: RecommendOptions['onWarning'];
  try {
    onWarning = options?.onWarning;
  } catch {
    // A throwing getter: warn through console.warn.
  }
  const warn = warner(onWarning);
  try {
    return recommend(sanitize(answers, warn)[1]);
  } catch {
    // Unreachable for clean answers; kept so that no input can ever throw into the host page.
    // The mildest result, for input that could not be processed at all (never expected).
    warn('could not process the answers; showing the general result.');
    return {
      model: MODEL_VERSION,
      outcome: OUTCOMES[OUTPATIENT],
      ratings: { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 },
      reasons: [],
      notes: [NOTE_IDS[7]], // not-diagnosis
    };
  }
}
