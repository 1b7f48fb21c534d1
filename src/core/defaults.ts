/**
 * Site-wide defaults, set once per page and overridden by any widget attribute.
 *
 * Sources, later wins: `window.IntakeWidgets.defaults` set by the site before the script loads,
 * then `data-*` attributes on the script tag (read by embed.ts). The global is read on every use
 * so a site may change defaults at run time and call `IntakeWidgets.refresh()`.
 */
import type { CareRecommendation, RecommendOptions } from '../care-quiz/model.js';
import { HELPLINES } from './crisis-lines.js';
import { own } from './own.js';
import { LOOK_ALIKE, type ParsedPhone, parsePhone } from './phone.js';
import { quoteValue, warnAttribute, warnOnce, warnSiteSetting } from './warn.js';

export interface SiteDefaults {
  /** Admissions phone number, any US format. */
  phone?: string;
  /** Where the insurance checker sends submissions. */
  endpoint?: string;
  /** `en` or `es`; ahead of `<html lang>`, behind a `lang` on the element or another ancestor. */
  lang?: string;
  /** `datalayer` (any case) pushes PHI-free widget events to `window.dataLayer`; anything else is off. */
  analytics?: string;
  /** Admissions hours, schema.org `openingHours` syntax, e.g. `Mo-Fr 08:00-20:00; Sa 09:00-17:00`. */
  hours?: string;
  /** The IANA time zone of those hours, e.g. `America/Los_Angeles`. */
  timezone?: string;
  /** A line answered while admissions is closed (`data-after-hours-phone`), any US format. */
  afterHoursPhone?: string;
}

export interface IntakeWidgetsGlobal {
  version: string;
  defaults: SiteDefaults;
  /** Re-reads phone numbers (after a call-tracking swap) and re-renders every widget. */
  refresh(): void;
  /** Alias of `refresh`, named for the call-tracking use. */
  refreshPhones(): void;
  /** The care quiz's model, for a site's own use of the answers (see `intake-widgets/care-model`). */
  recommendCare(answers: unknown, options?: RecommendOptions): CareRecommendation;
  [extra: string]: unknown;
}

declare global {
  interface Window {
    IntakeWidgets?: Partial<IntakeWidgetsGlobal>;
  }
}

/** The site-wide settings, as `data-*` on the script tag (`afterHoursPhone`: `data-after-hours-phone`). */
export const SETTING_KEYS = [
  'phone',
  'endpoint',
  'lang',
  'analytics',
  'hours',
  'timezone',
  'afterHoursPhone',
] as const;

/** `afterHoursPhone` → `after-hours-phone`: the `data-` attribute name of a default. */
export const attributeName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The defaults `read` finds: non-blank strings only, trimmed. */
function pickDefaults(read: (key: keyof SiteDefaults) => unknown): SiteDefaults {
  const result: SiteDefaults = {};
  for (const key of SETTING_KEYS) {
    const value = read(key);
    if (typeof value === 'string' && value.trim()) result[key] = value.trim();
  }
  return result;
}

/**
 * When the page's `window.IntakeWidgets` could not be replaced: the defaults this copy would have
 * installed, and the script tag's own settings among them.
 */
let ownDefaults: SiteDefaults | undefined;
let tagDefaults: SiteDefaults = {};

/** Keeps `defaults` and the tag's settings for {@link siteDefaults} when the global is not ours to write (embed.ts). */
export function keepOwnDefaults(defaults: SiteDefaults, fromTag: SiteDefaults): void {
  ownDefaults = defaults;
  tagDefaults = fromTag;
}

/**
 * The page's `window.IntakeWidgets` if it is an object; undefined if not, or if reading it throws.
 * Only window's own property: one found up its prototype chain is another script's doing (a
 * prototype-pollution bug writing `Object.prototype.IntakeWidgets`, or an element named so).
 */
