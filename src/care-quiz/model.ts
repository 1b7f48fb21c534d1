/**
 * Care-level quiz — clinical model v1 (`care-quiz/1`), as specified in care-quiz-model.md.
 *
 * Pure and DOM-free, with no imports: it is published on its own as `intake-widgets/care-model`
 * and must run in Node without Lit or a DOM. A self-screening aid, not an assessment: six risk
 * dimensions rated 0–4, the highest need sets the intensity, ratings are never averaged.
 *
 * Everything the UI shows is an id (outcomes, levels, notes, reasons); the element translates ids.
 */

export const MODEL_VERSION = 'care-quiz/1';

interface QuestionShape {
  readonly id: string;
  readonly type: 'one' | 'many';
  readonly options: readonly string[];
}

/** Freezes the question table so a caller cannot change the model by mutating it. */
function frozen<const T extends readonly QuestionShape[]>(questions: T): T {
  for (const question of questions) {
    Object.freeze(question.options);
    Object.freeze(question);
  }
  return Object.freeze(questions);
}

/**
 * The questions in flow order, with their option ids (the contract). For 'one' questions the
 * first option is the mildest, which is what an unanswered question counts as.
 */
export const QUESTIONS = /* @__PURE__ */ frozen([
  { id: 'who', type: 'one', options: ['self', 'loved-one'] },
  {
    id: 'urgent',
    type: 'many',
    options: ['self-harm-plan', 'overdose', 'severe-withdrawal', 'unsafe-now', 'none'],
  },
  {
    id: 'self-harm-thoughts',
    type: 'one',
    options: ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day'],
  },
  {
    id: 'substances',
    type: 'many',
    options: ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other'],
  },
  { id: 'frequency', type: 'one', options: ['less-than-weekly', '1-3-days', '4-6-days', 'daily'] },
  { id: 'drinks-per-day', type: 'one', options: ['1-2', '3-4', '5-6', '7-9', '10-plus'] },
  {
    id: 'withdrawal-history',
    type: 'many',
    options: ['seizure', 'dts', 'hallucinations', 'medical-detox', 'none'],
  },
  { id: 'withdrawal-now', type: 'one', options: ['none', 'mild', 'strong'] },
  {
    id: 'health',
    type: 'many',
    options: ['pregnant', 'serious-illness', 'fever-infection', 'age-65-plus', 'none'],
  },
  { id: 'mental-health', type: 'one', options: ['not-at-all', 'somewhat', 'a-lot', 'cant-stay-safe'] },
  { id: 'readiness', type: 'one', options: ['ready-now', 'thinking', 'pressured', 'not-sure'] },
  {
    id: 'past-attempts',
    type: 'one',
    options: ['never-tried', 'stopped-months', 'relapsed-weeks', 'relapsed-days'],
  },
  {
    id: 'recent-treatment',
    type: 'one',
    options: ['none', 'completed-abstinent', 'completed-using', 'left-early'],
  },
  { id: 'home', type: 'one', options: ['safe', 'others-use', 'unstable'] },
  { id: 'support', type: 'one', options: ['strong', 'some', 'little-none'] },
  { id: 'commitments', type: 'one', options: ['keep-routine', 'can-step-away', 'not-sure'] },
] as const);

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

const QUESTION_BY_ID: ReadonlyMap<string, QuestionShape> = new Map(QUESTIONS.map((q) => [q.id, q]));
const QUESTION_ORDER: ReadonlyMap<string, number> = new Map(QUESTIONS.map((q, index) => [q.id, index]));

const MAX_QUOTED = 40;
const MAX_WARNINGS = 20;
/**
 * Far more items than any question has options; the rest is not read (a guard against hostile
 * input such as a huge sparse array, which no real answer set comes near).
 */
const MAX_ITEMS = 10_000;

function defaultWarn(message: string): void {
  console.warn(`intake-widgets: ${message}`);
}

