// @ts-check
/**
 * The configurator's logic that does not need a page: checking what a site owner typed, and
 * writing the snippet they copy. Pure and DOM-free, so it is tested with tables of cases
 * (test/docs/snippet.test.ts).
 *
 * Plain JavaScript with JSDoc types (see snippet.d.ts) so the demo server, which serves files as
 * they are, can load it as well as the docs build.
 */

/** Where the public CDN serves the package's files, straight from npm. */
export const CDN_PREFIX = 'https://cdn.jsdelivr.net/npm/intake-widgets@';
export const CDN_FILE = '/dist/intake-widgets.js';

/** The widgets' own defaults (tokens in src/styles/host.ts), for the contrast checks. */
export const DEFAULT_COLORS = Object.freeze({
  accent: '#0b5cad',
  onAccent: '#ffffff',
  text: '#1b1f24',
  muted: '#4a5560',
  surface: '#ffffff',
});

/** The US time zones the configurator offers in its list, with a plain label each. */
export const US_TIME_ZONES = Object.freeze([
  ['America/New_York', 'Eastern (New York, Atlanta, Miami)'],
  ['America/Chicago', 'Central (Chicago, Dallas, Nashville)'],
  ['America/Denver', 'Mountain (Denver, Salt Lake City)'],
  ['America/Phoenix', 'Arizona (Phoenix, no daylight saving)'],
  ['America/Los_Angeles', 'Pacific (Los Angeles, Seattle, Portland)'],
  ['America/Anchorage', 'Alaska (Anchorage)'],
  ['Pacific/Honolulu', 'Hawaii (Honolulu)'],
  ['America/Puerto_Rico', 'Atlantic (Puerto Rico)'],
  ['America/Detroit', 'Eastern (Detroit)'],
  ['America/Indiana/Indianapolis', 'Eastern (Indianapolis)'],
  ['America/Kentucky/Louisville', 'Eastern (Louisville)'],
  ['America/Boise', 'Mountain (Boise)'],
]);

/**
 * The three widgets: their tag, the options that apply to each (in the order their attributes
 * are written), and the height to reserve while the script loads (as in the README).
 * @type {Readonly<Record<import('./snippet.js').WidgetId, import('./snippet.js').WidgetInfo>>}
 */
export const WIDGETS = Object.freeze({
  'contact-card': {
    tag: 'intake-contact-card',
    label: 'Contact card',
    reserve: '28em',
    options: [
      'name',
      'heading',
      'phone',
      'sms',
      'smsNumber',
      'email',
      'address',
      'hours',
      'timezone',
      'afterHoursPhone',
      'layout',
      'crisis',
      'lang',
    ],
  },
  'care-quiz': {
    tag: 'intake-care-quiz',
    label: 'Care quiz',
    reserve: '24em',
    options: ['heading', 'phone', 'insuranceHref', 'lang'],
  },
  'insurance-check': {
    tag: 'intake-insurance-check',
    label: 'Insurance check',
    reserve: '104em',
    options: ['heading', 'phone', 'endpoint', 'carriers', 'cardUpload', 'lang'],
  },
});

/** Theme options and the custom property each one sets. */
export const THEME = Object.freeze([
  ['accent', '--intake-accent'],
  ['text', '--intake-text'],
  ['surface', '--intake-surface'],
  ['radius', '--intake-radius'],
  ['font', '--intake-font'],
]);

