/**
 * The library's exports, with no side effects: importing this module defines no element.
 * `import 'intake-widgets'` (src/module.ts) or the drop-in script define them.
 */

export { IntakeCareQuiz } from './care-quiz/care-quiz.js';
export { IntakeQuizCompleteEvent, IntakeQuizStartEvent, IntakeQuizStepEvent } from './care-quiz/events.js';
export {
  type Answers,
  type CareRecommendation,
  LEVELS,
  type Level,
  type ManyQuestionId,
  MODEL_VERSION,
  NOTE_IDS,
  type NoteId,
  normalizeAnswers,
  type OneQuestionId,
  type OptionId,
  OUTCOMES,
  type Outcome,
  QUESTIONS,
  type Question,
  type QuestionId,
  type Rating,
  type Ratings,
  type Reason,
  type RecommendOptions,
  recommendCare,
} from './care-quiz/model.js';
export { type ContactCardLayout, IntakeContactCard } from './contact-card/contact-card.js';
export { IntakeElement, refreshAll } from './core/base.js';
export type { IntakeWidgetsGlobal, SiteDefaults } from './core/defaults.js';
export { define } from './core/define.js';
export { type ContactMethod, IntakeContactEvent, IntakeEvent } from './core/events.js';
export type { Lang } from './core/i18n.js';
export { VERSION } from './core/version.js';
export { type CareQuizMessages, careQuizEn } from './i18n/care-quiz.en.js';
export { careQuizEs } from './i18n/care-quiz.es.js';
export { contactCardEn } from './i18n/contact-card.en.js';
export { contactCardEs } from './i18n/contact-card.es.js';
export { insuranceCheckEn } from './i18n/insurance-check.en.js';
export { insuranceCheckEs } from './i18n/insurance-check.es.js';
export {
  type InsuranceErrorKind,
  IntakeInsuranceErrorEvent,
  IntakeInsuranceStartEvent,
  IntakeInsuranceSubmitEvent,
  IntakeInsuranceSubmittedEvent,
} from './insurance-check/events.js';
export { type InsuranceResult, IntakeInsuranceCheck } from './insurance-check/insurance-check.js';
export type { InsuranceRequest, InsuranceStatus } from './insurance-check/payload.js';
