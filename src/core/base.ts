import {
  adoptStyles,
  defaultConverter,
  html,
  LitElement,
  type PropertyValues,
  render,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { siteAfterHours } from './after-hours.js';
import { track } from './analytics.js';
import { CALL_911, CALL_988, text988Href } from './crisis-lines.js';
import { unwrapCurly } from './defaults.js';
import type { IntakeEvent } from './events.js';
import { format, type Lang, langOf, normalizeLang } from './i18n.js';
import { listen } from './listen.js';
import { own } from './own.js';
import type { ParsedPhone } from './phone.js';
import { cleanText, freeTextConverters, libraryConverters, listConverters } from './text-attribute.js';
import { checkThemeContrast } from './theme-contrast.js';
import { VERSION } from './version.js';
import { quoteValue, warnAttribute, warnOnce } from './warn.js';

type Messages = Record<string, string>;

/** A US phone number as people write it, captured so that `split` keeps it. */
const US_PHONE_NUMBER = /((?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4})/;

/** Every connected widget, so a language change or `IntakeWidgets.refresh()` reaches them all. */
const connected = new Set<IntakeElement>();
/** Kinds of widget whose theme has been checked on this page. */
const themeChecked = new Set<string>();
let langObserver: MutationObserver | null = null;

/**
 * A phone or computer that slept does not count the time asleep in its timers, so a page looked
 * at again could still say "Open now" hours after closing, or offer admissions' number at night:
 * whenever the page is shown again (`visibilitychange`, `pageshow`) or its window gets focus
 * back, each widget whose screen has stopped being true renders again. Listeners for the page,
 * there only while a widget is connected.
 */
function onShown(): void {
  if (document.visibilityState !== 'visible') return;
  // Only those whose screen has stopped being true: a window's focus comes and goes often.
  const now = Date.now();
  for (const element of connected) if ((staleTimes.get(element) ?? Infinity) <= now) element.requestUpdate();
}

/**
 * When each widget's screen stops being true (admissions opens or closes), if it says: gathered
 * while it renders (`staleBy`), read by its timer and when the page is shown again.
 */
const staleTimes = new WeakMap<IntakeElement, number>();

/** Re-renders every connected widget (site defaults changed, or a call-tracking swap happened). */
export function refreshAll(): void {
  for (const element of connected) {
    // One widget's trouble (a site's subclass) neither reaches the page nor stops the others.
    try {
      element.refresh();
    } catch (error) {
      warnOnce(`<${element.localName}> could not refresh: ${(error as Error)?.message ?? error}`);
    }
  }
}

/**
 * One observer for the whole page watches `lang` attributes, so a site that switches language
 * re-renders its widgets. It exists only while a widget is connected: nothing is left behind.
 */
function watchLang(): MutationObserver | null {
  if (typeof MutationObserver === 'undefined') return null;
  const observer = new MutationObserver(refreshAll);
  // An attribute filter implies `attributes: true`.
  observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  return observer;
}

/**
 * A page's observer does not see into shadow roots: a widget inside a component (another shadow
 * root) has that root, and each one around it, watched too. Observing a node twice only renews it.
 */
function watchLangAround(element: Element): void {
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    langObserver?.observe(root, { attributeFilter: ['lang'], subtree: true });
}

/** Why a `strings` value was not used. */
const NOT_MESSAGES = 'it must be a JSON object of messages; the built-in text is used';

/**
 * The longest a render-again timer waits. A timer does not count time asleep, and a computer may
 * wake with the page on screen and no event to say so: this bounds how stale it can be.
 */
const MAX_TIMER_MS = 10 * 60 * 1000;

/**
 * The page events after which a widget renders again: the page shown again, its window focused.
 * A function, so that importing the module where there is no page (server rendering) does not throw.
 */
const shown = (): ReadonlyArray<[EventTarget, string]> => [
  [document, 'visibilitychange'],
  [window, 'pageshow'],
  [window, 'focus'],
];

/** The longest text a `strings` message may have: the consent text, sent as it is shown. */
const MAX_MESSAGE_LENGTH = 2000;

/**
 * `strings` attribute: a JSON object of message overrides. Anything else is ignored (the element
 * warns in `attributeChangedCallback`, where it knows its own name). `JSON.parse` makes `__proto__` an own key,
 * so a hostile value cannot reach `Object.prototype`.
 */
function parseStrings(value: string | null): Messages | undefined {
  if (!value?.trim()) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Messages;
  } catch {
    // not JSON: ignored
  }
  return undefined;
}
libraryConverters.add(parseStrings);

