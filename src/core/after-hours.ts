/**
 * Admissions' hours as set once for the whole site (`data-hours`, `data-timezone`,
 * `data-after-hours-phone`), for the widgets that offer a call: the contact card falls back to
 * them, and the quiz and the insurance form use them so that "Call" at night reaches the line
 * that answers rather than a closed office.
 */
import { HELPLINES } from './crisis-lines.js';
import { centerNumber, siteDefaults } from './defaults.js';
import { hoursStatus, isValidTimeZone, type ParsedHours, parseOpeningHours } from './opening-hours.js';
import { type ParsedPhone, parsePhone } from './phone.js';
import { warnOnce, warnSiteSetting } from './warn.js';

/** What is wrong with a site-wide after-hours line or time zone: the same words from every widget. */
export const NOT_A_PHONE = ' is not a phone number; it is not used';
export const NOT_A_ZONE = ' is not an IANA time zone such as "America/Los_Angeles"; data-hours is not used';
export const NO_SITE_ZONE =
  'data-hours is set without data-timezone (an IANA name such as "America/Los_Angeles"); it is not used';

/**
 * A 24/7 line as written: a full number, not a short code. `988` or `911` there would be offered
 * as "Call our 24/7 line: 988", a crisis line passed off as the center's own (the after-hours note
 * names 988 and 911 already).
 */
export function afterHoursNumber(text: string | undefined): ParsedPhone | null {
  return text ? centerNumber(text) : null;
}

/** What a short code in place of a 24/7 line is, for a warning. */
export const SHORT_CODE =
  "a short code such as 988 or 911 is not the center's own 24/7 line (the after-hours note names them already)";

/**
 * What the crisis line or helpline in `text` is instead of a 24/7 line, for a warning; null when
 * `text` is no such line.
 */
export function crisisLineNote(text: string): string | null {
  const line = parsePhone(text);
  if (!line) return null;
  return HELPLINES.includes(line.e164)
    ? `${line.display} is a national helpline, not the center's own 24/7 line (the after-hours note names SAMHSA's already)`
    : SHORT_CODE;
}

/** Why `text` is not a 24/7 line (see {@link afterHoursNumber}), for a site setting's warning. */
export function notAnAfterHoursLine(text: string): string {
  const note = crisisLineNote(text);
  return note ? `: ${note}; it is not used` : NOT_A_PHONE;
}

/** The warning's end for hours with a mistake: what could not be read, and that none are used. */
export function hoursProblem(parsed: ParsedHours): string {
  return `: ${parsed.errors.join('; ')}; the hours are not used`;
}

/** The site's after-hours line if admissions is closed now, and when that next changes. */
export interface SiteAfterHours {
  line: ParsedPhone | null;
  /** When admissions next opens or closes; null when the hours never change (or are unusable). */
  nextChange: Date | null;
}

const NONE: SiteAfterHours = { line: null, nextChange: null };

/**
 * The site's after-hours line when the site's hours say admissions is closed at `now` (null while
 * open, when the hours are 24/7, or when any of the three settings is missing), and when that
 * changes, so a screen offering a call can follow. A setting that cannot be read warns once and
 * leaves the admissions number in place.
 */
export function siteAfterHours(now = new Date()): SiteAfterHours {
  const { hours, timezone, afterHoursPhone } = siteDefaults();
  if (!hours || !afterHoursPhone) return NONE;
  const line = afterHoursNumber(afterHoursPhone);
  if (!line) {
    warnSiteSetting('after-hours-phone', afterHoursPhone, notAnAfterHoursLine(afterHoursPhone));
    return NONE;
  }
  const parsed = parseOpeningHours(hours);
  // Hours with a mistake in one part are not used at all, as on the card.
  if (parsed.errors.length) {
    warnSiteSetting('hours', hours, hoursProblem(parsed));
    return NONE;
  }
  if (parsed.alwaysOpen) return NONE;
  if (!timezone || !isValidTimeZone(timezone)) {
    if (timezone) warnSiteSetting('timezone', timezone, NOT_A_ZONE);
    else warnOnce(NO_SITE_ZONE);
    return NONE;
  }
  const status = hoursStatus(parsed, now, timezone);
  const nextChange = 'nextChange' in status ? status.nextChange : null;
  return { line: status.kind === 'closed' ? line : null, nextChange };
}
