/**
 * URL guard for every link and endpoint a widget builds from configuration. Each use names the
 * kinds it allows, so a `map-href` can never become `javascript:` and an endpoint can never point
 * at a third party.
 */
import { quoteValue, warnAttribute, warnOnce } from './warn.js';

export type UrlKind = 'https' | 'localhost' | 'same-origin' | 'tel' | 'sms' | 'mailto';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/**
 * Characters no real address contains. Control characters are how `java\tscript:` tricks slip
 * past naive checks; double quotes, angle brackets and backticks mean pasted markup; direction
 * overrides make a link read as something else. (Spaces and apostrophes, as in a pasted map
 * search for "St. Mary's", are fine: URL encodes them.)
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NOT_A_URL = /[\u0000-\u001f\u007f"<>`\u202a-\u202e\u2066-\u2069]/;

/**
 * An address's first part that names another site (a host name, maybe with a port), when it starts
 * with `www.` or ends in a top-level domain treatment centers' links use. A file name such as
 * `intake.php` or `photo.jpg` does not end in one of these, so a relative path to it is left alone.
 */
const HOST_WITHOUT_SCHEME =
  /^(?:www\.[a-z0-9.-]+|(?:[a-z0-9-]+\.)+(?:com|org|net|us|gov|edu|health|care|clinic|center|io|co|info|biz|app|gl))(?::\d+)?(?:[/?#]|$)/i;

/**
 * `https://` and `value`, when `value` is another site's address written without its scheme
 * (`intake.example.org/api`, `www.example.org`, `maps.app.goo.gl/x`): a browser would read it as a
 * path on the page's own site, sending a form to the wrong server or a visitor to a missing page.
 * Else null.
 */
export function missingScheme(value: string): string | null {
  const trimmed = value.trim();
  return HOST_WITHOUT_SCHEME.test(trimmed) ? `https://${trimmed}` : null;
}

/** Kinds that are a URL scheme of the same name: allowed whatever the host. */
const SCHEME_KINDS = ['https:', 'tel:', 'sms:', 'mailto:'];

/**
 * Returns the absolute URL string when `value` is of one of the allowed kinds, else null.
 * Relative URLs resolve against `base` (the page) and count as `same-origin`, except another
 * site's address written without `https://` (see {@link missingScheme}).
 */
export function safeUrl(
  value: string | null | undefined,
  kinds: readonly UrlKind[],
  base?: string,
): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048 || NOT_A_URL.test(trimmed) || missingScheme(trimmed)) return null;
  const pageBase = base ?? (typeof location !== 'undefined' ? location.href : 'https://invalid.invalid/');
  let url: URL;
  try {
    url = new URL(trimmed, pageBase);
  } catch {
    return null;
  }
  const { protocol } = url;
  const allows = (kind: string) => (kinds as readonly string[]).includes(kind);
  if (SCHEME_KINDS.includes(protocol) && allows(protocol.slice(0, -1))) return url.href;
  if (protocol === 'http:' && allows('localhost') && LOCAL_HOSTS.includes(url.hostname)) return url.href;
  const web = protocol === 'https:' || protocol === 'http:';
  return web && allows('same-origin') && url.origin === new URL(pageBase).origin ? url.href : null;
}

/**
 * {@link safeUrl} for an attribute of element `tag`: null when `value` is empty, and null with
 * one warning (naming the attribute and what happens instead, `fallback`) when it is refused; an
 * address missing its `https://` is told how to write it.
 */
export function urlAttribute(
  tag: string,
  attribute: string,
  value: string | undefined,
  kinds: readonly UrlKind[],
  fallback: string,
): string | null {
  if (!value) return null;
  // `&amp;` in the value itself: the page's editor escaped the `&` twice (`&amp;amp;`), and the
  // link would carry "&amp;" where its address has "&". Read as meant, with a word.
  const written = value.replace(/&amp;/gi, '&');
  if (written !== value)
    warnOnce(`<${tag}> ${attribute}=${quoteValue(value)} has "&amp;" in it (escaped twice); read as "&".`);
  const url = safeUrl(written, kinds);
  if (!url) {
    const hint = schemeHint(value);
    warnAttribute(tag, attribute, value, hint ? `${fallback} (${hint})` : fallback);
  }
  return url;
}

/** How to write `value` when it is another site's address missing its `https://`; else null. */
export function schemeHint(value: string): string | null {
  const written = missingScheme(value);
  return written && `another site's address needs https:// in front: ${quoteValue(written)}`;
}

/**
 * Why an endpoint allowed by {@link safeUrl} must still not be given health information, or null:
 * a documentation placeholder left in a copied snippet (example.com, .org, .net, `*.example`),
 * or plain `http:` off this computer (a page not served over https sends its form the same way,
 * unencrypted).
 */
export function endpointRefusal(href: string): string | null {
  const { protocol, hostname } = new URL(href);
  if (/(^|\.)example(\.(com|org|net))?$/i.test(hostname))
    return 'an example address from the documentation; set your own';
  if (protocol === 'http:' && !LOCAL_HOSTS.includes(hostname))
    return 'the page is not served over https, so what a visitor types would travel unencrypted';
  return null;
}

/**
 * Whether endpoint `href` is on this computer (localhost) while the page is served from
 * `pageHost` elsewhere: on a visitor's device that is their own, where nothing takes the form (a
 * test setting left in a page that went live).
 */
export function offThisComputer(href: string, pageHost: string): boolean {
  const local = (host: string) => LOCAL_HOSTS.includes(host);
  return local(new URL(href).hostname) && !local(pageHost);
}

/**
 * Text percent-encoded for a URL's query. encodeURIComponent throws on a lone surrogate (half an
 * emoji, as a cut at a fixed length can leave); that half becomes U+FFFD instead. With the `u`
 * flag a surrogate pair is one character, so the class matches only lone halves.
 */
export function encodeText(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
}
