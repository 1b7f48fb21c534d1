/**
 * US phone numbers (the North American Numbering Plan) for click-to-call and click-to-text links.
 * Pure and DOM-free.
 */
import { encodeText } from './safe-url.js';
import { INVISIBLE } from './warn.js';

/**
 * Special numbers accepted as written: 911, the 988 Suicide & Crisis Lifeline, and the Crisis Text
 * Line's 741741. They are not NANP numbers, so they keep their short form everywhere.
 */
export const SHORT_CODES = ['911', '988', '741741'] as const;

/** One of {@link SHORT_CODES}. */
export type ShortCode = (typeof SHORT_CODES)[number];

/** A number ready to dial and show: `+12065550100` / `(206) 555-0100`, or a short code as is. */
export interface ParsedPhone {
  e164: string;
  display: string;
}

/** Longer input is not a phone number; the cap also keeps the work trivial. */
const MAX_INPUT_LENGTH = 40;

/** The phone keypad digit of each letter a–z, for vanity numbers like 1-800-GET-HELP. */
const KEYPAD = '22233344455566677778889999';

/** A letter that looks like a digit, next to a digit. */
export const LOOK_ALIKE = /\d[OoIl]|[OoIl]\d/;

/**
 * An optional country code 1, then the ten-digit number. NANP: area code and exchange are NXX
 * (N = 2-9), and neither may be an N11 code (such as 911), which are reserved for services.
 */
const NANP = /^(1?)(?!.11|....11)([2-9]\d\d)([2-9]\d\d)(\d{4})$/;

/**
 * Reads a US/NANP number as people write it — `+1-206-555-0100`, `(206) 555-0100`,
 * `206.555.0100`, `1 206 555 0100`, `2065550100`, `1-800-GET-HELP`, `1-800-RECOVERY`, `206–555–0100`,
 * `tel:+12065550100` — or one of
 * {@link SHORT_CODES}. Null for anything else: wrong digit count, an area code or exchange
 * starting with 0 or 1 (or an N11 service code such as 911 in that place), another country,
 * markup, words.
 */
export function parsePhone(input: string): ParsedPhone | null {
  // A pasted `tel:` link, typographic dashes (U+2010–U+2015, U+2212) and "206/555-0100" read as
  // the plain number they are.
  const text =
    typeof input === 'string'
      ? input
          .trim()
          // Characters that take no room, which copying from a document or a PDF can bring along.
          .replace(INVISIBLE, '')
          .replace(/^tel:/i, '')
          .replace(/[\u2010-\u2015\u2212/]/g, '-')
      : '';
  // An empty text fails the character check below.
  if (text.length > MAX_INPUT_LENGTH) return null;
  if ((SHORT_CODES as readonly string[]).includes(text)) return { e164: text, display: text };
  // Only what people write numbers with; anything else (markup, URLs, "ext.") is not a plain number.
  if (!/^\+?[0-9A-Za-z \t\u00a0().-]+$/.test(text)) return null;

  // A letter O or l (or I) touching a digit is a slip for 0 or 1 ("555-O100", "0l00"), never a
  // vanity word: read as one, it would dial a stranger.
  if (LOOK_ALIKE.test(text)) return null;

  let characters = text.replace(/[^0-9a-z]/gi, '');
  const firstLetter = characters.search(/[a-z]/i);
  // A vanity word may run past the number ("1-800-RECOVERY"): as on a keypad, its letters after
  // the number's last digit are not dialled. Only a word that starts the exchange or the line
  // does, and only when all from it on is letters: "262-4357 office" and "206-GET-435 now", a
  // digit short, must not become numbers.
  const code = characters[0] === '1' ? 1 : 0;
  if (
    (firstLetter === code + 3 || firstLetter === code + 6) &&
    /^[a-z]+$/i.test(characters.slice(firstLetter))
  )
    characters = characters.slice(0, code + 10);
  // In base 36, "a" (or "A") is 10 … "z" is 35: the letter's place in the alphabet plus 10.
  const digits = characters.replace(/[a-z]/gi, (letter) => KEYPAD[parseInt(letter, 36) - 10]);
  const match = NANP.exec(digits);
  if (!match) return null;
  const [, countryCode, area, exchange, line] = match;
  // A leading "+" must be followed by the country code 1; other countries are out of scope.
  if (text[0] === '+' && !countryCode) return null;
  // Vanity letters spell the local number (800-GET-HELP), never the area code or the 1: letters
  // earlier than that are words, and "call me now" must not turn into a number.
  if (firstLetter >= 0 && firstLetter < countryCode.length + 3) return null;
  return { e164: `+1${area}${exchange}${line}`, display: `(${area}) ${exchange}-${line}` };
}

/** A `tel:` URL in E.164 (or the short code), which every phone and softphone dials the same way. */
export function telHref(phone: ParsedPhone): string {
  return `tel:${dialable(phone)}`;
}

/**
 * An `sms:` URL, with an optional prefilled message.
 *
 * The body goes after `?body=` as RFC 5724 defines it (`sms:+15105550101?body=Hello%2C%20world`).
 * Old iOS needed `;body=` or `&body=`, and the combined `?&body=` workaround is read literally by
 * some Android messaging apps; current iOS and Android both accept the standard form. The text
 * is percent-encoded like encodeURIComponent, so spaces become `%20` rather than a `+` that some
 * apps would show as is.
 */
export function smsHref(phone: ParsedPhone, body?: string): string {
  const href = `sms:${dialable(phone)}`;
  if (!body) return href;
  return `${href}?body=${encodeText(body)}`;
}

/** Only `+` and digits reach a URL, even from a hand-built object. */
function dialable(phone: ParsedPhone): string {
  return phone.e164.replace(/[^+\d]/g, '');
}
