/**
 * Language choice and message formatting. English and Spanish are built in; every string can be
 * overridden per element (`strings`, a JSON object of messages).
 */
import { siteDefaults } from './defaults.js';
import { warnSiteSetting } from './warn.js';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** `es-MX` → `es`; anything unsupported → null. */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : null;
}

/**
 * The nearest element with a `lang` attribute, crossing shadow-root boundaries (a widget may sit
 * inside another). A blank `lang` (a CMS template's empty field) names no language and is passed.
 */
function nearestLangElement(el: Element): Element | null {
  for (let node: Element | null = el; node; ) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The element's language: its own or nearest ancestor's `lang`, then the site default, then
 * `<html lang>`, then English. The site default outranks `<html lang>` because it was set for the
 * widgets on purpose, while `<html lang>` is often left at a theme's default.
 */
export function langOf(el: Element): Lang {
  const nearest = nearestLangElement(el);
  const value = nearest?.getAttribute('lang');
  const site = siteDefaults().lang;
  const siteLang = normalizeLang(site);
  if (site && !siteLang)
    warnSiteSetting('lang', site, ' is not "en" or "es"; widgets follow the page\'s language');
  return (
    (nearest !== document.documentElement && normalizeLang(value)) || siteLang || normalizeLang(value) || 'en'
  );
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a typo is noticed. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
