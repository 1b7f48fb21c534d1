import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IntakeElement } from '../core/base.js';
import { siteDefaults } from '../core/defaults.js';
import { type ContactMethod, IntakeContactEvent } from '../core/events.js';
import type { Lang } from '../core/i18n.js';
import { safeUrl } from '../core/safe-url.js';
import { quoteValue, warnAttribute, warnOnce } from '../core/warn.js';
import { type ContactCardMessages, contactCardEn } from '../i18n/contact-card.en.js';
import { contactCardEs } from '../i18n/contact-card.es.js';
import { contactCardStyles } from './contact-card.styles.js';
import { formatStatus, type StatusText } from './hours-text.js';
import { hoursStatus, isValidTimeZone, parseOpeningHours } from './opening-hours.js';
import { type ParsedPhone, parsePhone, smsHref, telHref } from './phone.js';
import { PhoneSource } from './phone-source.js';

/**
 * Under `require-trusted-types-for 'script'` even a JSON-LD block's text is a guarded sink. A
 * policy that only ever receives our own `JSON.stringify` output (never executed: the type is
 * `application/ld+json`) makes it pass. A site whose `trusted-types` allowlist lacks
 * `intake-widgets` gets a warning and no JSON-LD rather than a violation.
 */
type ScriptPolicy = { createScript(input: string): unknown };
let jsonLdPolicy: ScriptPolicy | null | undefined;
function jsonLdScriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } })
    .trustedTypes;
  if (!tt) return json;
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = tt.createPolicy('intake-widgets', { createScript: (input: string) => input });
    } catch {
      jsonLdPolicy = null;
      warnOnce(
        `<${TAG}> json-ld: the page's Trusted Types policy does not allow "intake-widgets"; no JSON-LD is written.`,
      );
    }
  }
  return jsonLdPolicy ? jsonLdPolicy.createScript(json) : null;
}

export type ContactCardLayout = 'card' | 'bar';
const LAYOUTS: readonly ContactCardLayout[] = ['card', 'bar'];

const TAG = 'intake-contact-card';
/** Re-check the hours at least this often, so a sleeping laptop or a clock change self-corrects. */
const MAX_TIMER_MS = 60 * 60 * 1000;
const CRISIS_LINE = parsePhone('988')!;
const SAMHSA_LINE = parsePhone('1-800-662-4357')!;

/**
 * The "talk to an admissions specialist" card: click-to-call, text, email, address with a map
 * link, and a live open/closed line computed in the facility's time zone.
 *
 * Call tracking: the number is read from a `tel:` link in the element's light DOM — one the site
 * writes inside the element, or a hidden copy the card adds — so number-swapping scripts
 * (CallRail, CallTrackingMetrics) that rewrite the page's numbers also change what the card
 * shows and dials, before or after it rendered.
 *
 * @tag intake-contact-card
 * @summary Admissions contact card with click-to-call, hours and a sticky call bar layout.
 *
 * @event intake-contact - A contact link was used. `detail: { method: 'call' | 'sms' | 'email' | 'map' }`.
 *
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
 * @csspart crisis - The always-on crisis line (`crisis` attribute).
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
 */
export class IntakeContactCard extends IntakeElement<ContactCardMessages> {
  static override styles = contactCardStyles;

  protected readonly widgetName = 'contact-card';

  /** Facility name, e.g. "Northpoint Seattle". */
  @property() name = '';

  /** Heading text; defaults to "Talk to an admissions specialist". */
  @property() heading?: string;

  /** Short message under the heading; defaults to a free-and-confidential line. */
  @property() message?: string;

  /** Admissions phone, any US format; falls back to the site default `data-phone`. */
  @property() phone?: string;

  /** Number for text messages; `sms` alone (empty) means the admissions phone takes texts. */
  @property() sms?: string;

  /** Admissions email address. */
  @property() email?: string;

  /** Street address, shown as written. */
  @property() address?: string;

  /** Map link for the address (https); defaults to a map search for `address`. */
  @property({ attribute: 'map-href' }) mapHref?: string;

  /** Photo URL (https or same origin). */
  @property() photo?: string;

  /** Alternative text for the photo; empty means decorative. */
  @property({ attribute: 'photo-alt' }) photoAlt = '';

