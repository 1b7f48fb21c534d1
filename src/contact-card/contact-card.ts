import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  afterHoursNumber,
  crisisLineNote,
  hoursProblem,
  NO_SITE_ZONE,
  NOT_A_ZONE,
  notAnAfterHoursLine,
} from '../core/after-hours.js';
import { IntakeElement, refreshAll } from '../core/base.js';
import {
  CALL_911,
  CALL_988,
  CALL_SAMHSA,
  CALL_SAMHSA_TTY,
  CHAT_988,
  text988Href,
} from '../core/crisis-lines.js';
import {
  admissionsPhone,
  centerNumber,
  forgetSwaps,
  noteCardPhone,
  noteSwap,
  siteDefaults,
  swappedTo,
  warnNoPhone,
  whyNotAPhone,
} from '../core/defaults.js';
import { type ContactMethod, IntakeContactEvent } from '../core/events.js';
import { checkHeadingLevel, heading } from '../core/heading.js';
import type { Lang } from '../core/i18n.js';
import { splitList } from '../core/list.js';
import { hoursStatus, isValidTimeZone, parseOpeningHours, schemaOrgHours } from '../core/opening-hours.js';
import { type ParsedPhone, smsHref, telHref } from '../core/phone.js';
import { encodeText, safeUrl, urlAttribute } from '../core/safe-url.js';
import { flagAttribute, listAttribute, textAttribute } from '../core/text-attribute.js';
import { REFUSED, trusted } from '../core/trusted-types.js';
import { quoteValue, warnAttribute, warnOnce, warnSiteSetting } from '../core/warn.js';
import { type ContactCardMessages, contactCardEn } from '../i18n/contact-card.en.js';
import { contactCardEs } from '../i18n/contact-card.es.js';
import { unwatchBar, watchBar } from './bar-room.js';
import { contactCardStyles } from './contact-card.styles.js';
import { formatStatus, type StatusText } from './hours-text.js';
import { PhoneSource } from './phone-source.js';

export type ContactCardLayout = 'card' | 'bar';
const LAYOUTS: readonly ContactCardLayout[] = ['card', 'bar'];

/** Zones on one offset all year: "MST", "UTC", "Etc/GMT+7", "-07:00". */
const STANDARD_ALL_YEAR = /^(MST|UTC|GMT|Etc\/.*|[+-]\d\d(:?\d\d)?)$/i;
const KEEPS_STANDARD_TIME =
  'keeps one offset all year (right for Arizona, "America/Phoenix"); where the clocks change, write the place, such as "America/Denver".';

const TAG = 'intake-contact-card';
const JSON_LD_SCRIPT = ':scope > script[data-intake-json-ld]';
/** Every link in the card is a way to make contact; its scheme says which (https is the map). */
const CONTACT_METHODS: Record<string, ContactMethod> = { 'tel:': 'call', 'sms:': 'sms', 'mailto:': 'email' };

/** `after-hours-phone="none"`: this card has no 24/7 line, whatever the site's. */
const isNone = (value: string | undefined) => value?.trim().toLowerCase() === 'none';

