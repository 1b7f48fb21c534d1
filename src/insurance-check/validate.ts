/**
 * Validation of the insurance form: small named validators and the whole-form check. Pure and
 * DOM-free. Messages are message keys (see src/i18n/insurance-check.en.ts) so they translate and
 * a site can override them.
 */
import { parsePhone } from '../core/phone.js';

export type ErrorKey =
  | 'errRequired'
  | 'errChoose'
  | 'errTooLong'
  | 'errName'
  | 'errDate'
  | 'errDateFuture'
  | 'errDateOld'
  | 'errDateYear'
  | 'errPhone'
  | 'errPhoneExt'
  | 'errEmail'
  | 'errCardNumber'
  | 'errConsent'
  | 'errConsentCallback'
  | 'errImage'
  | 'errForm';

/** A validator's answer: the normalized value, or why it is not valid. */
export type Check<T = string> = { value: T; error?: undefined } | { value?: undefined; error: ErrorKey };

/** The value of the "Other" carrier option. */
export const OTHER = '__other';

/**
 * Everything the visitor typed or chose; a field not touched yet is absent. Keys are the form's
 * field names (and the message keys of their labels).
 */
export interface FormState {
  mode: 'verify' | 'callback';
  bestTime: 'morning' | 'afternoon' | 'evening' | 'any';
  who?: 'self' | 'loved-one';
  relationship?: string;
  firstName?: string;
  lastName?: string;
  dobMonth?: string;
  dobDay?: string;
  dobYear?: string;
  phone?: string;
  email?: string;
  sms?: boolean;
  carrier?: string;
  carrierOther?: string;
  memberId?: string;
  groupNumber?: string;
  holder?: 'yes' | 'no';
  holderFirstName?: string;
  holderLastName?: string;
  holderDobMonth?: string;
  holderDobDay?: string;
  holderDobYear?: string;
  holderRelationship?: string;
  consent?: boolean;
}

/** Fields that can carry an error: the form's fields, the two date groups and the card photos. */
export type FieldName = keyof FormState | 'dob' | 'holderDob' | 'cardFront' | 'cardBack';

export type FormErrors = Partial<Record<FieldName, ErrorKey>>;

/**
 * Every checked field of the form in the order the fields appear, each with its check, or `false`
 * when the field is not asked in this state (the other mode, a branch not chosen).
 */
export type FormChecks = Partial<Record<FieldName, Check<unknown> | false>>;

/**
 * A form with nothing typed, in an object with no prototype: a field not typed reads as
 * undefined, not as what another script put on `Object.prototype` (a prototype-pollution bug's
 * `consent`, which would be sent as agreed while the box shows unticked).
 */
export const emptyState = (): FormState =>
  Object.assign(Object.create(null), { mode: 'verify', bestTime: 'any' } satisfies FormState);

const ok = <T>(value: T): Check<T> => ({ value });
const bad = (error: ErrorKey): Check<never> => ({ error });

/**
 * The verdict on one typed answer: `errRequired` when it is empty, else `value` when `valid`, else
 * `error`.
 */
const verdict = <T>(input: string, valid: boolean, error: ErrorKey, value: T): Check<T> =>
  input ? (valid ? ok(value) : bad(error)) : bad('errRequired');

/**
 * Trims and collapses runs of white space, and leaves out control characters and direction
 * overrides (pasted with text, or typed to make it read backwards where admissions staff see it).
 */
