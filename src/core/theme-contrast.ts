/**
 * A site's theme checked for readable text (WCAG 2 contrast, 4.5:1 for text). A brand colour
 * picked for a logo often fails as text on white, or under white button text; the widget cannot
 * know the page's design, so it tells the developer once per widget kind, naming the token to set.
 * Only colours the browser gives as sRGB numbers are judged; any other (a background image, a
 * translucent layer, a wide-gamut colour) is left unjudged rather than guessed.
 */
import { warnOnce } from './warn.js';

type Rgb = [number, number, number];

/** The channels (0–255) of a computed colour when it is opaque sRGB: `rgb(…)` or `color(srgb …)`. */
export function opaqueRgb(computed: string): Rgb | null {
  const match =
    /^(rgba?|color)\((?:srgb )?([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:(?:, | \/ )([\d.]+))?\)$/.exec(computed);
  if (!match || (match[5] !== undefined && Number(match[5]) < 1)) return null;
  const scale = match[1] === 'color' ? 255 : 1;
  return [Number(match[2]) * scale, Number(match[3]) * scale, Number(match[4]) * scale];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The start of each widget's own tokens (`--intake-card-accent`), which outrank the shared ones. */
const WIDGET_TOKENS: Record<string, string> = {
  'intake-contact-card': '--intake-card',
  'intake-care-quiz': '--intake-quiz',
  'intake-insurance-check': '--intake-insurance',
};

/** What is read on what, and the tokens that set it. */
const PAIRS: ReadonlyArray<[text: string, background: string, what: string, tokens: string]> = [
  ['--_text', '', 'text', '--intake-text or --intake-surface'],
  ['--_muted', '', 'secondary text', '--intake-muted'],
  ['--_accent', '', 'links', '--intake-accent'],
  ['--_on-accent', '--_accent', 'button text', '--intake-on-accent or --intake-accent'],
];

/**
 * The colour behind `element` as painted: the first opaque background up the tree as it is shown
 * (through the slot an element is shown in, and out of shadow roots); null when that is unknown
 * (an image, or a page in dark mode with no background of its own).
 */
function backdrop(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return null;
    if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') return style.backgroundColor;
    node = node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
  }
  // Nothing painted: the page's canvas, white unless the page asks for dark mode.
  return /dark/.test(getComputedStyle(document.documentElement).colorScheme) ? null : 'rgb(255, 255, 255)';
}

/**
 * Checks the theme `element`'s widget shows, once: the colours its tokens resolve to, text on the
 * background behind `surface` (its main box) and button text on the accent. Warns for each pair
 * under 4.5:1.
 */
export function checkThemeContrast(element: HTMLElement, surface: Element): void {
  const root = surface.getRootNode() as ShadowRoot;
  const probe = document.createElement('i');
  probe.hidden = true;
  root.append(probe);
  const colour = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const behind = backdrop(surface);
  // The widget's own token (`--intake-card-surface`) where the site set it: it outranks the
  // shared one, so advice to change `--intake-surface` would change nothing.
  const prefix = WIDGET_TOKENS[element.localName];
  const hostStyle = getComputedStyle(element);
  const named = (token: string) => {
    const specific = prefix ? token.replace('--intake-', `${prefix}-`) : token;
    return specific !== token && hostStyle.getPropertyValue(specific).trim() ? specific : token;
  };
  for (const [text, background, what, tokens] of PAIRS) {
    const fore = opaqueRgb(colour(text));
    const back = opaqueRgb(background ? colour(background) : (behind ?? ''));
    const ratio = fore && back ? contrastRatio(fore, back) : 21;
    if (ratio < 4.5) {
      warnOnce(
        `<${element.localName}> the theme's colour for ${what} has a contrast of ${ratio.toFixed(1)}:1 with the colour behind it; text needs 4.5:1 to be read by people with low vision (WCAG AA). Set ${tokens.replace(/--intake-[a-z-]+/g, named)}.`,
      );
    }
  }
  probe.remove();
}