/** Every option's starting value: nothing set, so the widgets' own defaults apply. */
export function emptyValues() {
  return {
    name: '',
    heading: '',
    phone: '',
    sms: false,
    smsNumber: '',
    email: '',
    address: '',
    hours: '',
    timezone: '',
    afterHoursPhone: '',
    layout: 'card',
    crisis: false,
    lang: '',
    carriers: '',
    endpoint: '',
    insuranceHref: '',
    cardUpload: false,
    siteDefaults: false,
    accent: '',
    text: '',
    surface: '',
    radius: '',
    font: '',
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

/** C0 controls except tab and line feed, and DEL: never meant, and some are parse errors in HTML. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\0-\b\v\f\x0E-\x1F\x7F]/g;

/**
 * Text made safe to write between tags: `&`, `<` and `>` escaped.
 * @param {string} text
 */
export function escapeText(text) {
  return String(text).replace(CONTROL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One attribute as written in HTML: `name` alone for `true`, else `name="value"` with the value
 * escaped. A value with double quotes and no single quotes (a name like `"Recovery"`, a JSON
 * object) is put in single quotes, so it stays readable; the quote that delimits is escaped.
 * @param {string} name
 * @param {string | true} value
 */
export function attribute(name, value) {
  if (value === true) return name;
  const text = escapeText(value);
  if (text.includes('"') && !text.includes("'")) return `${name}='${text}'`;
  return `${name}="${text.replace(/"/g, '&quot;')}"`;
}

/**
 * An opening tag, on one line when short, else one attribute per line.
 * @param {string} tag
 * @param {ReadonlyArray<readonly [string, string | true]>} attributes
 */
function openTag(tag, attributes) {
  const written = attributes.map(([name, value]) => attribute(name, value));
  const oneLine = `<${[tag, ...written].join(' ')}>`;
  if (oneLine.length <= 100 && !oneLine.includes('\n')) return oneLine;
  return `<${tag}\n${written.map((text) => `  ${text}`).join('\n')}>`;
}

// ---------------------------------------------------------------------------------------------
// Checks of single values (mirrors of what the widgets accept)

/** The phone keypad digit of each letter a–z, for vanity numbers like 1-800-GET-HELP. */
const KEYPAD = '22233344455566677778889999';
const NANP = /^(1?)(?!.11|....11)([2-9]\d\d)([2-9]\d\d)(\d{4})$/;
const SHORT_CODES = ['911', '988', '741741'];
/** National helplines the widgets refuse as the center's own number (src/core/crisis-lines.ts). */
const HELPLINES = ['+18006624357', '+18004874889', '+18002221222', '+18002738255'];

/**
 * Why a crisis line or a national helpline is refused as the center's own number, as the widget refuses it.
 * @param {string} code
 */
const shortCodeNote = (code) => {
  const phone = parsePhone(code);
  return phone && HELPLINES.includes(phone.e164)
    ? `${phone.display} is a national helpline, not your center's own number (the card links to it where it belongs).`
    : `${code.trim()} is a crisis or emergency line, not your center's own number (the widgets link to 988 and 911 where they belong).`;
};

/**
 * Whether `input` is a short code (988, 911) or a national helpline rather than the center's own number.
 * @param {string} input
 */
function isShortCode(input) {
  const phone = parsePhone(input);
  return Boolean(phone && (!phone.e164.startsWith('+') || HELPLINES.includes(phone.e164)));
}

/**
 * A US number as the widgets read it (src/core/phone.ts; a test keeps the two in step):
 * `{ e164, display }`, or null when the widgets would not accept it.
 * @param {string} input
 * @returns {{ e164: string, display: string } | null}
 */
export function parsePhone(input) {
  const text =
    typeof input === 'string'
      ? input
          .trim()
          .replace(/[\u00ad\u061c\u200b-\u200f\u2060-\u2064\ufeff]/g, '')
          .replace(/^tel:/i, '')
          .replace(/[\u2010-\u2015\u2212/]/g, '-')
      : '';
  if (text.length > 40) return null;
  if (SHORT_CODES.includes(text)) return { e164: text, display: text };
  if (!/^\+?[0-9A-Za-z \t\u00a0().-]+$/.test(text)) return null;
  // A letter O or l (or I) touching a digit is a typing slip, not a vanity word.
  if (/\d[OoIl]|[OoIl]\d/.test(text)) return null;
  let characters = text.replace(/[^0-9a-z]/gi, '');
  const firstLetter = characters.search(/[a-z]/i);
  // A vanity word that starts the exchange or the line may run past the number (1-800-RECOVERY).
  const code = characters[0] === '1' ? 1 : 0;
  if (
    (firstLetter === code + 3 || firstLetter === code + 6) &&
    /^[a-z]+$/i.test(characters.slice(firstLetter))
  )
    characters = characters.slice(0, code + 10);
  const digits = characters.replace(/[a-z]/gi, (letter) => KEYPAD[parseInt(letter, 36) - 10]);
  const match = NANP.exec(digits);
  if (!match) return null;
  const [, countryCode, area, exchange, line] = match;
  if (text[0] === '+' && !countryCode) return null;
  if (firstLetter >= 0 && firstLetter < countryCode.length + 3) return null;
  return { e164: `+1${area}${exchange}${line}`, display: `(${area}) ${exchange}-${line}` };
}

/** Control and direction characters, as the hours parser refuses them. */
const HOURS_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\0-\b\v\f\x0E-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const DAY_CODES = 'motuwethfrsasu';
/** A comma between rules, as in the widget: after hours, before a day. */
const ADDITIONAL_RULE = /(?<=\d|off|closed)\s*,\s*(?=[a-z]{2}(?![a-z]))/i;

/**
 * What the widget's hours parser (src/core/opening-hours.ts) would skip in `spec`, in
 * its words: an empty list means every part is understood. A test keeps the two in step.
 * @param {string} spec
 * @returns {string[]}
 */
export function hoursErrors(spec) {
  const text = typeof spec === 'string' ? spec : '';
  if (text.trim() && text.length > 500) return [`too long (${text.length} characters; the limit is 500)`];
  const errors = [];
  let rules = 0;
  for (const part of text.split(';').flatMap((group) => group.split(ADDITIONAL_RULE))) {
    const rule = part
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/ ?([-,]) ?/g, '$1');
    if (rule === '') continue;
    try {
      if (HOURS_CONTROL.test(part)) throw 'it contains control characters';
      checkRule(rule);
      rules++;
    } catch (reason) {
      errors.push(`skipped ${quote(part)}: ${reason}`);
    }
  }
  if (!rules && !errors.length) errors.push('no opening hours given');
  return errors;
}

/** @param {string} text */
function checkRule(text) {
  const tokens = (text === '24/7' ? '00:00-24:00' : text).split(' ');
  if (tokens.length > 2) throw `unexpected ${quote(tokens.slice(2).join(' '))}`;
  const times = /** @type {string} */ (tokens.pop());
  const days = tokens.pop();
  const off = /^(?:off|closed)$/i.test(times);
  if (days === undefined && !/^\d/.test(times) && !off) {
    throw 'no hours given (write e.g. "Mo-Fr 09:00-17:00" or "Su off")';
  }
  for (const part of (days ?? 'Mo-Su').split(',')) {
    const match = /^([a-z]{2})(?:-([a-z]{2}))?$/i.exec(part);
    if (!match) throw `${quote(part)} is not a day like Mo or a range like Mo-Fr`;
    for (const code of [match[1], match[2] ?? match[1]]) {
      if (DAY_CODES.indexOf(code.toLowerCase()) % 2) throw `unknown day ${quote(code)}`;
    }
  }
  if (off) return;
  for (const part of times.split(',')) {
    const match = /^(\d\d?):(\d\d)-(\d\d?):(\d\d)$/.exec(part);
    if (!match) throw `${quote(part)} is not a time range like 09:00-17:00`;
    const [, startHour, startMinute, endHour, endMinute] = match.map(Number);
    if (
      startMinute > 59 ||
      endMinute > 59 ||
      startHour * 60 + startMinute >= 1440 ||
      endHour * 60 + endMinute > 1440
    ) {
      throw `${quote(part)} has a time outside 00:00-24:00`;
    }
    // The widgets refuse a 12-hour slip ("8:00-5:00", "8:00-8:00", "12:00-5:00"), which read as
    // written runs overnight or all day.
    const start = startHour * 60 + startMinute;
    const end = endHour * 60 + endMinute;
    if (start < 780 && end >= 60 && end <= start && end + 720 > start) {
      throw `${quote(part)} looks like a 12-hour clock: hours are 24-hour (5 PM is 17:00; all day is 00:00-24:00); an overnight range that starts before 1 PM is two, e.g. "Mo 12:00-24:00, Tu 00:00-02:00"`;
    }
  }
}

/** @param {string} text */
function quote(text) {
  const clean = text.trim().replace(new RegExp(HOURS_CONTROL.source, 'g'), '?');
  return `"${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}"`;
}

/**
 * Whether `zone` is a time zone the browser knows, e.g. `America/Chicago`.
 * @param {string} zone
 */
export function isTimeZone(zone) {
  if (!zone || zone.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A tag of the HTML page editors write, or a link with its href (as text-attribute.ts). */
const HTML_TAG =
  /<\/a>|<a\s[^>]*href[^>]*>|<\/?(?:abbr|b|big|blockquote|br|center|cite|code|del|div|em|font|form|h[1-6]|hr|i|iframe|img|input|ins|label|li|mark|o:p|ol|p|pre|q|s|script|section|small|span|strike|strong|style|sub|sup|table|td|th|tr|u|ul)(?=[\s/>])[^>]*>/i;
/** Zones on one offset all year: "MST", "UTC", "Etc/GMT+7", "-07:00" (as contact-card.ts). */
const STANDARD_ALL_YEAR = /^(MST|UTC|GMT|Etc\/.*|[+-]\d\d(:?\d\d)?)$/i;
/** The widgets' email check: one @, no spaces or URL syntax (at most 254 characters, checked first). */
const EMAIL = /^[^\s@?&#/:]+@[^\s@?&#/:.]+(?:\.[^\s@?&#/:.]+)+$/;
/** Characters no real address contains (as the widgets' URL guard). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NOT_A_URL = /[\u0000-\u001f\u007f"<>`\u202a-\u202e\u2066-\u2069]/;

/**
 * A link or endpoint the widgets accept without knowing the site: `https://…`, a path on the
 * same site (`/insurance`), or, for endpoints only, `http://localhost` while testing.
 * @param {string} value
 * @param {boolean} localhost
 */
export function isSiteUrl(value, localhost) {
  const text = value.trim();
  if (!text || text.length > 2048 || NOT_A_URL.test(text)) return false;
  if (text.startsWith('/') && !text.startsWith('//')) return true;
  let url;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return localhost && url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Documentation placeholders (example.com, .org, .net, `*.example`): the widgets refuse to send to them. */
const PLACEHOLDER_HOST = /(^|\.)example(\.(com|org|net))?$/i;

/**
 * Whether `value`, an address {@link isSiteUrl} accepted, is on a documentation placeholder host
 * left in a copied example (a path on the site is not).
 * @param {string} value
 */
function isPlaceholderHost(value) {
  const text = value.trim();
  return !text.startsWith('/') && PLACEHOLDER_HOST.test(new URL(text).hostname);
}

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** Colour functions with numbers, units, `/` and keywords like `none` or `deg` inside; nothing else. */
const COLOR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([-+0-9a-z.%,/ ]*\)$/i;
const COLOR_NAME = /^[a-z]{3,24}$/i;
const LENGTH = /^(?:0|\d{0,3}(?:\.\d{1,3})?(?:px|em|rem|%))$/;
const FONT = /^[a-z0-9 ,"'.-]{1,200}$/i;

/**
 * Whether `value` is safe to write into the snippet's `<style>` as this theme option, by its
 * characters alone (a colour, a length, or a font list): nothing that could end a declaration,
 * a rule or the style element. `supports` (the page's `CSS.supports`) can add the browser's word.
 * @param {'accent' | 'text' | 'surface' | 'radius' | 'font'} option
 * @param {string} value
 * @param {(property: string, value: string) => boolean} [supports]
 */
export function isThemeValue(option, value, supports) {
  const text = value.trim();
  let shape;
  let property;
  if (option === 'radius') {
    shape = LENGTH.test(text) && text !== '';
    property = 'border-radius';
  } else if (option === 'font') {
    const quotesPaired = (text.split('"').length - 1) % 2 === 0 && (text.split("'").length - 1) % 2 === 0;
    shape = FONT.test(text) && quotesPaired && !/^[\s,]|,\s*,|,\s*$/.test(text);
    property = 'font-family';
  } else {
    shape = HEX.test(text) || COLOR_FUNCTION.test(text) || COLOR_NAME.test(text);
    property = 'color';
  }
  return shape && (!supports || supports(property, text));
}

// ---------------------------------------------------------------------------------------------
// Contrast

/**
 * `#rgb`, `#rrggbb` (alpha ignored) or `rgb(r, g, b)` / `rgb(r g b)` as 0–255 channels; null for
 * anything else (the page turns other colours into `rgb()` with getComputedStyle first).
 * @param {string} color
 * @returns {[number, number, number] | null}
 */
export function parseColor(color) {
  const text = color.trim().toLowerCase();
  if (HEX.test(text)) {
    let hex = text.slice(1);
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
    const channel = (/** @type {number} */ i) => parseInt(hex.slice(i, i + 2), 16);
    return [channel(0), channel(2), channel(4)];
  }
  const match =
    /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(
      text,
    );
  if (!match) return null;
  const channels = match.slice(1, 4).map(Number);
  return channels.every((c) => c <= 255) ? /** @type {[number, number, number]} */ (channels) : null;
}

/**
 * WCAG 2 contrast ratio of two colours (1 to 21), or null when either cannot be read.
 * @param {string} a
 * @param {string} b
 */
export function contrastRatio(a, b) {
  const first = parseColor(a);
  const second = parseColor(b);
  if (!first || !second) return null;
  const luminance = (/** @type {number[]} */ rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** @param {number} ratio */
const ratioText = (ratio) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

// ---------------------------------------------------------------------------------------------
// Checking a whole configuration

/** Appended to every error: the snippet never carries a value the widget would refuse. */
export const LEFT_OUT = 'Left out of the snippet until fixed.';

/**
 * What is wrong (`errors`: the value is left out of the snippet and the preview) and what is
 * worth knowing (`warnings`: the value is used) for the options of `widget`, by option name.
 * `resolveColor` turns any CSS colour into `rgb()` for the contrast checks (the page's computed
 * style); `supports` is the page's `CSS.supports`.
 * @param {import('./snippet.js').WidgetId} widget
 * @param {import('./snippet.js').Values} values
 * @param {{ supports?: (property: string, value: string) => boolean, resolveColor?: (color: string) => string }} [page]
 * @returns {import('./snippet.js').Check}
 */
export function check(widget, values, page = {}) {
  /** @type {Record<string, string>} */
  const errors = {};
  /** @type {Record<string, string>} */
  const warnings = {};
  const uses = new Set(WIDGETS[widget].options);
  const phone = values.phone.trim();

  if (phone && isShortCode(phone)) {
    errors.phone = `${shortCodeNote(phone)} ${LEFT_OUT}`;
  } else if (phone && !parsePhone(phone)) {
    errors.phone = `Write a US number, like (206) 555-0100 or +1 206 555 0100. ${LEFT_OUT}`;
  } else if (!phone) {
    warnings.phone = {
      'contact-card': 'Without a number the card has no call button.',
      'care-quiz': 'Without a number the result and crisis screens have no button to call you.',
      'insurance-check': 'Without a number a visitor whose form could not be sent has no one to call.',
    }[widget];
  }
  if (uses.has('smsNumber') && values.sms && values.smsNumber.trim() && !parsePhone(values.smsNumber)) {
    errors.smsNumber = `Write a US number that takes text messages. ${LEFT_OUT}`;
  }
  if (uses.has('afterHoursPhone') && values.afterHoursPhone.trim() && !parsePhone(values.afterHoursPhone)) {
    errors.afterHoursPhone = `Write a US number, like (206) 555-0199. ${LEFT_OUT}`;
  } else if (uses.has('afterHoursPhone') && isShortCode(values.afterHoursPhone)) {
    errors.afterHoursPhone = `${shortCodeNote(values.afterHoursPhone)} ${LEFT_OUT}`;
  }
  const email = values.email.trim();
  // A pasted `mailto:` link is an address to the widget too.
  const address = email.replace(/^mailto:/i, '');
  if (uses.has('email') && email && (address.length > 254 || !EMAIL.test(address))) {
    errors.email = `Write one address, like admissions@example.org. ${LEFT_OUT}`;
  }

  const hours = values.hours.trim();
  const zone = values.timezone.trim();
  if (uses.has('hours') && hours) {
    const skipped = hoursErrors(hours);
    if (skipped.length) errors.hours = `Not understood: ${skipped.join('; ')}. ${LEFT_OUT}`;
    else if (!zone && !/^(?:24\/7|mo-su 00:00-24:00)$/i.test(hours)) {
      warnings.timezone = 'Choose the time zone: without it the card cannot say whether you are open now.';
    }
  }
  if (uses.has('timezone') && zone && !isTimeZone(zone)) {
    errors.timezone = `Not a time zone this browser knows. Use an IANA name such as America/Chicago. ${LEFT_OUT}`;
  } else if (uses.has('timezone') && STANDARD_ALL_YEAR.test(zone)) {
    // As the widget warns (contact-card.ts): an hour off for half the year where clocks change.
    warnings.timezone =
      'This zone keeps one offset all year (right for Arizona: America/Phoenix). Where the clocks change, choose the place, such as America/Denver.';
  }

  const endpoint = values.endpoint.trim();
  if (uses.has('endpoint')) {
    if (endpoint && !isSiteUrl(endpoint, true)) {
      errors.endpoint = `Use an https:// address or a path on your site such as /api/intake. ${LEFT_OUT}`;
    } else if (endpoint && isPlaceholderHost(endpoint)) {
      errors.endpoint = `That is an example address from the documentation: use your own receiver's address. ${LEFT_OUT}`;
    } else if (!endpoint) {
      warnings.endpoint = 'Without an endpoint the form cannot send: visitors are asked to call instead.';
    }
  }
  // As the widget warns (text-attribute.ts): text is shown as text, so pasted HTML shows its tags.
  for (const key of /** @type {const} */ (['name', 'heading', 'address'])) {
    if (uses.has(key) && HTML_TAG.test(values[key])) {
      warnings[key] = 'This has HTML in it, which the widget shows as text: write plain words.';
    }
  }
  const insuranceHref = values.insuranceHref.trim();
  if (uses.has('insuranceHref') && insuranceHref && !isSiteUrl(insuranceHref, false)) {
    errors.insuranceHref = `Use an https:// address or a path on your site such as /insurance. ${LEFT_OUT}`;
  }

  for (const [option] of THEME) {
    const key = /** @type {'accent' | 'text' | 'surface' | 'radius' | 'font'} */ (option);
    const value = values[key].trim();
    if (value && !isThemeValue(key, value, page.supports)) {
      errors[key] = `${
        key === 'radius'
          ? 'Write one length, like 4px, 0.5em or 0.'
          : key === 'font'
            ? 'Write font names separated by commas, like "Source Sans 3", sans-serif.'
            : 'Write a colour, like #1f4e5f, rgb(31 78 95) or teal.'
      } ${LEFT_OUT}`;
    }
  }
  contrastWarnings(values, errors, warnings, page.resolveColor ?? ((color) => color));
  return { errors, warnings };
}

/**
 * Contrast of the colours in use (the chosen ones, else the widgets' defaults), by WCAG AA's
 * 4.5:1 for text: button text on the accent, links in the accent, text and grey text on the
 * background. Only colours the site owner set are warned about.
 * @param {import('./snippet.js').Values} values
 * @param {Record<string, string>} errors
 * @param {Record<string, string>} warnings
 * @param {(color: string) => string} resolve
 */
function contrastWarnings(values, errors, warnings, resolve) {
  const chosen = (/** @type {'accent' | 'text' | 'surface'} */ key) =>
    values[key].trim() && !errors[key] ? resolve(values[key].trim()) : null;
  const accent = chosen('accent');
  const text = chosen('text');
  const surface = chosen('surface');
  const colors = {
    accent: accent ?? DEFAULT_COLORS.accent,
    text: text ?? DEFAULT_COLORS.text,
    surface: surface ?? DEFAULT_COLORS.surface,
  };
  const low = (/** @type {string} */ a, /** @type {string} */ b) => {
    const ratio = contrastRatio(a, b);
    return ratio !== null && ratio < 4.5 ? ratio : null;
  };
  const aa = 'text needs at least 4.5:1 to be readable (WCAG AA).';
  if (accent || surface) {
    const onAccent = low(colors.accent, DEFAULT_COLORS.onAccent);
    const asLink = low(colors.accent, colors.surface);
    const problems = [
      onAccent !== null ? `white button text on this accent is ${ratioText(onAccent)}` : '',
      asLink !== null ? `links in this accent on the background are ${ratioText(asLink)}` : '',
    ].filter(Boolean);
    if (problems.length) {
      warnings[accent ? 'accent' : 'surface'] =
        `Low contrast: ${problems.join(', and ')}; ${aa} ${accent ? 'Try a darker accent.' : 'Try a lighter background.'}`;
    }
  }
  if (text || surface) {
    const body = low(colors.text, colors.surface);
    const muted = surface ? low(DEFAULT_COLORS.muted, colors.surface) : null;
    const problems = [
      body !== null ? `text on the background is ${ratioText(body)}` : '',
      muted !== null ? `the widgets' grey secondary text on it is ${ratioText(muted)}` : '',
    ].filter(Boolean);
    if (problems.length) {
      const key = text && body !== null ? 'text' : 'surface';
      warnings[key] = [warnings[key], `Low contrast: ${problems.join(', and ')}; ${aa}`]
        .filter(Boolean)
        .join(' ');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Attributes, CSS and the snippet

/** What follows a comma inside a company's name ("Blue Cross, Inc."), not another name. */
const COMPANY_SUFFIX = /^(inc|llc|l\.l\.c|co|corp|ltd|lp|l\.p|plc|n\.a)\.?$/i;

/**
 * The carriers as the attribute wants them: one per line or comma-separated in, `A, B, C` out.
 * As in the widget, a list with a semicolon is split at semicolons (and lines) only, for names
 * with a comma; a comma before "Inc." and the like stays inside the name. A name with a comma
 * comes out as `A, Inc.; B`.
 * @param {string} text
 */
export function carrierList(text) {
  const names = [];
  for (const part of text.split(text.includes(';') ? /[;\n]/ : /[,\n]/)) {
    const name = part.replace(/\s+/g, ' ').trim();
    if (COMPANY_SUFFIX.test(name) && names.length) names[names.length - 1] += `, ${name}`;
    else if (name) names.push(name);
  }
  return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
}

/**
 * The element's attributes for these values, in a fixed order, leaving out what is empty or in
 * `errors`. `phone` and `lang` are included; the snippet may move them to the script tag.
 * @param {import('./snippet.js').WidgetId} widget
 * @param {import('./snippet.js').Values} values
 * @param {Record<string, string>} [errors]
 * @returns {Array<[string, string | true]>}
 */
export function widgetAttributes(widget, values, errors = {}) {
  /** @type {Array<[string, string | true]>} */
  const attributes = [];
  const text = (/** @type {string} */ name, /** @type {keyof import('./snippet.js').Values} */ option) => {
    const value = String(values[option]).trim();
    if (value && !errors[option]) attributes.push([name, value]);
  };
  for (const option of WIDGETS[widget].options) {
    switch (option) {
      case 'heading':
        if (widget === 'insurance-check') {
          // No heading attribute: its text is one of the `strings` the widget lets a site override.
          const heading = values.heading.trim();
          if (heading) attributes.push(['strings', JSON.stringify({ heading })]);
        } else text('heading', 'heading');
        break;
      case 'sms':
        if (values.sms) {
          const other = values.smsNumber.trim();
          attributes.push(['sms', other && !errors.smsNumber ? other : true]);
        }
        break;
      case 'smsNumber':
        break;
      case 'afterHoursPhone':
        text('after-hours-phone', 'afterHoursPhone');
        break;
      case 'insuranceHref':
        text('insurance-href', 'insuranceHref');
        break;
      case 'carriers': {
        const list = carrierList(values.carriers);
        if (list) attributes.push(['carriers', list]);
        break;
      }
      case 'cardUpload':
        if (values.cardUpload) attributes.push(['card-upload', true]);
        break;
      case 'layout':
        if (values.layout === 'bar') attributes.push(['layout', 'bar']);
        break;
      case 'crisis':
        if (values.crisis) attributes.push(['crisis', true]);
        break;
      case 'lang':
        if (values.lang === 'en' || values.lang === 'es') attributes.push(['lang', values.lang]);
        break;
      default:
        text(option, option);
    }
  }
  return attributes;
}

/**
 * The `<style>` rules: the chosen `--intake-*` values on the element's tag, and room kept for
 * the widget while the script loads (no layout shift; a bar takes no room).
 * @param {import('./snippet.js').WidgetId} widget
 * @param {import('./snippet.js').Values} values
 * @param {Record<string, string>} [errors]
 */
export function themeCss(widget, values, errors = {}) {
  const { tag, reserve } = WIDGETS[widget];
  const declarations = THEME.filter(([option]) => {
    const key = /** @type {'accent' | 'text' | 'surface' | 'radius' | 'font'} */ (option);
    return values[key].trim() && !errors[key] && isThemeValue(key, values[key]);
  }).map(([option, property]) => `    ${property}: ${values[/** @type {'accent'} */ (option)].trim()};`);
  const rules = declarations.length ? [`  ${tag} {\n${declarations.join('\n')}\n  }`] : [];
  const bar = widget === 'contact-card' && values.layout === 'bar';
  if (bar) rules.push(`  ${tag}[layout='bar']:not(:defined) { display: none; }`);
  else {
    // Should the script never run, the room goes back after 5 s and the fallback inside shows;
    // the card's fallback (its phone link) is visible from the start, the others' only then.
    const hidden = widget === 'contact-card' ? '' : ' visibility: hidden;';
    rules.push(
      `  ${tag}:not(:defined) {\n    display: block; min-height: ${reserve};${hidden}\n    animation: intake-not-loaded 0s 5s forwards;\n  }`,
      '  @keyframes intake-not-loaded { to { min-height: 0; visibility: visible; } }',
    );
  }
  return rules.join('\n');
}

/** What a quiz or an insurance form shows if the script never runs: the number to call instead. */
const FALLBACK = {
  'care-quiz': {
    en: 'Call {phone} to talk about which program fits.',
    es: 'Llame al {phone} para hablar de qué programa le conviene.',
  },
  'insurance-check': {
    en: 'Call {phone} and we will check your benefits with you.',
    es: 'Llame al {phone} y revisaremos sus beneficios con usted.',
  },
};

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const SRI = /^sha384-[A-Za-z0-9+/]{64}$/;

/**
 * `sha384-…` for a SHA-384 digest (the bytes `crypto.subtle.digest` gives).
 * @param {ArrayBuffer | Uint8Array} digest
 */
export function sriFromDigest(digest) {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  return `sha384-${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * The script URL on the CDN for a release.
 * @param {string} version
 */
export function cdnUrl(version) {
  if (!SEMVER.test(version)) throw new TypeError(`not a release version: ${JSON.stringify(version)}`);
  return `${CDN_PREFIX}${version}${CDN_FILE}`;
}

/**
 * Attributes that "for every widget on the site" moves to the script tag as `data-*`: the phone
 * and language of any widget, and a card's admissions hours, with which the quiz and the
 * insurance form offer the 24/7 line at night.
 */
const SITE_WIDE = ['phone', 'lang', 'hours', 'timezone', 'after-hours-phone'];

/**
 * The snippet a site owner pastes: the script tag (pinned release, `integrity` when known, and
 * with `siteDefaults` the phone, language and a card's hours as site-wide `data-*` defaults), the theme's
 * `<style>`, and the element. With a phone, what is inside is what visitors see if the script
 * cannot run: a contact card's number as a `tel:` link (also what call-tracking scripts swap),
 * a sentence with that link in a quiz or an insurance form.
 * @param {import('./snippet.js').SnippetOptions} options
 */
export function buildSnippet({ widget, values, version, integrity = '', errors = {} }) {
  const { tag } = WIDGETS[widget];
  const all = widgetAttributes(widget, values, errors);
  const phone = values.phone.trim() && !errors.phone ? parsePhone(values.phone) : null;
  const moved = values.siteDefaults ? [...SITE_WIDE] : [];
  if (widget === 'contact-card' && phone) moved.push('phone');
  const own = all.filter(([name]) => !moved.includes(name));

  /** @type {Array<[string, string | true]>} */
  const script = [['src', cdnUrl(version)]];
  if (integrity) {
    if (!SRI.test(integrity))
      throw new TypeError(`not a SHA-384 integrity value: ${JSON.stringify(integrity)}`);
    script.push(['integrity', integrity], ['crossorigin', 'anonymous']);
  }
  if (values.siteDefaults) {
    for (const [name, value] of all) if (SITE_WIDE.includes(name)) script.push([`data-${name}`, value]);
  }
  script.push(['defer', true]);

  const link = phone
    ? `${openTag('a', [['href', `tel:${phone.e164}`]])}${escapeText(phone.display)}</a>`
    : '';
  const fallback = widget === 'contact-card' ? null : FALLBACK[widget][values.lang === 'es' ? 'es' : 'en'];
  const inside = !phone
    ? ''
    : fallback
      ? `\n  <p>${escapeText(fallback).replace('{phone}', link)}</p>\n`
      : `\n  ${link}\n`;
  return [
    `<!-- intake-widgets ${version}: the script, once per page -->`,
    `${openTag('script', script)}</script>`,
    '<!-- The widget: paste it where it should appear -->',
    `<style>\n${themeCss(widget, values, errors)}\n</style>`,
    `${openTag(tag, own)}${inside}</${tag}>`,
    '',
  ].join('\n');
}