export function readGlobal(): Partial<IntakeWidgetsGlobal> | undefined {
  try {
    const global = typeof window === 'undefined' ? undefined : own(window, 'IntakeWidgets');
    return global && typeof global === 'object' ? global : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The defaults in force now; never throws, whatever the site put on the global. Own keys only: a
 * value on `Object.prototype` (another script's prototype-pollution bug) must not become the
 * number people in crisis are told to call, or switch analytics on.
 */
export function siteDefaults(): SiteDefaults {
  try {
    const raw = own(readGlobal(), 'defaults');
    const source = raw && typeof raw === 'object' ? raw : ownDefaults;
    // The script tag outranks the page's own defaults, as it does in the global this copy writes:
    // a page's read-only global must not quietly change where the form is sent.
    return source ? pickDefaults((key) => own(tagDefaults, key) ?? own(source, key)) : {};
  } catch {
    return ownDefaults ? pickDefaults((key) => ownDefaults?.[key]) : {};
  }
}

/** Selects module script tags that carry one of the site-wide settings. */
export const SETTINGS_TAG = SETTING_KEYS.map(
  (key) => `script[type=module][data-${attributeName(key)}]`,
).join();

/**
 * Reads `data-phone`, `data-endpoint`, `data-lang`, `data-analytics`, `data-hours`,
 * `data-timezone` and `data-after-hours-phone` from a script element.
 */
export function defaultsFromScript(script: Element | null): SiteDefaults {
  return script
    ? pickDefaults((key) => {
        const name = `data-${attributeName(key)}`;
        const value = script.getAttribute(name);
        // A value in a word processor's curly quotes keeps them in HTML: read without them.
        const unquoted = value && unwrapCurly(value);
        if (value && unquoted !== value)
          warnOnce(
            `${name}=${quoteValue(value)} on the script tag has curly quotes (“ ”) from a word processor; type straight quotes (") around each value.`,
          );
        return unquoted;
      })
    : {};
}

/**
 * `value` without the curly quotes a word processor wrapped it in (`“206-555-0100”`): only a
 * pair around the whole value with none inside, so a quotation in a sentence stays whole.
 */
export function unwrapCurly(value: string): string {
  return value.match(/^\s*[“„‘]([^“”‘’„]*)[”“’]\s*$/)?.[1] ?? value;
}

/** Why a number was refused, where a plain "not valid" would leave the site owner guessing. */
export function whyNotAPhone(text: string): string {
  const line = parsePhone(text);
  if (line && HELPLINES.includes(line.e164))
    return `${line.display} is a national helpline, not the center's own number (the card links to it where it belongs); `;
  if (line)
    return `${line.e164} is a crisis or emergency line, not the center's own number (the widgets link to 988 and 911 where they belong); `;
  if (/(^|[^a-z])(ext|x)\.?\s*\d|;ext=/i.test(text))
    return 'a link cannot dial an extension, so give a direct line; ';
  return LOOK_ALIKE.test(text) ? 'it has a letter O, l or I among the digits (type 0 or 1); ' : '';
}

/**
 * Numbers a call-tracking script swapped in the page, as contact cards see them (phone-source.ts):
 * the number as configured (E.164) → the number the card shows instead, and that card. A swap is
 * known while its card is on the page and shows it.
 */
const swaps = new Map<string, { to: ParsedPhone; card: Element }>();

/**
 * Records that `card`, configured with `configured`, which showed that number at first sight
 * (`original`), shows `current` since a swap; true when that is news. Only the first swap of a
 * number counts: two cards that show two numbers for it (each with a link of the site's own)
 * would otherwise take turns overwriting it and re-rendering the page without end. A card that
 * showed another number from the start (a link written for another line) is not a swap.
 */
export function noteSwap(
  configured: ParsedPhone | null,
  original: ParsedPhone | null,
  current: ParsedPhone | null,
  card: Element,
): boolean {
  // A card rendered after it left the page (an update already queued) vouches for nothing.
  if (!configured || !current || original?.e164 !== configured.e164 || !card.isConnected) return false;
  if (current.e164 === configured.e164 || swaps.has(configured.e164)) return false;
  swaps.set(configured.e164, { to: current, card });
  return true;
}

/**
 * Forgets the swaps `card` recorded (it left the page, or shows its first number again); true when
 * there were any, which the other widgets then stop offering.
 */
export function forgetSwaps(card: Element): boolean {
  let forgot = false;
  for (const [number, swap] of swaps) if (swap.card === card) forgot = swaps.delete(number);
  return forgot;
}

/** The number each contact card on the page shows, and how many cards show each number. */
const cardPhones = new Map<Element, ParsedPhone>();
const cardsByNumber = new Map<string, number>();

/**
 * The number the contact cards on the page show, when they all show the same one (see
 * {@link dialledPhone}); null with none, or with cards for several locations, where the quiz
 * cannot tell which is its own.
 */
function cardPhone(): ParsedPhone | null {
  return cardsByNumber.size === 1 ? (cardPhones.values().next().value ?? null) : null;
}

/**
 * Records the number contact card `card` shows (null: none, or the card left the page); true
 * when that changes the page's card number, which the other widgets then offer.
 */
export function noteCardPhone(card: Element, phone: ParsedPhone | null): boolean {
  const old = cardPhones.get(card);
  if (old?.e164 === phone?.e164) return false;
  const before = cardPhone()?.e164;
  if (old) {
    const left = (cardsByNumber.get(old.e164) ?? 1) - 1;
    if (left) cardsByNumber.set(old.e164, left);
    else cardsByNumber.delete(old.e164);
    cardPhones.delete(card);
  }
  if (phone) {
    cardPhones.set(card, phone);
    cardsByNumber.set(phone.e164, (cardsByNumber.get(phone.e164) ?? 0) + 1);
  }
  return cardPhone()?.e164 !== before;
}

/**
 * {@link admissionsPhone}, else the number a contact card on the page shows (a site that set its
 * number on the card only: the quiz's result and the form's failure box would offer no call at
 * all); and for either, the number a card shows for it since a call-tracking swap: the same
 * admissions line, so a call from the quiz's or the form's button is counted with the visit's
 * source too. (Swapping scripts cannot reach into a widget; the card keeps its number where they
 * can, and tells the others.)
 */
export function dialledPhone(tag: string, own: string | undefined): ParsedPhone | null {
  return swappedTo(admissionsPhone(tag, own, CARD_FALLBACK) ?? cardPhone());
}

/** The number a card on the page shows for `phone` since a swap; else `phone`. */
export function swappedTo(phone: ParsedPhone | null): ParsedPhone | null {
  return (phone && swaps.get(phone.e164)?.to) || phone;
}

/**
 * Warns that widget `tag` was given no number, its own (`own`) or the site's; `effect`: what it
 * does then. (A number given but unreadable has its own warning.)
 */
export function warnNoPhone(tag: string, own: string | undefined, effect: string): void {
  if (!own?.trim() && !siteDefaults().phone?.trim())
    warnOnce(`<${tag}> has no phone number (phone, or data-phone on the script tag): ${effect}.`);
}

/** What the quiz and the form offer without a number of their own or the site's (dialledPhone). */
export const CARD_FALLBACK = "the number of the page's contact cards is offered, if they show one";

/**
 * A center's own number: a full one, not a short code. "Call 988" as admissions would count each
 * crisis call as a lead, and say that the crisis line is the center.
 */
export function centerNumber(text: string): ParsedPhone | null {
  const phone = parsePhone(text);
  return phone?.e164.startsWith('+') && !HELPLINES.includes(phone.e164) ? phone : null;
}

/**
 * The admissions number of element `tag`: its `phone` attribute (`own`), else the site default
 * `data-phone`. A `phone` that cannot be read warns once and gives way to the site default, so a
 * typo on one widget still leaves a number to call; null when there is no usable number, and then
 * `fallback` says what the widget does.
 */
export function admissionsPhone(
  tag: string,
  own: string | undefined,
  fallback = 'no call button is shown',
): ParsedPhone | null {
  const site = siteDefaults().phone;
  const siteParsed = site?.trim() ? centerNumber(site) : null;
  if (own?.trim()) {
    const parsed = centerNumber(own);
    if (!parsed) {
      warnAttribute(
        tag,
        'phone',
        own,
        `${whyNotAPhone(own)}${siteParsed ? "the site's data-phone is used" : fallback}`,
      );
    }
    return parsed ?? siteParsed;
  }
  // One message for the site's setting, whichever widget reads it first.
  if (site?.trim() && !siteParsed)
    warnSiteSetting(
      'phone',
      site,
      `${parsePhone(site) ? ':' : ' is not a phone number;'} ${whyNotAPhone(site)}the widgets show no call button`,
    );
  return siteParsed;
}
