import { type ParsedPhone, parsePhone, telHref } from '../core/phone.js';

const MIRROR_ATTRIBUTE = 'data-intake-phone';

/**
 * Keeps the card's phone number where call-tracking scripts can rewrite it.
 *
 * CallRail and CallTrackingMetrics swap numbers in the page's light DOM (text and `tel:` hrefs);
 * they cannot see inside a shadow root. So the number lives in a `tel:` link in the element's
 * light DOM: either one the site wrote inside the element (also the no-JavaScript fallback), or
 * a hidden copy this class adds. Light DOM children are not slotted, so neither is displayed.
 * A MutationObserver on the element notices a swap at any time and asks the card to re-render.
 */
export class PhoneSource {
  private observer: MutationObserver | undefined;
  /** The configured number (E.164) the mirror was last written with, to tell a swap from our own write. */
  private written: string | undefined;
  /** The number before any swap: the last configured one, or the site link's first-seen one. */
  private baseline: string | undefined;
  /** The number `read()` last returned. */
  private lastRead: string | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly onChange: () => void,
  ) {}

  connect(): void {
    if (typeof MutationObserver === 'undefined') return;
    // Only a change of the number itself re-renders: other light-DOM writes (the JSON-LD block,
    // a site's own markup) must not, or writing JSON-LD on render would loop.
    this.observer ??= new MutationObserver(() => {
      const before = this.lastRead;
      if (this.read()?.e164 !== before) this.onChange();
    });
    // Observing again (after a disconnect, or twice) replaces the same registration.
    // `attributeFilter` implies `attributes: true`.
    this.observer.observe(this.host, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['href'],
    });
  }

  disconnect(): void {
    this.observer?.disconnect();
  }

  /**
   * The site's own `tel:` link inside the element, if it wrote one, and the hidden mirror, if any.
   * A link to 911 or 988 in the site's fallback text is not admissions' number, so only a full
   * ten-digit number counts.
   */
  private links(): [site: HTMLAnchorElement | null, mirror: HTMLAnchorElement | null] {
    const site = [
      ...this.host.querySelectorAll<HTMLAnchorElement>(`a[href^="tel:" i]:not([${MIRROR_ATTRIBUTE}])`),
    ];
    return [
      site.find((link) => parsePhone(hrefNumber(link))?.e164.startsWith('+')) ?? null,
      this.host.querySelector(`:scope > a[${MIRROR_ATTRIBUTE}]`),
    ];
  }

  /**
   * Writes the configured number into the hidden mirror (unless the site wrote its own link).
   * Called when the `phone` attribute or the site default changes; a number a tracking script
   * swapped in is replaced only when the configuration itself changes.
   */
  sync(configured: ParsedPhone | null): void {
    const [site, existing] = this.links();
    if (site) return;
    if (!configured) {
      existing?.remove();
      this.written = this.baseline = undefined;
      return;
    }
    if (existing && this.written === configured.e164) return;
    const link = existing ?? document.createElement('a');
    if (!existing) {
      link.setAttribute(MIRROR_ATTRIBUTE, '');
      link.hidden = true;
      link.setAttribute('aria-hidden', 'true');
      link.tabIndex = -1;
    }
    link.href = telHref(configured);
    link.textContent = configured.display;
    this.written = this.baseline = configured.e164;
    if (!existing) this.host.append(link);
  }

  /**
   * The number to show and dial. A swapper may rewrite the visible text, the href, or both;
   * whichever no longer matches the number first seen (or last configured) is the swapped one.
   * Null (and the baseline kept) when there is no link.
   */
  read(): ParsedPhone | null {
    const [site, mirror] = this.links();
    const link = site ?? mirror;
    const candidates = link
      ? [parsePhone(hrefNumber(link)), parsePhone(link.textContent ?? '')].filter((phone) => phone !== null)
      : [];
    this.baseline ??= candidates[0]?.e164;
    const current = candidates.find((phone) => phone.e164 !== this.baseline) ?? candidates[0] ?? null;
    this.lastRead = current?.e164;
    return current;
  }
}

/** The number a `tel:` link dials, as written after `tel:` (decoded when it can be). */
function hrefNumber(link: HTMLAnchorElement): string {
  const href = (link.getAttribute('href') ?? '').replace(/^tel:/i, '');
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