/** Quotes a value for a warning: short, one line, no control or bidi characters. */
function quote(value: string): string {
  const text = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  let clean = '';
  for (const char of text) {
    // Control and bidi-override characters could make a console message misleading.
    const code = char.codePointAt(0)!;
    const hidden =
      code < 0x20 ||
      code === 0x7f ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    clean += hidden ? '\ufffd' : char;
  }
  return JSON.stringify(clean);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Wraps a warning callback: each message once, at most MAX_WARNINGS, never throws. */
function warner(warn: ((message: string) => void) | undefined): (message: string) => void {
  const seen = new Set<string>();
  const target = typeof warn === 'function' ? warn : defaultWarn;
  return (message) => {
    if (seen.has(message) || seen.size > MAX_WARNINGS) return;
    seen.add(message);
    // After MAX_WARNINGS distinct messages, one last notice instead of a flood.
    const text =
      seen.size > MAX_WARNINGS
        ? 'care quiz: more problems in the answers; further warnings suppressed.'
        : message;
    try {
      target(text);
    } catch {
      // A failing warning callback must not break the quiz.
    }
  };
}

function silent(): void {}

function normalizeOne(
  question: QuestionShape,
  value: unknown,
  warn: (message: string) => void,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    warn(`care quiz: "${question.id}" takes one option id, got ${describeValue(value)}; ignored.`);
    return undefined;
  }
  if (question.options.includes(value)) return value;
  warn(`care quiz: unknown option ${quote(value)} for "${question.id}"; ignored.`);
  return undefined;
}

function normalizeMany(
  question: QuestionShape,
  value: unknown,
  warn: (message: string) => void,
): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) && typeof value !== 'string') {
    warn(`care quiz: "${question.id}" takes a list of option ids, got ${describeValue(value)}; ignored.`);
    return undefined;
  }
  // A single option id is read as a one-item list.
  const list: readonly unknown[] = typeof value === 'string' ? [value] : value;
  if (list.length > MAX_ITEMS) {
    warn(`care quiz: "${question.id}" has more than ${MAX_ITEMS} items; the rest are ignored.`);
  }
  const chosen = new Set<string>();
  const count = Math.min(list.length, MAX_ITEMS);
  for (let index = 0; index < count; index++) {
    const item = list[index];
    if (typeof item === 'string' && question.options.includes(item)) chosen.add(item);
    else if (typeof item === 'string')
      warn(`care quiz: unknown option ${quote(item)} for "${question.id}"; ignored.`);
    else warn(`care quiz: "${question.id}" items must be option ids, got ${describeValue(item)}; ignored.`);
  }
  if (chosen.has('none') && chosen.size > 1) {
    // `none` is exclusive. Keeping the other items is the safe reading (an urgent item must win).
    warn(`care quiz: "${question.id}" has "none" together with other items; "none" is ignored.`);
    chosen.delete('none');
  }
  // Option order, so equal answers normalize to equal lists.
  return question.options.filter((option) => chosen.has(option));
}

function sanitize(answers: unknown, warn: (message: string) => void): Answers {
  const result: Record<string, string | string[]> = {};
  if (answers === undefined || answers === null) return result as Answers;
  if (typeof answers !== 'object' || Array.isArray(answers)) {
    warn(
      `care quiz: answers must be an object keyed by question id, got ${describeValue(answers)}; ignored.`,
    );
    return result as Answers;
  }
  try {
    // Own keys only: inherited and prototype keys (`__proto__`, `constructor`) are never read as
    // answers, and `result` only ever receives known question ids, so nothing can be polluted.
    for (const key of Object.keys(answers)) {
      const question = QUESTION_BY_ID.get(key);
      if (!question) {
        warn(`care quiz: unknown question ${quote(key)}; ignored.`);
        continue;
      }
      let value: unknown;
      try {
        value = (answers as Record<string, unknown>)[key];
      } catch {
        warn(`care quiz: the answer to "${key}" could not be read; ignored.`);
        continue;
      }
      const clean =
        question.type === 'one' ? normalizeOne(question, value, warn) : normalizeMany(question, value, warn);
      if (clean !== undefined) result[key] = clean;
    }
  } catch {
    // Exotic objects (a throwing Proxy, say) cannot come from JSON; read what was read so far.
    warn('care quiz: the answers could not be read completely; the rest are ignored.');
  }
  return result as Answers;
}

/**
 * Returns a clean copy of `answers`: only known question and option ids, 'one' answers as a string,
 * 'many' answers as a list in option order (a single string is accepted as a one-item list; `none`
 * together with other items is dropped). Problems go to `warn` once each; never throws.
 * Unanswered questions stay absent (they count as their mildest option in `recommendCare`).
 */
export function normalizeAnswers(answers: unknown, warn: (message: string) => void = defaultWarn): Answers {
  return sanitize(answers, warner(warn));
}

// ---------------------------------------------------------------------------------------------
// Flow

