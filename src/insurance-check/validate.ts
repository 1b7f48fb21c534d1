/**
 * Validation of the insurance form: small named validators and the whole-form check. Pure and
 * DOM-free. Messages are message keys (see src/i18n/insurance-check.en.ts) so they translate and
 * a site can override them.
 */
import { parsePhone } from '../contact-card/phone.js';

export type ErrorKey =
  | 'errRequired'
  | 'errChoose'
  | 'errTooLong'
  | 'errName'
  | 'errDate'
  | 'errDateFuture'
  | 'errDateOld'
  | 'errPhone'
  | 'errEmail'
  | 'errCardNumber'
  | 'errConsent'
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

export const emptyState = (): FormState => ({ mode: 'verify', bestTime: 'any' });

const ok = <T>(value: T): Check<T> => ({ value });
const bad = (error: ErrorKey): Check<never> => ({ error });

/** Trims and collapses runs of white space. */
export function clean(input?: string): string {
  return String(input ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Any required free text (a relationship, a carrier's name) of at most `max` characters. */
export function checkText(input?: string, max = 100): Check {
  const value = clean(input);
  if (!value) return bad('errRequired');
  return value.length > max ? bad('errTooLong') : ok(value);
}

/** A person's name: letters (any script), with spaces, apostrophes, hyphens and periods. */
export function checkName(input?: string): Check {
  const text = checkText(input);
  if (text.error) return text;
  return /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*$/u.test(text.value) ? text : bad('errName');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A birth date from three fields, as an ISO `YYYY-MM-DD`: a real calendar date (Feb 29 only in
 * leap years), not in the future (by the visitor's own calendar) and not before 1900.
 */
export function checkDate(month?: string, day?: string, year?: string, now = new Date()): Check {
  const [m, d, y] = [month, day, year].map((part) => String(part ?? '').trim());
  if (!m && !d && !y) return bad('errRequired');
  if (!/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d) || !/^\d{4}$/.test(y)) return bad('errDate');
  const [mm, dd, yy] = [Number(m), Number(d), Number(y)];
  if (yy < 1900) return bad('errDateOld');
  // Day 0 of the next month is the last day of this one.
  if (mm < 1 || mm > 12 || dd < 1 || dd > new Date(Date.UTC(yy, mm, 0)).getUTCDate()) return bad('errDate');
  const iso = `${yy}-${pad(mm)}-${pad(dd)}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return iso > today ? bad('errDateFuture') : ok(iso);
}

/** A US phone number in any common format, as E.164 (`+12065550100`). Short codes are refused. */
export function checkPhone(input?: string): Check {
  if (!clean(input)) return bad('errRequired');
  const phone = parsePhone(input ?? '');
  return phone?.e164.startsWith('+') ? ok(phone.e164) : bad('errPhone');
}

// The same rule as the JSON Schema's `email` format (ajv-formats), so the receiver agrees.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function checkEmail(input?: string): Check {
  const value = String(input ?? '').trim();
  if (!value) return bad('errRequired');
  return value.length <= 254 && EMAIL.test(value) ? ok(value) : bad('errEmail');
}

/**
 * A member ID or group number as printed on the card: letters and digits, with single spaces or
 * hyphens inside. An optional one that is empty is `null`.
 */
export function checkCardNumber(input?: string, required = true): Check<string | null> {
  const value = clean(input);
  if (!value) return required ? bad('errRequired') : ok(null);
  return value.length <= 40 && /^[A-Za-z0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?$/.test(value)
    ? ok(value)
    : bad('errCardNumber');
}

/** Every error in the form, in the order the fields appear. Only fields shown in the mode count. */
export function validateForm(s: FormState, now = new Date()): FormErrors {
  const errors: FormErrors = {};
  const put = (name: FieldName, check: Check<unknown>): void => {
    if (check.error) errors[name] = check.error;
  };
  const chosen = (value?: string): Check => (value ? ok(value) : bad('errChoose'));
  const verify = s.mode === 'verify';
  put('who', chosen(s.who));
  if (s.who === 'loved-one') put('relationship', checkText(s.relationship));
  put('firstName', checkName(s.firstName));
  put('lastName', checkName(s.lastName));
  if (verify) put('dob', checkDate(s.dobMonth, s.dobDay, s.dobYear, now));
  put('phone', checkPhone(s.phone));
  if (verify) {
    put('email', checkEmail(s.email));
    put('carrier', chosen(s.carrier));
    if (s.carrier === OTHER) put('carrierOther', checkText(s.carrierOther));
    put('memberId', checkCardNumber(s.memberId));
    put('groupNumber', checkCardNumber(s.groupNumber, false));
    put('holder', chosen(s.holder));
    if (s.holder === 'no') {
      put('holderFirstName', checkName(s.holderFirstName));
      put('holderLastName', checkName(s.holderLastName));
      put('holderDob', checkDate(s.holderDobMonth, s.holderDobDay, s.holderDobYear, now));
      put('holderRelationship', checkText(s.holderRelationship, 50));
    }
  }
  if (!s.consent) errors.consent = 'errConsent';
  return errors;
}
