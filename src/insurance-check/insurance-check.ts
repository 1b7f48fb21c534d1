import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IntakeElement } from '../core/base.js';
import { admissionsPhone, CARD_FALLBACK, dialledPhone, siteDefaults, warnNoPhone } from '../core/defaults.js';
import { guardFieldEvents } from '../core/field-events.js';
import { checkHeadingLevel, heading } from '../core/heading.js';
import type { Lang } from '../core/i18n.js';
import { listen } from '../core/listen.js';
import { own } from '../core/own.js';
import { telHref } from '../core/phone.js';
import { endpointRefusal, offThisComputer, safeUrl, schemeHint } from '../core/safe-url.js';
import { newIdempotencyKey, submitJson } from '../core/submit.js';
import { cleanText, flagAttribute, listAttribute, textAttribute } from '../core/text-attribute.js';
import { REFUSED, trusted } from '../core/trusted-types.js';
import { quoteValue, warnAttribute, warnOnce } from '../core/warn.js';
import {
  type InsuranceCheckMessages,
  insuranceCheckEn,
  type InsuranceCheckKey as Key,
} from '../i18n/insurance-check.en.js';
import { insuranceCheckEs } from '../i18n/insurance-check.es.js';
import { MAX_BYTES, shrinkImage } from './card-image.js';
import { parseCarriers } from './carriers.js';
import {
  type InsuranceErrorKind,
  IntakeInsuranceErrorEvent,
  IntakeInsuranceStartEvent,
  IntakeInsuranceSubmitEvent,
  IntakeInsuranceSubmittedEvent,
} from './events.js';
import { insuranceCheckStyles } from './insurance-check.styles.js';
import {
  buildRequest,
  careLevelOf,
  fieldForPath,
  type InsuranceRequest,
  type InsuranceStatus,
  pageUrl,
  STATUSES,
  sameSubmission,
} from './payload.js';
import { checkForm, emptyState, type FieldName, type FormState, OTHER, validateForm } from './validate.js';

const TAG = 'intake-insurance-check';
/** Consent text is shown and sent as written: a privacy link pasted in as HTML shows its tags. */
const CONSENT_HTML = 'and sent as text: write plain words, and link your privacy policy beside the form';
/** The largest body with two card photos, in KB rounded up to 100: each photo as base64 (4/3). */
const MOST_WITH_PHOTOS_KB = Math.ceil((MAX_BYTES * 8) / 3 / 102_400) * 100;

/** True inside a frame of another origin than the top page's (reading its address throws). */
function inForeignFrame(): boolean {
  try {
    return window.top !== window && !window.top?.location.href;
  } catch {
    return true;
  }
}
/** Dispatched by a care quiz on the page; its outcome is the care level sent. */
const QUIZ_COMPLETE = 'intake-quiz-complete';
const TIMES = ['any', 'morning', 'afternoon', 'evening'] as const;
const DATE_PARTS = ['Month', 'Day', 'Year'] as const;

/**
 * CAPTCHA providers: script URL, the class their script renders a widget into when it loads, and
 * the global whose `render(box, { sitekey })` draws one into a box added after that. Each writes
 * its token into a `…-response` field inside the box, where the form reads it when sending.
 */
const CAPTCHAS: Record<string, [script: string, box: string, api: string]> = {
  turnstile: ['https://challenges.cloudflare.com/turnstile/v0/api.js', 'cf-turnstile', 'turnstile'],
  hcaptcha: ['https://js.hcaptcha.com/1/api.js', 'h-captcha', 'hcaptcha'],
  recaptcha: ['https://www.google.com/recaptcha/api.js', 'g-recaptcha', 'grecaptcha'],
};

/** The form's CAPTCHA box in its light DOM. */
const CAPTCHA_BOX = ':scope > [slot=captcha]';

/** Numeric attributes: property, attribute, lowest and highest valid value, and the fallback. */
const NUMBERS = [
  ['timeout', 'timeout', 1000, 120000, 15000],
  // Over a minute would keep a real person waiting on the Send button.
  ['minFillMs', 'min-fill-ms', 0, 60000, 3000],
] as const;

type Phase = 'form' | 'sending' | 'failed' | 'done';
type CardName = 'cardFront' | 'cardBack';
type ErrorName = FieldName | 'form';
/** Something to say: a message key (ours, translated) or a server's plain text. */
type Message = Key | { text: string };

/** What the result screen shows; the server's words are plain text. */
export interface InsuranceResult {
  status: InsuranceStatus;
  message?: string;
  reference?: string;
  nextStep?: string;
}

interface FieldOptions {
  label?: Key;
  /** Label text given by the site (consent texts). */
  text?: string;
  type?: string;
  /** The autocomplete token; `off` when not given. */
  ac?: string;
  /**
   * A name (`words`) or a code from the card (`characters`): capitalised so, and neither
   * corrected nor spell-checked, which on a phone would turn "Nguyen" or "XJB4417" into words.
   */
  caps?: 'words' | 'characters';
  im?: string;
  max?: number;
  /** The group (date of birth) whose error this input shares. */
  group?: FieldName;
  optional?: boolean;
  options?: readonly (readonly [string, string])[];
  /** The id of a note that describes the control, read with it after its error. */
  note?: string;
  /** False for a part of a date that the date's error is not about (the month when the year is short). */
  atFault?: boolean;
}

/**
 * Text given by a site or a server, shown as text: cleaned like any free-text attribute (no control
 * or direction-override characters, at most `max` characters), trimmed; undefined when empty.
 */
const text = (value: unknown, max: number): string | undefined =>
  (typeof value === 'string' && cleanText(value, max).trim()) || undefined;

/**
 * The control that takes focus for a field's error: the field's own input or select, or the first
 * one inside its group (a fieldset of radios or date parts). Only one of the two can match.
 */
/** The control to focus for a field's error: the field, or in a group the first control marked invalid. */
const controlOf = (name: FieldName): string => `#${name}:is(input,select),#${name} [aria-invalid="true"]`;

/** A section of the form: a fieldset with its legend. */
const section = (legend: unknown, content: unknown) =>
  html`<fieldset><legend>${legend}</legend>${content}</fieldset>`;

