/**
 * The drop-in entry: reads site defaults from the script tag, installs `window.IntakeWidgets`
 * and defines every element. Safe to run twice (a second copy only adds its script's defaults).
 */

import { IntakeCareQuiz } from './care-quiz/care-quiz.js';
import { recommendCare } from './care-quiz/model.js';
import { IntakeContactCard } from './contact-card/contact-card.js';
import { refreshAll } from './core/base.js';
import {
  attributeName,
  defaultsFromScript,
  type IntakeWidgetsGlobal,
  keepOwnDefaults,
  readGlobal,
  SETTING_KEYS,
  SETTINGS_TAG,
  type SiteDefaults,
} from './core/defaults.js';
import { define } from './core/define.js';
import { VERSION } from './core/version.js';
import { quoteValue, warnOnce } from './core/warn.js';
import { IntakeInsuranceCheck } from './insurance-check/insurance-check.js';

/**
 * `document.querySelector`, from Document.prototype: a `<form name="querySelector">` in the page
 * would otherwise stand in for it (DOM clobbering: a named form, image or embed shadows document's
 * own properties).
 */
const query = (selector: string): Element | null => Document.prototype.querySelector.call(document, selector);

/**
 * The tag whose `data-*` are the site's settings, and whether it is the one running now.
 * `currentScript` is set for a classic script; an ES module import falls back to a module tag,
 * marked or loading a file of that name, whichever comes first in the document. Read through
 * Document.prototype's getter, which gives a script or null: a `<form name="currentScript"
 * data-endpoint="…">` in the page's content must not become the site's settings. (Not
 * `instanceof HTMLScriptElement`: a tag the parent page made for an iframe is one of the parent's.)
 */
function findScript(): [script: Element | null, running: boolean] {
  if (typeof document === 'undefined') return [null, false];
  const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  if (current) return [current as Element, true];
  // Only a module tag: one of another type never ran (`type="text/plain"` in a comment someone posted).
  return [query('script[type=module]:is([data-intake-widgets], [src*="intake-widgets"])'), false];
}

/**
 * `object[key]`, unless it comes from Object.prototype, where another script's prototype-pollution
 * bug would have put it. A site's own object, a class with a getter or one without a prototype
 * all count.
 */
function fromPage(object: object, key: string): unknown {
  for (let o: object | null = object; o && o !== Object.prototype; o = Object.getPrototypeOf(o))
    if (Object.hasOwn(o, key)) return (object as Record<string, unknown>)[key];
  return undefined;
}

function install(): void {
  if (typeof window === 'undefined') return;
  // Whatever a site put there: only an object's own `defaults` and `refresh` are used (not ones
  // another script put on Object.prototype), and a getter that throws counts as nothing.
  const existing = readGlobal() ?? {};
  let preset: unknown;
  let running = false;
  try {
    preset = fromPage(existing, 'defaults');
    running = typeof fromPage(existing, 'refresh') === 'function';
  } catch {}
  const [script, isCurrent] = findScript();
  const fromScript = defaultsFromScript(script);
  // The running tag's settings outrank the page's `IntakeWidgets.defaults` (the README's order); a
  // module tag found by searching the page is not known to be the one that ran, so settings the
  // site's own code set outrank it.
  const withTag = (base: unknown): SiteDefaults => {
    const page = (base && typeof base === 'object' ? base : {}) as SiteDefaults;
    return isCurrent ? { ...page, ...fromScript } : { ...fromScript, ...page };
  };
  // Loaded as a module, or from a file of another name (a plugin that combines scripts): its tag
  // cannot be told from the others, and the settings on it would be lost without a word.
  // Only a module has no currentScript: a module tag with settings, not found by its file's name
  // (a renamed or combined file), would have them lost without a word. (Another vendor's classic
  // script with a data-lang of its own is not ours to name.)
  const unread = script ? null : query(SETTINGS_TAG);
  if (unread) {
    const settings = unread.getAttributeNames().filter((name) => name.startsWith('data-'));
    warnOnce(
      `the module script ${quoteValue(unread.getAttribute('src'))} has the site's settings (${settings.join(', ')}) but was not recognised, so they are not read: add data-intake-widgets to it (needed for type="module" with a renamed file).`,
    );
  }
  try {
    // `window.IntakeWidgets = { phone: … }`: the settings belong one level down, in `defaults`.
    const misplaced = SETTING_KEYS.filter((key) => Object.hasOwn(existing, key));
    if (misplaced.length)
      warnOnce(
        `window.IntakeWidgets.${misplaced.join(', .')} is not read: site settings go in window.IntakeWidgets.defaults, e.g. { defaults: { phone: "…" } }.`,
      );
  } catch {}
  if (running) {
    // Another copy is already running: its elements are the defined ones, so keep its global.
    // A second tag that disagrees is most often an old one left in a theme or a tag manager; the
    // later one wins (a module tag found by searching does not: see withTag), and where health
    // data is sent or which number is dialled must not change unseen.
    const before = (preset && typeof preset === 'object' ? preset : {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(fromScript))
      if (typeof before[key] === 'string' && before[key] !== value)
        warnOnce(
          `two intake-widgets script tags set data-${attributeName(key)} differently: ${quoteValue(before[key])}, then ${quoteValue(value)}; the ${isCurrent ? 'later' : 'first'} one is used. Remove the tag you do not want.`,
        );
    existing.defaults = withTag(preset);
    existing.refresh?.();
    return;
  }
  const api: IntakeWidgetsGlobal = {
    version: VERSION,
    defaults: withTag(preset),
    refresh: refreshAll,
    refreshPhones: refreshAll,
    recommendCare,
  };
  try {
    window.IntakeWidgets = api;
  } catch {}
  if (readGlobal() !== api) {
    // The page made the name its own (read-only, a getter): the script tag's settings still apply.
    keepOwnDefaults(api.defaults, isCurrent ? fromScript : {});
    warnOnce(
      'window.IntakeWidgets belongs to the page and cannot be replaced: the script tag settings apply, but IntakeWidgets.refresh() and recommendCare() are not available',
    );
  }
}

const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['intake-contact-card', IntakeContactCard],
  ['intake-care-quiz', IntakeCareQuiz],
  ['intake-insurance-check', IntakeInsuranceCheck],
];

/**
 * Defines the elements. Upgrading a tag renders all its instances in one task, and doing every
 * kind at once blocked input for ~300 ms at 4× CPU on a page with all three. So a kind that has
 * instances waiting gets its own task, one after another, and the first of them does not share
 * the task that evaluates this script either; kinds with none (nothing to render) are defined at
 * once. Waiting elements keep the space the host page reserved with `:not(:defined)`, so nothing
 * shifts. Code that needs an element defined should await `customElements.whenDefined`.
 */
function defineAll(): void {
  const waiting = ELEMENTS.filter(([tag]) => typeof document !== 'undefined' && query(tag));
  for (const entry of ELEMENTS) if (!waiting.includes(entry)) define(...entry);
  const defineNext = (): void => {
    const entry = waiting.shift();
    if (!entry) return;
    // Queued first, so a kind that fails to define does not hold back the next.
    if (waiting.length) setTimeout(defineNext, 0);
    define(...entry);
  };
  if (waiting.length) setTimeout(defineNext, 0);
}

// Apart, so that a page whose global cannot be used still gets its widgets.
for (const step of [install, defineAll]) {
  try {
    step();
  } catch (error) {
    warnOnce(`could not start: ${(error as Error)?.message ?? error}`);
  }
}
