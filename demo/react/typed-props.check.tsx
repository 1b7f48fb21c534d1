// Not part of the app: type-checked with it (`tsc -p demo/react/tsconfig.json`) to show the
// declarations in types/react.d.ts accept what the elements accept and refuse what they do not.
// Each `@ts-expect-error` fails the check if the line below it stops being an error.
import type { IntakeCareQuiz, IntakeContactCard } from 'intake-widgets/elements';
import type {} from 'intake-widgets/react';
import { createRef } from 'react';

const card = createRef<IntakeContactCard>();
const quiz = createRef<IntakeCareQuiz>();

export const accepted = (
  <>
    <intake-contact-card
      ref={card}
      className="brand"
      name="Cedar Hollow Recovery"
      layout="bar"
      crisis
      sms
      json-ld
      map-href="https://maps.example.org/cedar-hollow"
      after-hours-phone="+1-206-555-0199"
      strings={{ heading: 'Call us' }}
      onintake-contact={(event) => event.detail.method satisfies 'call' | 'sms' | 'email' | 'map'}
    >
      <a href="tel:+12065550100">(206) 555-0100</a>
    </intake-contact-card>
    <intake-care-quiz
      ref={quiz}
      lang="es-MX"
      heading-level={2}
      onintake-quiz-step={(event) => event.detail.index + event.detail.total}
      onintake-quiz-complete={(event) => event.detail.outcome.toUpperCase()}
    />
    <intake-insurance-check
      card-upload
      timeout={20000}
      onintake-insurance-submit={(event) => event.preventDefault()}
      onintake-insurance-error={(event) => event.detail.kind satisfies 'network' | 'server' | 'validation'}
    />
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error: layout is `card` or `bar` */}
    <intake-contact-card layout="sideways" />
    {/* @ts-expect-error: crisis is a boolean */}
    <intake-contact-card crisis="yes" />
    {/* @ts-expect-error: not a language the widgets have */}
    <intake-care-quiz lang="fr" />
    {/* @ts-expect-error: strings keys are the widget's own texts */}
    <intake-care-quiz strings={{ noSuchText: 'x' }} />
    {/* @ts-expect-error: heading-level is a number */}
    <intake-care-quiz heading-level="two" />
    {/* @ts-expect-error: the card's event carries `method`, not `outcome` */}
    <intake-contact-card onintake-contact={(event) => event.detail.outcome} />
    {/* @ts-expect-error: timeout is a number */}
    <intake-insurance-check timeout="fast" />
  </>
);
