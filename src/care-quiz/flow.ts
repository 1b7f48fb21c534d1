/**
 * The quiz's steps, pure and DOM-free: which question comes next or before, the progress, what
 * counts as answered, and `none` being exclusive. The element only renders what these return.
 */
import { type Answers, QUESTIONS, type QuestionId, stopsEarly, visibleQuestions } from './model.js';

export type Screen = 'emergency' | 'crisis' | 'result';

/**
 * `answers` copied into an object with no prototype, where the quiz keeps them: a question not
 * answered reads as undefined, not as what another script put on `Object.prototype` (a
 * prototype-pollution bug writing `substances`, which became answers the visitor never gave).
 */
export function answerSet(answers: Answers = {}): Answers {
  return Object.assign(Object.create(null), answers);
}

/** A question's shape from the model. */
export function questionOf(id: QuestionId): (typeof QUESTIONS)[number] {
  return QUESTIONS.find((q) => q.id === id)!;
}

/**
 * The answers offered for `id`: the model's, and for `substances`, which the model gives no
 * `none`, a "None of these" that it reads as nothing ticked. Nothing ticked at all is not an
 * answer, so a tap on Next cannot skip the question by accident (sedatives ticked or not can be
 * the difference between medical detox and IOP).
 */
export function optionsOf(id: QuestionId): readonly string[] {
  const { options } = questionOf(id);
  return id === 'substances' ? [...options, 'none'] : options;
}

/** The answer to `substances` as the model reads it: "None of these" is nothing ticked. */
const forModel = (answers: Answers): Answers['substances'] =>
  (answers.substances as readonly string[] | undefined)?.filter(
    (item) => item !== 'none',
  ) as Answers['substances'];

/**
 * The questions of this run in order, for progress and Back/Next. Only `substances` branches
 * (`drinks-per-day`); the early stops are left out here so the count does not drop to "2 of 2"
 * the moment an urgent item is ticked: they are screens that Next leads to.
 */
export function questionList(answers: Answers): QuestionId[] {
  return visibleQuestions({ substances: forModel(answers) });
}

/**
 * "Question `index` of `total`", 1-based. Until `substances` has an answer, the total counts
 * `drinks-per-day` as well, so a branch only ever shrinks it ("of 16" → "of 15"): a count that
 * grows midway feels like the end moving away.
 */
export function progress(answers: Answers, current: QuestionId): { index: number; total: number } {
  const list = questionList(answers);
  const index = list.indexOf(current) + 1;
  const undecided = answers.substances === undefined && index <= list.indexOf('substances') + 1;
  return { index, total: list.length + (undecided ? 1 : 0) };
}

/** The question `offset` places from `current` in this run's list, if there is one. */
function questionAt(answers: Answers, current: QuestionId, offset: number): QuestionId | undefined {
  const list = questionList(answers);
  return list[list.indexOf(current) + offset];
}

/** Where Next leads from `current`: the emergency or crisis screen, the next question, or the result. */
export function nextStep(answers: Answers, current: QuestionId): QuestionId | Screen {
  // Only the question just answered can stop the quiz: an earlier one was checked when it was left.
  return stopsEarly({ [current]: answers[current] }) ?? questionAt(answers, current, 1) ?? 'result';
}

/** The question before `current`, or null on the first. */
export function previousQuestion(answers: Answers, current: QuestionId): QuestionId | null {
  return questionAt(answers, current, -1) ?? null;
}

/** Whether Next may leave `id`: a 'one' question needs an option, a 'many' question at least one item (`none` counts). */
export function isAnswered(answers: Answers, id: QuestionId): boolean {
  const value = answers[id];
  if (questionOf(id).type === 'one') return typeof value === 'string';
  return Array.isArray(value) && value.length > 0;
}

/** Ticks or unticks `option` of a 'many' question; `none` clears the rest and the rest clear `none`. */
export function toggle(id: QuestionId, list: readonly string[], option: string, on: boolean): string[] {
  if (!on) return list.filter((item) => item !== option);
  if (option === 'none') return ['none'];
  const chosen = new Set([...list.filter((item) => item !== 'none'), option]);
  return optionsOf(id).filter((item) => chosen.has(item));
}

/** The answers the result is computed from: those of questions in this run (a dropped branch is left out). */
export function answersForResult(answers: Answers): Answers {
  const result: Record<string, unknown> = {};
  for (const id of questionList(answers)) if (answers[id] !== undefined) result[id] = answers[id];
  if (result.substances) result.substances = forModel(answers);
  return result as Answers;
}
