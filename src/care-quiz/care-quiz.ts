import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { IntakeElement } from '../core/base.js';
import {
  CALL_911,
  CALL_988,
  CALL_POISON_HELP,
  CHAT_988,
  text988Href,
  textCrisisLineHref,
} from '../core/crisis-lines.js';
import { admissionsPhone, CARD_FALLBACK, dialledPhone, warnNoPhone } from '../core/defaults.js';
import { checkHeadingLevel, heading } from '../core/heading.js';
import type { Lang } from '../core/i18n.js';
import { type ParsedPhone, telHref } from '../core/phone.js';
import { urlAttribute } from '../core/safe-url.js';
import { textAttribute } from '../core/text-attribute.js';
import { warnOnce } from '../core/warn.js';
import { type CareQuizMessages, careQuizEn, type CareQuizKey as Key } from '../i18n/care-quiz.en.js';
import { careQuizEs } from '../i18n/care-quiz.es.js';
import { careQuizStyles } from './care-quiz.styles.js';
import { IntakeQuizCompleteEvent, IntakeQuizStartEvent, IntakeQuizStepEvent } from './events.js';
import {
  answerSet,
  answersForResult,
  isAnswered,
  nextStep,
  optionsOf,
  previousQuestion,
  progress,
  questionOf,
  type Screen,
  toggle,
} from './flow.js';
import {
  type Answers,
  type CareRecommendation,
  MODEL_VERSION,
  QUESTIONS,
  type QuestionId,
  recommendCare,
} from './model.js';

const TAG = 'intake-care-quiz';
const PRONOUNS = ['you', 'your', 'yourself', 'them'] as const;
/** The focus target of a new screen: its main heading. */
const SCREEN_HEADING = '[tabindex="-1"]';
/**
 * A press this soon after, and this near, the one that changed the screen is the rest of a double
 * tap (a double click is at most 500 ms apart; a finger's second tap lands within a few px).
 */
const CARRY_OVER_MS = 500;
const CARRY_OVER_PX = 24;
/** A pointer's press: x and y in the viewport, when, and whether by a mouse. */
type Press = [x: number, y: number, at: number, mouse: boolean];
const NO_PRESS: Press = [0, 0, Number.NEGATIVE_INFINITY, true];

/** What Undo brings back after Start over. */
interface Cleared {
  answers: Answers;
  current: QuestionId;
  screen: Screen | null;
  result?: CareRecommendation;
}

/** What the quiz needs of an `<intake-insurance-check>` on the page (no import: either may load alone). */
type InsuranceCheck = HTMLElement & { careLevel?: string | null };

/** "you" → "You". */
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The page's `scroll-padding-top` in pixels (room a sticky header takes); 0 when not in pixels. */
function headerRoom(): number {
  const padding = getComputedStyle(document.documentElement).scrollPaddingTop;
  return padding.endsWith('px') ? Number.parseFloat(padding) || 0 : 0;
}