/**
 * Base of every widget: language, overridable messages, typed events with the analytics bridge,
 * and containment of render errors (a widget must never throw into the host page).
 */
export abstract class IntakeElement<M extends Messages = Messages> extends LitElement {
  /** Lets a second copy of the script recognise (and not redefine) our elements. */
  static readonly intakeVersion = VERSION;

  /** Name used in analytics pushes, e.g. `contact-card`. */
  protected abstract readonly widgetName: string;

  /** Built-in messages per language. */
  protected abstract dictionary(lang: Lang): M;

  /** Whether `key` names one of the widget's texts, which `strings` may replace. */
  protected hasText(key: string): boolean {
    return Object.hasOwn(this.dictionary('en'), key);
  }

  /** Message overrides for this element: any subset of the widget's message keys. */
  @property({ converter: parseStrings })
  strings?: Partial<M>;

  /**
   * The shadow root, styled for the document the element is in. Lit shares constructed style
   * sheets, which belong to the document this script runs in: in a same-origin iframe's document
   * (an element created here and put there) they would throw, so there the styles are copied in
   * as `<style>` elements instead.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root =
      this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.styleFor(root);
    return root;
  }

  /** Moved to another document after its first render: its styles follow it (createRenderRoot). */
  adoptedCallback(): void {
    if (this.shadowRoot && this.hasUpdated) this.styleFor(this.shadowRoot);
  }

  private styleFor(root: ShadowRoot): void {
    const styles = (this.constructor as typeof LitElement).elementStyles;
    for (const copy of [...root.children]) if (copy.matches('style[data-intake]')) copy.remove();
    // In this document, Lit's own way (the shared sheets); elsewhere, copies.
    if (this.ownerDocument === document) {
      adoptStyles(root, styles);
      return;
    }
    root.adoptedStyleSheets = [];
    root.prepend(
      ...styles.map((style) => {
        const element = this.ownerDocument.createElement('style');
        element.setAttribute('data-intake', '');
        element.textContent =
          style instanceof CSSStyleSheet
            ? [...style.cssRules].map((rule) => rule.cssText).join('')
            : style.cssText;
        return element;
      }),
    );
  }

  /** `en` or `es`. Default: the nearest ancestor's `lang`, then the site default, then `<html lang>`. */
  @property({ attribute: 'lang' })
  protected langAttribute?: string;

  /** The language in force for this render. */
  protected get activeLang(): Lang {
    return langOf(this);
  }

  /** The message `key`, with overrides applied and `{placeholders}` filled. */
  protected t(key: keyof M & string, vars?: Record<string, string | number>): string {
    const override = this.overrideOf(key);
    // Own messages only: a key such as `constructor` (from a site's `{constructor}`) is no message.
    const builtIn = this.dictionary(this.activeLang);
    const template =
      typeof override === 'string' ? override : Object.hasOwn(builtIn, key) ? builtIn[key] : key;
    return format(typeof template === 'string' ? template : key, vars);
  }

  /**
   * A site's text for `key`, held to the rules of the free-text attributes: no control characters
   * or direction overrides (they could make "Call us" read backwards), at most 2,000 characters
   * (the longest a request carries as consent text), with one warning when something is cut.
   */
  private overrideOf(key: string): string | undefined {
    const override = own(this.strings, key);
    if (typeof override !== 'string') return undefined;
    const clean = cleanText(override, MAX_MESSAGE_LENGTH);
    if (clean !== override) {
      warnOnce(
        `<${this.localName}> strings.${key}: control characters, direction overrides and text past ${MAX_MESSAGE_LENGTH} characters are left out.`,
      );
    }
    return clean;
  }