/** Which early screen the answers so far lead to, if any: `emergency` (911) or `crisis` (988). */
export function stopsEarly(answers: unknown): 'emergency' | 'crisis' | null {
  const clean = sanitize(answers, silent);
  if ((clean.urgent ?? []).some((item) => item !== 'none')) return 'emergency';
  const thoughts = clean['self-harm-thoughts'];
  if (thoughts !== undefined && thoughts !== 'not-at-all') return 'crisis';
  // Not in the model's flow, which only stops after `self-harm-thoughts`: the product's first
  // principle is that any answer signalling danger shows 988 at once, and `cant-stay-safe` already
  // fixes the outcome as `crisis` (rule R1b), so asking the remaining questions would only delay it.
  if (clean['mental-health'] === 'cant-stay-safe') return 'crisis';
  return null;
}

/**
 * The questions to ask for these answers so far, in order: `drinks-per-day` only when `alcohol`
 * is chosen, and nothing after a question that ends the quiz early (see `stopsEarly`).
 */
export function visibleQuestions(answers: unknown): QuestionId[] {
  const clean = sanitize(answers, silent);
  const visible: QuestionId[] = [];
  for (const question of QUESTIONS) {
    if (question.id === 'drinks-per-day' && !(clean.substances ?? []).includes('alcohol')) continue;
    visible.push(question.id);
    if (question.id === 'urgent' && (clean.urgent ?? []).some((item) => item !== 'none')) break;
    if (question.id === 'self-harm-thoughts' && (clean[question.id] ?? 'not-at-all') !== 'not-at-all') break;
    if (question.id === 'mental-health' && clean[question.id] === 'cant-stay-safe') break;
  }
  return visible;
}

// ---------------------------------------------------------------------------------------------
// Ratings

interface Rated {
  rating: Rating;
  /** The answers that produced this rating. */
  reasons: Reason[];
}

/** Read access to clean answers, with unanswered 'one' questions at their mildest option. */
class Reader {
  constructor(readonly answers: Answers) {}

  one<Q extends OneQuestionId>(id: Q): OptionId<Q> {
    return (this.answers[id] ?? (QUESTION_BY_ID.get(id)!.options[0] as OptionId<Q>)) as OptionId<Q>;
  }

  has<Q extends ManyQuestionId>(id: Q, option: OptionId<Q>): boolean {
    return ((this.answers[id] ?? []) as readonly string[]).includes(option);
  }

  /** The chosen options of a 'many' question among `options`, as reasons. */
  chosen<Q extends ManyQuestionId>(id: Q, options: readonly OptionId<Q>[]): Reason[] {
    return options.filter((option) => this.has(id, option)).map((option) => reason(id, option));
  }
}

function reason<Q extends QuestionId>(question: Q, option: OptionId<Q>): Reason {
  return { question, option } as Reason;
}

const DEPRESSANTS = ['alcohol', 'sedatives'] as const;
const PREGNANCY_RISK = ['alcohol', 'sedatives', 'opioids'] as const;
const COMPLICATED_HISTORY = ['seizure', 'dts', 'hallucinations', 'medical-detox'] as const;
const ALCOHOL_HEALTH_RISK = ['pregnant', 'serious-illness', 'age-65-plus'] as const;
const HEAVY_DRINKING = ['5-6', '7-9', '10-plus'] as const;

interface WithdrawalRating extends Rated {
  /** Which D1 = 2 rule fired (both can). */
  depressant: Reason[] | null;
  opioid: Reason[] | null;
}

