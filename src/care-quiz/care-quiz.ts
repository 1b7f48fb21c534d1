import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { type ParsedPhone, parsePhone, smsHref, telHref } from '../contact-card/phone.js';
import { IntakeElement } from '../core/base.js';
import { siteDefaults } from '../core/defaults.js';
import type { Lang } from '../core/i18n.js';
import { safeUrl } from '../core/safe-url.js';
import { warnAttribute } from '../core/warn.js';
import { type CareQuizMessages, careQuizEn, type CareQuizKey as Key } from '../i18n/care-quiz.en.js';
import { careQuizEs } from '../i18n/care-quiz.es.js';
import { careQuizStyles } from './care-quiz.styles.js';
import { IntakeQuizCompleteEvent, IntakeQuizStartEvent, IntakeQuizStepEvent } from './events.js';
import {
  answersForResult,
  isAnswered,
  nextStep,
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
  type QuestionId,
  recommendCare,
} from './model.js';

const TAG = 'intake-care-quiz';
const LINE_911 = parsePhone('911')!;
const LINE_988 = parsePhone('988')!;
const TEXT_LINE = parsePhone('741741')!;
const POISON_HELP = parsePhone('1-800-222-1222')!;
const PRONOUNS = ['you', 'your', 'yourself', 'them'] as const;

/** What the quiz needs of an `<intake-insurance-check>` on the page (no import: either may load alone). */
type InsuranceCheck = HTMLElement & { careLevel?: string | null };

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
 */
export class IntakeCareQuiz extends IntakeElement<CareQuizMessages> {
  static override styles = careQuizStyles;

  protected readonly widgetName = 'care-quiz';

  /** Admissions phone, any US format; falls back to the site default `data-phone`. */
  @property() phone?: string;

  /** Where "Verify insurance" goes (https or same origin) when the page has no `<intake-insurance-check>`. */
  @property({ attribute: 'insurance-href' }) insuranceHref?: string;

  /** An optional heading above the quiz; by default the site's own section heading introduces it. */
  @property() heading?: string;

  /** Level (2–4) of each screen's heading, default 3; `heading` is one level above (at least h2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The answers, in memory only. */
  @state() private answers: Answers = {};
  @state() private current: QuestionId = 'who';
  /** An end screen, or null while a question is shown. */
  @state() private screen: Screen | null = null;
  @state() private error = false;
  @state() private announcement = '';

  private result?: CareRecommendation;
  private started = false;
  /** What to focus after the next update: the screen's heading, or the first answer after an error. */
  private focusTarget = '';

  protected dictionary(lang: Lang): CareQuizMessages {
    return lang === 'es' ? careQuizEs : careQuizEn;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && ![2, 3, 4].includes(this.headingLevel)) {
      warnAttribute(TAG, 'heading-level', this.headingLevel, 'using 3');
      this.headingLevel = 3;
    }
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = '';
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** A message with the "you" / "they" words of the answer to `who` filled in. */
  private tx(key: string, vars: Record<string, string | number> = {}): string {
    const pick = this.answers.who === 'loved-one' ? 1 : 0;
    const words: Record<string, string> = {};
    for (const name of PRONOUNS) {
      const forms = this.t(name).split('|');
      const word = forms[pick] ?? forms[0];
      words[name] = word;
      words[name[0].toUpperCase() + name.slice(1)] = word.charAt(0).toUpperCase() + word.slice(1);
    }
    return this.t(key as Key, { ...words, ...vars });
  }

  /** A message that only some questions or answers have (an example line); '' when there is none. */
  private optional(key: string): string {
    const present = key in this.dictionary(this.activeLang) || typeof this.strings?.[key as Key] === 'string';
    return present ? this.tx(key) : '';
  }

