/**
 * Typed templates for intake-widgets' elements in Vue 3 (checked by Vue's language tools,
 * `vue-tsc` and the editor extension). Add once to your project, in any `.d.ts` file:
 *
 *     import 'intake-widgets/vue';
 *
 * Vue must also be told the tags are custom elements, in vite.config:
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('intake-') } } })`.
 * Attributes are written as in HTML (`map-href`, `card-upload`); `:strings` takes an object.
 * Events: `@intake-contact="(event) => event.detail.method"`.
 */
import type { IntakeCareQuiz, IntakeContactCard, IntakeInsuranceCheck } from 'intake-widgets/elements';
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  IntakeCareQuizAttributes,
  IntakeCareQuizEvents,
  IntakeContactCardAttributes,
  IntakeContactCardEvents,
  IntakeInsuranceCheckAttributes,
  IntakeInsuranceCheckEvents,
} from './attributes.js';

/**
 * A custom element as Vue's tools see a component: `$props` lists what templates may pass and
 * `$emit` the events `@name` may listen to. Neither exists on the element itself: they are
 * read by the type checker only.
 */
export type IntakeVueElement<Element extends HTMLElement, Attributes, Events> = new () => Element & {
  /** @deprecated Types for templates only; not on the element. */
  $props: Omit<HTMLAttributes, keyof Attributes> & Attributes & PublicProps;
  /** @deprecated Types for templates only; not on the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'intake-contact-card': IntakeVueElement<
      IntakeContactCard,
      IntakeContactCardAttributes,
      IntakeContactCardEvents
    >;
    'intake-care-quiz': IntakeVueElement<IntakeCareQuiz, IntakeCareQuizAttributes, IntakeCareQuizEvents>;
    'intake-insurance-check': IntakeVueElement<
      IntakeInsuranceCheck,
      IntakeInsuranceCheckAttributes,
      IntakeInsuranceCheckEvents
    >;
  }
}
