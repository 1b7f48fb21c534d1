// Not part of the app: type-checked with it (`tsc -p demo/vue/tsconfig.json`) to show that
// types/vue.d.ts gives Vue's tools what the elements accept (`$props`) and send (`$emit`), and
// refuses what they do not. Each `@ts-expect-error` fails the check if the line below it stops
// being an error. (`.mts` so the repository's own tsconfig, which has no built types, skips it.)
import type { GlobalComponents } from 'vue';
import 'intake-widgets/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Emit<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$emit'];

export const card: Props<'intake-contact-card'> = {
  name: 'Cedar Hollow Recovery',
  layout: 'bar',
  crisis: true,
  'map-href': 'https://maps.example.org/cedar-hollow',
  strings: { heading: 'Call us' },
  class: 'brand',
};
export const quiz: Props<'intake-care-quiz'> = { lang: 'es', 'heading-level': 2 };
export const insurance: Props<'intake-insurance-check'> = { 'card-upload': true, timeout: 20000 };

export function listen(emit: Emit<'intake-contact-card'>, emitQuiz: Emit<'intake-care-quiz'>): void {
  emit('intake-contact', null as never);
  emitQuiz('intake-quiz-complete', null as never);
  // @ts-expect-error: the card sends no quiz events
  emit('intake-quiz-start', null as never);
}

// @ts-expect-error: layout is `card` or `bar`
export const badLayout: Props<'intake-contact-card'> = { layout: 'sideways' };
// @ts-expect-error: not a language the widgets have
export const badLang: Props<'intake-care-quiz'> = { lang: 'fr' };
// @ts-expect-error: strings keys are the widget's own texts
export const badStrings: Props<'intake-care-quiz'> = { strings: { noSuchText: 'x' } };
// @ts-expect-error: timeout is a number
export const badTimeout: Props<'intake-insurance-check'> = { timeout: 'fast' };
