import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { IntakeCareQuiz } from '../../src/care-quiz/care-quiz.js';
import { optionsOf } from '../../src/care-quiz/flow.js';
import { type Answers, type Outcome, QUESTIONS, type QuestionId } from '../../src/care-quiz/model.js';
import { define } from '../../src/core/define.js';
import { resetWarnings } from '../../src/core/warn.js';
import { careQuizEn } from '../../src/i18n/care-quiz.en.js';
import { careQuizEs } from '../../src/i18n/care-quiz.es.js';
import { a11yTree } from '../fixtures/a11y.js';
import { captureConsole } from '../fixtures/console.js';
import { hoursClosedNow, hoursOpenNow, withClockAhead, ZONE } from '../fixtures/hours-now.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';
import { expectSpacesKept } from '../fixtures/spaces.js';

define('intake-care-quiz', IntakeCareQuiz);

/** Stands in for <intake-insurance-check>: records what the quiz does to it. */
class FakeInsuranceCheck extends HTMLElement {
  careLevel: string | null = null;
  constructor() {
    super();
    // A box on the page, as the real form is.
    this.style.display = 'block';
    this.style.minHeight = '1px';
  }
  focused: FocusOptions | undefined | 'no' = 'no';
  scrolled: ScrollIntoViewOptions | undefined;
  override focus(options?: FocusOptions): void {
    this.focused = options;
  }
  override scrollIntoView(options?: ScrollIntoViewOptions | boolean): void {
    this.scrolled = options as ScrollIntoViewOptions;
  }
}
customElements.define('intake-insurance-check', FakeInsuranceCheck);

type AnswerMap = Partial<Record<QuestionId, string | string[]>>;

const root = (el: IntakeCareQuiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: IntakeCareQuiz, selector: string) =>
  root(el).querySelector<T & HTMLElement>(selector);

/** The question on screen (its inputs' name), or null on an end screen. */
function currentQuestion(el: IntakeCareQuiz): QuestionId | null {
  return ($<HTMLInputElement>(el, 'input')?.name as QuestionId) ?? null;
}

function questionText(el: IntakeCareQuiz): string {
  return $(el, 'legend')!.textContent!.trim();
}

function input(el: IntakeCareQuiz, value: string): HTMLInputElement {
  const found = $<HTMLInputElement>(el, `input[value="${value}"]`);
  if (!found) throw new Error(`no answer ${value} on ${currentQuestion(el)}`);
  return found;
}

async function choose(el: IntakeCareQuiz, values: string | string[]): Promise<void> {
  for (const value of [values].flat()) input(el, value).click();
  await el.updateComplete;
}

async function next(el: IntakeCareQuiz): Promise<void> {
  $(el, '[part="next"]')!.click();
  await el.updateComplete;
}

/** The mildest answer, for questions a case does not name. */
function mildest(id: QuestionId): string | string[] {
  const q = QUESTIONS.find((item) => item.id === id)!;
  if (q.type === 'one') return q.options[0];
  return ['none'];
}

/** Answers questions (from the map, else the mildest) until `stop` is on screen. */
async function answerUntil(el: IntakeCareQuiz, answers: AnswerMap, stop: QuestionId): Promise<void> {
  for (let id = currentQuestion(el); id && id !== stop; id = currentQuestion(el)) {
    await choose(el, answers[id] ?? mildest(id));
    await next(el);
  }
  expect(currentQuestion(el)).to.equal(stop);
}

/**
 * Answers every question shown, from the map or the mildest answer, until an end screen; calls
 * `onScreen` on each question screen first. Returns the questions asked, in order.
 */
async function answerAll(
  el: IntakeCareQuiz,
  answers: AnswerMap,
  onScreen?: (id: QuestionId) => Promise<void>,
): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let id = currentQuestion(el); id; id = currentQuestion(el)) {
    if (asked.length > 20) throw new Error('the quiz does not end');
    asked.push(id);
    await onScreen?.(id);
    await choose(el, answers[id] ?? mildest(id));
    await next(el);
  }
  return asked;
}

const OUTCOME_CASES: Array<{ outcome: Outcome; answers: AnswerMap }> = [
  { outcome: 'emergency', answers: { who: 'loved-one', urgent: ['overdose'] } },
  { outcome: 'crisis', answers: { 'self-harm-thoughts': 'several-days' } },
  {
    outcome: 'detox',
    answers: {
      substances: ['alcohol'],
      frequency: 'daily',
      'drinks-per-day': '10-plus',
      'withdrawal-history': ['seizure'],
    },
  },
  { outcome: 'step-down', answers: { 'recent-treatment': 'completed-abstinent' } },
  {
    outcome: 'residential',
    answers: {
      substances: ['stimulants'],
      frequency: 'daily',
      home: 'others-use',
      'past-attempts': 'relapsed-days',
    },
  },
  { outcome: 'php', answers: { substances: ['alcohol'], frequency: '4-6-days', 'mental-health': 'a-lot' } },
  {
    outcome: 'iop',
    answers: {
      substances: ['stimulants'],
      frequency: '4-6-days',
      'past-attempts': 'relapsed-weeks',
      home: 'others-use',
    },
  },
  {
    outcome: 'outpatient',
    answers: { substances: ['alcohol'], frequency: '1-3-days', 'past-attempts': 'stopped-months' },
  },
];

const SCREEN_PART: Partial<Record<Outcome, string>> = { emergency: 'emergency', crisis: 'crisis' };

