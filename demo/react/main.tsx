// The three widgets in a React 19 app. `import 'intake-widgets'` defines the elements, and
// `intake-widgets/react` types their props and events (in an app that installed the package,
// `/// <reference types="intake-widgets/react" />` in any .d.ts file does the same). React 19
// sets a prop as a property when the element has one, as an attribute otherwise, and adds
// `on<event-name>` props as event listeners.
import type {} from 'intake-widgets/react';
import 'intake-widgets';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** What the log shows of an event: its name and its detail (categories only, never typed text). */
interface Received {
  id: number;
  type: string;
  detail: string;
}

const PHONE = '+1-206-555-0100';

function App() {
  const [received, setReceived] = useState<Received[]>([]);
  const onEvent = useCallback((event: { type: string; detail: object }) => {
    const entry = { type: event.type, detail: JSON.stringify(event.detail) };
    setReceived((list) => [...list, { id: list.length + 1, ...entry }]);
  }, []);

  return (
    <main>
      <h1>intake-widgets in React 19</h1>
      <p>Three widgets rendered by React, with their events shown below as the app receives them.</p>

      <section aria-labelledby="card-title">
        <h2 id="card-title">Contact card</h2>
        <intake-contact-card
          name="Cedar Hollow Recovery"
          phone={PHONE}
          hours="24/7"
          timezone="America/Los_Angeles"
          email="admissions@example.org"
          strings={{ message: 'Free and confidential. Call any time, day or night.' }}
          onintake-contact={onEvent}
        />
      </section>

      <section aria-labelledby="quiz-title">
        <h2 id="quiz-title">Care quiz, in Spanish</h2>
        <intake-care-quiz
          lang="es"
          phone={PHONE}
          heading-level={3}
          onintake-quiz-start={onEvent}
          onintake-quiz-step={onEvent}
          onintake-quiz-complete={onEvent}
        />
      </section>

      <section aria-labelledby="insurance-title">
        <h2 id="insurance-title">Insurance check</h2>
        <intake-insurance-check
          endpoint="/api/intake"
          phone={PHONE}
          carriers="Aetna, Cigna, Premera Blue Cross, Regence"
          onintake-insurance-start={onEvent}
          onintake-insurance-submitted={onEvent}
          onintake-insurance-error={onEvent}
        />
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">Events received</h2>
        <ol id="events" aria-live="polite">
          {received.map((entry) => (
            <li key={entry.id}>
              <code>{entry.type}</code> <code>{entry.detail}</code>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