/**
 * A verification-of-benefits form: who needs care, the patient, how to reach the visitor, the
 * insurance (with optional card photos), consent. Sends one JSON document to the site's endpoint
 * with an idempotency key, a timeout and retries, and shows the answer. An "I don't have my card"
 * path asks only for a call back. Nothing typed leaves the page except to that endpoint.
 *
 * @tag intake-insurance-check
 * @summary Insurance verification form with retries, a callback path and card photos.
 *
 * @event intake-insurance-submit - Cancelable; `detail` is a copy of the request body (changing it does not change what is sent). Call `preventDefault()` to handle it yourself, then `complete()` or `fail()`.
 * @event intake-insurance-start - The visitor touched the first field. `detail: {}`.
 * @event intake-insurance-submitted - An answer came. `detail: { status }`.
 * @event intake-insurance-error - Not sent. `detail: { kind: 'network' | 'server' | 'validation' }`.
 *
 * @slot captcha - Where a CAPTCHA widget is rendered (the element adds it when configured).
 *
 * @csspart box - The outer box.
 * @csspart heading - The heading of the form and of the result.
 * @csspart mode - The "I don't have my card" switch.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart field-error - A message under a field.
 * @csspart preview - A card photo preview.
 * @csspart care-level-note - "Your quiz result … is sent with this form", shown after a quiz on the page.
 * @csspart submit - The send button.
 * @csspart still-sending - The note that sending goes on, shown once it has taken longer than
 *   `timeout` (a slow connection, card photos), with the phone number beside it.
 * @csspart failure - The "not sent" message with Retry and the phone number.
 * @csspart retry - The Retry button.
 * @csspart call - The call button.
 * @csspart result - The result screen.
 *
 * @cssproperty --intake-insurance-accent - Buttons and links; falls back to `--intake-accent`.
 * @cssproperty --intake-insurance-max-width - Width limit (default `40em`).
 * @cssproperty --intake-accent - Global accent colour (default `#0b5cad`).
 * @cssproperty --intake-on-accent - Text on the accent colour (default `#ffffff`).
 * @cssproperty --intake-text - Text colour (default `#1b1f24`).
 * @cssproperty --intake-muted - Secondary text colour (default `#4a5560`).
 * @cssproperty --intake-surface - Background of all widgets (default `#ffffff`).
 * @cssproperty --intake-border - Border colour (default `#b9c2cc`).
 * @cssproperty --intake-danger - Error colour (default `#a4161a`).
 * @cssproperty --intake-radius - Corner radius (default `0.75em`).
 * @cssproperty --intake-space - Base spacing (default `1em`).
 * @cssproperty --intake-font - Font family (default: inherited from the page).
 * @cssproperty --intake-font-size - Base font size (default `1em` of the page).
 * @cssproperty --intake-focus-ring - Focus outline (default `3px solid #1a5fb4`).
 * @cssproperty --intake-color-scheme - Look of checkboxes, radios and fields: `light` (default) or `dark` with a dark `--intake-surface`.
 */
export class IntakeInsuranceCheck extends IntakeElement<InsuranceCheckMessages> {
  static override styles = insuranceCheckStyles;

  protected readonly widgetName = 'insurance-check';

  /** Where to send (https, same origin, or http://localhost); falls back to the site default `data-endpoint`. */
  @property() endpoint?: string;

  /** Admissions phone shown when sending fails and on the result; falls back to `data-phone`, then to the number all contact cards on the page show. */
  @property() phone?: string;

  /**
   * Carriers to choose from, comma-separated (semicolon-separated when a name has a comma) or one
   * per line (a pasted bulleted list works); a default list of major US plans otherwise.
   */
  @property({ converter: listAttribute(TAG, 'carriers', 4000) }) carriers?: string;

  /** Offer optional photos of the card (front and back), shrunk before sending. */
  @property({ type: Boolean, attribute: 'card-upload', converter: flagAttribute(TAG, 'card-upload') })
  cardUpload = false;

  /** Replaces the default consent text; the exact text is sent with the request. */
  @property({ attribute: 'consent-text', converter: textAttribute(TAG, 'consent-text', 2000, CONSENT_HTML) })
  consentText?: string;

  /** Replaces the default text-message opt-in text. */
  @property({
    attribute: 'sms-consent-text',
    converter: textAttribute(TAG, 'sms-consent-text', 500, CONSENT_HTML),
  })
  smsConsentText?: string;

  /** `turnstile`, `hcaptcha` or `recaptcha`; with a site key, that provider's script is loaded. */
  @property({ attribute: 'captcha-provider' }) captchaProvider?: string;

  /** The CAPTCHA provider's site key. */
  @property({ attribute: 'captcha-site-key' }) captchaSiteKey?: string;

  /** Time limit per attempt in milliseconds (1000–120000, default 15000); card photos add up to 45 s for a slow upload. */
  @property({ type: Number }) timeout = 15000;

  /** Minimum time (ms, 0–60000, default 3000) between the form appearing and it being sent; a faster send waits (slows naive bots). */
  @property({ type: Number, attribute: 'min-fill-ms' }) minFillMs = 3000;

  /** Level (2–4) of the form's heading, default 2, to fit under the page's own; its sub-headings are one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Care level id reported by a care quiz on the page; sent as `careLevel`. */
  @property({ attribute: false }) careLevel: string | null = null;

  @state() private phase: Phase = 'form';
  @state() private errors: Partial<Record<ErrorName, Message>> = {};
  /** The card photos chosen; no prototype, so none can come from another script's `Object.prototype`. */
  @state() private images: Partial<Record<CardName, string>> = Object.create(null);
  /**
   * A preview the page would not show (a Content-Security-Policy whose img-src leaves out data:):
   * the photo is still sent, so the visitor is told it was added instead of seeing a broken image.
   */
  @state() private previewBlocked = false;
  @state() private result?: InsuranceResult;
  /** Why the form was not sent (shown with Retry and the phone). */
  @state() private failure?: Message;
  /** Sending again from the failure box's Retry, which stays on screen meanwhile. */
  @state() private retrying = false;
  /** Said by the live region: a photo added, removed or not usable, the form's other path. */
  @state() private notice?: Message;
  /** Sending has taken longer than `timeout`: say it goes on, and offer the phone meanwhile. */
  @state() private slow = false;
  private slowTimer?: ReturnType<typeof setTimeout>;