function rateWithdrawal(r: Reader): WithdrawalRating {
  const frequency = r.one('frequency');
  const daily = frequency === 'daily';
  const alcohol = r.has('substances', 'alcohol');
  const sedatives = r.has('substances', 'sedatives');
  const strong = r.one('withdrawal-now') === 'strong';
  const severe: Reason[] = [];
  if (sedatives && daily) severe.push(reason('substances', 'sedatives'), reason('frequency', 'daily'));
  if ((alcohol || sedatives) && strong) {
    severe.push(...r.chosen('substances', DEPRESSANTS), reason('withdrawal-now', 'strong'));
  }
  if (alcohol && daily) {
    // "or sedatives also chosen" is already covered by "sedatives used daily": there is one
    // frequency question for all substances, so sedatives + daily always meets the first clause.
    const risks = [
      ...r.chosen('withdrawal-history', COMPLICATED_HISTORY),
      ...r.chosen('health', ALCOHOL_HEALTH_RISK),
      ...r.chosen('substances', ['sedatives']),
    ];
    if (risks.length > 0)
      severe.push(reason('substances', 'alcohol'), reason('frequency', 'daily'), ...risks);
  }
  const drinks = r.one('drinks-per-day');
  const depressant =
    alcohol && daily && (HEAVY_DRINKING as readonly string[]).includes(drinks)
      ? [reason('substances', 'alcohol'), reason('frequency', 'daily'), reason('drinks-per-day', drinks)]
      : null;
  const opioid =
    r.has('substances', 'opioids') && daily && strong
      ? [reason('substances', 'opioids'), reason('frequency', 'daily'), reason('withdrawal-now', 'strong')]
      : null;
  if (severe.length > 0) return { rating: 3, reasons: severe, depressant: null, opioid: null };
  if (depressant || opioid) {
    return { rating: 2, reasons: [...(depressant ?? []), ...(opioid ?? [])], depressant, opioid };
  }
  if (frequency === '4-6-days' || daily) {
    return { rating: 1, reasons: [reason('frequency', frequency)], depressant: null, opioid: null };
  }
  return { rating: 0, reasons: [], depressant: null, opioid: null };
}

function rateHealth(r: Reader): Rated {
  if (r.has('health', 'pregnant')) {
    const substances = r.chosen('substances', PREGNANCY_RISK);
    if (substances.length > 0) return { rating: 3, reasons: [reason('health', 'pregnant'), ...substances] };
  }
  const illness = r.chosen('health', ['serious-illness', 'fever-infection']);
  if (illness.length > 0) return { rating: 2, reasons: illness };
  if (r.has('health', 'age-65-plus')) return { rating: 1, reasons: [reason('health', 'age-65-plus')] };
  return { rating: 0, reasons: [] };
}

function rateMentalHealth(r: Reader): Rated {
  const thoughts = r.one('self-harm-thoughts');
  const mental = r.one('mental-health');
  const unsafe: Reason[] = [];
  if (thoughts !== 'not-at-all') unsafe.push(reason('self-harm-thoughts', thoughts));
  if (mental === 'cant-stay-safe') unsafe.push(reason('mental-health', mental));
  if (unsafe.length > 0) return { rating: 3, reasons: unsafe };
  if (mental === 'a-lot') return { rating: 2, reasons: [reason('mental-health', mental)] };
  if (mental === 'somewhat') return { rating: 1, reasons: [reason('mental-health', mental)] };
  return { rating: 0, reasons: [] };
}

/** D4 changes wording only; it is rated for the record and never read by the decision. */
function rateReadiness(r: Reader): Rated {
  const readiness = r.one('readiness');
  const rating: Rating = readiness === 'ready-now' ? 0 : readiness === 'thinking' ? 1 : 2;
  return { rating, reasons: rating === 0 ? [] : [reason('readiness', readiness)] };
}

function rateRelapse(r: Reader): Rated {
  const attempts = r.one('past-attempts');
  const treatment = r.one('recent-treatment');
  const levels: [Rating, Reason[]][] = [
    [
      3,
      [
        ...(attempts === 'relapsed-days' ? [reason('past-attempts', attempts)] : []),
        ...(treatment === 'left-early' ? [reason('recent-treatment', treatment)] : []),
      ],
    ],
    [
      2,
      [
        ...(attempts === 'relapsed-weeks' ? [reason('past-attempts', attempts)] : []),
        ...(treatment === 'completed-using' ? [reason('recent-treatment', treatment)] : []),
      ],
    ],
    [1, attempts === 'stopped-months' ? [reason('past-attempts', attempts)] : []],
  ];
  for (const [rating, reasons] of levels) if (reasons.length > 0) return { rating, reasons };
  return { rating: 0, reasons: [] };
}

function rateEnvironment(r: Reader): Rated {
  const home = r.one('home');
  const support = r.one('support');
  if (home === 'unstable') return { rating: 3, reasons: [reason('home', home)] };
  const risks = [
    ...(home === 'others-use' ? [reason('home', home)] : []),
    ...(support === 'little-none' ? [reason('support', support)] : []),
  ];
  if (risks.length > 0) return { rating: 2, reasons: risks };
  if (support === 'some') return { rating: 1, reasons: [reason('support', support)] };
  return { rating: 0, reasons: [] };
}