/**
 * The "talk to an admissions specialist" card: click-to-call, text, email, address with a map
 * link, and a live open/closed line computed in the facility's time zone.
 *
 * Call tracking: the number is read from a `tel:` link in the element's light DOM — one the site
 * writes inside the element, or a hidden copy the card adds — so number-swapping scripts
 * (CallRail, CallTrackingMetrics) that rewrite the page's numbers also change what the card
 * shows and dials, before or after it rendered.
 *
 * The call bar publishes its height on the page's root as `--intake-bar-height` (the tallest bar
 * fixed to the screen; `0px` once closed or where none is fixed), for the page's CSS to keep its
 * end, and what has keyboard focus, clear of the bar. On a screen under 15 of the bar's ems across
 * or high (a phone zoomed to 200 % or set to large text) the bar is not fixed: it stays where the
 * page put it, in the custom state `:state(in-flow)`.
 *
 * @tag intake-contact-card
 * @summary Admissions contact card with click-to-call, hours and a sticky call bar layout.
 *
 * @event intake-contact - A contact link for admissions was used (not a crisis line). `detail: { method: 'call' | 'sms' | 'email' | 'map' }`.
 *
 * @cssstate in-flow - A call bar that is not fixed to the screen (too little room: a zoomed phone, large text); it stands where the page put it.
 * @csspart card - The outer box (the bar in `layout="bar"`).
 * @csspart heading - The heading.
 * @csspart photo - The optional photo.
 * @csspart status - The open/closed line.
 * @csspart actions - The row of contact buttons.
 * @csspart call - The call button.
 * @csspart sms - The text-message button.
 * @csspart email - The email link.
 * @csspart address - The address block.
 * @csspart after-hours - The after-hours note with crisis lines.
 * @csspart crisis - The always-on crisis line (`crisis` attribute); in the bar, its 988 button (closed with no 24/7 line, or `crisis`).
 * @csspart dismiss - The bar's close button.
 *
 * @cssproperty --intake-card-accent - Buttons and links; falls back to `--intake-accent`.
 * @cssproperty --intake-card-surface - Background; falls back to `--intake-surface`.
 * @cssproperty --intake-card-max-width - Card width limit (default `32em`).
 * @cssproperty --intake-open - Colour of the "Open now" line (default `#1e6b34`).
 * @cssproperty --intake-bar-z-index - Stacking order of the call bar (default `1000`).
 * @cssproperty --intake-accent - Global accent colour (default `#0b5cad`).
 * @cssproperty --intake-on-accent - Text on the accent colour (default `#ffffff`).
 * @cssproperty --intake-text - Text colour (default `#1b1f24`).
 * @cssproperty --intake-muted - Secondary text colour (default `#4a5560`).
 * @cssproperty --intake-surface - Background of all widgets (default `#ffffff`).
 * @cssproperty --intake-border - Border colour (default `#b9c2cc`).
 * @cssproperty --intake-danger - Crisis and error colour (default `#a4161a`).
 * @cssproperty --intake-radius - Corner radius (default `0.75em`).
 * @cssproperty --intake-space - Base spacing (default `1em`).
 * @cssproperty --intake-font - Font family (default: inherited from the page).
 * @cssproperty --intake-font-size - Base font size (default `1em` of the page).
 * @cssproperty --intake-focus-ring - Focus outline (default `3px solid #1a5fb4`).
 * @cssproperty --intake-color-scheme - Look of checkboxes, radios and fields: `light` (default) or `dark` with a dark `--intake-surface`.
 */
export class IntakeContactCard extends IntakeElement<ContactCardMessages> {
  static override styles = contactCardStyles;

  protected readonly widgetName = 'contact-card';

  /** Facility name, e.g. "Northpoint Seattle". */
  @property({ converter: textAttribute(TAG, 'name', 120) }) name = '';

  /** Heading text; defaults to "Talk to an admissions specialist". */
  @property({ converter: textAttribute(TAG, 'heading', 200) }) heading?: string;

  /** Short message under the heading; defaults to a free-and-confidential line. */
  @property({ converter: textAttribute(TAG, 'message', 500) }) message?: string;

  /** Admissions phone, any US format; falls back to the site default `data-phone`. */
  @property() phone?: string;

  /** Number for text messages; `sms` alone (empty) means the admissions phone takes texts. */
  @property() sms?: string;

  /** Admissions email address. */
  @property() email?: string;

  /** Street address, shown as written. */
  @property({ converter: textAttribute(TAG, 'address', 300) }) address?: string;

  /** Map link for the address (https); defaults to a map search for `address`. */
  @property({ attribute: 'map-href' }) mapHref?: string;