  /** Everything typed; never cleared by an error. */
  private s: FormState = emptyState();
  private started?: boolean;
  /** When the form first rendered (set in `firstUpdated`). */
  private shownAt!: number;
  /**
   * The key and body last sent. A send with the same answers (see `sameSubmission`: Retry, or an
   * edit that ended where it started) keeps the key and the first `submittedAt`; changed answers
   * are a new submission with a new key.
   */
  private key!: string;
  private sent?: InsuranceRequest;
  private imageJobs?: Promise<unknown>;
  /**
   * Each side's latest pick (or Remove): a photo that finishes shrinking after a later pick is
   * dropped, so a large photo chosen by mistake cannot replace the one chosen after it, and a
   * removed photo does not come back.
   */
  private picks: Record<CardName, number> = { cardFront: 0, cardBack: 0 };
  /** Photos that could not be used so far, to tell whether one failed while Send waited. */
  private unusablePhotos = 0;

  /**
   * The latest quiz result on the page sets the care level; one that ended on the 911 or 988
   * screen clears it, so an earlier result is never sent for someone whose latest answers called
   * for a crisis line.
   */
  private readonly onQuiz = (event: Event): void => {
    let outcome: unknown;
    try {
      outcome = (event as CustomEvent<{ outcome?: unknown }>).detail?.outcome;
    } catch {
      // Any script can send this event; a detail that throws when read is not a quiz's.
      return;
    }
    const level = careLevelOf(outcome);
    if (level || outcome === 'emergency' || outcome === 'crisis') this.careLevel = level;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    listen(document, QUIZ_COMPLETE, this.onQuiz);
    this.watchSlowSend();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    listen(document, QUIZ_COMPLETE, this.onQuiz, false);
    this.watchSlowSend();
  }

  /**
   * A send with photos on a slow phone, or to an endpoint that does not answer, can take minutes
   * before the retries give up: after the time one answer should take, the visitor learns that it
   * goes on and sees the number to call, rather than a button that only says "Sending…". One
   * timer, while sending and connected (a form moved in the page mid-send starts it again).
   */
  private watchSlowSend(): void {
    clearTimeout(this.slowTimer);
    if (this.phase === 'sending' && this.isConnected)
      this.slowTimer = setTimeout(() => (this.slow = true), this.timeout);
  }

  protected dictionary(lang: Lang): InsuranceCheckMessages {
    return lang === 'es' ? insuranceCheckEs : insuranceCheckEn;
  }

  /**
   * Focuses the form's heading, read with its intro (or the result's heading), e.g. when a quiz
   * sends the visitor here: the top of the form, which a scroll to the element brings into sight,
   * where a field further down could stay under a call bar or below the screen; Tab goes on to
   * the "I don't have my card" switch, then the fields. A heading the site hides
   * (`::part(heading)`) leaves the first field to focus.
   */
  override focus(options?: FocusOptions): void {
    this.focusOn('#heading, form input, form select', this.isUpdatePending, options);
  }

  /** Shows the result screen; for sites that cancelled `intake-insurance-submit`. */
  complete(result: Partial<InsuranceResult> = {}): void {
    const answer = (key: keyof InsuranceResult) => own(result, key);
    const status = STATUSES.includes(answer('status') as InsuranceStatus)
      ? (answer('status') as InsuranceStatus)
      : 'received';
    this.showResult({
      status,
      message: text(answer('message'), 1000),
      reference: text(answer('reference'), 64),
      nextStep: text(answer('nextStep'), 500),
    });
    this.emit(new IntakeInsuranceSubmittedEvent(status));
  }

  /** Shows the "not sent" state with Retry and the phone (`message` as plain text); every value is kept. */
  fail(message?: string): void {
    const said = text(message, 1000);
    this.showFailure('server', said ? { text: said } : 'failed');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const [name, attribute, min, max, fallback] of NUMBERS) {
      // null: the attribute was removed, which means the default, not a mistake.
      if (changed.has(name) && (this[name] == null || !(this[name] >= min && this[name] <= max))) {
        if (this[name] != null)
          warnAttribute(TAG, attribute, this.getAttribute(attribute) ?? this[name], `using ${fallback}`);
        this[name] = fallback;
      }
    }
    if ((changed as Map<PropertyKey, unknown>).has('phase')) {
      this.slow = false;
      this.watchSlowSend();
    }
    if (changed.has('headingLevel'))
      this.headingLevel = checkHeadingLevel(TAG, this.headingLevel, this.getAttribute('heading-level'), 2);
    // Where the form sends, and the number it offers when sending fails, are checked when set, so
    // a mistake shows in the console on page load rather than when someone presses Send.
    if (!this.hasUpdated || changed.has('endpoint')) this.endpointUrl(false);
    // Checked when set, or at the first render for the site's: the number shows only when sending
    // fails or on the result, and a mistake should show in the console on page load.
    if ((changed.has('phone') || !this.hasUpdated) && !admissionsPhone(TAG, this.phone, CARD_FALLBACK))
      warnNoPhone(
        TAG,
        this.phone,
        "if sending fails it offers the number of the page's contact cards, if they show one, else no call",
      );
    if (changed.has('captchaProvider') || changed.has('captchaSiteKey')) {
      if (this.hasUpdated) this.loadCaptcha();
      else this.captchaSpec();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    guardFieldEvents(this.renderRoot);
    this.shownAt = Date.now();
    this.loadCaptcha();
  }