  /** Opening hours in schema.org `openingHours` syntax: `24/7`, `Mo-Fr 08:00-20:00; Sa 09:00-17:00`. */
  @property() hours?: string;

  /** IANA time zone of the facility, e.g. `America/Los_Angeles`; needed for the open/closed line. */
  @property() timezone?: string;

  /** A 24/7 number shown when the admissions line is closed. */
  @property({ attribute: 'after-hours-phone' }) afterHoursPhone?: string;

  /** What happens when you call, items separated by `|`: "Insurance checked | Travel arranged". */
  @property() steps?: string;

  /** `card` (default) or `bar`: a compact call bar fixed to the bottom of the screen. */
  @property({ reflect: true }) layout: ContactCardLayout = 'card';

  /** Show the 988 / 911 crisis line at all times, not only after hours. */
  @property({ type: Boolean }) crisis = false;

  /** Write schema.org `MedicalClinic` JSON-LD into the light DOM for search engines. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  /** The bar was dismissed; in memory only, so a reload shows it again. */
  @state() private dismissed = false;

  /** Bumped by the phone source when a call-tracking script rewrites the number. */
  @state() private phoneRevision = 0;

  private readonly phoneSource = new PhoneSource(this, () => {
    this.phoneRevision++;
  });
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.phoneSource.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.phoneSource.disconnect();
    this.clearTimer();
  }

  override refresh(): void {
    this.phoneSource.sync(this.configuredPhone());
    super.refresh();
  }

  protected dictionary(lang: Lang): ContactCardMessages {
    return lang === 'es' ? contactCardEs : contactCardEn;
  }

  /** The number from attributes or site defaults, before any call-tracking swap. */
  private configuredPhone(): ParsedPhone | null {
    const raw = this.phone ?? siteDefaults().phone;
    if (raw === undefined || raw.trim() === '') return null;
    const parsed = parsePhone(raw);
    if (!parsed)
      warnAttribute(TAG, this.phone !== undefined ? 'phone' : 'data-phone', raw, 'no call button is shown');
    return parsed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      warnAttribute(TAG, 'layout', this.layout, 'using "card"');
      this.layout = 'card';
    }
    if (changed.has('phone') || !this.hasUpdated) this.phoneSource.sync(this.configuredPhone());
    if (
      this.jsonLd &&
      (changed.has('jsonLd') || this.hasUpdated === false || this.jsonLdInputsChanged(changed))
    ) {
      this.writeJsonLd();
    } else if (changed.has('jsonLd') && !this.jsonLd) {
      this.querySelector(':scope > script[data-intake-json-ld]')?.remove();
    }
  }

  private jsonLdInputsChanged(changed: PropertyValues<this>): boolean {
    return ['name', 'phone', 'email', 'address', 'hours', 'photo', 'phoneRevision'].some((key) =>
      changed.has(key as keyof IntakeContactCard),
    );
  }

  protected override updated(): void {
    // Settle the layout before the first paint; then keep one timer for the next open/close change.
    this.scheduleStatusRefresh();
  }

  // ---------------------------------------------------------------------------------------------
  // Derived values

  private currentPhone(): ParsedPhone | null {
    return this.phoneSource.read() ?? this.configuredPhone();
  }

  private smsPhone(phone: ParsedPhone | null): ParsedPhone | null {
    if (this.sms === undefined || this.sms === null) return null;
    if (this.sms.trim() === '') return phone;
    const parsed = parsePhone(this.sms);
    if (!parsed) warnAttribute(TAG, 'sms', this.sms, 'no text button is shown');
    return parsed;
  }

  private emailHref(): string | null {
    if (!this.email) return null;
    const address = this.email.trim();
    // A deliberately simple check: one @, no spaces or URL syntax, so mailto: cannot carry extra headers.
    if (!/^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/.test(address) || address.length > 254) {
      warnAttribute(TAG, 'email', this.email, 'no email link is shown');
      return null;
    }
    return safeUrl(`mailto:${address}`, ['mailto']);
  }

  private mapLink(): string | null {
    if (this.mapHref) {
      const url = safeUrl(this.mapHref, ['https', 'same-origin']);
      if (!url) warnAttribute(TAG, 'map-href', this.mapHref, 'the link is left out');
      return url;
    }
    if (!this.address?.trim()) return null;
    return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(this.address.trim().slice(0, 300))}`;
  }

  private photoUrl(): string | null {
    if (!this.photo) return null;
    const url = safeUrl(this.photo, ['https', 'same-origin', 'localhost']);
    if (!url) warnAttribute(TAG, 'photo', this.photo, 'no photo is shown');
    return url;
  }

  private statusText(): StatusText | null {
    const spec = this.hours?.trim();
    if (!spec) return null;
    const parsed = parseOpeningHours(spec);
    for (const error of parsed.errors) warnOnce(`<${TAG}> hours=${quoteValue(spec)}: ${error}`);
    if (parsed.alwaysOpen)
      return formatStatus({ kind: 'always' }, this.activeLang, '', new Date(), this.t.bind(this));
    const zone = this.timezone?.trim();
    if (!zone || !isValidTimeZone(zone)) {
      if (zone) warnAttribute(TAG, 'timezone', zone, 'the open/closed line is hidden');
      else
        warnOnce(
          `<${TAG}> has hours but no timezone (an IANA name such as "America/Los_Angeles"); the open/closed line is hidden.`,
        );
      return null;
    }
    const now = new Date();
    const status = hoursStatus(parsed, now, zone);
    return formatStatus(status, this.activeLang, zone, now, this.t.bind(this));
  }

  private stepList(): string[] {
    return (this.steps ?? '')
      .split('|')
      .map((step) => step.trim())
      .filter((step) => step !== '')
      .slice(0, 8);
  }

  // ---------------------------------------------------------------------------------------------
  // Timers and light DOM

  private scheduleStatusRefresh(): void {
    this.clearTimer();
    if (!this.isConnected || !this.hours || !this.timezone || !isValidTimeZone(this.timezone)) return;
    const parsed = parseOpeningHours(this.hours);
    if (parsed.alwaysOpen) return;
    const status = hoursStatus(parsed, new Date(), this.timezone);
    const next = 'nextChange' in status ? status.nextChange : null;
    if (!next) return;
    const wait = Math.min(Math.max(next.getTime() - Date.now() + 500, 1000), MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requestUpdate();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private writeJsonLd(): void {
    const phone = this.currentPhone();
    const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'MedicalClinic' };
    if (this.name) data.name = this.name;
    if (phone) data.telephone = phone.e164;
    if (this.email && this.emailHref()) data.email = this.email.trim();
    if (this.address) data.address = this.address;
    if (this.hours) data.openingHours = this.hours;
    const photo = this.photoUrl();
    if (photo) data.image = photo;
    let script = this.querySelector<HTMLScriptElement>(':scope > script[data-intake-json-ld]');
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute('data-intake-json-ld', '');
      this.append(script);
    }
    // `<` escaped so no attribute value can close the script element.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const text = jsonLdScriptText(json);
    if (text === null) {
      script.remove();
      return;
    }
    script.text = text as string;
  }

  private onContact(method: ContactMethod): void {
    this.emit(new IntakeContactEvent(method));
  }

  private dismiss(): void {
    this.dismissed = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private renderCrisis() {
    const smsBody = this.activeLang === 'es' ? 'AYUDA' : undefined;
    return html`<p class="crisis" part="crisis">
      ${this.t('crisis')}
      <span class="crisis-links">
        <a href=${telHref(CRISIS_LINE)} @click=${() => this.onContact('call')}>${this.t('crisisCall')}</a>
        <a href=${smsHref(CRISIS_LINE, smsBody)} @click=${() => this.onContact('sms')}>${this.t('crisisText')}</a>
      </span>
    </p>`;
  }

  private renderAfterHours(afterHours: ParsedPhone | null) {
    return html`<div class="after-hours" part="after-hours">
      ${
        afterHours
          ? html`<p>
            <a href=${telHref(afterHours)} @click=${() => this.onContact('call')}
              >${this.t('afterHoursLine', { phone: afterHours.display })}</a
            >
          </p>`
          : nothing
      }
      <p>${this.t('afterHours')}</p>
      <p class="crisis-links">
        <a href=${telHref(CRISIS_LINE)} @click=${() => this.onContact('call')}>${this.t('crisisCall')}</a>
        <a href=${smsHref(CRISIS_LINE, this.activeLang === 'es' ? 'AYUDA' : undefined)} @click=${() => this.onContact('sms')}
          >${this.t('crisisText')}</a
        >
        <a href=${telHref(SAMHSA_LINE)} @click=${() => this.onContact('call')}>${this.t('samhsa')}</a>
      </p>
    </div>`;
  }

  private renderBar(phone: ParsedPhone | null, status: StatusText | null) {
    if (this.dismissed) return nothing;
    const label = this.name || this.heading || this.t('heading');
    return html`<aside class="bar" part="card" aria-label=${label}>
      <div class="bar-text">
        <span class="bar-name">${label}</span>
        ${status ? html`<span class="status ${status.open ? 'is-open' : 'is-closed'}" part="status">${status.text}</span>` : nothing}
      </div>
      ${
        phone
          ? html`<a class="button" part="call" href=${telHref(phone)} @click=${() => this.onContact('call')}
            ><span aria-hidden="true">☎</span> ${this.t('callShort')}
            <span class="bar-number">${phone.display}</span></a
          >`
          : nothing
      }
      <button class="dismiss" part="dismiss" type="button" aria-label=${this.t('dismiss')} @click=${this.dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </aside>`;
  }

  override render() {
    void this.phoneRevision; // read so a swap re-renders
    const phone = this.currentPhone();
    const status = this.statusText();
    if (this.layout === 'bar') return this.renderBar(phone, status);

    const sms = this.smsPhone(phone);
    const email = this.emailHref();
    const map = this.mapLink();
    const photo = this.photoUrl();
    const steps = this.stepList();
    const closed = status !== null && !status.open;
    const afterHours = closed && this.afterHoursPhone ? parsePhone(this.afterHoursPhone) : null;
    if (closed && this.afterHoursPhone && !afterHours) {
      warnAttribute(TAG, 'after-hours-phone', this.afterHoursPhone, 'it is left out');
    }

    return html`<section class="card" part="card" aria-labelledby="heading">
      ${photo ? html`<img class="photo" part="photo" src=${photo} alt=${this.photoAlt} loading="lazy" decoding="async" />` : nothing}
      <div class="body">
        <h2 id="heading" class="heading" part="heading">${this.heading || this.t('heading')}</h2>
        ${this.name ? html`<p class="name">${this.name}</p>` : nothing}
        ${status ? html`<p class="status ${status.open ? 'is-open' : 'is-closed'}" part="status">${status.text}</p>` : nothing}
        <p class="message">${this.message || this.t('message')}</p>
        <div class="actions" part="actions">
          ${
            phone
              ? html`<a class="button" part="call" href=${telHref(phone)} @click=${() => this.onContact('call')}
                >${this.t('call', { phone: phone.display })}</a
              >`
              : nothing
          }
          ${
            sms
              ? html`<a class="button secondary" part="sms" href=${smsHref(sms)} @click=${() => this.onContact('sms')}
                >${this.t('text')}</a
              >`
              : nothing
          }
          ${
            email
              ? html`<a class="button secondary" part="email" href=${email} @click=${() => this.onContact('email')}
                >${this.t('email')}</a
              >`
              : nothing
          }
        </div>
        ${
          steps.length
            ? html`<div class="steps">
              <h3>${this.t('whenYouCall')}</h3>
              <ul>
                ${steps.map((step) => html`<li>${step}</li>`)}
              </ul>
            </div>`
            : nothing
        }
        ${
          this.address?.trim()
            ? html`<div class="address" part="address">
              <h3 class="visually-hidden">${this.t('address')}</h3>
              <p>${this.address}</p>
              ${
                map
                  ? html`<a href=${map} target="_blank" rel="noopener noreferrer" @click=${() => this.onContact('map')}
                    >${this.t('directions')} <span class="visually-hidden">${this.t('opensInNewTab')}</span></a
                  >`
                  : nothing
              }
            </div>`
            : nothing
        }
        ${closed ? this.renderAfterHours(afterHours) : nothing}
        ${this.crisis && !closed ? this.renderCrisis() : nothing}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-contact-card': IntakeContactCard;
  }
}