  /** Photo URL (https, same origin, or http://localhost while testing). */
  @property() photo?: string;

  /** Alternative text for the photo; empty means decorative. */
  @property({ attribute: 'photo-alt', converter: textAttribute(TAG, 'photo-alt', 300) }) photoAlt = '';

  /**
   * Opening hours in schema.org `openingHours` syntax: `24/7`, `Mo-Fr 08:00-20:00; Sa 09:00-17:00`;
   * falls back to the site default `data-hours`.
   */
  @property() hours?: string;

  /** IANA time zone of the facility, e.g. `America/Los_Angeles`, needed for the open/closed line; falls back to `data-timezone`. */
  @property() timezone?: string;

  /**
   * A 24/7 number shown when the admissions line is closed (and then dialled by the call bar);
   * falls back to `data-after-hours-phone`. `none`: no 24/7 line on this card, whatever the site's.
   */
  @property({ attribute: 'after-hours-phone' }) afterHoursPhone?: string;

  /** What happens when you call, items separated by `|` ("Insurance checked | Travel arranged") or one per line. */
  @property({ converter: listAttribute(TAG, 'steps', 600) }) steps?: string;

  /** `card` (default) or `bar`: a compact call bar fixed to the bottom of the screen. */
  @property({ reflect: true }) layout: ContactCardLayout = 'card';

  /** Show the 988 / 911 crisis line at all times, not only after hours. */
  @property({ type: Boolean, converter: flagAttribute(TAG, 'crisis') }) crisis = false;

  /** Write schema.org `MedicalClinic` JSON-LD into the light DOM for search engines. */
  @property({ type: Boolean, attribute: 'json-ld', converter: flagAttribute(TAG, 'json-ld') }) jsonLd = false;

  /** Level (2–4) of the card's heading, default 2, to fit under the page's own; its sub-headings are one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The bar was dismissed; in memory only, so a reload shows it again. */
  @state() private dismissed = false;

  /** Bumped by the phone source when a call-tracking script rewrites the number. */
  @state() private phoneRevision = 0;

  private readonly phoneSource = new PhoneSource(this, () => {
    this.phoneRevision++;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.phoneSource.connect();
    // Back in the page: a swap made while it was out is read again (the JSON-LD too).
    if (this.hasUpdated) this.phoneRevision++;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Its number, and a swap it saw, are no longer the page's to offer (defaults.ts).
    const forgot = forgetSwaps(this);
    if (noteCardPhone(this, null) || forgot) queueMicrotask(refreshAll);
    this.phoneSource.disconnect();
    unwatchBar(this);
  }

  /** Set by refresh(): the next update reads the numbers again and rewrites the JSON-LD. */
  private refreshing = false;

  override refresh(): void {
    // In the update, not here: there a value a framework set (`phone={4255550111}`) has been read
    // as the attribute would be, and a mistake is contained by the render's guard instead of
    // thrown into the page that called IntakeWidgets.refresh() or changed `lang`.
    this.refreshing = true;
    super.refresh();
  }

  protected dictionary(lang: Lang): ContactCardMessages {
    return lang === 'es' ? contactCardEs : contactCardEn;
  }

  /** The number from attributes or site defaults, before any call-tracking swap. */
  private configuredPhone(): ParsedPhone | null {
    return admissionsPhone(TAG, this.phone);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusBefore = this.shadowRoot?.activeElement ?? null;
    // Values only some renders use (a zone with 24/7 hours, the after-hours line while open) are
    // checked when set, so a mistake shows in the console on the day it is made.
    const zone = this.timezone?.trim();
    if (changed.has('timezone') && zone && !isValidTimeZone(zone)) {
      warnAttribute(TAG, 'timezone', zone, 'the open/closed line is hidden');
    } else if (changed.has('timezone') && zone && STANDARD_ALL_YEAR.test(zone)) {
      // Valid, and right for Arizona, but a Denver site writing "MST" would be an hour off all summer.
      warnOnce(`<${TAG}> timezone=${quoteValue(zone)} ${KEEPS_STANDARD_TIME}`);
    }
    const afterHours = this.afterHoursPhone;
    if (
      changed.has('afterHoursPhone') &&
      afterHours?.trim() &&
      !isNone(afterHours) &&
      !afterHoursNumber(afterHours)
    ) {
      const note = crisisLineNote(afterHours);
      const short = note ? `${note}; ` : '';
      warnAttribute(
        TAG,
        'after-hours-phone',
        afterHours,
        `${short}the script tag's data-after-hours-phone is used, if any`,
      );
    }
    if (changed.has('headingLevel'))
      this.headingLevel = checkHeadingLevel(TAG, this.headingLevel, this.getAttribute('heading-level'), 2);
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      // null: the attribute was removed, which means the default, not a mistake.
      if (this.layout != null) warnAttribute(TAG, 'layout', this.layout, 'using "card"');
      this.layout = 'card';
    }
    // Site defaults (phone, hours) may have changed on a refresh, and the JSON-LD is written from them too.
    const again = !this.hasUpdated || this.refreshing;
    this.refreshing = false;
    if (again || changed.has('phone')) this.phoneSource.sync(this.configuredPhone());
    if (this.jsonLd) {
      if (again || JSON_LD_INPUTS.some((key) => changed.has(key as keyof IntakeContactCard)))
        this.writeJsonLd();
    } else if (changed.has('jsonLd')) {
      this.querySelector(JSON_LD_SCRIPT)?.remove();
    }
  }