  // ---------------------------------------------------------------------------------------------
  // Input

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { name, type } = input;
    if (type === 'file') {
      if (event.type === 'change') this.addImage(input);
    } else if (name !== 'website') {
      (this.s as unknown as Record<string, unknown>)[name] =
        type === 'checkbox' ? input.checked : input.value;
      this.mended(name);
      this.touched();
    }
  }

  /**
   * A field shown wrong is checked again as the visitor mends it, and its error goes once it
   * passes: a correct number still marked wrong reads as "it is wrong". Only that field's (a date
   * part's: its date's), and only the form's own errors: an endpoint's stays until the next Send,
   * since only it can say the new value will do. Errors of fields an answer has just taken off
   * the form (the carrier's name once a listed carrier is chosen) go too. Errors are only ever
   * taken back here, so nothing turns red while someone is still typing.
   */
  private mended(name: string): void {
    // Most keystrokes come with nothing marked wrong: no need to check the form for them.
    if (!Object.keys(this.errors).length) return;
    const field = (/^(dob|holderDob)(?:Month|Day|Year)$/.exec(name)?.[1] ?? name) as ErrorName;
    const checks = checkForm(this.s);
    const errors = Object.fromEntries(
      Object.entries(this.errors).filter(([key, error]) => {
        const check = checks[key as FieldName];
        if (check === false) return false;
        return !(key === field && typeof error === 'string' && !check?.error);
      }),
    );
    if (Object.keys(errors).length !== Object.keys(this.errors).length) this.errors = errors;
  }

  private touched(): void {
    if (!this.started) {
      this.started = true;
      this.emit(new IntakeInsuranceStartEvent());
    }
    this.requestUpdate();
  }

  private toggleMode(): void {
    const verify = this.s.mode !== 'verify';
    this.s.mode = verify ? 'verify' : 'callback';
    this.errors = {};
    // "Not sent yet" was said of the other form: this one has not been sent.
    if (this.phase === 'failed') this.phase = 'form';
    // Focus stays on the button, now named for the way back: the new form is said, not left unsaid.
    this.announce(
      `${this.t(verify ? 'heading' : 'callbackHeading')}. ${this.t(verify ? 'intro' : 'callbackIntro')}`,
    );
    this.touched();
  }

  /** Has the live region say `text`, even when it said the same words last. */
  private announce(text: string): void {
    this.notice = { text: this.sayAgain(text, this.say(this.notice)) };
  }

  private addImage(input: HTMLInputElement): void {
    const name = input.name as CardName;
    const file = input.files?.[0];
    if (!file) return;
    const pick = ++this.picks[name];
    const job = shrinkImage(file).then(
      (url) => {
        if (pick !== this.picks[name]) return;
        this.setImage(name, url);
        this.announce(this.t('photoAdded', { side: this.t(name) }));
      },
      () => {
        if (pick !== this.picks[name]) return;
        this.unusablePhotos++;
        // A good photo picked before stays: only the new one could not be used.
        this.setImage(name, this.images[name], 'errImage');
        this.announce(`${this.t(name)}: ${this.t('errImage')}`);
        input.value = '';
      },
    );
    this.imageJobs = Promise.all([this.imageJobs, job]);
    this.touched();
  }

  /** Sets one side's photo (none when it could not be used) and that field's error. */
  private setImage(name: CardName, url?: string, error?: Key): void {
    this.images = Object.assign(Object.create(null), this.images, { [name]: url });
    this.errors = { ...this.errors, [name]: error };
  }

  private onPreviewError(): void {
    this.previewBlocked = true;
  }

  private removeImage(name: CardName): void {
    this.picks[name]++;
    // The photo and what was said of it: no message stays under an empty field.
    this.setImage(name, undefined);
    this.announce(this.t('photoRemoved', { side: this.t(name) }));
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${name}`);
    if (input) {
      input.value = '';
      input.focus();
    }
    this.touched();
  }

  // ---------------------------------------------------------------------------------------------
  // Sending

  private async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.phase === 'sending') return;
    try {
      await this.send(event);
    } catch (error) {
      // Something the page broke (a JSON shim that throws, a missing structuredClone): the visitor
      // gets "not sent" with the phone and every value, not a form locked on "Sending…", and the
      // page gets no error of ours.
      console.error(
        `intake-widgets: <${TAG}> could not send the form (${String(error)}); the visitor was told it was not sent.`,
      );
      this.showFailure('server', 'failed');
    }
  }

  private async send(event?: Event): Promise<void> {
    // "Sending…" at once, with the fields locked (a change typed now would not be in what is sent):
    // a second press while card photos are still being shrunk sends nothing more. Focus goes to
    // the button that says so, as a focused field is about to be disabled. From the failure box,
    // its Retry says so instead: the box, the number to call and the focus stay where they are,
    // rather than the page jumping to the form's end and back.
    this.retrying = (event?.currentTarget as Element | null)?.getAttribute?.('part') === 'retry';
    this.phase = 'sending';
    if (!this.retrying) this.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
    const unusable = this.unusablePhotos;
    await this.imageJobs;
    // A photo found unusable while Send waited was never seen by the visitor: it stops the send
    // and stays said at its field (pressed again, Send goes without it, as for one seen before).
    const photoErrors =
      this.unusablePhotos === unusable
        ? {}
        : { cardFront: this.errors.cardFront, cardBack: this.errors.cardBack };
    this.notice = undefined;
    this.errors = Object.fromEntries(
      Object.entries({ ...validateForm(this.s), ...photoErrors }).filter(([, error]) => error),
    );
    const wrong = Object.keys(this.errors);
    if (wrong.length) {
      this.phase = 'form';
      // The summary lists all but photos; with only a photo wrong, focus goes to it and its message.
      return this.report(
        'validation',
        wrong.every((name) => name in photoErrors) ? `#${wrong[0]}` : '.summary',
      );
    }
    // No person can see or reach the honeypot: look successful, send nothing, tell no one.
    if (this.renderRoot.querySelector<HTMLInputElement>('#website')?.value) {
      return this.showResult({ status: 'received' });
    }
    // Sent sooner than a person could type it: autofill can be that fast, so a real lead is not
    // dropped; the send only waits until the minimum time has passed, which slows naive bots.
    const early = this.minFillMs - (Date.now() - this.shownAt);
    if (early > 0) {
      await new Promise((resolve) => setTimeout(resolve, early));
      // Removed meanwhile: nothing is sent, and put back, the form is as it was, not locked.
      if (!this.isConnected) {
        this.phase = 'form';
        return;
      }
    }
    const body = buildRequest(this.s, {
      locale: this.activeLang,
      page: pageUrl(location),
      consentText: this.consentNow(),
      careLevel: this.careLevel,
      cardImages: this.cardUpload ? { front: this.images.cardFront, back: this.images.cardBack } : null,
      captchaToken: this.querySelector<HTMLInputElement>(`${CAPTCHA_BOX} [name$="-response"]`)?.value,
    });
    if (this.sent && sameSubmission(body, this.sent)) body.submittedAt = this.sent.submittedAt;
    else this.key = newIdempotencyKey();
    this.sent = body;
    // The body goes to the site's own listeners only (dispatchEvent, not the analytics bridge).
    // (Built first: the manifest's analyzer would list `dispatchEvent(new …)` as a nameless event.)
    // A copy: what a listener changes in it (by mistake or not) is not what is sent, so the
    // consent text stays the record of the words the visitor saw.
    const submitEvent = new IntakeInsuranceSubmitEvent(structuredClone(body));
    if (!this.dispatchEvent(submitEvent)) return;
    const url = this.endpointUrl();
    if (!url) return this.showFailure('server', 'notConfigured');
    const result = await submitJson({
      url,
      body,
      idempotencyKey: this.key,
      timeoutMs: this.timeout,
    });
    if (result.type === 'ok') {
      // Kept, most likely (a 2xx), so not "not sent": a resend would only repeat it. But the site
      // owner is told, since the visitor is shown the plain "received".
      if (!STATUSES.includes(own(result.json, 'status') as InsuranceStatus))
        console.error(
          `intake-widgets: <${TAG}> the endpoint answered ${result.status} without a "status" the contract knows (${STATUSES.join(', ')}); the result is shown as "received".`,
        );
      return this.complete(result.json as Partial<InsuranceResult>);
    }
    if (result.type === 'failed') {
      if (result.notContract)
        console.error(
          `intake-widgets: <${TAG}> the endpoint answered ${result.status} without the JSON object the contract asks for ({ "status": … }); the visitor was told it was not sent.`,
        );
      // Not found, or no POST there: most often an endpoint written without https:// or with a
      // wrong path, which the browser's own 404 line does not explain.
      if (result.status === 404 || result.status === 405)
        console.error(
          `intake-widgets: <${TAG}> the endpoint ${quoteValue(url)} answered ${result.status}: nothing takes the form there. Check the address (another site needs https://). The visitor was told it was not sent.`,
        );
      if (result.redirected)
        console.error(
          `intake-widgets: <${TAG}> the endpoint answered with a redirect, which is not followed (it would carry the form elsewhere); set endpoint to the address that answers. The visitor was told it was not sent.`,
        );
      // Only card photos make a body large: the visitor can send without them.
      const photos = !!(body.insurance?.cardImages?.front || body.insurance?.cardImages?.back);
      if (result.status === 413) {
        const size = Math.ceil(JSON.stringify(body).length / 1024);
        console.error(
          `intake-widgets: <${TAG}> the endpoint refused a body of ${size} KB as too large (413); with card photos a body can reach about ${MOST_WITH_PHOTOS_KB} KB, so allow at least that.${photos ? ' The visitor was asked to send without the photos.' : ''}`,
        );
      }
      return this.showFailure(result.kind, result.status === 413 && photos ? 'tooLarge' : 'failed');
    }
    // 422: each message on its field (several paths of one field share its line), in the order
    // the fields appear, focusing the first.
    const errors: Partial<Record<ErrorName, { text: string }>> = {};
    for (const [path, raw] of Object.entries(result.errors)) {
      // Held to the rules of the answer's other texts: no direction overrides, a sane length.
      const message = text(raw, 500) ?? this.t('errForm');
      // A field not on screen (the email on the call-back path) cannot be mended there either.
      const field = fieldForPath(path, this.s);
      const name = field && this.renderRoot.querySelector(`#${field}`) ? field : 'form';
      // Several paths of one field share its line, up to about two messages' length.
      const before = errors[name]?.text;
      errors[name] = { text: before ? (before.length < 1000 ? `${before} ${message}` : before) : message };
    }
    const names = this.inFormOrder(Object.keys(errors) as ErrorName[]);
    // Nothing the visitor can mend on a field: say it where Retry and the phone are, not as a
    // summary that leads nowhere.
    if (!names.length || names[0] === 'form') return this.showFailure('validation', errors.form ?? 'failed');
    this.errors = Object.fromEntries(names.map((name) => [name, errors[name]]));
    this.phase = 'form';
    this.report('validation', controlOf(names[0] as FieldName));
  }

  /** Error names in the order their fields appear on screen; one for the whole form last. */
  private inFormOrder(names: ErrorName[]): ErrorName[] {
    const field = (name: ErrorName) => (name === 'form' ? null : this.renderRoot.querySelector(`#${name}`));
    return names.sort((a, b) => {
      const [x, y] = [field(a), field(b)];
      if (!x || !y) return x ? -1 : y ? 1 : 0;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  private showResult(result: InsuranceResult): void {
    this.result = result;
    this.phase = 'done';
    this.focusOn('#heading', true);
  }

  private showFailure(kind: InsuranceErrorKind, failure: Message): void {
    this.failure = failure;
    this.phase = 'failed';
    this.report(kind, '#failure');
  }

  /** Tells listeners why nothing was sent (a category only) and moves focus to what says it. */
  private report(kind: InsuranceErrorKind, selector: string): void {
    this.emit(new IntakeInsuranceErrorEvent(kind));
    this.focusOn(selector, true);
  }

  /**
   * The endpoint if the contract allows it (https:, same origin, http://localhost); else null and
   * one console error (`sending`: at the moment of sending, or a warning when configured). No
   * endpoint at all is said as such: a site that handles `intake-insurance-submit` needs none.
   */
  private endpointUrl(sending = true): string | null {
    // A blank attribute (a CMS template's empty field) gives way to the site's, as a blank phone does.
    const own = this.endpoint?.trim() ? this.endpoint : undefined;
    const raw = own ?? siteDefaults().endpoint;
    const allowed = safeUrl(raw, ['https', 'same-origin', 'localhost']);
    const refusal = allowed && endpointRefusal(allowed);
    const url = refusal ? null : allowed;
    if (!url) {
      const rule = refusal || schemeHint(raw ?? '') || 'https:, same origin or http://localhost only';
      const [problem, effect] = raw?.trim()
        ? [
            `${own == null ? 'data-' : ''}endpoint=${quoteValue(raw)} is refused (${rule})`,
            'the form cannot send',
          ]
        : [
            'has no endpoint (endpoint, or data-endpoint on the script tag)',
            'only an intake-insurance-submit handler can take the form',
          ];
      const message = `<${TAG}> ${problem}; ${sending ? 'nothing was sent' : effect}.`;
      if (sending) console.error(`intake-widgets: ${message}`);
      else warnOnce(message);
    } else if (!sending && offThisComputer(url, location.hostname)) {
      warnOnce(
        `<${TAG}> ${own == null ? 'data-' : ''}endpoint=${quoteValue(raw)} is on this computer (localhost): on a visitor's device that is their own, where nothing takes the form. On a live page, give your site's https:// address.`,
      );
    } else if (!sending && !/^([a-z][a-z\d+.-]*:|\/\/)/i.test(raw?.trim() ?? '') && inForeignFrame()) {
      // A site builder's embed (an HTML box) runs in a frame of its own server: a path is on
      // that server, not the site's, yet the frame is same-origin to itself and nothing refuses.
      warnOnce(
        `<${TAG}> ${own == null ? 'data-' : ''}endpoint=${quoteValue(raw)} is a path on ${location.origin}, the server of the frame this form is shown in (another site's page, or a site builder's embed); if your endpoint is on your own site, give its full https:// address.`,
      );
    }
    return url;
  }

  private consentNow(): string {
    return (
      text(this.consentText, 2000) ?? this.t(this.s.mode === 'verify' ? 'consentText' : 'consentTextCallback')
    );
  }

  /**
   * The CAPTCHA to use: the provider's script and box class, with the site key; null when none is
   * configured, or (with one warning naming the attribute at fault) when the pair is incomplete or
   * the key is not one a provider issues (letters, digits, `-`, `_`, `.`).
   */
  private captchaSpec(): [script: string, box: string, api: string, key: string] | null {
    const provider = this.captchaProvider?.trim().toLowerCase();
    const key = this.captchaSiteKey?.trim();
    if (!provider && !key) return null;
    // Own keys only: `constructor` or `__proto__` must not pass for a provider.
    const spec = provider && Object.hasOwn(CAPTCHAS, provider) ? CAPTCHAS[provider] : undefined;
    if (provider && !spec) {
      warnAttribute(
        TAG,
        'captcha-provider',
        this.captchaProvider,
        'no CAPTCHA is used (turnstile, hcaptcha or recaptcha)',
      );
    } else if (!key || !/^[\w.-]{1,200}$/.test(key)) {
      warnAttribute(TAG, 'captcha-site-key', this.captchaSiteKey ?? '', 'no CAPTCHA is used');
    } else if (!spec) {
      warnAttribute(TAG, 'captcha-site-key', key, 'no CAPTCHA is used: set captcha-provider too');
    } else {
      return [...spec, key];
    }
    return null;
  }

  /**
   * With a provider and a site key, loads that provider's script and gives it one fresh box in the
   * light DOM; without, no box. On first render and whenever either attribute changes. A box already
   * there came with a copy of the form (`cloneNode`, `innerHTML`) and holds a dead copy of a
   * widget, so it is replaced. Once the script has loaded it draws no new box by itself: the
   * provider's `render` is called for it.
   */
  private loadCaptcha(): void {
    for (const old of this.querySelectorAll(CAPTCHA_BOX)) old.remove();
    const spec = this.captchaSpec();
    if (!spec) return;
    const [src, className, api, key] = spec;
    const box = document.createElement('div');
    box.className = className;
    box.dataset.sitekey = key;
    box.slot = 'captcha';
    this.append(box);
    if (document.querySelector(`script[src="${src}"]`)) {
      const provider = (window as unknown as Record<string, { render?: unknown } | undefined>)[api];
      try {
        if (typeof provider?.render === 'function') provider.render(box, { sitekey: key });
      } catch {
        // Still loading: its own scan on load draws the box.
      }
      return;
    }
    const script = document.createElement('script');
    try {
      // Under Trusted Types, through the library's policy; a page that refuses it refuses this.
      script.src = trusted('scriptURL', src) as string;
      document.head.append(script);
    } catch {
      warnOnce(`<${TAG}> no CAPTCHA is loaded${REFUSED}`);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Focus

  /** Focuses what `selector` matches: at once, or (`later`) once the pending render is done. */
  /** Focuses the first element matching `selector` that has a box (one the site hid cannot take focus). */
  private async focusOn(selector: string, later?: boolean, options?: FocusOptions): Promise<void> {
    if (later) await this.updateComplete;
    // Options the browser refuses (a site's `focus(5)`) would reject this promise, where no one
    // catches it: focus without them instead.
    [...this.renderRoot.querySelectorAll<HTMLElement>(selector)]
      .find((element) => element.getClientRects().length > 0)
      ?.focus(options !== null && typeof options === 'object' ? options : undefined);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering. Templates are written compactly: Lit keeps their white space in the bundle. The
  // form's small template helpers are local to renderForm(): they share its state and translator,
  // and local names minify where method names cannot.

  /** Something to say: our message translated, or the server's text as it is. */
  private say(message?: Message): string | undefined {
    return message && (typeof message === 'string' ? this.t(message) : message.text);
  }

  /** Call admissions, or while the site's hours (`data-hours`) say it is closed, its 24/7 line. */
  private phoneLink() {
    const phone = dialledPhone(TAG, this.phone);
    if (!phone) return nothing;
    const line = this.siteAfterHoursLine();
    const text = this.t(line ? 'callAfterHours' : 'call', { phone: (line ?? phone).display });
    return html`<a class="button secondary" part="call" href=${telHref(line ?? phone)}>${this.keepWhole(text)}</a>`;
  }

  private renderForm(sending: boolean) {
    const { s, errors, images } = this;
    const t = (key: Key, vars?: Record<string, string>) => this.t(key, vars);
    const sub = this.headingLevel + 1;
    const verify = s.mode === 'verify';
    const self = s.who === 'self';

    const errorLine = (name: ErrorName) => {
      const message = this.say(errors[name]);
      return message ? html`<p class="error" id="${name}-error" part="field-error">${message}</p>` : nothing;
    };

    /** The `aria-invalid` and `aria-describedby` values of a control whose error belongs to `owner`. */
    const aria = (owner: ErrorName) => {
      const error = errors[owner] && `${owner}-error`;
      // "false", not no attribute: Chromium reports an empty required radio, select or checkbox as
      // invalid before the visitor has done anything.
      return [error ? 'true' : 'false', error || nothing] as const;
    };

    /**
     * " (optional)" after a label or legend. The space is in the hint's own text: Chromium leaves a
     * text node of only a space between Lit's markers out of an accessible name ("Group number(optional)").
     */
    const hint = html`<span class="hint">${` ${t('optional')}`}</span>`;

    // Required now: what the form would ask for if left empty, and with the visitor's choices so
    // far (the validator's own answer), said by a screen reader before the first error, not after.
    const empty = () => Object.assign(emptyState(), { mode: s.mode });
    const required = {
      ...validateForm(empty()),
      ...validateForm(Object.assign(empty(), { who: s.who, holder: s.holder, carrier: s.carrier })),
    };
    const needed = (name: ErrorName) => name in required;

    /** One labelled control (input, checkbox, file or select) with its error. */
    const field = (name: FieldName, o: FieldOptions = {}) => {
      const [groupInvalid, error] = aria(o.group ?? name);
      const invalid = o.atFault === false ? 'false' : groupInvalid;
      const describedBy = [error, o.note].filter((id) => typeof id === 'string').join(' ') || nothing;
      const value = s[name as keyof FormState];
      // biome-ignore format: compact template
      return html`<div class="field ${o.type ?? ''}"><label for=${name}>${o.text ?? t(o.label ?? (name as Key))}${o.optional ? hint : nothing}</label>${errorLine(name)}${
        o.options
          ? html`<select id=${name} name=${name} ?disabled=${sending} ?required=${needed(o.group ?? name)} aria-invalid=${invalid} aria-describedby=${describedBy}>${o.options.map(([v, label]) => html`<option value=${v} .selected=${v === value}>${label}</option>`)}</select>`
          : html`<input id=${name} name=${name} type=${o.type ?? 'text'} class=${o.type === 'file' ? 'visually-hidden' : nothing} ?disabled=${sending} ?required=${needed(o.group ?? name)} .value=${typeof value === 'string' ? value : ''} .checked=${value === true} accept=${o.type === 'file' ? 'image/*' : nothing} autocomplete=${o.ac || 'off'} autocapitalize=${o.caps ?? nothing} autocorrect=${o.caps ? 'off' : nothing} spellcheck=${o.caps ? 'false' : nothing} inputmode=${o.im ?? nothing} maxlength=${o.max ?? 100} aria-invalid=${invalid} aria-describedby=${describedBy}>`
      }${
        // A file field's own button and "No file chosen" are in the browser's language, not the
        // page's: the field is kept (focusable) but drawn as our own button. It is a second label,
        // so the field's name holds the words on screen: "Front of the card Choose a photo".
        o.type === 'file' ? html`<label for=${name} class="button secondary pick">${t('choosePhoto')}</label>` : nothing
      }</div>`;
    };

    /** Controls (radios, a date's parts) in a fieldset that shares one error. */
    const group = (name: 'who' | 'holder' | 'dob' | 'holderDob', layout: string, controls: unknown) =>
      // biome-ignore format: compact template
      html`<fieldset id=${name}><legend>${t(name)}</legend>${errorLine(name)}<div class=${layout}>${controls}</div></fieldset>`;

    /** A radio group. */
    const choice = (name: 'who' | 'holder', options: [string, Key][]) => {
      const [invalid, describedBy] = aria(name);
      // biome-ignore format: compact template
      return group(name, 'options', options.map(([v, label]) => html`<label class="option"><input type="radio" name=${name} .value=${v} .checked=${s[name] === v} ?disabled=${sending} ?required=${needed(name)} aria-invalid=${invalid} aria-describedby=${describedBy}>${t(label)}</label>`));
    };

    /**
     * Autofill's tokens for a person's details: the visitor's own (`given-name`) when the form is
     * about them, else in a section of that person's (`section-patient given-name`). Chrome
     * ignores "off" on a name field, and filled the visitor's own name in as the patient's.
     */
    const person = (who: 'patient' | 'holder', token: string) =>
      who === 'patient' && self ? token : `section-${who} ${token}`;

    /** A date as three labelled fields (month, day, year) sharing one error. */
    const date = (name: 'dob' | 'holderDob') => {
      // The parts the message is about: the year for a short or too early year, the empty parts of
      // a date left half done, else all three (the message is read from any of them).
      const error = errors[name];
      const typed = DATE_PARTS.map((part) => !!String(s[`${name}${part}`] ?? '').trim());
      const atFault = (i: number) =>
        error === 'errDateYear' || error === 'errDateOld'
          ? i === 2
          : error === 'errDate' && typed.includes(true)
            ? !typed[i] || !typed.includes(false)
            : true;
      return group(
        name,
        'parts',
        DATE_PARTS.map((part, i) => {
          const label = part.toLowerCase() as Lowercase<typeof part>;
          return field(`${name}${part}`, {
            label,
            group: name,
            atFault: atFault(i),
            im: 'numeric',
            ac: person(name === 'dob' ? 'patient' : 'holder', `bday-${label}`),
            max: part === 'Year' ? 4 : 2,
          });
        }),
      );
    };

    /** A card photo: the file field, then its preview with Remove. */
    const card = (name: CardName) => {
      const url = images[name];
      const label = t(name);
      return [
        field(name, { type: 'file' }),
        // biome-ignore format: compact template
        url ? html`<div class="actions">${this.previewBlocked ? html`<p part="preview">${t('photoAdded', { side: label })}</p>` : html`<img src=${url} alt=${label} part="preview" @error=${this.onPreviewError}>`}<button type="button" class="button secondary" ?disabled=${sending} @click=${() => this.removeImage(name)}>${t('remove', { side: label })}</button></div>` : nothing,
      ];
    };

    const summary = () => {
      // "Phone: This is required." but "Who needs care? Choose an answer." (no "?:").
      const labelled = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);
      // A photo that could not be used is said at its field when picked (Send validates afresh,
      // without it): a summary appearing at the form's top would push the page about mid-form.
      const names = (Object.keys(errors) as ErrorName[]).filter(
        (name) => errors[name] && errors[name] !== 'errImage',
      );
      const link = (name: ErrorName) =>
        name === 'form'
          ? this.say(errors[name])
          : // The page's own address, whole: a relative "#…" would follow a <base href> elsewhere.
            html`<a href="${location.href.replace(/#.*/, '')}#${name}" @click=${(event: Event) => {
              event.preventDefault();
              this.focusOn(controlOf(name));
            }}>${`${labelled(t(name as Key))} ${this.say(errors[name])}`}</a>`;
      // Focused when shown: its list is its description, so what is wrong is heard at once, not
      // only "Please check these answers, group".
      // biome-ignore format: compact template
      return names.length ? html`<div class="summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="summary" aria-describedby="summary-list">${heading(sub, t('summary'), { id: 'summary' })}<ul id="summary-list">${names.map((name) => html`<li>${link(name)}</li>`)}</ul></div>` : nothing;
    };

    const slow = sending && this.slow ? html`<p class="hint" part="still-sending">${t('slow')}</p>` : nothing;
    const failure = () => {
      const failure = this.failure;
      // biome-ignore format: compact template
      return html`<div class="alert" part="failure">${heading(sub, t('failTitle'), { id: 'failure', focusable: true, describedBy: 'failure-reason' })}<p id="failure-reason">${this.say(failure)}</p>${slow}<div class="actions">${failure === 'notConfigured' ? nothing : html`<button type="button" class="button" part="retry" aria-disabled=${sending} @click=${this.submit}>${t(sending ? 'sending' : 'retry')}</button>`}${this.phoneLink()}</div></div>`;
    };

    const carriers = parseCarriers(this.carriers);
    // A list changed by the site after the visitor chose keeps their choice in sight, since it is sent.
    if (s.carrier && s.carrier !== OTHER && !carriers.includes(s.carrier)) carriers.unshift(s.carrier);
    const insurance = () =>
      section(t('insurance'), [
        field('carrier', {
          options: [['', t('choose')], ...carriers.map((name) => [name, name] as const), [OTHER, t('other')]],
        }),
        s.carrier === OTHER ? field('carrierOther', { caps: 'words' }) : nothing,
        field('memberId', { max: 40, caps: 'characters' }),
        field('groupNumber', { max: 40, optional: true, caps: 'characters' }),
        choice('holder', [
          ['yes', 'yes'],
          ['no', 'no'],
        ]),
        s.holder === 'no'
          ? section(t('policyholder'), [
              field('holderFirstName', { ac: person('holder', 'given-name'), caps: 'words' }),
              field('holderLastName', { ac: person('holder', 'family-name'), caps: 'words' }),
              date('holderDob'),
              field('holderRelationship', { max: 50 }),
            ])
          : nothing,
        this.cardUpload ? section([t('cards'), hint], [card('cardFront'), card('cardBack')]) : nothing,
      ]);

    // biome-ignore format: compact template
    return html`${heading(this.headingLevel, t(verify ? 'heading' : 'callbackHeading'), { id: 'heading', className: 'title', part: 'heading', focusable: true, describedBy: 'intro' })}<p id="intro">${t(verify ? 'intro' : 'callbackIntro')}</p><button type="button" class="link" part="mode" ?disabled=${sending} @click=${this.toggleMode}>${t(verify ? 'noCard' : 'haveCard')}</button>${this.phase === 'failed' || (sending && this.retrying) ? failure() : nothing}${summary()}<form part="form" novalidate aria-busy=${sending} @submit=${this.submit} @input=${this.onInput} @change=${this.onInput}>${[
      choice('who', [['self', 'forSelf'], ['loved-one', 'forLovedOne']]),
      s.who === 'loved-one' ? field('relationship') : nothing,
      section(t('patient'), [
        field('firstName', { ac: person('patient', 'given-name'), caps: 'words' }),
        field('lastName', { ac: person('patient', 'family-name'), caps: 'words' }),
        verify ? date('dob') : nothing,
      ]),
      section(t('contact'), [
        field('phone', { type: 'tel', ac: 'tel', im: 'tel', max: 40 }),
        verify ? field('email', { type: 'email', ac: 'email', max: 254 }) : nothing,
        field('bestTime', { options: TIMES.map((time) => [time, t(time)] as const) }),
        field('sms', { type: 'checkbox', text: text(this.smsConsentText, 500) ?? t('sms') }),
      ]),
      verify ? insurance() : nothing,
      // The quiz's result goes with the form (the contract's careLevel): said where the visitor
      // agrees to what is sent, and read with the consent box.
      this.careLevel ? html`<p id="care-level-note" part="care-level-note">${t('careLevelSent')}</p>` : nothing,
      field('consent', { type: 'checkbox', text: this.consentNow(), note: this.careLevel ? 'care-level-note' : undefined }),
    ]}<div class="visually-hidden" aria-hidden="true"><label for="website">Website</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div><slot name="captcha"></slot><button class="button" part="submit" type="submit" aria-disabled=${sending}>${
      t(sending ? 'sending' : verify ? 'submit' : 'submitCallback')
    }</button>${this.retrying || slow === nothing ? nothing : html`${slow}${this.phoneLink()}`}</form>`;
  }

  override render() {
    const sending = this.phase === 'sending';
    const r = this.phase === 'done' ? this.result : undefined;
    // biome-ignore format: compact template
    return html`<section class="box" part="box" aria-labelledby="heading" lang=${this.activeLang}>${
      r
        ? html`<div class="result" part="result" data-status=${r.status}>${heading(this.headingLevel, this.t('resultTitle'), { id: 'heading', className: 'title', part: 'heading', focusable: true, describedBy: r.nextStep ? 'answer next-step' : 'answer' })}<p id="answer">${this.keepWhole(r.message ?? this.t(r.status))}</p>${r.nextStep ? html`<p id="next-step">${this.keepWhole(r.nextStep)}</p>` : nothing}${r.reference ? html`<p class="reference">${this.keepWhole(this.t('reference'), 'reference', r.reference)}</p>` : nothing}<p class="hint">${this.t('disclaimer')}</p>${this.phoneLink()}</div>`
        : this.renderForm(sending)
    }<p class="visually-hidden" role="status">${this.say(sending ? (this.slow ? 'slow' : 'sending') : this.notice)}</p></section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-insurance-check': IntakeInsuranceCheck;
  }
}