// ---------------------------------------------------------------------------------------------
// Decision

interface Decision {
  outcome: Outcome;
  level?: Level;
  reasons: Reason[];
  notes: NoteId[];
}

interface Dimensions {
  d1: Rated;
  d2: Rated;
  d3: Rated;
  d5: Rated;
  d6: Rated;
}

/** Rules R3–R7 (everything below detox). */
function decideTreatment(r: Reader, d: Dimensions, d1: Rating): Decision {
  const d2 = d.d2.rating;
  const d3 = d.d3.rating;
  const d5 = d.d5.rating;
  const d6 = d.d6.rating;
  const littleSupport = r.one('support') === 'little-none';

  // R3: step-down after finishing detox or residential treatment and not using.
  if (r.one('recent-treatment') === 'completed-abstinent') {
    const php = d3 === 2 || d6 >= 2;
    return {
      outcome: 'step-down',
      level: php ? 'php' : 'iop',
      reasons: [
        reason('recent-treatment', 'completed-abstinent'),
        ...(d3 === 2 ? d.d3.reasons : []),
        ...(d6 >= 2 ? d.d6.reasons : []),
      ],
      notes: d6 === 3 ? ['recovery-residence'] : [],
    };
  }

  // R4: residential.
  const residential: Reason[] = [];
  if (d6 === 3 && (d5 >= 2 || littleSupport)) {
    residential.push(...d.d6.reasons, ...(d5 >= 2 ? d.d5.reasons : []));
    if (littleSupport) residential.push(reason('support', 'little-none'));
  }
  if (d5 === 3 && d6 >= 2) residential.push(...d.d5.reasons, ...d.d6.reasons);
  if (d3 === 2 && d6 >= 2) residential.push(...d.d3.reasons, ...d.d6.reasons);
  if (residential.length > 0) {
    const monitored = d2 >= 2 || d3 === 2;
    return {
      outcome: 'residential',
      level: monitored ? 'medically-monitored' : 'clinically-managed',
      reasons: [...residential, ...(d2 >= 2 ? d.d2.reasons : [])],
      notes: [],
    };
  }

  // R5: partial hospitalization.
  if (d3 === 2 || (d5 === 3 && d6 <= 1)) {
    return {
      outcome: 'php',
      reasons: [...(d3 === 2 ? d.d3.reasons : []), ...(d5 === 3 ? d.d5.reasons : [])],
      notes: [],
    };
  }

  // R6: intensive outpatient.
  if (d1 >= 1 || d5 >= 2 || d6 >= 2) {
    return {
      outcome: 'iop',
      reasons: [
        ...(d1 >= 1 ? d.d1.reasons : []),
        ...(d5 >= 2 ? d.d5.reasons : []),
        ...(d6 >= 2 ? d.d6.reasons : []),
      ],
      notes: [],
    };
  }

  // R7: outpatient. Nothing raised the level, so the "why" is what was used and how often.
  const frequency = r.answers.frequency;
  return {
    outcome: 'outpatient',
    reasons: [
      ...(r.answers.substances ?? []).map((option) => reason('substances', option)),
      ...(frequency ? [reason('frequency', frequency)] : []),
    ],
    notes: r.one('frequency') === 'less-than-weekly' ? ['early-intervention'] : [],
  };
}

function decide(r: Reader, d: Dimensions & { d1: WithdrawalRating }): Decision & { next?: Decision } {
  // R1: anything urgent right now → 911.
  const urgent = r.chosen('urgent', ['self-harm-plan', 'overdose', 'severe-withdrawal', 'unsafe-now']);
  if (urgent.length > 0) {
    return {
      outcome: 'emergency',
      reasons: urgent,
      notes: r.has('urgent', 'overdose') ? ['emergency-overdose'] : [],
    };
  }

  // R1b: self-harm thoughts or can't stay safe (the only ways to D3 = 3) → 988.
  if (d.d3.rating === 3) return { outcome: 'crisis', reasons: d.d3.reasons, notes: [] };

  // R2: withdrawal management first, then what comes next (R3–R7 with D1 capped at 1).
  const detox = decideDetox(d);
  if (detox) {
    const next = decideTreatment(r, d, Math.min(d.d1.rating, 1) as Rating);
    // Only the recovery-residence note carries over from `next`: early-intervention counseling
    // is advice for someone whose whole result is outpatient, not for someone needing detox first.
    const notes = next.notes.filter((note) => note === 'recovery-residence');
    return { outcome: 'detox', level: detox.level, reasons: detox.reasons, notes, next };
  }

  return decideTreatment(r, d, d.d1.rating);
}