  /**
   * Keeps the page's room for the bar while it is a bar in the page (see bar-room.ts, which also
   * warns when a second bar on screen covers the first). It measures in an animation frame, not
   * here: asking for layout in the first render cost about 50 ms at 4× CPU on the demo page.
   */
  protected override updated(): void {
    if (this.layout === 'bar' && this.isConnected) watchBar(this, this.placeBar);
    else unwatchBar(this);
    // What had focus can go in an update: the after-hours 988 link when admissions opens, the
    // bar's close button. Focus stays in the card, on its call button (else the note that the bar
    // is hidden, or the card's heading), rather than falling to the page's top, where a screen
    // reader would start over.
    const root = this.shadowRoot;
    if (root && this.focusBefore && !this.focusBefore.isConnected) {
      const stay =
        root.querySelector<HTMLElement>('[part="call"]') ??
        root.querySelector<HTMLElement>('.hidden-note, #heading');
      stay?.focus({ preventScroll: true });
    }
    this.focusBefore = null;
  }

  /** What had focus in the card before this update (see updated). */
  private focusBefore: Element | null = null;

  /** For the bar's `in-flow` state (see bar-room.ts); attached only for a bar. */
  private internals: ElementInternals | undefined;

  private readonly placeBar = (inFlow: boolean): void => {
    try {
      // Only a bar asks for internals: a site's subclass may want its own (there can be one).
      if (inFlow) this.internals ??= this.attachInternals();
      if (inFlow) this.internals?.states.add('in-flow');
      else this.internals?.states.delete('in-flow');
    } catch {
      // No custom states in this browser, or the internals were taken: the bar stays fixed (its
      // height is then what the page keeps room for), and the media query still sees zoom.
    }
  };

  // ---------------------------------------------------------------------------------------------
  // Derived values

  /** Whether a render during parsing found no number and asked to render again once parsed. */
  private waitingForPage = false;