/**
 * The care-level quiz: one question per screen, branching as the clinical model `care-quiz/1`
 * says, then a suggested level of care with the answers that led to it and what to do next.
 * Any answer that signals danger shows 911 or 988 at once. Nothing is stored: a reload starts over.
 *
 * @tag intake-care-quiz
 * @summary Step-by-step "which program fits?" quiz with 911/988 safety screens and a result.
 *
 * @event intake-quiz-start - The first answer was chosen. `detail: {}`.
 * @event intake-quiz-step - A new question is shown. `detail: { index, total }` (1-based index).
 * @event intake-quiz-complete - A result, emergency or crisis screen is shown. `detail: { outcome }` (an id only).
 *
 * @csspart notice - The one-line "In danger now?" notice on every screen.
 * @csspart progress - "Question 4 of 14" and its bar.
 * @csspart question - The question (the fieldset's legend).
 * @csspart hint - "Pick one." under the question.
 * @csspart error - "Please choose an answer."
 * @csspart options - The list of answers.
 * @csspart option - One answer (its label).
 * @csspart nav - The row of Back / Next / Start over.
 * @csspart back - The Back (or "Back to the questions") button.
 * @csspart next - The Next (or "See my result") button.
 * @csspart restart - The Start over button.
 * @csspart undo - "Your answers were cleared. Undo", after Start over until the next answer.
 * @csspart emergency - The 911 screen.
 * @csspart crisis - The 988 screen.
 * @csspart result - The result screen.
 * @csspart call - The call-admissions button.
 * @csspart insurance - The verify-insurance button or link.
 * @csspart disclaimer - "This is not a diagnosis…".
 * @csspart version - The model version line.
 *
 * @cssproperty --intake-quiz-accent - Buttons, chosen answers, progress; falls back to `--intake-accent`.
 * @cssproperty --intake-quiz-surface - Background; falls back to `--intake-surface`.
 * @cssproperty --intake-quiz-max-width - Width limit (default `40em`).
 * @cssproperty --intake-accent - Global accent colour (default `#0b5cad`).
 * @cssproperty --intake-on-accent - Text on the accent colour (default `#ffffff`).
 * @cssproperty --intake-text - Text colour (default `#1b1f24`).
 * @cssproperty --intake-muted - Secondary text colour (default `#4a5560`).
 * @cssproperty --intake-surface - Background of all widgets (default `#ffffff`).
 * @cssproperty --intake-border - Border colour (default `#b9c2cc`).
 * @cssproperty --intake-danger - Crisis and error colour (default `#a4161a`).
 * @cssproperty --intake-radius - Corner radius (default `0.75em`).
 * @cssproperty --intake-space - Base spacing (default `1em`).
 * @cssproperty --intake-font - Font family (default: inherited from the page).
 * @cssproperty --intake-font-size - Base font size (default `1em` of the page).
 * @cssproperty --intake-focus-ring - Focus outline (default `3px solid #1a5fb4`).
 * @cssproperty --intake-color-scheme - Look of checkboxes, radios and fields: `light` (default) or `dark` with a dark `--intake-surface`.
 */
export class IntakeCareQuiz extends IntakeElement<CareQuizMessages> {
  static override styles = careQuizStyles;

  protected readonly widgetName = 'care-quiz';

  /** Admissions phone, any US format; falls back to the site default `data-phone`, then to the number all contact cards on the page show. */
  @property() phone?: string;

  /** Where "Verify insurance" goes (https or same origin) when the page has no `<intake-insurance-check>` a visitor can see. */
  @property({ attribute: 'insurance-href' }) insuranceHref?: string;

  /** An optional heading above the quiz; by default the site's own section heading introduces it. */
  @property({ converter: textAttribute(TAG, 'heading', 200) }) heading?: string;

  /** Level (2–4) of each screen's heading, default 3; `heading` is one level above (at least h2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The answers, in memory only. */
  @state() private answers: Answers = answerSet();
  @state() private current: QuestionId = 'who';
  /** An end screen, or null while a question is shown. */
  @state() private screen: Screen | null = null;
  @state() private error = false;
  @state() private announcement = '';
  /**
   * The run Start over cleared, offered back (Undo) until the next answer is chosen: one tap on a
   * small link should not cost a visitor every answer.
   */
  @state() private cleared: Cleared | null = null;

  private result?: CareRecommendation;
  private started = false;
  /** What to focus after the next update: the screen's heading, or the first answer after an error. */
  private focusTarget = '';
  /** The last press of a pointer in the quiz (where, when), the one that changed the screen, and how many came since. */
  private press: Press = NO_PRESS;
  private changedBy: Press = NO_PRESS;
  private pressesSince = 0;

  protected dictionary(lang: Lang): CareQuizMessages {
    return lang === 'es' ? careQuizEs : careQuizEn;
  }