function expectNotice(el: IntakeCareQuiz): void {
  const notice = $(el, '[part="notice"]')!;
  const hrefs = [...notice.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  expect(hrefs[0]).to.equal('tel:911');
  expect(hrefs).to.include('tel:988');
  expect(hrefs.some((href) => href?.startsWith('sms:988'))).to.equal(true);
}

describe('<intake-care-quiz>', () => {
  beforeEach(() => resetWarnings());

  it('passes axe on the first question', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('starts with the first question, its progress, a pick-one hint, no Back and the notice', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    expect(currentQuestion(el)).to.equal('who');
    expect(questionText(el)).to.equal('Who are you asking for?');
    expect($(el, 'legend h3')).to.not.equal(null);
    expect($(el, '[part="progress"]')!.textContent!.trim()).to.equal('Question 1 of 16');
    expect($(el, '[part="hint"]')!.textContent!.trim()).to.equal('Pick one.');
    expect($(el, '[part="back"]')).to.equal(null);
    expect($(el, '[part="next"]')!.textContent!.trim()).to.equal('Next');
    expect($(el, '[part="notice"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'In danger now? Call 911 or call 988 / text 988',
    );
    expectNotice(el);
    expect(root(el).activeElement).to.equal(null);
  });

  for (const [lang, dictionary] of [
    ['en', careQuizEn],
    ['es', careQuizEs],
  ] as const) {
    it(`passes axe on every question screen, notice included (${lang})`, async function () {
      this.timeout(60000);
      const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz lang=${lang}></intake-care-quiz>`);
      const asked = await answerAll(el, { substances: ['alcohol', 'opioids'] }, async () => {
        expectNotice(el);
        await expect(el).to.be.accessible();
        expectSpacesKept(el);
      });
      expect(asked).to.deep.equal(QUESTIONS.map((q) => q.id));
      expect($(el, '[part="result"]')).to.not.equal(null);
      // The text is the language's own, not English.
      expect($(el, '[part="version"]')!.textContent).to.equal(
        dictionary.model.replace('{version}', 'care-quiz/1'),
      );
    });

    for (const { outcome, answers } of OUTCOME_CASES) {
      it(`reaches ${outcome} and passes axe on its screen (${lang})`, async function () {
        this.timeout(20000);
        const el = await fixture<IntakeCareQuiz>(
          html`<intake-care-quiz lang=${lang} phone="206-555-0100" insurance-href="/insurance"></intake-care-quiz>`,
        );
        await answerAll(el, answers);
        const part = SCREEN_PART[outcome] ?? 'result';
        expect($(el, `[part="${part}"]`), part).to.not.equal(null);
        expectNotice(el);
        const heading = root(el).activeElement!;
        expect(heading.matches('h3[tabindex="-1"]'), heading.outerHTML).to.equal(true);
        if (part === 'result') {
          const key = `outcome:${outcome}` as keyof typeof dictionary;
          expect(heading.textContent).to.contain(dictionary[key]);
          // What a screen reader is told on focus, spaces included: "A program that may fit: Detox".
          const focused = (await a11yTree()).find((node) => node.focused);
          expect(focused?.name).to.equal(`${dictionary.resultLead} ${dictionary[key]}`);
        }
        await expect(el).to.be.accessible();
        expectSpacesKept(el);
      });
    }
  }

  it('shows the emergency screen at once, 911 first, with a way back that keeps the answers', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await choose(el, 'self');
    await next(el);
    await choose(el, ['severe-withdrawal']);
    await next(el);
    const screen = $(el, '[part="emergency"]')!;
    expect(screen).to.not.equal(null);
    const links = [...screen.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0]).to.equal('tel:911');
    expect(root(el).activeElement!.textContent).to.equal('Call 911 now');
    expect(screen.textContent).to.not.contain('1-800-222-1222');
    ($(el, '[part="back"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('urgent');
    expect(input(el, 'severe-withdrawal').checked).to.equal(true);
    expect(root(el).activeElement!.tagName).to.equal('H3');
  });

  it('adds naloxone, staying with them and Poison Help for a possible overdose, and 988 for a plan', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerAll(el, { who: 'loved-one', urgent: ['overdose', 'self-harm-plan'] });
    const screen = $(el, '[part="emergency"]')!;
    expect(screen.textContent).to.contain('naloxone');
    expect(screen.textContent).to.contain('Stay with the person');
    const hrefs = [...screen.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs[0]).to.equal('tel:911');
    expect(hrefs).to.include.members(['tel:+18002221222', 'tel:988', 'sms:988']);
    expect(screen.querySelector('a[href="tel:+18002221222"] .whole')!.textContent).to.equal('1-800-222-1222');
    // 988 is offered to the one reading, who is asking for someone else.
    expect(screen.textContent).to.contain('For thoughts of suicide, you can also call or text 988.');
    // In Spanish, how to reach 988's Spanish line, as the contact card and the crisis screen say.
    const es = await fixture<IntakeCareQuiz>(html`<intake-care-quiz lang="es"></intake-care-quiz>`);
    await answerAll(es, { who: 'loved-one', urgent: ['self-harm-plan'] });
    expect($(es, '[part="emergency"]')!.textContent).to.contain('llamar al 988 (marque 2 para español)');
  });

  it('shows 988 by call and text, the Crisis Text Line and admissions on the crisis screen', async () => {
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz phone="(206) 555-0100"></intake-care-quiz>`,
    );
    await answerAll(el, { 'self-harm-thoughts': 'nearly-every-day' });
    const screen = $(el, '[part="crisis"]')!;
    const hrefs = [...screen.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.slice(0, 2)).to.deep.equal(['tel:988', 'sms:988']);
    expect(hrefs).to.include.members(['sms:741741?body=HOME', 'tel:+12065550100']);
    // For a reader who needs Spanish, in Spanish, marked so (a screen reader speaks it in Spanish).
    const spanish = screen.querySelector('p[lang="es"]')!;
    expect(spanish.textContent).to.equal(
      'En español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
    );
    // On a computer, which cannot call from the page: the Lifeline's chat, in a new tab, no referrer.
    const chat = screen.querySelector<HTMLAnchorElement>('a[href="https://988lifeline.org/chat/"]')!;
    expect(chat.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Or chat online with 988 at 988lifeline.org (opens in a new tab)',
    );
    expect([chat.target, chat.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
  });

  it('in Spanish, texts AYUDA to the Crisis Text Line, which reaches its Spanish service', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz lang="es"></intake-care-quiz>`);
    await answerAll(el, { 'self-harm-thoughts': 'nearly-every-day' });
    const link = $(el, '[part="crisis"] a[href^="sms:741741"]')!;
    expect(link.getAttribute('href')).to.equal('sms:741741?body=AYUDA');
    expect(link.textContent).to.contain('envíe AYUDA por mensaje de texto al 741741');
  });

  it('ends with the crisis screen when they cannot stay safe', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const asked = await answerAll(el, { 'mental-health': 'cant-stay-safe' });
    expect(asked.at(-1)).to.equal('mental-health');
    expect($(el, '[part="crisis"]')).to.not.equal(null);
    expect($(el, '[part="crisis"]')!.textContent).not.to.contain('naloxone');
  });

  it('gives the naloxone note on that crisis screen when opioids were chosen: an overdose risk', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerAll(el, { substances: ['opioids'], frequency: 'daily', 'mental-health': 'cant-stay-safe' });
    const crisis = $(el, '[part="crisis"]')!;
    // After the crisis lines and the word about admissions, not before them.
    const paragraphs = [...crisis.querySelectorAll('p')].map((p) => p.textContent!.trim());
    const note = paragraphs.indexOf('Keep naloxone (Narcan) close. It can reverse an opioid overdose.');
    const admissions = paragraphs.findIndex((text) =>
      text.startsWith('When you are safe, call our admissions team.'),
    );
    expect([note > admissions, admissions > 0]).to.deep.equal([true, true]);
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
  });

  it('texts AYUDA to 988 in Spanish', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz lang="es"></intake-care-quiz>`);
    const hrefs = [...$(el, '[part="notice"]')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('sms:988?body=AYUDA');
    expect(questionText(el)).to.equal('¿Para quién busca ayuda?');
  });

  it('asks drinks-per-day only with alcohol; the total counts it until substances is answered', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const without = await answerAll(el, { substances: ['cannabis'] }, async (id) => {
      if (id === 'frequency') {
        expect($(el, '[part="progress"]')!.textContent!.trim()).to.equal('Question 5 of 15');
      }
    });
    expect(without).to.not.include('drinks-per-day');
    expect(without.length).to.equal(15);

    const again = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerAll(again, { substances: ['cannabis', 'alcohol'] }, async (id) => {
      if (id === 'substances') {
        expect($(again, '[part="progress"]')!.textContent!.trim()).to.equal('Question 4 of 16');
      }
      if (id === 'frequency') {
        expect($(again, '[part="progress"]')!.textContent!.trim()).to.equal('Question 5 of 16');
      }
      if (id === 'drinks-per-day') {
        expect($(again, '[part="progress"]')!.textContent!.trim()).to.equal('Question 6 of 16');
      }
    });
  });

  describe('a double tap on Next', () => {
    /**
     * A press at `position` as a finger (or a mouse's `detail`-th click) makes it: pointerdown,
     * then click on what is under it, the way the browser sends them.
     */
    function press(el: IntakeCareQuiz, position: [number, number], pointerType: string, detail = 1) {
      const target = root(el).elementFromPoint(...position) as HTMLElement;
      const [clientX, clientY] = position;
      const init = { bubbles: true, composed: true, cancelable: true, clientX, clientY };
      target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType }));
      target.dispatchEvent(new MouseEvent('click', { ...init, detail }));
    }
    const ticked = (el: IntakeCareQuiz) =>
      [...root(el).querySelectorAll<HTMLInputElement>('input')]
        .filter((box) => box.checked)
        .map((box) => box.value);

    for (const [how, pointerType, detail] of [
      ['a finger', 'touch', 1],
      ["a mouse's double click", 'mouse', 2],
    ] as const) {
      it(`by ${how} answers nothing on the next screen, drawn under it`, async () => {
        await setViewport({ width: 390, height: 800 });
        try {
          const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
          await choose(el, 'self');
          const box = $(el, '[part="next"]')!.getBoundingClientRect();
          const position: [number, number] = [box.x + box.width / 2, box.y + box.height / 2];
          press(el, position, pointerType);
          await el.updateComplete;
          expect(currentQuestion(el)).to.equal('urgent');
          // What the second press lands on: an answer of the new question.
          expect(
            root(el)
              .elementFromPoint(...position)
              ?.closest('label') != null,
          ).to.equal(true);
          press(el, position, pointerType, detail);
          await el.updateComplete;
          expect(ticked(el)).to.deep.equal([]);
          // A press a moment later is the visitor's own.
          await new Promise((resolve) => setTimeout(resolve, 600));
          press(el, position, pointerType);
          await el.updateComplete;
          expect(ticked(el).length).to.equal(1);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    it("leaves a mouse's single clicks alone, however quick (a test driving the page)", async () => {
      await setViewport({ width: 390, height: 800 });
      try {
        const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
        await choose(el, 'self');
        const box = $(el, '[part="next"]')!.getBoundingClientRect();
        const position: [number, number] = [
          Math.round(box.x + box.width / 2),
          Math.round(box.y + box.height / 2),
        ];
        await sendMouse({ type: 'click', position });
        await sendMouse({ type: 'click', position });
        await el.updateComplete;
        expect(ticked(el).length).to.equal(1);
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('keeps the shrunk total once substances is answered "None of these", also on Back', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const progressText = () => $(el, '[part="progress"]')!.textContent!.trim();
    await answerUntil(el, {}, 'substances');
    expect(progressText()).to.equal('Question 4 of 16');
    await choose(el, ['none']);
    await next(el);
    expect(progressText()).to.equal('Question 5 of 15');
    $(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('substances');
    expect(progressText()).to.equal('Question 4 of 15');
    await next(el);
    expect(progressText()).to.equal('Question 5 of 15');
  });

  it('shrinks the total again when alcohol is taken back, and leaves the dropped answer out', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const steps: Array<{ index: number; total: number }> = [];
    el.addEventListener('intake-quiz-step', (event) => steps.push(event.detail));
    await answerUntil(el, { substances: ['alcohol'], frequency: 'daily' }, 'drinks-per-day');
    await choose(el, '10-plus');
    // Back twice to substances, untick alcohol, tick opioids.
    for (let i = 0; i < 2; i++) {
      $(el, '[part="back"]')!.click();
      await el.updateComplete;
    }
    expect(currentQuestion(el)).to.equal('substances');
    await choose(el, ['alcohol', 'opioids']);
    expect(input(el, 'alcohol').checked).to.equal(false);
    await next(el);
    expect(currentQuestion(el)).to.equal('frequency');
    expect(input(el, 'daily').checked).to.equal(true);
    await next(el);
    expect(currentQuestion(el)).to.equal('withdrawal-history');
    expect($(el, '[part="progress"]')!.textContent!.trim()).to.equal('Question 6 of 15');
    await answerAll(el, {});
    expect(steps.some((s) => s.total === 16)).to.equal(true);
    expect(steps.at(-1)!.total).to.equal(15);
    // Opioids daily without strong withdrawal: IOP, not the detox that 10+ drinks would give.
    expect($(el, '.title')!.textContent).to.contain('Intensive outpatient');
  });

  it('keeps earlier answers when going Back', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await choose(el, 'loved-one');
    await next(el);
    await choose(el, ['none']);
    await next(el);
    await choose(el, 'not-at-all');
    await next(el);
    await choose(el, ['opioids', 'cannabis']);
    for (const expected of ['self-harm-thoughts', 'urgent', 'who']) {
      $(el, '[part="back"]')!.click();
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal(expected);
      expect(root(el).activeElement!.tagName).to.equal('H3');
    }
    expect(input(el, 'loved-one').checked).to.equal(true);
    await next(el);
    expect(input(el, 'none').checked).to.equal(true);
    await next(el);
    expect(input(el, 'not-at-all').checked).to.equal(true);
    await next(el);
    expect(input(el, 'opioids').checked && input(el, 'cannabis').checked).to.equal(true);
    expect(input(el, 'alcohol').checked).to.equal(false);
  });

  it('does not move on without an answer, says so and puts focus on the first answer', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await next(el);
    expect(currentQuestion(el)).to.equal('who');
    const error = $(el, '[part="error"]')!;
    expect(error.textContent!.trim()).to.equal('Please choose an answer.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
    expect(root(el).activeElement).to.equal(input(el, 'self'));
    expect($(el, '[role="status"]')!.textContent).to.contain('Please choose an answer.');
    // Each answer is marked invalid, so the answer focused is read with the error state.
    const marks = () =>
      [input(el, 'self'), input(el, 'loved-one')].map((i) => i.getAttribute('aria-invalid'));
    expect(marks()).to.deep.equal(['true', 'true']);
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
    await choose(el, 'self');
    expect($(el, '[part="error"]')).to.equal(null);
    expect(marks()).to.deep.equal([null, null]);
    await next(el);
    // A many-question needs at least one tick (none counts).
    await next(el);
    expect(currentQuestion(el)).to.equal('urgent');
    expect($(el, '[part="error"]')).to.not.equal(null);
    await choose(el, ['none']);
    await next(el);
    await choose(el, 'not-at-all');
    await next(el);
    // Substances too: one tap on Next must not leave it unanswered (the model has no "none" of
    // its own, so the quiz offers one, read by the model as nothing ticked).
    expect($(el, '[part="hint"]')!.textContent!.trim()).to.equal('Pick all that apply.');
    await next(el);
    expect(currentQuestion(el)).to.equal('substances');
    expect($(el, '[part="error"]')).to.not.equal(null);
    await choose(el, ['none']);
    expect(input(el, 'none').closest('label')!.textContent).to.contain('None of these in the past 30 days');
    await next(el);
    expect(currentQuestion(el)).to.equal('frequency');
  });

  it('says the encouraging note of whoever feels unsure, and when naltrexone can start', async () => {
    const notes: Record<string, string> = {};
    for (const who of ['self', 'loved-one']) {
      const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
      await answerAll(el, { who, substances: ['opioids'], readiness: 'pressured' });
      notes[who] = root(el).textContent!;
    }
    expect(notes.self).to.contain('It is OK if you feel unsure.');
    expect(notes['loved-one']).to.contain('It is OK if they feel unsure.');
    expect(notes.self).to.contain('naltrexone, which needs 1 to 2 weeks without opioids first');
  });

  it("takes a site's help lines for questions and answers in `strings` without a warning, and names a key it has no text for", async () => {
    resetWarnings();
    const printed = await captureConsole(async () => {
      const el = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz phone="206-555-0100" strings='{"qh:who":"Anyone can ask.","h:who:self":"You, yourself.","h:who:nobody":"x","qh:why":"x"}'></intake-care-quiz>`,
      );
      expect($(el, '[part="hint"]')!.textContent).to.contain('Anyone can ask.');
      expect(root(el).textContent).to.contain('You, yourself.');
    });
    expect(printed).to.deep.equal([
      'intake-widgets: <intake-care-quiz> strings has "h:who:nobody", "qh:why", which are not among its texts (the documentation lists them), so they are not used.',
    ]);
  });

  it('keeps none exclusive', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerAll(el, {}, async (id) => {
      if (id !== 'health') return;
      await choose(el, ['pregnant', 'age-65-plus']);
      expect(input(el, 'pregnant').checked && input(el, 'age-65-plus').checked).to.equal(true);
      await choose(el, ['none']);
      expect(input(el, 'pregnant').checked || input(el, 'age-65-plus').checked).to.equal(false);
      await choose(el, ['pregnant']);
      expect(input(el, 'none').checked).to.equal(false);
    });
  });

  it('says which answers "None of these" unticked, and when another answer unticks it', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const status = () => $(el, '[role="status"]')!.textContent!.trim();
    await answerUntil(el, { who: 'self' }, 'urgent');
    await choose(el, ['overdose', 'unsafe-now']);
    expect(status()).to.not.contain('No longer checked');
    await choose(el, ['none']);
    expect(status()).to.equal('No longer checked: A possible overdose; Not safe where you are right now.');
    await choose(el, ['severe-withdrawal']);
    expect(status()).to.equal('No longer checked: None of these.');
    // Unticking a box by hand is heard from the box itself: nothing more is said.
    input(el, 'severe-withdrawal').click();
    await el.updateComplete;
    expect(status()).to.equal('');
  });

  it('says what "None of these" unticked in Spanish', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz lang="es"></intake-care-quiz>`);
    await answerUntil(el, { who: 'self' }, 'urgent');
    await choose(el, ['overdose']);
    await choose(el, ['none']);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(
      'Se quitó la marca de: Una posible sobredosis.',
    );
  });

  it('switches between "you" and "they" wording by who', async () => {
    const texts: Record<string, string[]> = { self: [], 'loved-one': [] };
    for (const who of ['self', 'loved-one']) {
      const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
      await answerAll(el, { who }, async () => {
        texts[who].push(questionText(el));
      });
    }
    const self = texts.self.find((text) => text.startsWith('Over the last 2 weeks'))!;
    const lovedOne = texts['loved-one'].find((text) => text.startsWith('Over the last 2 weeks'))!;
    expect(self).to.equal(
      'Over the last 2 weeks, how often have you been bothered by thoughts that you would be better off dead, or of hurting yourself in some way?',
    );
    expect(lovedOne).to.equal(
      'Over the last 2 weeks, how often have they been bothered by thoughts that they would be better off dead, or of hurting themselves in some way?',
    );
    expect(texts['loved-one']).to.include('What have they used in the past 30 days?');
    expect(texts.self).to.include('What have you used in the past 30 days?');
    expect(texts['loved-one']).to.include('Are there people who will help them day to day?');
    expect(texts.self).to.include('Are there people who will help you day to day?');
    // No placeholder is ever left unfilled.
    for (const text of [...texts.self, ...texts['loved-one']]) expect(text).to.not.match(/[{}|]/);
  });

  it('pushes the same to analytics whatever was used: alcohol, which adds a question, or not', async () => {
    const pushes = async (substances: string[]) => {
      const w = window as unknown as { dataLayer?: unknown[] };
      w.dataLayer = [];
      await withSiteDefaults({ analytics: 'datalayer' }, async () => {
        const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
        await answerAll(el, { substances, frequency: 'less-than-weekly', 'drinks-per-day': '1-2' });
      });
      const pushed = w.dataLayer;
      delete w.dataLayer;
      return JSON.stringify(pushed);
    };
    const alcohol = await pushes(['alcohol']);
    expect(alcohol).to.equal(await pushes(['cannabis']));
    expect(alcohol).to.contain('intake-quiz-complete');
  });

  it('fires start once, a step per question and complete with the outcome only', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const seen: Array<{ type: string; detail: unknown; bubbles: boolean; composed: boolean }> = [];
    for (const type of ['intake-quiz-start', 'intake-quiz-step', 'intake-quiz-complete'] as const) {
      document.addEventListener(type, (event) =>
        seen.push({ type, detail: event.detail, bubbles: event.bubbles, composed: event.composed }),
      );
    }
    await answerAll(el, { substances: ['opioids'], frequency: 'daily', 'withdrawal-now': 'strong' });
    const starts = seen.filter((e) => e.type === 'intake-quiz-start');
    const steps = seen.filter((e) => e.type === 'intake-quiz-step');
    const completes = seen.filter((e) => e.type === 'intake-quiz-complete');
    expect(starts.map((e) => e.detail)).to.deep.equal([{}]);
    expect(steps.map((e) => e.detail)).to.deep.equal(
      // Up to substances (question 4) the total still counts drinks-per-day; opioids drop it.
      Array.from({ length: 14 }, (_, i) => ({ index: i + 2, total: i + 2 <= 4 ? 16 : 15 })),
    );
    expect(completes.map((e) => e.detail)).to.deep.equal([{ outcome: 'iop' }]);
    expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
    // Start over: a new run starts again.
    $(el, '[part="restart"]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('who');
    expect(input(el, 'self').checked).to.equal(false);
    await choose(el, 'self');
    expect(seen.filter((e) => e.type === 'intake-quiz-start').length).to.equal(2);
  });

  it('runs from start to result by keyboard alone: Tab, Space, arrows and Enter', async function () {
    this.timeout(30000);
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz phone="206-555-0100"></intake-care-quiz>`,
    );
    // Into the quiz from the page: the three notice links come first, then the first answer.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(input(el, 'self'));

    /** Which answer (by position) to pick on each question; the rest get the first. */
    const pick: AnswerMap = {
      urgent: ['none'],
      substances: ['none'],
      'withdrawal-history': ['none'],
      health: ['none'],
      home: 'others-use',
    };
    for (let id = currentQuestion(el); id; id = currentQuestion(el)) {
      if (id !== 'who') {
        // Focus is on the question's heading; Tab goes to the first answer.
        expect(root(el).activeElement!.matches('[tabindex="-1"]')).to.equal(true);
        await sendKeys({ press: 'Tab' });
      }
      const q = QUESTIONS.find((item) => item.id === id)!;
      const wanted = pick[id] ?? (q.type === 'one' ? q.options[0] : []);
      if (q.type === 'one') {
        const steps = (q.options as readonly string[]).indexOf(wanted as string);
        if (steps === 0) await sendKeys({ press: 'Space' });
        for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowDown' });
      } else {
        const options = optionsOf(id);
        const last = Math.max(-1, ...(wanted as string[]).map((option) => options.indexOf(option)));
        for (let i = 0; i <= last; i++) {
          if (i > 0) await sendKeys({ press: 'Tab' });
          if ((wanted as string[]).includes(options[i])) await sendKeys({ press: 'Space' });
        }
      }
      await el.updateComplete;
      if (q.type === 'one') expect(input(el, wanted as string).checked, id).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
    }
    expect($(el, '[part="result"]')).to.not.equal(null);
    expect(root(el).activeElement!.textContent).to.contain('Intensive outpatient program');
  });

  /** Detox first, then residential, for someone who must keep their routine. */
  const DETOX_KEEPING_ROUTINE: AnswerMap = {
    substances: ['opioids'],
    frequency: 'daily',
    'withdrawal-now': 'strong',
    home: 'unstable',
    support: 'little-none',
    commitments: 'keep-routine',
  };

  it("counts only the visitor's answers, whatever another script put on Object.prototype", async () => {
    const prototype = Object.prototype as Record<string, unknown>;
    Object.defineProperty(prototype, 'substances', {
      value: ['alcohol', 'opioids'],
      configurable: true,
      writable: true,
    });
    try {
      const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
      const asked = await answerAll(el, { substances: ['cannabis'], frequency: 'daily' });
      expect(asked).not.to.include('drinks-per-day');
      const result = $(el, '[part="result"]')!;
      const reasons = [...result.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(reasons.join(' ')).not.to.match(/Alcohol|Opioids/);
      expect(result.textContent).not.to.contain('naloxone');
    } finally {
      delete prototype.substances;
    }
  });

  it('shows why, notes, next after detox, the call button, disclaimer and model version', async () => {
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz phone="206-555-0100"></intake-care-quiz>`,
    );
    await answerAll(el, DETOX_KEEPING_ROUTINE);
    const result = $(el, '[part="result"]')!;
    const text = result.textContent!.replace(/\s+/g, ' ');
    expect($(el, '.title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'A program that may fit: Detox',
    );
    expect(text).to.contain('Detox is stopping alcohol or drugs with medical care.');
    expect(text).to.contain('After detox: Residential treatment.');
    expect(text).to.contain('Clinically managed');
    const why = [...result.querySelectorAll('ul')][0];
    const reasons = [...why.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(reasons).to.include.members([
      'Used: Opioids',
      'How often: Every day',
      'Withdrawal now: Strong',
      'Home: Unstable or unsafe, or no home',
    ]);
    expect(text).to.contain('buprenorphine');
    expect(text).to.contain('naloxone');
    expect(text).to.contain('keep up with work, school or family');
    expect($(el, '[part="disclaimer"]')!.textContent).to.equal(
      'This is not a diagnosis. A clinician will recommend the right level of care.',
    );
    expect($(el, '[part="version"]')!.textContent).to.equal('Model care-quiz/1');
    expect($(el, '[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
    expect($(el, '[part="call"]')!.textContent).to.equal('Call admissions: (206) 555-0100');
    expect($(el, '[part="call"] .whole')!.textContent).to.equal('(206) 555-0100');
    expect($(el, '[part="insurance"]')).to.equal(null);
    expect(text).to.not.match(/ASAM/);
    // Back from the result returns to the last question with its answer.
    $(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('commitments');
    expect(input(el, 'keep-routine').checked).to.equal(true);
  });

  it('speaks to the one asking about the answers and the call, when they ask for someone else', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerAll(el, { ...DETOX_KEEPING_ROUTINE, who: 'loved-one' });
    expect($(el, '[part="result"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'We know they need to keep up with work, school or family. This level still fits the answers best. Admissions can talk through the options with you.',
    );
  });

  it('leaves out the call button without a phone, and links insurance-href when there is no checker', async () => {
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz insurance-href="/verify#form"></intake-care-quiz>`,
    );
    await answerAll(el, {});
    expect($(el, '[part="call"]')).to.equal(null);
    const link = $(el, '[part="insurance"]')!;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal(new URL('/verify#form', location.href).href);
  });

  it("dials the site's 24/7 line while the site's hours say admissions is closed", async () => {
    const line = { timezone: ZONE, afterHoursPhone: '206-555-0199' };
    const call = (el: IntakeCareQuiz) => {
      const link = $(el, '[part="call"]')!;
      return [link.getAttribute('href'), link.textContent];
    };
    await withSiteDefaults({ ...line, hours: hoursClosedNow() }, async () => {
      const el = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz phone="206-555-0100"></intake-care-quiz>`,
      );
      await answerAll(el, {});
      expect(call(el)).to.deep.equal(['tel:+12065550199', 'Call our 24/7 line: (206) 555-0199']);
      await expect(el).to.be.accessible();
      expectSpacesKept(el);
      const crisis = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz phone="206-555-0100" lang="es"></intake-care-quiz>`,
      );
      await answerAll(crisis, { 'self-harm-thoughts': 'several-days' });
      expect(call(crisis)).to.deep.equal(['tel:+12065550199', 'Llamar a nuestra línea 24/7: (206) 555-0199']);
    });
    await withSiteDefaults({ ...line, hours: hoursOpenNow() }, async () => {
      const el = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz phone="206-555-0100"></intake-care-quiz>`,
      );
      await answerAll(el, {});
      expect(call(el)).to.deep.equal(['tel:+12065550100', 'Call admissions: (206) 555-0100']);
      // A result looked at again later (a phone that slept through closing time) is read again.
      await withClockAhead(3 * 3600_000, async () => {
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(call(el)[0]).to.equal('tel:+12065550199');
      });
    });
  });

  it('switches to the 24/7 line when admissions closes while the result is on screen', async () => {
    await withSiteDefaults(
      { hours: hoursOpenNow(), timezone: ZONE, afterHoursPhone: '206-555-0199' },
      async () => {
        const el = await fixture<IntakeCareQuiz>(
          html`<intake-care-quiz phone="206-555-0100"></intake-care-quiz>`,
        );
        await answerAll(el, {});
        expect($(el, '[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550100');
        // The timer the result screen sets for closing time (hoursOpenNow closes in two hours).
        const timers: Array<{ run: () => void; ms: number }> = [];
        const realSetTimeout = window.setTimeout;
        window.setTimeout = ((run: () => void, ms: number) => timers.push({ run, ms })) as typeof setTimeout;
        try {
          el.requestUpdate();
          await el.updateComplete;
        } finally {
          window.setTimeout = realSetTimeout;
        }
        expect(timers).to.have.length(1);
        // At most ten minutes: a timer does not count time asleep.
        expect(timers[0].ms).to.be.within(10 * 60 * 1000 - 1, 10 * 60 * 1000);
        // Closing time comes: the timer renders the screen again.
        window.IntakeWidgets!.defaults!.hours = hoursClosedNow();
        timers[0].run();
        await el.updateComplete;
        expect($(el, '[part="call"]')!.getAttribute('href')).to.equal('tel:+12065550199');
      },
    );
  });

  it('drops an unsafe insurance-href with a warning', async () => {
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz insurance-href="javascript:alert(1)"></intake-care-quiz>`,
      );
      await answerAll(el, {});
      expect($(el, '[part="insurance"]')).to.equal(null);
      expect($(el, '[part="result"]')!.textContent).to.not.contain('What happens next');
    });
    expect(warnings.some((w) => w.includes('insurance-href'))).to.equal(true);
  });

  it('sends "Verify insurance" to an insurance checker on the page with the care level', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <intake-care-quiz insurance-href="/elsewhere"></intake-care-quiz>
        <intake-insurance-check></intake-insurance-check>
      </div>`,
    );
    const el = wrapper.querySelector('intake-care-quiz')!;
    await el.updateComplete;
    await answerAll(el, { 'recent-treatment': 'completed-abstinent' });
    const button = $(el, '[part="insurance"]')!;
    expect(button.tagName).to.equal('BUTTON');
    button.click();
    const check = wrapper.querySelector('intake-insurance-check') as unknown as FakeInsuranceCheck;
    expect(check.careLevel).to.equal('step-down');
    expect(check.focused).to.deep.equal({ preventScroll: true });
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(check.scrolled).to.deep.equal({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
  });

  it('sends "Verify insurance" to the nearest form a visitor can see, and to insurance-href when none', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <section id="seattle"><intake-insurance-check id="seattle-form"></intake-insurance-check></section>
        <section id="tacoma">
          <intake-care-quiz insurance-href="/insurance"></intake-care-quiz>
          <details><summary>Insurance</summary><intake-insurance-check id="hidden-form"></intake-insurance-check></details>
          <intake-insurance-check id="tacoma-form"></intake-insurance-check>
        </section>
      </div>`,
    );
    const el = page.querySelector('intake-care-quiz')!;
    await el.updateComplete;
    await answerAll(el, {});
    $(el, '[part="insurance"]')!.click();
    const form = (id: string) => page.querySelector(`#${id}`) as unknown as FakeInsuranceCheck;
    // Tacoma's own visible form: not Seattle's (first on the page), not the one in a closed <details>.
    expect(form('tacoma-form').focused).to.deep.equal({ preventScroll: true });
    expect([form('seattle-form').focused, form('hidden-form').focused]).to.deep.equal(['no', 'no']);
    // With no form a visitor can see (another campus's tab is hidden), the link instead.
    page.querySelector<HTMLElement>('#tacoma-form')!.style.display = 'none';
    page.querySelector<HTMLElement>('#seattle')!.hidden = true;
    $(el, '[part="insurance"]')!.click();
    await el.updateComplete;
    const link = $(el, '[part="insurance"]')!;
    expect(link.tagName).to.equal('A');
    expect(new URL(link.getAttribute('href')!, location.href).pathname).to.equal('/insurance');
    // Focus is on the link that took the gone button's place, not dropped to the page.
    expect(el.shadowRoot!.activeElement === link).to.equal(true);
  });

  it('says so and focuses the result when the insurance form it led to is hidden and there is no insurance-href', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><intake-care-quiz></intake-care-quiz><intake-insurance-check></intake-insurance-check></div>`,
    );
    const el = page.querySelector('intake-care-quiz')!;
    await el.updateComplete;
    await answerAll(el, {});
    // Hidden since the result was shown (as another tab's content is).
    page.querySelector<HTMLElement>('intake-insurance-check')!.style.display = 'none';
    $(el, '[part="insurance"]')!.focus();
    $(el, '[part="insurance"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="insurance"]') === null).to.equal(true);
    expect(el.shadowRoot!.activeElement === $(el, '[part="result"] [tabindex="-1"]')).to.equal(true);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(
      'The insurance form is not shown on this page right now.',
    );
  });

  it('puts an optional heading one level above the questions; heading-level sets the level', async () => {
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz heading="Which program fits?"></intake-care-quiz>`,
    );
    expect($(el, 'h2')!.textContent).to.equal('Which program fits?');
    expect($(el, 'legend h3')).to.not.equal(null);
    const four = await fixture<IntakeCareQuiz>(html`<intake-care-quiz heading-level="4"></intake-care-quiz>`);
    expect($(four, 'legend h4')).to.not.equal(null);
    expect($(four, 'h2, h3')).to.equal(null);
    await answerAll(four, {});
    expect($(four, 'h4[tabindex="-1"]')).to.not.equal(null);
    expect($(four, 'h5')).to.not.equal(null);
  });

  it('warns about a heading-level out of range and uses 3', async () => {
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz heading-level="7"></intake-care-quiz>`);
      expect($(el, 'legend h3')).to.not.equal(null);
    });
    expect(warnings.some((w) => w.includes('heading-level'))).to.equal(true);
  });

  it('goes back to level 3 without a warning when heading-level is removed', async () => {
    const warnings = await captureConsole(async () => {
      const el = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz phone="206-555-0100" heading-level="4"></intake-care-quiz>`,
      );
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect($(el, 'legend h3')).to.not.equal(null);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('shows a placeholder named like a built-in property as text, and keeps working', async () => {
    const strings = {
      notice: 'In danger? {call911}, {call988}, {constructor} or {toString}',
      next: '{__proto__} Next',
    };
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz strings=${JSON.stringify(strings)}></intake-care-quiz>`,
    );
    expect($(el, '[part="notice"]')!.textContent).to.equal(
      'In danger? Call 911, call 988, {constructor} or {toString}',
    );
    expect($(el, '[part="notice"] a')!.getAttribute('href')).to.equal('tel:911');
    expect($(el, '[part="next"]')!.textContent).to.equal('{__proto__} Next');
    await choose(el, 'self');
    await next(el);
    expect(currentQuestion(el)).to.equal('urgent');
  });

  it('keeps each link of the notice whole and at least 24px tall on a narrow phone', async () => {
    const split: string[] = [];
    for (let width = 200; width <= 420; width += 10) {
      const el = await fixture<IntakeCareQuiz>(
        html`<intake-care-quiz style=${`display: block; width: ${width}px`}></intake-care-quiz>`,
      );
      const links = [...$(el, '[part="notice"]')!.querySelectorAll('a')];
      expect(links).to.have.length(3);
      for (const link of links) {
        // Lines of the link's text, not boxes of the link (an inline-block is one box however many).
        const range = document.createRange();
        range.selectNodeContents(link);
        if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
          split.push(`${width}px: ${link.textContent}`);
        expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(24);
      }
      el.remove();
    }
    expect(split).to.deep.equal([]);
  });

  it("keeps the 911 and 988 links when a site's notice leaves them out, and says so once", async () => {
    for (const notice of ['', 'Questions? Call us.', 'Emergency? {call911}']) {
      resetWarnings();
      let el!: IntakeCareQuiz;
      const warnings = await captureConsole(async () => {
        el = await fixture<IntakeCareQuiz>(
          html`<intake-care-quiz phone="206-555-0100" strings=${JSON.stringify({ notice })}></intake-care-quiz>`,
        );
        await choose(el, 'self');
        await next(el);
      });
      expectNotice(el);
      expect(warnings, notice).to.deep.equal([
        'intake-widgets: <intake-care-quiz> strings.notice must keep {call911} and {call988}, the links to 911 and 988 on every screen; the built-in notice is shown.',
      ]);
    }
    // A site's own words with both links are used.
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz strings=${JSON.stringify({ notice: 'Emergency? {call911}. Crisis? {call988}.' })}></intake-care-quiz>`,
    );
    expect($(el, '[part="notice"]')!.textContent).to.equal('Emergency? Call 911. Crisis? call 988.');
  });

  it('takes string overrides, including per-question text and the you/they words', async () => {
    const strings = { 'q:who': 'Who is this for?', next: 'Continue', you: 'you|your friend' };
    const el = await fixture<IntakeCareQuiz>(
      html`<intake-care-quiz strings=${JSON.stringify(strings)}></intake-care-quiz>`,
    );
    expect(questionText(el)).to.equal('Who is this for?');
    expect($(el, '[part="next"]')!.textContent!.trim()).to.equal('Continue');
    await choose(el, 'loved-one');
    await next(el);
    await choose(el, ['unsafe-now']);
    expect($(el, 'label:has(input[value="unsafe-now"])')!.textContent).to.contain(
      'Not safe where your friend are',
    );
  });

  it('offers Undo after Start over until the next answer, and Undo brings the run back', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerUntil(el, { who: 'loved-one', substances: ['alcohol'] }, 'frequency');
    $(el, '[part="restart"]')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('who');
    expect(input(el, 'loved-one').checked).to.equal(false);
    expect($(el, '[part="undo"]')!.textContent).to.equal('Your answers were cleared. Undo');
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal(
      'Your answers were cleared. Question 1 of 16',
    );
    await expect(el).to.be.accessible();
    expectSpacesKept(el);
    // Focus is on the first question's heading; Tab from there reaches Undo (answer, Next, Undo).
    expect(root(el).activeElement).to.equal($(el, '.title'));
    const reached: Array<Element | null> = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(root(el).activeElement);
    }
    expect(reached).to.deep.equal([input(el, 'self'), $(el, '[part="next"]'), $(el, '[part="undo"] button')]);

    $(el, '[part="undo"] button')!.click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('frequency');
    expect($(el, '[part="progress"]')!.textContent!.trim()).to.equal('Question 5 of 16');
    expect(root(el).activeElement).to.equal($(el, '.title'));
    expect($(el, '[part="undo"]')).to.equal(null);
    $(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect(input(el, 'alcohol').checked).to.equal(true);

    // A new answer after Start over ends the offer.
    $(el, '[part="restart"]')!.click();
    await el.updateComplete;
    await choose(el, 'self');
    expect($(el, '[part="undo"]')).to.equal(null);
  });

  it('brings a result back with Undo, without a second complete event', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz lang="es"></intake-care-quiz>`);
    const completes: unknown[] = [];
    el.addEventListener('intake-quiz-complete', (event) => completes.push(event.detail));
    await answerAll(el, { 'recent-treatment': 'completed-abstinent' });
    $(el, '[part="restart"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="undo"]')!.textContent).to.equal('Se borraron sus respuestas. Deshacer');
    $(el, '[part="undo"] button')!.click();
    await el.updateComplete;
    expect($(el, '[part="result"]')).to.exist;
    expect($(el, '.title')!.textContent).to.contain('Atención de transición');
    // Said once, by the heading that takes focus; the live region says nothing more.
    expect(root(el).activeElement).to.equal($(el, '.title'));
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('');
    expect(completes).to.deep.equal([{ outcome: 'step-down' }]);
  });

  it('starts a new screen at its top, notice and progress in sight, when the last was scrolled past it', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height: 150vh"></div><intake-care-quiz></intake-care-quiz><div style="height: 300vh"></div></div>`,
    );
    const el = page.querySelector<IntakeCareQuiz>('intake-care-quiz')!;
    await el.updateComplete;
    await choose(el, 'self');
    // Scrolled past the quiz's top, as on a phone after a long list.
    window.scrollBy(0, el.getBoundingClientRect().top + 60);
    expect(el.getBoundingClientRect().top).to.be.below(-50);
    await next(el);
    expect(Math.abs(el.getBoundingClientRect().top)).to.be.below(1);
    expect(root(el).activeElement).to.equal($(el, 'h3'));
    // A screen that starts in sight is not moved.
    window.scrollBy(0, -50);
    const top = el.getBoundingClientRect().top;
    await choose(el, 'none');
    await next(el);
    expect(el.getBoundingClientRect().top).to.equal(top);
    window.scrollTo(0, 0);
  });

  it("keeps a new screen's top below a sticky header: the page's scroll-padding-top, as the README asks", async () => {
    document.documentElement.style.scrollPaddingTop = '80px';
    try {
      const page = await fixture<HTMLDivElement>(
        html`<div><div style="height: 150vh"></div><intake-care-quiz></intake-care-quiz><div style="height: 300vh"></div></div>`,
      );
      const el = page.querySelector<IntakeCareQuiz>('intake-care-quiz')!;
      await el.updateComplete;
      await choose(el, 'self');
      // Its top is on screen, but under the 80px the header covers.
      window.scrollBy(0, el.getBoundingClientRect().top - 10);
      await next(el);
      expect(Math.abs(el.getBoundingClientRect().top - 80)).to.be.below(1);
      // Below the header already: not moved.
      window.scrollBy(0, -50);
      const top = el.getBoundingClientRect().top;
      await choose(el, 'none');
      await next(el);
      expect(el.getBoundingClientRect().top).to.equal(top);
    } finally {
      document.documentElement.style.scrollPaddingTop = '';
      window.scrollTo(0, 0);
    }
  });

  it('announces each new question in a polite live region', async () => {
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const status = $(el, '[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    await choose(el, 'self');
    await next(el);
    expect(status.textContent!.trim()).to.equal('Question 2 of 16');
    // An end screen is said by its focused heading alone, not a second time by the region.
    await choose(el, ['overdose']);
    await next(el);
    expect(root(el).activeElement!.textContent).to.contain('911');
    expect(status.textContent!.trim()).to.equal('');
  });

  it('stores nothing: no cookie, no web storage', async () => {
    const cookie = document.cookie;
    const local = localStorage.length;
    const session = sessionStorage.length;
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    await answerAll(el, { substances: ['alcohol'] });
    expect(document.cookie).to.equal(cookie);
    expect(localStorage.length).to.equal(local);
    expect(sessionStorage.length).to.equal(session);
  });

  it('reads the same answers the model would', async () => {
    // The UI passes the model clean, complete answers: the outcome equals recommendCare's.
    const { recommendCare } = await import('../../src/care-quiz/model.js');
    const answers: Answers = { substances: ['sedatives'], frequency: 'daily' };
    const el = await fixture<IntakeCareQuiz>(html`<intake-care-quiz></intake-care-quiz>`);
    const outcomes: string[] = [];
    el.addEventListener('intake-quiz-complete', (event) => outcomes.push(event.detail.outcome));
    await answerAll(el, answers as AnswerMap);
    expect(outcomes).to.deep.equal([recommendCare(answers).outcome]);
  });
});