  private currentPhone(): ParsedPhone | null {
    const read = this.phoneSource.read();
    let phone = read ?? this.configuredPhone();
    // A swap of the configured number, or a new number for the page's cards, is news to the other
    // widgets, whose call buttons follow it (defaults.ts). The configured number is read again
    // (parsed, with the site's settings) only when the link no longer shows what it first did.
    const first = this.phoneSource.originalNumber();
    const swapped =
      !!read &&
      !!first &&
      read.e164 !== first &&
      noteSwap(this.configuredPhone(), this.phoneSource.original(), read, this);
    // Showing its first number again (swapped back), it no longer vouches for its swap.
    const unswapped = !!read && read.e164 === first && forgetSwaps(this);
    // A card that shows its first number follows a swap another card on the page saw: a call bar
    // added after the swapper ran, which a swapper that ran once never reaches.
    if (read && read.e164 === first) phone = swappedTo(read);
    if (noteCardPhone(this, phone) || swapped || unswapped) queueMicrotask(refreshAll);
    else if (!phone && document.readyState === 'loading') {
      // A script in <head> without defer upgrades the card before the parser has reached the tel:
      // link written inside it: the link's arrival re-renders the card, and whether there is no
      // number at all is known once the page is parsed.
      if (!this.waitingForPage) {
        this.waitingForPage = true;
        EventTarget.prototype.addEventListener.call(
          document,
          'DOMContentLoaded',
          () => this.requestUpdate(),
          {
            once: true,
          },
        );
      }
    } else if (!phone)
      warnNoPhone(
        TAG,
        this.phone,
        'no call button is shown (a tel: link written inside the card counts too)',
      );
    return phone;
  }

  private smsPhone(phone: ParsedPhone | null): ParsedPhone | null {
    const sms = this.sms;
    if (sms == null) return null;
    // Bare `sms` texts admissions' own number, not a call-tracking number: many cannot take texts.
    if (!sms.trim()) return centerNumber(this.phone ?? '') ?? this.phoneSource.original() ?? phone;
    // 988 or 741741 would send every text meant for admissions to a crisis line.
    const parsed = centerNumber(sms);
    if (!parsed) warnAttribute(TAG, 'sms', sms, `${whyNotAPhone(sms)}no text button is shown`);
    return parsed;
  }

