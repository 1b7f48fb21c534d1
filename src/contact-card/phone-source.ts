import { CALL_POISON_HELP, CALL_SAMHSA, CALL_SAMHSA_TTY } from '../core/crisis-lines.js';
import { type ParsedPhone, parsePhone, telHref } from '../core/phone.js';
import { warnOnce } from '../core/warn.js';

const MIRROR_ATTRIBUTE = 'data-intake-phone';

/** Helplines a site's fallback text may link to, which are never admissions' number. */
const HELPLINES = [CALL_SAMHSA, CALL_SAMHSA_TTY, CALL_POISON_HELP];

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
  /** The number `read()` last returned: kept when a swap writes something unreadable. */
  private lastGood: ParsedPhone | null = null;
  /** The configured number (E.164) `sync` was last given, even when the site wrote its own link. */
  private configured: string | undefined;
  /** The site's link last found with a readable number: followed if a swap makes it unreadable. */
  private chosen: HTMLAnchorElement | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly onChange: () => void,
  ) {}

  connect(): void {
    if (typeof MutationObserver === 'undefined') return;
    // Only a change of the number itself re-renders: other light-DOM writes (the JSON-LD block,
    // a site's own markup) must not, or writing JSON-LD on render would loop.
    this.observer ??= new MutationObserver(() => {
      const before = this.lastGood?.e164;
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
   * A link to 911, 988 (or another short code) or a national helpline (SAMHSA's, Poison Help) in
   * the site's fallback text is not admissions' number.
   */
  private links(): [site: HTMLAnchorElement | null, mirror: HTMLAnchorElement | null] {
    const site = [
      ...this.host.querySelectorAll<HTMLAnchorElement>(`a[href^="tel:" i]:not([${MIRROR_ATTRIBUTE}])`),
    ];
    const admissions = (link: HTMLAnchorElement) => {
      const phone = parsePhone(hrefNumber(link));
      return !!phone?.e164.startsWith('+') && !HELPLINES.includes(telHref(phone));
    };
    // Else the one last found, if a tracking script made it unreadable: it keeps its last good
    // number (`read`). Other unreadable links (711 for relay calls, say) are not admissions'.
    const chosen = this.chosen;
    const found =
      site.find(admissions) ??
      (chosen && site.includes(chosen) && !parsePhone(hrefNumber(chosen)) ? chosen : null);
    if (found) this.chosen = found;
    return [found, this.host.querySelector(`:scope > a[${MIRROR_ATTRIBUTE}]`)];
  }

  /** The number before any swap (E.164), as the site wrote or set it; cheaper than original(). */
  originalNumber(): string | undefined {
    return this.baseline;
  }

  /** The number before any swap, as the site wrote or set it. */
  original(): ParsedPhone | null {
    return this.baseline ? parsePhone(this.baseline) : null;
  }

  /**
   * Writes the configured number into the hidden mirror (unless the site wrote its own link).
   * Called when the `phone` attribute or the site default changes; a number a tracking script
   * swapped in is replaced only when the configuration itself changes.
   */
  sync(configured: ParsedPhone | null): void {
    this.configured = configured?.e164;
    const [site, existing] = this.links();
    if (site) return;
    if (!configured) {
      existing?.remove();
      this.written = this.baseline = undefined;
      return;
    }
    // A copy already there on the first sync, written for this same number, came with the page
    // (markup written again with innerHTML, a clone): a swap in it stays.
    if (existing && this.written === undefined && existing.getAttribute(MIRROR_ATTRIBUTE) === configured.e164)
      this.written = this.baseline = configured.e164;
    if (existing && this.written === configured.e164) return;
    const link = existing ?? document.createElement('a');
    // The number it was written for: a copy of it (innerHTML, a clone) can tell a swap from that.
    link.setAttribute(MIRROR_ATTRIBUTE, configured.e164);
    if (!existing) {
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
   * whichever no longer matches the number before the swap is the swapped one. That number is the
   * configured one when the link showed it at first sight; else the text's when it disagrees with
   * the href and is split across elements or spelled in letters (a swapper that could only
   * rewrite the href, before the card came); else the href's. Null when there is no link; the
   * last readable number when a swap wrote something unreadable.
   */
  read(): ParsedPhone | null {
    const [site, mirror] = this.links();
    const link = site ?? mirror;
    if (!link) {
      this.lastGood = null;
      return null;
    }
    const href = parsePhone(hrefNumber(link));
    const text = parsePhone(link.textContent ?? '');
    const candidates = [href, text].filter((phone) => phone !== null);
    if (this.baseline === undefined && candidates.length) {
      const hrefOnly = !!href && !!text && href.e164 !== text.e164;
      const textKept = hrefOnly && (link.childElementCount > 0 || /[a-z]/i.test(link.textContent ?? ''));
      this.baseline = candidates.some((phone) => phone.e164 === this.configured)
        ? this.configured
        : textKept
          ? text.e164
          : candidates[0].e164;
      // The card's own `phone` and the link written inside it disagree at first sight: a swap made
      // before the card came, or a link left over from an example, which would be dialled unseen.
      const configured =
        this.configured && this.host.getAttribute('phone')?.trim() && parsePhone(this.configured);
      if (site && configured && this.baseline !== configured.e164)
        warnOnce(
          `<${this.host.localName}> phone is ${configured.display}, but the tel: link written inside it dials ${candidates.find((phone) => phone.e164 === this.baseline)?.display}; the link is used, as after a call-tracking swap. If it is left over, change or remove it.`,
        );
    }
    const current =
      candidates.find((phone) => phone.e164 !== this.baseline) ?? candidates[0] ?? this.lastGood;
    this.lastGood = current;
    return current;
  }
}

/** The number a `tel:` link dials, decoded when it can be (parsePhone reads past the `tel:`). */
function hrefNumber(link: HTMLAnchorElement): string {
  const href = link.getAttribute('href') ?? '';
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
