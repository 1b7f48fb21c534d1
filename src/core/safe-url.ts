/**
 * URL guard for every link and endpoint a widget builds from configuration. Each use names the
 * kinds it allows, so a `map-href` can never become `javascript:` and an endpoint can never point
 * at a third party.
 */
export type UrlKind = 'https' | 'localhost' | 'same-origin' | 'tel' | 'sms' | 'mailto';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns the absolute URL string when `value` is of one of the allowed kinds, else null.
 * Relative URLs resolve against `base` (the page) and count as `same-origin`.
 */
export function safeUrl(
  value: string | null | undefined,
  kinds: readonly UrlKind[],
  base?: string,
): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 2048) return null;
  // Control characters are how `java\tscript:` style tricks slip past naive checks.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  const pageBase = base ?? (typeof location !== 'undefined' ? location.href : 'https://invalid.invalid/');
  let url: URL;
  try {
    url = new URL(trimmed, pageBase);
  } catch {
    return null;
  }
  const page = new URL(pageBase);
  switch (url.protocol) {
    case 'https:':
      if (kinds.includes('https')) return url.href;
      if (kinds.includes('same-origin') && url.origin === page.origin) return url.href;
      return null;
    case 'http:':
      if (kinds.includes('localhost') && LOCAL_HOSTS.has(url.hostname)) return url.href;
      if (kinds.includes('same-origin') && url.origin === page.origin) return url.href;
      return null;
    case 'tel:':
      return kinds.includes('tel') ? url.href : null;
    case 'sms:':
      return kinds.includes('sms') ? url.href : null;
    case 'mailto:':
      return kinds.includes('mailto') ? url.href : null;
    default:
      return null;
  }
}