  private emailHref(): string | null {
    if (!this.email) return null;
    // "mailto:admissions@…", as a link's address is written, is the address itself.
    const address = this.email.trim().replace(/^mailto:/i, '');
    // A deliberately simple check: one @, no spaces or URL syntax, so mailto: cannot carry extra
    // headers. Length first, and domain labels that cannot overlap: a pasted 100,000 dots must not
    // cost seconds of matching on every render.
    if (address.length > 254 || !/^[^\s@?&#/:]+@[^\s@?&#/:.]+(?:\.[^\s@?&#/:.]+)+$/.test(address)) {
      warnAttribute(TAG, 'email', this.email, 'no email link is shown');
      return null;
    }
    return safeUrl(`mailto:${address}`, ['mailto']);
  }

  /** The `map-href` link; when there is none, or it is refused, a map search for the address. */
  private mapLink(): string | null {
    const address = this.address?.trim();
    const own =
      this.mapHref &&
      urlAttribute(
        TAG,
        'map-href',
        this.mapHref,
        ['https', 'same-origin'],
        address ? 'the map link searches for the address instead' : 'the link is left out',
      );
    if (own) return own;
    return address
      ? `https://www.google.com/maps/search/?api=1&query=${encodeText(address.slice(0, 300))}`
      : null;
  }

  /**
   * The card's hours, or else (missing or blank, as a CMS template's empty field writes it) the
   * site's `data-hours`.
   */
  private hoursSpec(): string | undefined {
    return this.ownHours() ?? siteDefaults().hours;
  }

  private ownHours(): string | undefined {
    return this.hours?.trim() ? this.hours : undefined;
  }

  /**
   * The 24/7 line: the card's `after-hours-phone`, else (when it is missing or cannot be read: it
   * was reported when set) the site's, reported here when it cannot be read. `none` means none;
   * blank, as a CMS template writes an empty field, means the site's, as for every other setting.
   * Null when there is none.
   */
  private afterHoursLine(): ParsedPhone | null {
    const own = this.afterHoursPhone;
    if (isNone(own)) return null;
    const ownLine = afterHoursNumber(own);
    if (ownLine) return ownLine;
    const site = siteDefaults().afterHoursPhone;
    const siteLine = afterHoursNumber(site);
    if (site && !siteLine) warnSiteSetting('after-hours-phone', site, notAnAfterHoursLine(site));
    return siteLine;
  }

  private photoUrl(): string | null {
    return urlAttribute(TAG, 'photo', this.photo, ['https', 'same-origin', 'localhost'], 'no photo is shown');
  }

  /** The open/closed line, and when it will change (for the timer). */
  private statusText(): StatusText | null {
    const spec = this.hoursSpec()?.trim();
    if (!spec) return null;
    const parsed = parseOpeningHours(spec);
    if (parsed.errors.length) {
      const problem = hoursProblem(parsed);
      if (!this.ownHours()) warnSiteSetting('hours', spec, problem);
      else warnOnce(`<${TAG}> hours=${quoteValue(spec)}${problem}`);
      // Hours read in part would state a wrong week as fact ("Closed · opens Sat" on a Wednesday,
      // when the weekdays' rule was the one mistyped): no line, as with no hours, and no second
      // warning about the zone.
      return null;
    }
    const t = this.t.bind(this);
    const now = new Date();
    if (parsed.alwaysOpen) return formatStatus({ kind: 'always' }, this.activeLang, '', now, t);
    const own = this.timezone?.trim();
    const zone = own || siteDefaults().timezone?.trim();
    // The card's invalid zone was reported when it was set (willUpdate); the site's is here, and a
    // missing one only matters here.
    if (!zone || !isValidTimeZone(zone)) {
      if (!zone)
        warnOnce(
          !this.ownHours()
            ? NO_SITE_ZONE
            : `<${TAG}> has hours but no timezone (an IANA name such as "America/Los_Angeles"); the open/closed line is hidden.`,
        );
      else if (!own) warnSiteSetting('timezone', zone, NOT_A_ZONE);
      return null;
    }
    if (!own && STANDARD_ALL_YEAR.test(zone)) warnSiteSetting('timezone', zone, ` ${KEEPS_STANDARD_TIME}`);
    const status = hoursStatus(parsed, now, zone);
    // The line (and the buttons that follow it) render again when admissions opens or closes.
    this.staleBy('nextChange' in status ? status.nextChange : null);
    return formatStatus(status, this.activeLang, zone, now, t);
  }

  // ---------------------------------------------------------------------------------------------
  // Light DOM and events

  private writeJsonLd(): void {
    const phone = this.currentPhone();
    const photo = this.photoUrl();
    const spec = this.hoursSpec();
    const parsed = spec ? parseOpeningHours(spec) : null;
    // Hours with a mistake are left out whole, as on the card (see statusText).
    const hours = parsed && !parsed.errors.length ? schemaOrgHours(parsed) : [];
    // Empty fields are left out: JSON.stringify drops undefined.
    const data = {
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: this.name || undefined,
      telephone: phone?.e164,
      email: this.email && this.emailHref() ? this.email.trim() : undefined,
      address: this.address || undefined,
      openingHours: hours.length ? hours : undefined,
      image: photo ?? undefined,
    };
    let script = this.querySelector<HTMLScriptElement>(JSON_LD_SCRIPT);
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute('data-intake-json-ld', '');
      this.append(script);
    }
    // `<` escaped so no attribute value can close the script element.
    let json: string;
    try {
      json = JSON.stringify(data).replace(/</g, '\\u003c');
    } catch (error) {
      // A page script's own toJSON on Array or Object (old libraries add them) that throws.
      script.remove();
      warnOnce(
        `<${TAG}> json-ld: no JSON-LD is written: a script on the page broke JSON.stringify (${error}).`,
      );
      return;
    }
    try {
      script.text = trusted('script', json) as string;
    } catch {
      script.remove();
      warnOnce(`<${TAG}> json-ld: no JSON-LD is written${REFUSED}`);
    }
  }