  /**
   * What a person reads out or dials, kept whole where there is room (the `.whole` rule): a
   * number broken across two lines ("1-800-" / "662-4357") is easy to misread. With `name`, the
   * `{name}` placeholder of `template` is filled in by `value`, kept whole; without, each US phone
   * number already in `template` ("(206) 555-0100", "1-800-662-4357") is. Text with nothing to
   * keep whole is returned as it is.
   */
  protected keepWhole(template: string, name?: string, value = ''): TemplateResult | string {
    // Either way the kept parts end up at the odd places of `parts`.
    const parts = name
      ? template.split(`{${name}}`).flatMap((part, i) => (i ? [value, part] : [part]))
      : template.split(US_PHONE_NUMBER);
    // One outer span: inside a flex `.button`, loose text and the number would be two flex items
    // side by side, each wrapping on its own.
    return parts.length > 1
      ? html`<span>${parts.map((part, i) => (i % 2 ? html`<span class="whole">${part}</span>` : part))}</span>`
      : template;
  }

  /**
   * What a live region that last said `last` is given to say `text`: the same words again would
   * not be announced, so a no-break space makes them new.
   */
  protected sayAgain(text: string, last: string | undefined): string {
    return text === last ? `${text}\u00a0` : text;
  }

  /**
   * A link to another site, in a new tab that a screen reader announces (the widget's
   * `opensInNewTab` message), with no opener and no referrer: the page's address stays here.
   */
  protected newTabLink(href: string, text: unknown): TemplateResult {
    const hint = this.t('opensInNewTab' as keyof M & string);
    return html`<a href=${href} target="_blank" rel="noopener noreferrer">${text} <span class="visually-hidden">${hint}</span></a>`;
  }

  /** Dispatches a typed event and forwards its category fields to the analytics bridge. */
  protected emit<E extends IntakeEvent<string, object>>(event: E): boolean {
    const allowed = this.dispatchEvent(event);
    track(this.widgetName, event.type, event.detail as Record<string, unknown>);
    return allowed;
  }