  /** The `insurance-href` URL, or null (with one warning) when it is not https or same origin. */
  private insuranceLink(): string | null {
    return urlAttribute(
      TAG,
      'insurance-href',
      this.insuranceHref,
      ['https', 'same-origin'],
      'the link is left out',
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The phone and the link show only on the result screen; check them when they are set, so a
    // mistake shows in the console on page load, not after someone has answered every question.
    if ((changed.has('phone') || !this.hasUpdated) && !admissionsPhone(TAG, this.phone, CARD_FALLBACK))
      warnNoPhone(
        TAG,
        this.phone,
        "its result offers the number of the page's contact cards, if they show one, else no call",
      );
    if (changed.has('insuranceHref')) this.insuranceLink();
    if (changed.has('headingLevel'))
      this.headingLevel = checkHeadingLevel(TAG, this.headingLevel, this.getAttribute('heading-level'), 3);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A double tap on Next: the second tap lands on what the new screen drew under the finger,
    // an answer the visitor never chose ("A possible overdose"), Back, or the 911 link. The first
    // press after a screen change, on the spot of the one that changed it and within half a
    // second, by a finger or pen, or a mouse's double click, is not taken as a choice. A visitor
    // reading the new screen takes longer; keys and a site's own click() carry no press; single
    // clicks of a mouse (a test driving the page) are left alone.
    const root = this.renderRoot;
    root.addEventListener(
      'pointerdown',
      (event) => {
        const { clientX, clientY, pointerType } = event as PointerEvent;
        this.press = [clientX, clientY, performance.now(), pointerType === 'mouse'];
        this.pressesSince++;
      },
      true,
    );
    root.addEventListener(
      'click',
      (event) => {
        const [x, y, at, mouse] = this.press;
        const [fromX, fromY, from] = this.changedBy;
        const first = this.pressesSince === 1 && at - from < CARRY_OVER_MS;
        const double = !mouse || (event as MouseEvent).detail > 1;
        if (first && double && Math.hypot(x - fromX, y - fromY) < CARRY_OVER_PX) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      true,
    );
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    // A new screen starts at the quiz's top when the last one was scrolled past it (a long list on
    // a phone): focus alone would show the heading at the screen's edge, with the 911/988 notice
    // and the progress above it out of sight. The scroll follows the page's scroll-behavior, and
    // focus then does not scroll again mid-way. The page's scroll-padding-top is the height of a
    // sticky header (the README asks for it), which would cover the notice just as well.
    const toTop = this.focusTarget === SCREEN_HEADING && this.getBoundingClientRect().top < headerRoom();
    if (toTop) this.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus({ preventScroll: toTop });
    this.focusTarget = '';
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** A message with the "you" / "they" words of the answer to `who` filled in. */
  private tx(key: string, vars?: Record<string, string | number>): string {
    const pick = this.answers.who === 'loved-one' ? 1 : 0;
    const words: Record<string, string> = {};
    for (const name of PRONOUNS) {
      const forms = this.t(name).split('|');
      const word = forms[pick] ?? forms[0];
      words[name] = word;
      words[capitalize(name)] = capitalize(word);
    }
    return this.t(key as Key, { ...words, ...vars });
  }

  /** Also the texts a site may add: a question's help line (`qh:who`), an answer's (`h:who:self`). */
  protected override hasText(key: string): boolean {
    const [kind, id, option] = key.split(':');
    const question = QUESTIONS.some((q) => q.id === id) && (id as QuestionId);
    if (kind === 'qh' && question && option === undefined) return true;
    if (kind === 'h' && question && optionsOf(question).includes(option)) return true;
    return super.hasText(key);
  }

  /** A message that only some questions or answers have (an example line); '' when there is none. */
  private optional(key: string): string {
    const present = key in this.dictionary(this.activeLang) || typeof this.strings?.[key as Key] === 'string';
    return present ? this.tx(key) : '';
  }

  private say(text: string): void {
    this.announcement = this.sayAgain(text, this.announcement);
  }

  // ---------------------------------------------------------------------------------------------
  // Configuration

  /**
   * The insurance form "Verify insurance" leads to: the nearest one (in the smallest part of the
   * page holding both, so a campus's own section comes before the rest of the page) that a visitor
   * can see now: not in a hidden tab or a closed `<details>`, not behind the modal dialog the quiz
   * is in. Null when there is none: then `insurance-href`, if set, is the way.
   */
  private insuranceCheck(): InsuranceCheck | null {
    const modal = this.closest('dialog');
    // checkVisibility also sees a closed <details>' content (skipped, yet laid out in Chromium).
    const visible = (form: Element) => form.checkVisibility?.() ?? form.getClientRects().length > 0;
    const usable = (form: Element) => visible(form) && !(modal?.matches(':modal') && !modal.contains(form));
    for (
      let node: Node | null = this;
      node;
      node = node instanceof ShadowRoot ? node.host : node.parentNode
    ) {
      const forms = (node as ParentNode).querySelectorAll?.('intake-insurance-check') ?? [];
      const form = [...forms].find(usable);
      if (form) return form as InsuranceCheck;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Steps

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = this.current;
    const before = (this.answers[id] ?? []) as readonly string[];
    const value = input.type === 'checkbox' ? toggle(id, before, input.value, input.checked) : input.value;
    this.answers = answerSet({ ...this.answers, [id]: value } as Answers);
    this.error = false;
    this.cleared = null;
    // "None of these" unticks the rest, and the rest untick it: seen at a glance, but a screen
    // reader says only "checked" of the box pressed. Unticking "A possible overdose" unheard would
    // skip the 911 screen. Any other answer leaves nothing to say, and what was said last ("Please
    // choose an answer.") is cleared: browse mode would still find it.
    const unticked = Array.isArray(value)
      ? before.filter((item) => item !== input.value && !value.includes(item))
      : [];
    if (unticked.length)
      this.say(
        this.tx('unticked', { options: unticked.map((item) => this.tx(`o:${id}:${item}`)).join('; ') }),
      );
    else this.announcement = '';
    if (!this.started) {
      this.started = true;
      this.emit(new IntakeQuizStartEvent());
    }
  }

  private onNext(event: Event): void {
    event.preventDefault();
    if (!isAnswered(this.answers, this.current)) {
      this.error = true;
      this.focusTarget = 'input';
      this.say(this.tx('error'));
      return;
    }
    const step = nextStep(this.answers, this.current);
    if (step === 'emergency' || step === 'crisis' || step === 'result') this.finish();
    else this.show(step);
  }

  /** From a question, the one before; from an end screen, the question that led there, answers kept. */
  private onBack(): void {
    const previous = this.screen ? this.current : previousQuestion(this.answers, this.current);
    if (previous) this.show(previous);
  }

  /**
   * Shows question `id`, focused and announced (after `lead`, if any), with a step event unless
   * `step` is false (Undo shows a question again rather than a new step).
   */
  private show(id: QuestionId, lead = '', step = true): void {
    this.changedBy = this.press;
    this.pressesSince = 0;
    this.current = id;
    this.screen = null;
    this.error = false;
    this.focusTarget = SCREEN_HEADING;
    const { index, total } = progress(this.answers, id);
    this.say(`${lead}${this.tx('progress', { n: index, total })}`);
    if (step) this.emit(new IntakeQuizStepEvent(index, total));
  }

  private finish(): void {
    this.changedBy = this.press;
    this.pressesSince = 0;
    const result = recommendCare(answersForResult(this.answers), { onWarning: () => {} });
    const { outcome } = result;
    // The model has the last word: the 911 and 988 screens follow its outcome.
    const screen = outcome === 'emergency' || outcome === 'crisis' ? outcome : 'result';
    this.result = result;
    this.screen = screen;
    this.focusTarget = SCREEN_HEADING;
    this.quietEndScreen();
    this.emit(new IntakeQuizCompleteEvent(outcome));
  }

  /**
   * An end screen ("Call 911 now", "A program that may fit: Detox") is announced by its focused
   * heading alone: the live region is emptied, so it neither says the title a second time nor
   * keeps a "Question 15 of 15" that is no longer true.
   */
  private quietEndScreen(): void {
    this.announcement = '';
  }

  private restart(): void {
    const { answers, current, screen, result } = this;
    this.cleared = { answers, current, screen, result };
    this.answers = answerSet();
    this.started = false;
    this.result = undefined;
    this.show('who', `${this.tx('cleared')} `);
  }

  /** Back to the screen Start over left, with every answer; no event, as nothing new was shown. */
  private undoRestart(): void {
    const run = this.cleared;
    if (!run) return;
    this.cleared = null;
    this.answers = run.answers;
    this.started = true;
    this.result = run.result;
    this.show(run.current, '', false);
    if (run.screen && run.result) {
      this.screen = run.screen;
      this.quietEndScreen();
    }
  }

  private onVerify(): void {
    const target = this.insuranceCheck();
    // Hidden since the result was shown (another tab opened): the screen is drawn again, with
    // `insurance-href`'s link if there is one, and focus is not left on the button that is gone:
    // it goes to the link (the next Enter follows it), else to the result's heading with a word why.
    if (!target) {
      const link = this.insuranceLink();
      this.focusTarget = link ? '[part="insurance"]' : SCREEN_HEADING;
      if (!link) this.say(this.tx('insuranceHidden'));
      this.requestUpdate();
      return;
    }
    if (!this.result) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    target.careLevel = this.result.outcome;
    // The smooth scroll is already on its way; a plain focus() would jump there instead.
    target.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /** A heading at `level` (2–5); the screen's main heading takes focus between steps. */
  private h(level: number, content: unknown, focusable = false) {
    return heading(level, content, { className: 'title', focusable });
  }

  /** A paragraph of the message `key`. */
  private p(key: string) {
    return html`<p>${this.tx(key)}</p>`;
  }

  /** A link whose text is the message `key`; `buttonClass` makes it look like a button. */
  private link(href: string, key: string, buttonClass?: string) {
    return html`<a class=${buttonClass ?? nothing} href=${href}>${this.keepWhole(this.tx(key))}</a>`;
  }

  /** "Call admissions", or while the site's hours (`data-hours`) say it is closed, its 24/7 line. */
  private callAdmissions(phone: ParsedPhone, buttonClass: string) {
    const line = this.siteAfterHoursLine();
    const text = line
      ? this.tx('callAfterHours', { phone: line.display })
      : this.tx('callAdmissions', { phone: phone.display });
    return html`<a class=${buttonClass} part="call" href=${telHref(line ?? phone)}>${this.keepWhole(text)}</a>`;
  }

  private renderNotice() {
    const hrefs: Record<string, string> = {
      call911: CALL_911,
      call988: CALL_988,
      text988: text988Href(this.activeLang),
    };
    // `{call911}` and its kin are left in place by tx(); they become the links.
    let notice = this.tx('notice');
    // The one way to 911 and 988 on every question and result: a site's words must keep both.
    if (!notice.includes('{call911}') || !notice.includes('{call988}')) {
      warnOnce(
        `<${this.localName}> strings.notice must keep {call911} and {call988}, the links to 911 and 988 on every screen; the built-in notice is shown.`,
      );
      notice = this.dictionary(this.activeLang).notice;
    }
    const parts = notice.split(/\{(\w+)\}/);
    // An unknown `{name}` stays as written, as format() leaves it.
    const content = parts.map((part, i) =>
      i % 2 ? (Object.hasOwn(hrefs, part) ? this.link(hrefs[part], part) : `{${part}}`) : part,
    );
    return html`<p class="notice" part="notice">${content}</p>`;
  }

  // Templates are written without indentation: white space inside a template is shipped as is.

  /**
   * The row under a screen: Back (labelled by the message `back`), then `next`, then Start over.
   * The first question has neither Back nor Start over (`back` false).
   */
  private renderNav(back: string | false, next: unknown = nothing) {
    return html`<div class="nav" part="nav">
${back ? html`<button type="button" class="button secondary" part="back" @click=${this.onBack}>${this.tx(back)}</button>` : nothing}
${next}
${back ? html`<button type="button" class="restart" part="restart" @click=${this.restart}>${this.tx('restart')}</button>` : nothing}
</div>`;
  }

  private renderQuestion(level: number) {
    const id = this.current;
    const many = questionOf(id).type === 'many';
    const options = optionsOf(id);
    const { index, total } = progress(this.answers, id);
    const value = this.answers[id];
    const chosen: readonly unknown[] = many ? ((value as readonly string[] | undefined) ?? []) : [value];
    const note = this.optional(`qh:${id}`);
    const pick = this.tx(many ? 'pickMany' : 'pickOne');
    const next = this.tx(nextStep(this.answers, id) === 'result' ? 'finish' : 'next');
    const error = this.error;
    // Each answer is named by its own words alone; its example line describes it.
    const renderOption = (option: string, i: number) => {
      const example = this.optional(`h:${id}:${option}`);
      return html`<label class="option" part="option">
<input type=${many ? 'checkbox' : 'radio'} name=${id} .value=${option} .checked=${chosen.includes(option)} aria-labelledby="o${i}" aria-describedby=${example ? `e${i}` : nothing} aria-invalid=${error ? 'true' : nothing} @change=${this.onChange}>
<span class="text"><span id="o${i}">${this.tx(`o:${id}:${option}`)}</span>${example ? html`<span id="e${i}" class="example">${example}</span>` : nothing}</span>
</label>`;
    };
    return html`<form class="step" novalidate @submit=${this.onNext}>
<p class="progress" part="progress">${this.tx('progress', { n: index, total })}<progress max=${total} .value=${index} aria-hidden="true"></progress></p>
<fieldset aria-describedby=${error ? 'hint error' : 'hint'}>
<legend part="question">${this.h(level, this.tx(`q:${id}`), true)}</legend>
<p id="hint" class="hint" part="hint">${note ? `${note} ` : ''}${pick}</p>
${error ? html`<p id="error" class="error" part="error">${this.tx('error')}</p>` : nothing}
<div class="options" part="options">${options.map(renderOption)}</div>
</fieldset>
${this.renderNav(index > 1 && 'back', html`<button class="button" part="next">${next}</button>`)}
${
  // After the question, where Start over was: Tab from the focused heading reaches it.
  this.cleared
    ? html`<p class="undo" part="undo">${this.tx('cleared')} <button type="button" class="link" @click=${this.undoRestart}>${this.tx('undo')}</button></p>`
    : nothing
}
</form>`;
  }

  private renderEmergency(level: number) {
    const urgent = (this.answers.urgent ?? []) as readonly string[];
    const overdose = this.result?.notes.includes('emergency-overdose');
    return html`<section class="end emergency" part="emergency">
${this.h(level, this.tx('emergencyHeading'), true)}
<p class="actions">${this.link(CALL_911, 'call911', 'button danger')}</p>
${this.p('emergencyText')}
${overdose ? html`${this.p('note:emergency-overdose')}<p class="links">${this.link(CALL_POISON_HELP, 'poison')}</p>` : nothing}
${
  urgent.includes('self-harm-plan')
    ? html`${this.p('emergency988')}
<p class="links">${this.link(CALL_988, 'call988Button')} ${this.link(text988Href(this.activeLang), 'text988Button')}</p>`
    : nothing
}
${this.renderNav('backToQuiz')}
</section>`;
  }

  private renderCrisis(level: number) {
    const phone = dialledPhone(TAG, this.phone);
    return html`<section class="end crisis" part="crisis">
${this.h(level, this.tx('crisisHeading'), true)}
<p class="actions">${this.link(CALL_988, 'call988Button', 'button danger')} ${this.link(text988Href(this.activeLang), 'text988Button', 'button danger secondary')}</p>
${this.p('crisisText')}
<p lang="es">${this.tx('crisisSpanish')}</p>
<p>${this.link(textCrisisLineHref(this.activeLang), 'crisisTextLine')}</p>
<p>${this.newTabLink(CHAT_988, this.tx('chat988'))}</p>
${this.p('crisisAdmissions')}
${phone ? html`<p class="actions">${this.callAdmissions(phone, 'button secondary')}</p>` : nothing}
${
  // Opioids chosen before "can't stay safe": an overdose risk, so the naloxone note is given here
  // too. (The crisis screens earlier in the quiz come before substances are asked.)
  this.result?.notes.includes('naloxone') ? this.p('note:naloxone') : nothing
}
${this.renderNav('backToQuiz')}
</section>`;
  }

  /** A subheading and a list, or nothing when there are no `items`. */
  private renderList(level: number, key: string, items: string[]) {
    return items.length
      ? html`${this.h(level, this.tx(key))}<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`
      : nothing;
  }

  private renderResult(level: number) {
    const { outcome, next, notes, reasons, level: careLevel } = this.result!;
    const phone = dialledPhone(TAG, this.phone);
    const check = this.insuranceCheck();
    const link = check ? null : this.insuranceLink();
    const verify = this.tx('verifyInsurance');
    const sub = level + 1;
    const why = reasons.map(
      ({ question, option }) => `${this.tx(`r:${question}`)}: ${this.tx(`o:${question}:${option}`)}`,
    );
    const goodToKnow = notes
      .filter((note) => note !== 'not-diagnosis')
      .map((note) => this.tx(`note:${note}`));
    // The space before the outcome is in its text: Chromium leaves a space alone beside Lit's marker
    // out of accessible names (here only the block-level lead kept the words apart).
    return html`<section class="end result" part="result">
${this.h(level, html`<span class="lead">${this.tx('resultLead')}</span>${` ${this.tx(`outcome:${outcome}`)}`}`, true)}
${this.p(`about:${outcome}`)}
<p class="hours">${this.tx(`hours:${outcome}`)}</p>
${careLevel ? this.p(`level:${careLevel}`) : nothing}
${
  next
    ? html`<p>${this.tx('afterDetox', { outcome: this.tx(`outcome:${next.outcome}`) })} ${next.level ? this.tx(`level:${next.level}`) : nothing}</p>`
    : nothing
}
${this.renderList(sub, 'why', why)}
${this.renderList(sub, 'notes', goodToKnow)}
${
  phone || check || link
    ? html`${this.h(sub, this.tx('whatNext'))}
<p class="actions">${phone ? this.callAdmissions(phone, 'button') : nothing} ${
        check
          ? html`<button type="button" class="button secondary" part="insurance" @click=${this.onVerify}>${verify}</button>`
          : link
            ? html`<a class="button secondary" part="insurance" href=${link}>${verify}</a>`
            : nothing
      }</p>`
    : nothing
}
<p class="disclaimer" part="disclaimer">${this.tx('note:not-diagnosis')}</p>
<p class="version" part="version">${this.tx('model', { version: MODEL_VERSION })}</p>
${this.renderNav('back')}
</section>`;
  }

  override render() {
    const level = this.headingLevel;
    const screen = this.screen;
    const view =
      screen === 'emergency'
        ? this.renderEmergency(level)
        : screen === 'crisis'
          ? this.renderCrisis(level)
          : screen === 'result'
            ? this.renderResult(level)
            : this.renderQuestion(level);
    return html`<div class="quiz" lang=${this.activeLang}>
${this.heading ? this.h(Math.max(2, level - 1), this.heading) : nothing}
${this.renderNotice()}
${keyed(screen ?? this.current, view)}
<p class="visually-hidden" role="status">${this.announcement}</p>
</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-care-quiz': IntakeCareQuiz;
  }
}