  /**
   * A contact with admissions (its call, text, email, directions or 24/7 line): an
   * `intake-contact` event with the method its scheme tells. A crisis line (988, SAMHSA) is not
   * one: a site counts these events as leads, and a tap on 988 must never be recorded as one.
   */
  private onClick(event: Event): void {
    const link = (event.target as Element).closest('a');
    if (link && !link.closest('.crisis-links, .crisis-call'))
      this.emit(new IntakeContactEvent(CONTACT_METHODS[link.protocol] ?? 'map'));
  }

  /**
   * Hides the bar. Its close button goes with it: when that had focus, focus goes to a note, out
   * of sight, that says the bar is hidden, at the bar's place in the page (see updated), so Tab
   * goes on from there, not from the page's top.
   */
  private dismiss(): void {
    this.dismissed = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering
  // Templates are written without indentation: white space inside a template is shipped as is.

  /** 988 by call, text and chat: the crisis lines of both the after-hours note and the `crisis` line. */
  private crisisLinks() {
    return html`<a href=${CALL_988}>${this.t('crisisCall')}</a> <a href=${text988Href(this.activeLang)}>${this.t('crisisText')}</a> ${this.newTabLink(CHAT_988, this.t('crisisChat'))}`;
  }

  /** The after-hours note: 911 first, then 988 and SAMHSA (the 24/7 line is the call button then). */
  private renderAfterHours() {
    return html`<div class="after-hours" part="after-hours">
<p>${this.t('afterHours')}</p>
<p class="crisis-links"><a href=${CALL_911}>${this.t('call911')}</a> ${this.crisisLinks()} <a href=${CALL_SAMHSA}>${this.keepWhole(this.t('samhsa'))}</a> <a href=${CALL_SAMHSA_TTY}>${this.keepWhole(this.t('samhsaTty'))}</a></p>
</div>`;
  }

  private renderAddress(address: string, map: string | null) {
    return html`<div class="address" part="address">
${heading(this.headingLevel + 1, this.t('address'), { className: 'visually-hidden' })}
<p>${address}</p>
${map ? this.newTabLink(map, this.t('directions')) : nothing}
</div>`;
  }

  /**
   * The compact bar. While admissions is closed and there is a 24/7 line, its one button dials
   * that line ("Call 24/7"): at night, a tap should reach a person, not a closed office. Closed
   * with no such line (or with `crisis`), a "988" button beside it reaches one who is there.
   */
  private renderBar(
    dial: ParsedPhone | null,
    status: StatusText | null,
    afterHours: ParsedPhone | null,
    closed: boolean,
  ) {
    if (this.dismissed)
      return html`<p class="hidden-note visually-hidden" tabindex="-1" lang=${this.activeLang}>${this.t('barHidden')}</p>`;
    const label = this.name || this.heading || this.t('heading');
    // The call link's spaces are in its text: Chromium leaves a space alone beside Lit's marker out
    // of accessible names ("Group number(optional)" in the insurance form).
    return html`<aside class="bar" part="card" aria-label=${label} lang=${this.activeLang} @click=${this.onClick}>
<div class="bar-text"><span class="bar-name">${label}</span>${status ? renderBarStatus(status) : nothing}</div>
${dial ? html`<a class="button" part="call" href=${telHref(dial)}><span class="icon" aria-hidden="true">☎</span>${` ${this.t(afterHours ? 'callAfterHours' : 'callShort')} `}<span class="bar-number">${dial.display}</span></a>` : nothing}
${(closed && !afterHours) || this.crisis ? html`<a class="button secondary crisis-call" part="crisis" href=${CALL_988} aria-label=${this.t('barCrisis')}>988</a>` : nothing}
<button class="dismiss" part="dismiss" type="button" aria-label=${this.t('dismiss')} @click=${this.dismiss}><span aria-hidden="true">×</span></button>
</aside>`;
  }

  override render() {
    void this.phoneRevision; // read so a swap re-renders
    const phone = this.currentPhone();
    const status = this.statusText();
    const closed = status !== null && !status.open;
    const afterHours = closed ? this.afterHoursLine() : null;
    // While closed, the call button dials the line that answers, in the bar and in the card.
    const dial = afterHours ?? phone;
    if (this.layout === 'bar') return this.renderBar(dial, status, afterHours, closed);

    const sms = this.smsPhone(phone);
    const email = this.emailHref();
    const map = this.mapLink();
    const photo = this.photoUrl();
    const steps = splitList(this.steps ?? '', '|')
      .map((step) => step.trim())
      .filter(Boolean)
      .slice(0, 8);

    return html`<section class="card" part="card" aria-labelledby=${this.name ? 'heading name' : 'heading'} lang=${this.activeLang} @click=${this.onClick}>
${photo ? html`<img class="photo" part="photo" src=${photo} alt=${this.photoAlt} loading="lazy" decoding="async">` : nothing}
<div class="body">
${heading(this.headingLevel, this.heading || this.t('heading'), { id: 'heading', className: 'title', part: 'heading', focusable: true })}
${this.name ? html`<p class="name" id="name">${this.name}</p>` : nothing}
${status ? html`<p class=${statusClass(status)} part="status">${status.text}</p>` : nothing}
<p class="message">${this.keepWhole(this.message || this.t('message'))}</p>
<div class="actions" part="actions">
${
  dial
    ? html`<a class="button" part="call" href=${telHref(dial)}>${this.keepWhole(this.t(afterHours ? 'callAfterHoursLine' : 'call', { phone: dial.display }))}</a>`
    : nothing
}
${sms ? html`<a class="button secondary" part="sms" href=${smsHref(sms)}>${this.t('text')}</a>` : nothing}
${email ? html`<a class="button secondary" part="email" href=${email}>${this.t('email')}</a>` : nothing}
</div>
${steps.length ? html`<div class="steps">${heading(this.headingLevel + 1, this.t('whenYouCall'))}<ul>${steps.map((step) => html`<li>${this.keepWhole(step)}</li>`)}</ul></div>` : nothing}
${this.address?.trim() ? this.renderAddress(this.address, map) : nothing}
${closed ? this.renderAfterHours() : nothing}
${this.crisis && !closed ? html`<p class="crisis" part="crisis">${this.t('crisis')} <span class="crisis-links">${this.crisisLinks()}</span></p>` : nothing}
</div>
</section>`;
  }
}

/** The open/closed line's classes: open is styled apart from closed. */
function statusClass(status: StatusText): string {
  return `status ${status.open ? 'is-open' : 'is-closed'}`;
}

/**
 * The bar's status, in two parts split at the first " · ": "Closed" and "· opens Fri 8:00 AM PT",
 * so that where the whole line does not fit, the second part goes whole onto a second line rather
 * than breaking inside the time. A line with no " · " (a site's own wording) is one part.
 */
function renderBarStatus(status: StatusText) {
  const cut = status.text.indexOf(' · ');
  const [head, tail] = cut < 0 ? [status.text, ''] : [status.text.slice(0, cut), status.text.slice(cut + 1)];
  return html`<span class=${statusClass(status)} part="status"><span class="status-head">${head}</span>${tail ? html` <span class="status-tail">${tail}</span>` : nothing}</span>`;
}

/** Properties the JSON-LD block is written from. */
const JSON_LD_INPUTS = ['jsonLd', 'name', 'phone', 'email', 'address', 'hours', 'photo', 'phoneRevision'];

declare global {
  interface HTMLElementTagNameMap {
    'intake-contact-card': IntakeContactCard;
  }
}