  /**
   * The first of each kind on the page checks the site's theme for readable text, once the browser
   * is idle: it reads computed styles, which is not worth a delay in the first render.
   */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (themeChecked.has(this.localName)) return;
    themeChecked.add(this.localName);
    (window.requestIdleCallback ?? requestAnimationFrame)(() => {
      // Only our own shadow root (a site's subclass may render elsewhere); a check never throws.
      const root = this.renderRoot;
      const surface = root instanceof ShadowRoot ? root.querySelector('.card, .bar, .box, .quiz') : null;
      try {
        if (surface && this.isConnected) checkThemeContrast(this, surface);
      } catch {}
    });
  }

  /** Re-reads configuration that lives outside attributes (site defaults, swapped numbers). */
  refresh(): void {
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!connected.size) for (const [target, type] of shown()) listen(target, type, onShown);
    connected.add(this);
    // Once, on the first connection: how the page wrote the element.
    if (!this.hasUpdated) checkMarkup(this, (this.constructor as typeof LitElement).elementProperties);
    langObserver ??= watchLang();
    watchLangAround(this);
    // Moved to another place in the page: its language (nearest `lang`) may differ there.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** Warns about a `strings` or `lang` attribute the widget cannot use. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // A value in a word processor's curly quotes (phone=“206-555-0100”) keeps them in HTML: it is
    // read without them, so the warning that names the quotes is the only one (checkMarkup). Not
    // free text, where quotes may be the site's own (a heading that is a quotation).
    const unwrapped = value && unwrapCurly(value);
    if (unwrapped !== value && !isFreeText(this, name)) value = unwrapped;
    super.attributeChangedCallback(name, old, value);
    if (!value?.trim()) return;
    // The converter has just run: `strings` is unset when the value was not a JSON object.
    if (name === 'strings' && !this.strings) {
      warnAttribute(this.localName, name, value, NOT_MESSAGES);
    }
    if (name === 'lang' && !normalizeLang(value)) {
      warnAttribute(
        this.localName,
        name,
        value,
        'English (en) and Spanish (es) are built in; the site default or English is used',
      );
    }
  }

  /**
   * A value set as a property is read as the same attribute would be: frameworks set properties,
   * and JSX's bare `sms` is `true`, `phone={2065550100}` a number, a Vue or React < 19 `strings`
   * JSON text. Free text is cleaned as its attribute is. Before this, such a value broke the
   * whole render. Only string and number properties, with no converter or one of the library's
   * own (a site's subclass may declare others, which are left as they are). Subclasses call this
   * first.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const declared = (this.constructor as typeof LitElement).elementProperties;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const key of changed.keys()) {
      const options = declared.get(key);
      const value = self[key];
      if (!options || options.attribute === false || value == null) continue;
      const { type } = options;
      // Lit's own default converter counts as none.
      const converter = options.converter === defaultConverter ? undefined : options.converter;
      const ours = !!converter && libraryConverters.has(converter);
      if ((type && type !== String && type !== Number) || (converter && !ours)) continue;
      // `strings` given as an object is what it should be.
      if (typeof value === 'object' && !Array.isArray(value)) continue;
      // Ours run again on strings (free text is cleaned): they return their own output unchanged.
      if (typeof value === (type === Number ? 'number' : 'string') && !ours) continue;
      // `true` is a bare attribute, `false` none: how JSX and Vue write a boolean. An array is
      // joined as its attribute would be written: a list's one item a line (listConverters),
      // others by commas (hours, schema.org's own array form, then add up).
      const attribute =
        typeof value === 'boolean'
          ? value
            ? ''
            : null
          : Array.isArray(value)
            ? value.join(converter && listConverters.has(converter) ? '\n' : ',')
            : String(value);
      const read = ours
        ? typeof converter === 'function'
          ? converter
          : converter?.fromAttribute
        : defaultConverter.fromAttribute;
      const converted = attribute === null ? undefined : read?.(attribute, type);
      if (Object.is(converted, value)) continue;
      if (converter === parseStrings && converted === undefined && attribute?.trim())
        warnAttribute(this.localName, String(key), attribute, NOT_MESSAGES);
      self[key] = converted;
    }
    // A text the widget does not have ("title" for "heading") would change nothing, unsaid.
    const strings = this.strings;
    if (changed.has('strings') && strings && typeof strings === 'object') {
      const unknown = Object.keys(strings).filter((key) => !this.hasText(key));
      if (unknown.length)
        warnOnce(
          `<${this.localName}> strings has ${unknown
            .slice(0, 5)
            .map((key) => quoteValue(key))
            .join(
              ', ',
            )}, which ${unknown.length > 1 ? 'are' : 'is'} not among its texts (the documentation lists them), so ${unknown.length > 1 ? 'they are' : 'it is'} not used.`,
        );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.staleTimer);
    connected.delete(this);
    if (!connected.size) {
      langObserver?.disconnect();
      langObserver = null;
      for (const [target, type] of shown()) listen(target, type, onShown, false);
    }
  }

  /**
   * Lit rethrows render errors asynchronously, where they would surface as the host page's
   * unhandled errors. Contain them here with one console error naming the element.
   */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    staleTimes.delete(this);
    try {
      return super.scheduleUpdate() ?? undefined;
    } catch (error) {
      warnOnce(`<${this.localName}> could not render: ${(error as Error)?.message ?? error}`);
      this.renderFallback();
      return undefined;
    } finally {
      this.renderAgainWhenStale();
    }
  }

  /**
   * What a widget that failed to render still shows: the emergency and crisis lines, never an
   * empty box in front of someone who came for help. Fixed text, nothing configurable to fail.
   */
  private renderFallback(): void {
    try {
      const es = this.activeLang === 'es';
      render(
        html`<p lang=${es ? 'es' : 'en'}>${es ? '¿En peligro ahora? ' : 'In danger now? '}<a href=${CALL_911}>${es ? 'Llame al 911' : 'Call 911'}</a> · <a href=${CALL_988}>${es ? 'Llame al 988' : 'Call 988'}</a> · <a href=${text988Href(es ? 'es' : 'en')}>${es ? 'Envíe un mensaje de texto al 988' : 'Text 988'}</a></p>`,
        this.renderRoot,
        this.renderOptions,
      );
    } catch {
      // Nothing more can be shown; the console says why.
    }
  }

  /**
   * The site's 24/7 line while its hours (`data-hours`) say admissions is closed, else null: the
   * number a call button offers instead of admissions'. The screen renders again when admissions
   * opens or closes, so it offers the right one then.
   */
  protected siteAfterHoursLine(): ParsedPhone | null {
    const { line, nextChange } = siteAfterHours();
    this.staleBy(nextChange);
    return line;
  }

  /**
   * When what this render shows stops being true (admissions opens or closes then), if it says;
   * the earliest such time wins. Set while rendering; one timer renders again then.
   */
  protected staleBy(when: Date | null): void {
    const earliest = staleTimes.get(this);
    if (when && (earliest === undefined || when.getTime() < earliest)) staleTimes.set(this, when.getTime());
  }

  private staleTimer: ReturnType<typeof setTimeout> | undefined;

  private renderAgainWhenStale(): void {
    clearTimeout(this.staleTimer);
    const when = staleTimes.get(this);
    if (when === undefined || !this.isConnected) return;
    // Half a second late, so the hours have surely turned; at most ten minutes ahead, since a
    // timer does not count time asleep (the page also renders again when shown).
    const wait = Math.min(Math.max(when - Date.now() + 500, 1000), MAX_TIMER_MS);
    this.staleTimer = setTimeout(() => this.requestUpdate(), wait);
  }
}

