/**
 * Form state → the contract's request body (intake-widgets/insurance-check/1), and the server's
 * field paths → form fields. Pure and DOM-free; the state is assumed valid (see validate.ts).
 */
import type { Lang } from '../core/i18n.js';
import { checkForm, clean, type FieldName, type FormState, OTHER } from './validate.js';

export type InsuranceStatus = 'verified' | 'in-network' | 'out-of-network' | 'pending' | 'received';
export const STATUSES: readonly InsuranceStatus[] = [
  'verified',
  'in-network',
  'out-of-network',
  'pending',
  'received',
];

interface Person {
  firstName: string;
  lastName: string;
}

export interface CardImages {
  front?: string;
  back?: string;
}

/** The request body; see schemas/insurance-check-request.schema.json. */
export interface InsuranceRequest {
  schema: 'intake-widgets/insurance-check/1';
  submittedAt: string;
  locale: Lang;
  page: string;
  mode: FormState['mode'];
  seeker: { for: 'self' | 'loved-one'; relationship: string | null };
  patient: Person & { dateOfBirth: string | null };
  contact: { phone: string; email: string | null; bestTime: FormState['bestTime']; smsConsent: boolean };
  insurance: {
    carrier: string;
    memberId: string;
    groupNumber: string | null;
    policyholder: (Person & { dateOfBirth: string; relationship: string }) | null;
    cardImages: CardImages | null;
  } | null;
  careLevel: string | null;
  consent: { text: string; accepted: true };
  captchaToken?: string;
}

export interface PayloadContext {
  locale: Lang;
  /** Origin and path of the page: see {@link pageUrl}. */
  page: string;
  /** The exact consent text the visitor saw. */
  consentText: string;
  careLevel?: string | null;
  cardImages?: CardImages | null;
  captchaToken?: string | null;
  now?: Date;
}

/**
 * Origin and path only: a query string or fragment may hold a visitor's data or tracking ids.
 * The path as a valid URI (the contract's `format: uri`): browsers leave some characters RFC 3986
 * does not allow in a path as they are (Chromium `[`, `]` and a stray `%`; others `|` and `^` too),
 * so everything outside its path characters is percent-encoded (a `%` that starts an escape stays).
 */
export function pageUrl(location: { origin: string; pathname: string }): string {
  return (
    location.origin +
    location.pathname.replace(/[^\w\-.~!$&'()*+,;=:@/%]|%(?![\da-f]{2})/giu, encodeURIComponent)
  );
}

/** A care level from a quiz, or null when it is not an outcome id the contract accepts. */
export function careLevelOf(value: unknown): string | null {
  // At most 60 characters. The 911 and 988 screens also complete the quiz, but they are not a
  // level of care.
  return typeof value === 'string' && /^(?!(emergency|crisis)$)[a-z\d][a-z\d:/-]{0,59}$/.test(value)
    ? value
    : null;
}

/** The request body for a validated form. */
export function buildRequest(s: FormState, c: PayloadContext): InsuranceRequest {
  const checks = checkForm(s, c.now);
  /** A field's normalized value (as the check gave it), or null when the form does not ask it. */
  const value = (name: FieldName) => ((checks[name] || undefined)?.value ?? null) as string;
  const { front, back } = c.cardImages ?? {};
  const body: InsuranceRequest = {
    schema: 'intake-widgets/insurance-check/1',
    submittedAt: (c.now ?? new Date()).toISOString(),
    locale: c.locale,
    page: c.page,
    mode: s.mode,
    seeker: {
      for: s.who === 'loved-one' ? 'loved-one' : 'self',
      relationship: value('relationship'),
    },
    patient: { firstName: value('firstName'), lastName: value('lastName'), dateOfBirth: value('dob') },
    contact: {
      phone: value('phone'),
      email: value('email'),
      bestTime: s.bestTime,
      smsConsent: s.sms === true,
    },
    insurance:
      s.mode === 'verify'
        ? {
            carrier: clean(s.carrier === OTHER ? s.carrierOther : s.carrier),
            memberId: value('memberId'),
            groupNumber: value('groupNumber'),
            policyholder:
              s.holder === 'no'
                ? {
                    firstName: value('holderFirstName'),
                    lastName: value('holderLastName'),
                    dateOfBirth: value('holderDob'),
                    relationship: value('holderRelationship'),
                  }
                : null,
            // Only the sides that were given (a removed photo leaves its side undefined).
            cardImages: front || back ? { ...(front && { front }), ...(back && { back }) } : null,
          }
        : null,
    careLevel: careLevelOf(c.careLevel),
    consent: { text: c.consentText.slice(0, 2000), accepted: true },
  };
  if (c.captchaToken) body.captchaToken = c.captchaToken;
  return body;
}

/** A level of {@link PATHS}: a key's field, or the next level (whose own field is under `''`). */
interface PathLevel {
  [key: string]: FieldName | PathLevel;
}

/**
 * Server field paths (422 `errors` keys) and the form field each one belongs to, in the shape of
 * the request body: `insurance.policyholder.dateOfBirth` → `holderDob`.
 */
const PATHS: PathLevel = {
  seeker: { for: 'who', relationship: 'relationship' },
  patient: { firstName: 'firstName', lastName: 'lastName', dateOfBirth: 'dob' },
  contact: { phone: 'phone', email: 'email', bestTime: 'bestTime', smsConsent: 'sms' },
  insurance: {
    carrier: 'carrier',
    memberId: 'memberId',
    groupNumber: 'groupNumber',
    policyholder: {
      '': 'holder',
      firstName: 'holderFirstName',
      lastName: 'holderLastName',
      dateOfBirth: 'holderDob',
      relationship: 'holderRelationship',
    },
    cardImages: { '': 'cardFront', back: 'cardBack' },
  },
  consent: 'consent',
};

/**
 * Whether two bodies are one submission: the same apart from when each was sent and the CAPTCHA's
 * proof (a provider renews its token while the answers stay the same). A resend of one submission
 * keeps its Idempotency-Key, so an edit that ends where it started (a character typed and deleted,
 * a box ticked and unticked) does not make the receiver store the lead twice.
 */
export function sameSubmission(a: InsuranceRequest, b: InsuranceRequest): boolean {
  const answers = ({ submittedAt, captchaToken, ...rest }: InsuranceRequest) => JSON.stringify(rest);
  return answers(a) === answers(b);
}

/**
 * The form field a server error path belongs to (the nearest named ancestor path, so
 * `consent.accepted` → `consent`), or null when the form has no such field.
 */
export function fieldForPath(path: string, s?: FormState): FieldName | null {
  let level: FieldName | PathLevel = PATHS;
  let field: FieldName | null = null;
  for (const key of path.split('.')) {
    if (typeof level === 'string' || !Object.hasOwn(level, key)) break;
    level = level[key];
    field = typeof level === 'string' ? level : ((level[''] as FieldName) ?? null);
  }
  return field === 'carrier' && s?.carrier === OTHER ? 'carrierOther' : field;
}