export function clean(input?: string): string {
  return (
    String(input ?? '')
      // Controls that are not white space first, so the space on each side of one becomes one.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      // Characters nobody sees (a zero-width space, a direction mark, a soft hyphen) come with
      // pasted text; the joiners Persian and Indic names are spelled with are kept.
      .replace(/[\u00ad\u061c\u200b\u200e\u200f\u2060-\u2064\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Any required free text (a relationship, a carrier's name) of at most `max` characters. */
export function checkText(input?: string, max = 100): Check {
  const value = clean(input);
  return verdict(value, value.length <= max, 'errTooLong', value);
}

/**
 * A person's name: letters (any script), with spaces, apostrophes, hyphens, periods and commas
 * ("Smith, Jr."). It may start with an apostrophe, as a Hawaiian name typed without the ʻokina
 * key does ('Iolani).
 */
export function checkName(input?: string): Check {
  const text = checkText(input);
  return text.error || /^['‘’´]?[\p{L}\p{M}](?:[\p{L}\p{M}'‘’´., -]|\u200c|\u200d)*$/u.test(text.value)
    ? text
    : bad('errName');
}

/**
 * A birth date from three fields, as an ISO `YYYY-MM-DD`: a real calendar date (Feb 29 only in
 * leap years), not in the future (by the visitor's own calendar) and not before 1900.
 */
export function checkDate(month?: string, day?: string, year?: string, now = new Date()): Check {
  // A part holding the separator cannot match, so the three parts are checked at once.
  const typed = [month, day, year].map((part) => String(part ?? '').trim()).join('/');
  if (typed === '//') return bad('errRequired');
  const parts = /^(\d\d?)\/(\d\d?)\/(\d+)$/.exec(typed);
  if (!parts) return bad('errDate');
  // "85" for 1985 is common and is a real date to the person typing it: say what is missing.
  if (parts[3].length !== 4) return bad('errDateYear');
  const [, m, d, y] = parts.map(Number);
  if (y < 1900) return bad('errDateOld');
  // A day the month does not have rolls over into the next month (Feb 29 of 2023 → Mar 1).
  const time = Date.UTC(y, m - 1, d);
  const date = new Date(time);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return bad('errDate');
  return time > Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
    ? bad('errDateFuture')
    : ok(date.toISOString().slice(0, 10));
}

/**
 * A US phone number in any common format, as E.164 (`+12065550100`). Short codes are refused, and
 * so are letters: in a visitor's own number they are a slip ("01OO" for "0100"), which read as a
 * vanity number would become a number the center calls in vain.
 */
export function checkPhone(input?: string): Check {
  // A work number's extension has no place in E.164 and a call back cannot dial it: said as such,
  // not as a number without an area code.
  const extension = /^(.*\d)\s*[,;]?\s*(?:ext\.?|extension|x|#|;ext=)\s*\d{1,6}$/i.exec(clean(input));
  if (extension && parsePhone(extension[1])?.e164.startsWith('+')) return bad('errPhoneExt');
  const slip = /[a-z]/i.test(String(input ?? '').replace(/^\s*tel:/i, ''));
  const e164 = slip ? undefined : parsePhone(clean(input))?.e164;
  return verdict(clean(input), !!e164?.startsWith('+'), 'errPhone', e164 as string);
}

// The same rule as the JSON Schema's `email` format (ajv-formats), so the receiver agrees:
// dot-separated atoms, "@", dot-separated host labels.
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+${LABEL}$`, 'i');

export function checkEmail(input?: string): Check {
  const value = String(input ?? '').trim();
  return verdict(value, value.length <= 254 && EMAIL.test(value), 'errEmail', value);
}

/**
 * A member ID or group number as printed on the card: letters and digits, with single spaces or
 * hyphens inside. An optional one that is empty is `null`.
 */
export function checkCardNumber(input?: string, required = true): Check<string | null> {
  const value = clean(input);
  return value || required
    ? verdict(
        value,
        value.length <= 40 && /^[a-z\d](?:[a-z\d -]*[a-z\d])?$/i.test(value),
        'errCardNumber',
        value,
      )
    : ok(null);
}

/** A choice (radio or select) that must be made. */
const chosen = (value?: string): Check => (value ? ok(value) : bad('errChoose'));

/** Every field's check, in the order the fields appear. Only fields shown in the mode are checked. */
export function checkForm(s: FormState, now?: Date): FormChecks {
  const verify = s.mode === 'verify';
  const holder = verify && s.holder === 'no';
  return {
    who: chosen(s.who),
    relationship: s.who === 'loved-one' && checkText(s.relationship),
    firstName: checkName(s.firstName),
    lastName: checkName(s.lastName),
    dob: verify && checkDate(s.dobMonth, s.dobDay, s.dobYear, now),
    phone: checkPhone(s.phone),
    email: verify && checkEmail(s.email),
    carrier: verify && chosen(s.carrier),
    carrierOther: verify && s.carrier === OTHER && checkText(s.carrierOther),
    memberId: verify && checkCardNumber(s.memberId),
    groupNumber: verify && checkCardNumber(s.groupNumber, false),
    holder: verify && chosen(s.holder),
    holderFirstName: holder && checkName(s.holderFirstName),
    holderLastName: holder && checkName(s.holderLastName),
    holderDob: holder && checkDate(s.holderDobMonth, s.holderDobDay, s.holderDobYear, now),
    holderRelationship: holder && checkText(s.holderRelationship, 50),
    consent: s.consent === true ? ok(true) : bad(verify ? 'errConsent' : 'errConsentCallback'),
  };
}

/** Every error in the form, in the order the fields appear. Only fields shown in the mode count. */
export function validateForm(s: FormState, now?: Date): FormErrors {
  const errors: FormErrors = {};
  for (const [name, check] of Object.entries(checkForm(s, now))) {
    const error = check ? check.error : undefined;
    if (error) errors[name as FieldName] = error;
  }
  return errors;
}