/** Words people write for an attribute the widgets call otherwise. */
const SYNONYMS: Record<string, string> = {
  tel: 'phone',
  telephone: 'phone',
  zone: 'timezone',
  tz: 'timezone',
};

/** Whether attribute `name` of `element` is free text (a heading, a message): see textAttribute. */
function isFreeText(element: Element, name: string): boolean {
  for (const [key, options] of (element.constructor as typeof LitElement).elementProperties) {
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    if (attribute === name) return !!options.converter && freeTextConverters.has(options.converter);
  }
  return false;
}

/**
 * Warns about markup the element cannot read: another widget inside it, a name close to one of its
 * own ("phone-number", "hours-of-operation", `data-phone` on the element) or a value in a word
 * processor's curly quotes. Other unknown names (a framework's, a page builder's) say nothing.
 */
function checkMarkup(element: Element, declared: Map<PropertyKey, { attribute?: unknown }>): void {
  const tag = element.localName;
  // `<intake-contact-card />` does not close the element in HTML: all that follows, another
  // widget included, becomes its content, which is never shown.
  const inner = element.querySelector('intake-contact-card,intake-care-quiz,intake-insurance-check');
  if (inner)
    warnOnce(
      `<${tag}> holds <${inner.localName}>, which is not shown: these elements cannot close themselves ("<${tag} />"); end each with </${tag}>.`,
    );
  const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
  const names = [...declared]
    .filter(([, options]) => options.attribute !== false)
    .map(([key, options]) =>
      typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase(),
    );
  for (const { name, value } of element.attributes) {
    if (/[“”‘’„]/.test(name) || /^\s*[“”‘’„]|[“”‘’„]\s*$/.test(value)) {
      warnOnce(
        `<${tag}> ${name}=${quoteValue(value)} has curly quotes (“ ”) from a word processor; type straight quotes (") around each value.`,
      );
      continue;
    }
    if (names.includes(name)) continue;
    const written = squash(name);
    // The same name without its hyphens (React 18's `headinglevel`) first, then by prefix.
    const meant =
      SYNONYMS[written] ??
      names.find((known) => written === squash(known) || written === `data${squash(known)}`) ??
      names.find((known) => {
        const k = squash(known);
        return written.length > 2 && (written.startsWith(k) || k.startsWith(written));
      });
    if (meant) warnOnce(`<${tag}> has no attribute "${name}", so it is not used; did you mean "${meant}"?`);
  }
}