function decideDetox(d: Dimensions & { d1: WithdrawalRating }): { level: Level; reasons: Reason[] } | null {
  const { d1, d2, d5, d6 } = d;
  if (d1.rating === 3 || d2.rating === 3) {
    return {
      level: 'medical',
      reasons: [...(d1.rating === 3 ? d1.reasons : []), ...(d2.rating === 3 ? d2.reasons : [])],
    };
  }
  if (d1.depressant) return { level: 'outpatient-possible', reasons: d1.depressant };
  if (d1.opioid && (d6.rating === 3 || d5.rating === 3)) {
    return {
      level: 'medical',
      reasons: [...d1.opioid, ...(d6.rating === 3 ? d6.reasons : []), ...(d5.rating === 3 ? d5.reasons : [])],
    };
  }
  return null;
}

/** Unique reasons in question order, then option order. */
function sortReasons(reasons: readonly Reason[]): Reason[] {
  const unique = new Map<string, Reason>();
  for (const item of reasons) unique.set(`${item.question}\u0000${item.option}`, item);
  const rank = (item: Reason): [number, number] => {
    const options: readonly string[] = QUESTION_BY_ID.get(item.question)!.options;
    return [QUESTION_ORDER.get(item.question)!, options.indexOf(item.option)];
  };
  return [...unique.values()].sort((a, b) => {
    const [qa, oa] = rank(a);
    const [qb, ob] = rank(b);
    return qa - qb || oa - ob;
  });
}

function recommend(answers: Answers): CareRecommendation {
  const r = new Reader(answers);
  const d1 = rateWithdrawal(r);
  const d2 = rateHealth(r);
  const d3 = rateMentalHealth(r);
  const d4 = rateReadiness(r);
  const d5 = rateRelapse(r);
  const d6 = rateEnvironment(r);
  const decision = decide(r, { d1, d2, d3, d5, d6 });

  const notes = new Set<NoteId>(decision.notes);
  // `commitments` only changes wording, and only for the two outcomes that mean stepping away.
  // Unanswered counts as no answer here, not as its first option: the mildest reading adds no note.
  if (
    answers.commitments === 'keep-routine' &&
    (decision.outcome === 'residential' || decision.outcome === 'detox')
  ) {
    notes.add('keep-routine');
  }
  if (r.has('substances', 'opioids')) {
    notes.add('medication-opioids');
    notes.add('naloxone');
  }
  if (d4.rating === 2) notes.add('encourage');
  notes.add('not-diagnosis');

  const next = decision.next;
  return {
    model: MODEL_VERSION,
    outcome: decision.outcome,
    ...(decision.level ? { level: decision.level } : {}),
    ...(next ? { next: { outcome: next.outcome, ...(next.level ? { level: next.level } : {}) } } : {}),
    ratings: { d1: d1.rating, d2: d2.rating, d3: d3.rating, d4: d4.rating, d5: d5.rating, d6: d6.rating },
    reasons: sortReasons(decision.reasons),
    notes: NOTE_IDS.filter((note) => notes.has(note)),
  };
}

/** The mildest result, for input that could not be processed at all (never expected). */
function fallback(): CareRecommendation {
  return {
    model: MODEL_VERSION,
    outcome: 'outpatient',
    ratings: { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 },
    reasons: [],
    notes: ['not-diagnosis'],
  };
}

/**
 * Recommends a level of care for quiz answers (an object keyed by question id, as JSON would give
 * it). Implements the ratings and the decision table of model `care-quiz/1`: the first matching
 * rule wins. Unknown question or option ids are ignored with one warning each; unanswered
 * questions count as their mildest option. Never throws.
 */
export function recommendCare(answers: unknown, options?: RecommendOptions): CareRecommendation {
  let onWarning: RecommendOptions['onWarning'];
  try {
    onWarning = options?.onWarning;
  } catch {
    onWarning = undefined;
  }
  const warn = warner(onWarning);
  try {
    return recommend(sanitize(answers, warn));
  } catch {
    // Unreachable for clean answers; kept so that no input can ever throw into the host page.
    warn('care quiz: the answers could not be processed; showing the general result.');
    return fallback();
  }
}
