/**
 * What each intake-widgets element accepts in a framework template, shared by the React and Vue
 * declarations beside this file. Names are the HTML attribute names (`map-href`, not `mapHref`):
 * frameworks set a name the element does not have as a property as an attribute, so these work
 * whether or not the element is defined yet (for example when the drop-in script loads after
 * the framework's first render). Value types come from the element classes. `strings` is the
 * one rich value: pass an object, which frameworks set as a property.
 */
import type {
  IntakeCareQuiz,
  IntakeContactCard,
  IntakeContactEvent,
  IntakeInsuranceCheck,
  IntakeInsuranceErrorEvent,
  IntakeInsuranceStartEvent,
  IntakeInsuranceSubmitEvent,
  IntakeInsuranceSubmittedEvent,
  IntakeQuizCompleteEvent,
  IntakeQuizStartEvent,
  IntakeQuizStepEvent,
  Lang,
} from 'intake-widgets/elements';

/** Accepted by every widget. */
export interface IntakeCommonAttributes<E extends IntakeContactCard | IntakeCareQuiz | IntakeInsuranceCheck> {
  /** `en` or `es`, or a regional tag such as `es-MX`. Default: the nearest ancestor's `lang`, then the site default, then `<html lang>`. */
  lang?: Lang | `${Lang}-${string}`;
  /** Overrides for any of the widget's texts, e.g. `{ heading: 'Call us' }`. Set as a property. */
  strings?: E['strings'];
}

/** `<intake-contact-card>`. */
export interface IntakeContactCardAttributes extends IntakeCommonAttributes<IntakeContactCard> {
  /** Facility name. */
  name?: IntakeContactCard['name'];
  /** Heading text; defaults to "Talk to an admissions specialist". */
  heading?: IntakeContactCard['heading'];
  /** Short message under the heading. */
  message?: IntakeContactCard['message'];
  /** Admissions phone, any US format; falls back to the script's `data-phone`. */
  phone?: IntakeContactCard['phone'];
  /** Show "Text us": `""` (or `true`, as a JSX attribute alone) texts the admissions phone, a number texts that number. */
  sms?: IntakeContactCard['sms'] | boolean;
  /** Admissions email address. */
  email?: IntakeContactCard['email'];
  /** Street address, shown as written. */
  address?: IntakeContactCard['address'];
  /** Map link for the address (https); defaults to a map search for `address`. */
  'map-href'?: IntakeContactCard['mapHref'];
  /** Photo URL (https, same origin, or http://localhost while testing). */
  photo?: IntakeContactCard['photo'];
  /** Alternative text for the photo; empty means decorative. */
  'photo-alt'?: IntakeContactCard['photoAlt'];
  /** schema.org `openingHours`: `24/7`, `Mo-Fr 08:00-20:00; Sa 09:00-17:00`. */
  hours?: IntakeContactCard['hours'];
  /** IANA time zone of the facility, e.g. `America/Los_Angeles`. */
  timezone?: IntakeContactCard['timezone'];
  /** A 24/7 number shown while admissions is closed; `none` for none, whatever the site's. */
  'after-hours-phone'?: IntakeContactCard['afterHoursPhone'];
  /** What happens when you call, items separated by `|`. */
  steps?: IntakeContactCard['steps'];
  /** `card` (default) or `bar`: a call bar fixed to the bottom of the screen. */
  layout?: IntakeContactCard['layout'];
  /** Show the 988 / 911 crisis line at all times. */
  crisis?: IntakeContactCard['crisis'];
  /** Write schema.org `MedicalClinic` JSON-LD into the page. */
  'json-ld'?: IntakeContactCard['jsonLd'];
  /** Level (2–4) of the card's heading; default 2. */
  'heading-level'?: IntakeContactCard['headingLevel'];
}

/** `<intake-care-quiz>`. */
export interface IntakeCareQuizAttributes extends IntakeCommonAttributes<IntakeCareQuiz> {
  /** Admissions phone for the result and crisis screens; falls back to `data-phone`. */
  phone?: IntakeCareQuiz['phone'];
  /** Where "Verify insurance" goes when the page has no `<intake-insurance-check>`. */
  'insurance-href'?: IntakeCareQuiz['insuranceHref'];
  /** Optional heading above the quiz. */
  heading?: IntakeCareQuiz['heading'];
  /** Level (2–4) of each screen's heading; default 3. */
  'heading-level'?: IntakeCareQuiz['headingLevel'];
}

/** `<intake-insurance-check>`. */
export interface IntakeInsuranceCheckAttributes extends IntakeCommonAttributes<IntakeInsuranceCheck> {
  /** Where to send (https, same origin, or http://localhost); falls back to `data-endpoint`. */
  endpoint?: IntakeInsuranceCheck['endpoint'];
  /** Admissions phone shown when sending fails; falls back to `data-phone`. */
  phone?: IntakeInsuranceCheck['phone'];
  /** Carriers to choose from, comma-separated. */
  carriers?: IntakeInsuranceCheck['carriers'];
  /** Offer optional photos of the card. */
  'card-upload'?: IntakeInsuranceCheck['cardUpload'];
  /** Your consent wording; the exact text shown is sent with the request. */
  'consent-text'?: IntakeInsuranceCheck['consentText'];
  /** Your text-message opt-in wording. */
  'sms-consent-text'?: IntakeInsuranceCheck['smsConsentText'];
  /** `turnstile`, `hcaptcha` or `recaptcha`. */
  'captcha-provider'?: IntakeInsuranceCheck['captchaProvider'];
  /** The CAPTCHA provider's site key. */
  'captcha-site-key'?: IntakeInsuranceCheck['captchaSiteKey'];
  /** Milliseconds per attempt (1000–120000, default 15000). */
  timeout?: IntakeInsuranceCheck['timeout'];
  /** Minimum milliseconds (0–60000, default 3000) between the form appearing and it being sent. */
  'min-fill-ms'?: IntakeInsuranceCheck['minFillMs'];
  /** Level (2–4) of the form's and the result's heading; default 2. */
  'heading-level'?: IntakeInsuranceCheck['headingLevel'];
}

/** Events of `<intake-contact-card>`: categories only. */
export interface IntakeContactCardEvents {
  'intake-contact': IntakeContactEvent;
}

/** Events of `<intake-care-quiz>`: positions and the outcome id, never an answer. */
export interface IntakeCareQuizEvents {
  'intake-quiz-start': IntakeQuizStartEvent;
  'intake-quiz-step': IntakeQuizStepEvent;
  'intake-quiz-complete': IntakeQuizCompleteEvent;
}

/**
 * Events of `<intake-insurance-check>`. Only `intake-insurance-submit` carries what the visitor
 * typed (the request body, for your own code); the others carry categories only.
 */
export interface IntakeInsuranceCheckEvents {
  'intake-insurance-submit': IntakeInsuranceSubmitEvent;
  'intake-insurance-start': IntakeInsuranceStartEvent;
  'intake-insurance-submitted': IntakeInsuranceSubmittedEvent;
  'intake-insurance-error': IntakeInsuranceErrorEvent;
}