  private say(text: string): void {
    // The same words twice in a row would not be announced again; a trailing space changes them.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  // ---------------------------------------------------------------------------------------------
  // Configuration

  private admissionsPhone(): ParsedPhone | null {
    const raw = this.phone ?? siteDefaults().phone;
    if (!raw?.trim()) return null;
    const parsed = parsePhone(raw);
    if (!parsed)
      warnAttribute(TAG, this.phone !== undefined ? 'phone' : 'data-phone', raw, 'no call button is shown');
    return parsed;
  }

  private insuranceCheck(): InsuranceCheck | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.querySelector?.('intake-insurance-check') ??
      document.querySelector('intake-insurance-check')) as InsuranceCheck | null;
  }

  private insuranceLink(): string | null {
    if (!this.insuranceHref) return null;
    const url = safeUrl(this.insuranceHref, ['https', 'same-origin']);
    if (!url) warnAttribute(TAG, 'insurance-href', this.insuranceHref, 'the link is left out');
    return url;
  }

  // ---------------------------------------------------------------------------------------------
  // Steps

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = this.current;
    const value =
      input.type === 'checkbox'
        ? toggle(id, (this.answers[id] ?? []) as readonly string[], input.value, input.checked)
        : input.value;
    this.answers = { ...this.answers, [id]: value } as Answers;
    this.error = false;
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

  private onBack(): void {
    const previous = previousQuestion(this.answers, this.current);
    if (previous) this.show(previous);
  }

  /** Shows question `id` (or the current one again, from an end screen), focused and announced. */
  private show(id: QuestionId = this.current): void {
    this.current = id;
    this.screen = null;
    this.error = false;
    this.focusTarget = '[tabindex="-1"]';
    const { index, total } = progress(this.answers, id);
    this.say(this.tx('progress', { n: index, total }));
    this.emit(new IntakeQuizStepEvent(index, total));
  }

  private finish(): void {
    const result = recommendCare(answersForResult(this.answers), { onWarning: () => {} });
    this.result = result;
    // The model has the last word: the 911 and 988 screens follow its outcome.
    this.screen =
      result.outcome === 'emergency' ? 'emergency' : result.outcome === 'crisis' ? 'crisis' : 'result';
    this.focusTarget = '[tabindex="-1"]';
    this.say(
      this.screen === 'result'
        ? `${this.tx('resultLead')} ${this.tx(`outcome:${result.outcome}`)}`
        : this.tx(`${this.screen}Heading`),
    );
    this.emit(new IntakeQuizCompleteEvent(result.outcome));
  }

  private restart(): void {
    this.answers = {};
    this.started = false;
    this.result = undefined;
    this.show('who');
  }

  private onVerify(): void {
    const target = this.insuranceCheck();
    if (!target || !this.result) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    target.careLevel = this.result.outcome;
    // The smooth scroll is already on its way; a plain focus() would jump there instead.
    target.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /** A heading at `level` (2–5); the screen's main heading takes focus between steps. */
  private h(level: number, content: unknown, focus = false) {
    const tabindex = focus ? '-1' : nothing;
    if (level === 2) return html`<h2 class="title" tabindex=${tabindex}>${content}</h2>`;
    if (level === 3) return html`<h3 class="title" tabindex=${tabindex}>${content}</h3>`;
    if (level === 4) return html`<h4 class="title" tabindex=${tabindex}>${content}</h4>`;
    return html`<h5 class="title" tabindex=${tabindex}>${content}</h5>`;
  }

  private text988Href(): string {
    return smsHref(LINE_988, this.activeLang === 'es' ? 'AYUDA' : undefined);
  }

  private renderNotice() {
    const links: Record<string, unknown> = {
      call911: html`<a href=${telHref(LINE_911)}>${this.tx('call911')}</a>`,
      call988: html`<a href=${telHref(LINE_988)}>${this.tx('call988')}</a>`,
      text988: html`<a href=${this.text988Href()}>${this.tx('text988')}</a>`,
    };
    // `{call911}` and its kin are left in place by tx(); they become the links.
    const parts = this.tx('notice').split(/\{(\w+)\}/);
    return html`<p class="notice" part="notice">
      ${parts.map((part, i) => (i % 2 ? (links[part] ?? part) : part))}
    </p>`;
  }

  private renderRestart() {
    return html`<button type="button" class="restart" part="restart" @click=${this.restart}>
      ${this.tx('restart')}
    </button>`;
  }

  /** Back to the question that led to an end screen, with every answer kept. */
  private renderBackToQuiz(key: string) {
    return html`<div class="nav" part="nav">
      <button type="button" class="button secondary" part="back" @click=${() => this.show()}>
        ${this.tx(key)}
      </button>
      ${this.renderRestart()}
    </div>`;
  }

  private renderQuestion(level: number) {
    const id = this.current;
    const many = questionOf(id).type === 'many';
    const { index, total } = progress(this.answers, id);
    const value = this.answers[id];
    const chosen: readonly unknown[] = many ? ((value as readonly string[] | undefined) ?? []) : [value];
    const note = this.optional(`qh:${id}`);
    const pick = this.tx(many ? (id === 'substances' ? 'pickAny' : 'pickMany') : 'pickOne');
    const last = nextStep(this.answers, id) === 'result';
    return html`<form class="step" novalidate @submit=${this.onNext}>
      <p class="progress" part="progress">
        ${this.tx('progress', { n: index, total })}
        <progress max=${total} .value=${index} aria-hidden="true"></progress>
      </p>
      <fieldset aria-describedby=${this.error ? 'hint error' : 'hint'}>
        <legend part="question">${this.h(level, this.tx(`q:${id}`), true)}</legend>
        <p id="hint" class="hint" part="hint">${note ? `${note} ` : ''}${pick}</p>
        ${this.error ? html`<p id="error" class="error" part="error">${this.tx('error')}</p>` : nothing}
        <div class="options" part="options">
          ${questionOf(id).options.map((option, i) => {
            const example = this.optional(`h:${id}:${option}`);
            return html`<label class="option" part="option">
              <input
                type=${many ? 'checkbox' : 'radio'}
                name=${id}
                .value=${option}
                .checked=${chosen.includes(option)}
                aria-labelledby="o${i}"
                aria-describedby=${example ? `e${i}` : nothing}
                @change=${this.onChange}
              />
              <span class="text">
                <span id="o${i}">${this.tx(`o:${id}:${option}`)}</span>
                ${example ? html`<span id="e${i}" class="example">${example}</span>` : nothing}
              </span>
            </label>`;
          })}
        </div>
      </fieldset>
      <div class="nav" part="nav">
        ${
          index > 1
            ? html`<button type="button" class="button secondary" part="back" @click=${this.onBack}>
              ${this.tx('back')}
            </button>`
            : nothing
        }
        <button class="button" part="next">${this.tx(last ? 'finish' : 'next')}</button>
        ${index > 1 ? this.renderRestart() : nothing}
      </div>
    </form>`;
  }

  private renderEmergency(level: number) {
    const urgent = (this.answers.urgent ?? []) as readonly string[];
    return html`<section class="end emergency" part="emergency">
      ${this.h(level, this.tx('emergencyHeading'), true)}
      <p class="actions">
        <a class="button danger" href=${telHref(LINE_911)}>${this.tx('call911')}</a>
      </p>
      <p>${this.tx('emergencyText')}</p>
      ${
        this.result?.notes.includes('emergency-overdose')
          ? html`<p>${this.tx('note:emergency-overdose')}</p>
            <p><a href=${telHref(POISON_HELP)}>${this.tx('poison')}</a></p>`
          : nothing
      }
      ${
        urgent.includes('self-harm-plan')
          ? html`<p>${this.tx('emergency988')}</p>
            <p class="links">
              <a href=${telHref(LINE_988)}>${this.tx('call988Button')}</a>
              <a href=${this.text988Href()}>${this.tx('text988Button')}</a>
            </p>`
          : nothing
      }
      ${this.renderBackToQuiz('backToQuiz')}
    </section>`;
  }

  private renderCrisis(level: number) {
    const phone = this.admissionsPhone();
    return html`<section class="end crisis" part="crisis">
      ${this.h(level, this.tx('crisisHeading'), true)}
      <p class="actions">
        <a class="button danger" href=${telHref(LINE_988)}>${this.tx('call988Button')}</a>
        <a class="button danger secondary" href=${this.text988Href()}>${this.tx('text988Button')}</a>
      </p>
      <p>${this.tx('crisisText')}</p>
      <p>${this.tx('crisisSpanish')}</p>
      <p><a href=${smsHref(TEXT_LINE, 'HOME')}>${this.tx('crisisTextLine')}</a></p>
      <p>${this.tx('crisisAdmissions')}</p>
      ${
        phone
          ? html`<p class="actions">
            <a class="button secondary" part="call" href=${telHref(phone)}
              >${this.tx('callAdmissions', { phone: phone.display })}</a
            >
          </p>`
          : nothing
      }
      ${this.renderBackToQuiz('backToQuiz')}
    </section>`;
  }

  private renderResult(level: number) {
    const result = this.result!;
    const { outcome, next } = result;
    const phone = this.admissionsPhone();
    const check = this.insuranceCheck();
    const link = check ? null : this.insuranceLink();
    const notes = result.notes.filter((note) => note !== 'not-diagnosis');
    const sub = level + 1;
    return html`<section class="end result" part="result">
      ${this.h(level, html`<span class="lead">${this.tx('resultLead')}</span> ${this.tx(`outcome:${outcome}`)}`, true)}
      <p>${this.tx(`about:${outcome}`)}</p>
      <p class="hours">${this.tx(`hours:${outcome}`)}</p>
      ${result.level ? html`<p>${this.tx(`level:${result.level}`)}</p>` : nothing}
      ${
        next
          ? html`<p>
            ${this.tx('afterDetox', { outcome: this.tx(`outcome:${next.outcome}`) })}
            ${next.level ? this.tx(`level:${next.level}`) : nothing}
          </p>`
          : nothing
      }
      ${
        result.reasons.length
          ? html`${this.h(sub, this.tx('why'))}
            <ul>
              ${result.reasons.map(
                ({ question, option }) =>
                  html`<li>${this.tx(`r:${question}`)}: ${this.tx(`o:${question}:${option}`)}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        notes.length
          ? html`${this.h(sub, this.tx('notes'))}
            <ul>
              ${notes.map((note) => html`<li>${this.tx(`note:${note}`)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        phone || check || link
          ? html`${this.h(sub, this.tx('whatNext'))}
            <p class="actions">
              ${
                phone
                  ? html`<a class="button" part="call" href=${telHref(phone)}
                    >${this.tx('callAdmissions', { phone: phone.display })}</a
                  >`
                  : nothing
              }
              ${
                check
                  ? html`<button type="button" class="button secondary" part="insurance" @click=${this.onVerify}>
                    ${this.tx('verifyInsurance')}
                  </button>`
                  : link
                    ? html`<a class="button secondary" part="insurance" href=${link}>${this.tx('verifyInsurance')}</a>`
                    : nothing
              }
            </p>`
          : nothing
      }
      <p class="disclaimer" part="disclaimer">${this.tx('note:not-diagnosis')}</p>
      <p class="version" part="version">${this.tx('model', { version: MODEL_VERSION })}</p>
      ${this.renderBackToQuiz('back')}
    </section>`;
  }

  override render() {
    const level = this.headingLevel;
    const screen = this.screen;
    return html`<div class="quiz">
      ${this.heading ? this.h(Math.max(2, level - 1), this.heading) : nothing}
      ${this.renderNotice()}
      ${keyed(
        screen ?? this.current,
        screen === 'emergency'
          ? this.renderEmergency(level)
          : screen === 'crisis'
            ? this.renderCrisis(level)
            : screen === 'result'
              ? this.renderResult(level)
              : this.renderQuestion(level),
      )}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-care-quiz': IntakeCareQuiz;
  }
}
