/**
 * Typed JSX for intake-widgets' elements in React 19. Add once to your project, in any `.d.ts`
 * file or at the top of a component file:
 *
 *     /// <reference types="intake-widgets/react" />
 *
 * Attributes are written as in HTML (`map-href`, `card-upload`); `strings` takes an object. Events
 * use React 19's custom-element event props, `on` + the event name:
 * `<intake-contact-card onintake-contact={(event) => event.detail.method} />`.
 */
import type { IntakeCareQuiz, IntakeContactCard, IntakeInsuranceCheck } from 'intake-widgets/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  IntakeCareQuizAttributes,
  IntakeCareQuizEvents,
  IntakeContactCardAttributes,
  IntakeContactCardEvents,
  IntakeInsuranceCheckAttributes,
  IntakeInsuranceCheckEvents,
} from './attributes.js';

/** `on` + event name, as React 19 adds listeners for custom elements: `onintake-contact`. */
export type IntakeEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** React's props for an element (children, `ref`, `className`, `style`…), then ours. */
export type IntakeElementProps<Element extends HTMLElement, Attributes, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Attributes
> &
  Attributes &
  IntakeEventProps<Events>;

export type IntakeContactCardProps = IntakeElementProps<
  IntakeContactCard,
  IntakeContactCardAttributes,
  IntakeContactCardEvents
>;
export type IntakeCareQuizProps = IntakeElementProps<
  IntakeCareQuiz,
  IntakeCareQuizAttributes,
  IntakeCareQuizEvents
>;
export type IntakeInsuranceCheckProps = IntakeElementProps<
  IntakeInsuranceCheck,
  IntakeInsuranceCheckAttributes,
  IntakeInsuranceCheckEvents
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'intake-contact-card': IntakeContactCardProps;
      'intake-care-quiz': IntakeCareQuizProps;
      'intake-insurance-check': IntakeInsuranceCheckProps;
    }
  }
}
