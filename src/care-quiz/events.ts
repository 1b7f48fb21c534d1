/**
 * Events of <intake-care-quiz>, following src/core/events.ts. They carry positions and the
 * outcome category only, never an answer.
 */
import { IntakeEvent } from '../core/events.js';
import type { Outcome } from './model.js';

/** The visitor chose a first answer (again after Start over). */
export class IntakeQuizStartEvent extends IntakeEvent<'intake-quiz-start', Record<string, never>> {
  constructor() {
    super('intake-quiz-start', {});
  }
}

/**
 * A new question is shown. `index` is its 1-based position as in "Question 4 of 14"; `total`
 * is the number of questions for the answers so far (it shrinks when a branch skips one).
 */
export class IntakeQuizStepEvent extends IntakeEvent<'intake-quiz-step', { index: number; total: number }> {
  constructor(index: number, total: number) {
    super('intake-quiz-step', { index, total });
  }
}

/**
 * A result is shown: the outcome id only (`emergency` and `crisis` too, for the 911 and 988
 * screens). No answers.
 */
export class IntakeQuizCompleteEvent extends IntakeEvent<'intake-quiz-complete', { outcome: Outcome }> {
  constructor(outcome: Outcome) {
    super('intake-quiz-complete', { outcome });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'intake-quiz-start': IntakeQuizStartEvent;
    'intake-quiz-step': IntakeQuizStepEvent;
    'intake-quiz-complete': IntakeQuizCompleteEvent;
  }
}
