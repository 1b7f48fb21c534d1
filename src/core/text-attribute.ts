/**
 * Free-text attributes (names, headings, messages, consent text). Markup is harmless, since Lit
 * renders text as text, but three things are not: control characters (invisible, and they break
 * screen readers), direction overrides (U+202A–U+202E, U+2066–U+2069 reorder the words around
 * them, so "Call us" text could read backwards) and absurd lengths (a pasted document in a
 * heading). Each is removed or cut, with one warning naming the element and the attribute.
 */
import type { ComplexAttributeConverter } from 'lit';
import { quoteValue, warnAttribute, warnOnce } from './warn.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `value` without control or direction-override characters, at most `max` characters long; a cut
 * never leaves half of a character written as two UTF-16 units (an emoji).
 */
export function cleanText(value: string, max: number): string {
  const clean = value.replace(UNSAFE, '');
  return clean.length > max
    ? `${clean
        .slice(0, max - 1)
        .replace(/[\uD800-\uDBFF]$/, '')
        .trimEnd()}…`
    : clean;
}

/**
 * The library's own converters: given their own output again they return it unchanged, so the
 * base element may run them on a value set as a property (a site's subclass may have others).
 */
export const libraryConverters = new WeakSet<object>();

/**
 * Converters of list attributes (items a line, or separated: see list.ts): an array given for one
 * as a property is one item a line, as a pasted list reads.
 */
export const listConverters = new WeakSet<object>();

/** Converters of free text (a heading, a message, the consent text), where quotes may be the site's own. */
export const freeTextConverters = new WeakSet<object>();

/** {@link textAttribute} for a list: `carriers`, `steps`. */
export function listAttribute(
  tag: string,
  attribute: string,
  max: number,
): ComplexAttributeConverter<string | undefined> {
  const converter = textAttribute(tag, attribute, max);
  listConverters.add(converter);
  freeTextConverters.delete(converter);
  return converter;
}

/**
 * A tag of the HTML that page editors and word processors write (links, emphasis, breaks, blocks,
 * Word's `<o:p>`), or a script. A link only with its `href` (or its end tag): "Call <A New Day>"
 * and "<Seattle>" are words.
 */
const HTML_TAG =
  /<\/a>|<a\s[^>]*href[^>]*>|<\/?(?:abbr|b|big|blockquote|br|center|cite|code|del|div|em|font|form|h[1-6]|hr|i|iframe|img|input|ins|label|li|mark|o:p|ol|p|pre|q|s|script|section|small|span|strike|strong|style|sub|sup|table|td|th|tr|u|ul)(?=[\s/>])[^>]*>/i;

/**
 * A Lit attribute converter for a free-text attribute `attribute` of element `tag`. Text is shown
 * as text: HTML pasted in from a page editor shows its tags, so it is named once in the console,
 * with `shown`: how the text is used and what to do instead.
 */
export function textAttribute(
  tag: string,
  attribute: string,
  max = 300,
  shown = 'as text: write plain words',
): ComplexAttributeConverter<string | undefined> {
  const converter: ComplexAttributeConverter<string | undefined> = {
    fromAttribute(value) {
      if (value === null) return undefined;
      // Tags a page editor writes; "<Seattle>" in a name is words.
      const markup = value.match(HTML_TAG)?.[0];
      if (markup)
        warnOnce(`<${tag}> ${attribute} has HTML in it (${quoteValue(markup)}), which is shown ${shown}.`);
      const clean = cleanText(value, max);
      if (clean !== value) {
        warnAttribute(
          tag,
          attribute,
          value,
          `control characters, direction overrides and text past ${max} characters are left out`,
        );
      }
      // Blank means "not set", so the widget's own text is shown.
      return clean.trim() ? clean : '';
    },
  };
  libraryConverters.add(converter);
  freeTextConverters.add(converter);
  return converter;
}

/**
 * A Lit converter for an on/off attribute of element `tag`: on when present, as in HTML, except
 * `="false"`, `"no"`, `"off"` or `"0"`, which people write to mean off (a CMS field, a copied
 * snippet): read as off, with a warning that leaving the attribute out is the way.
 */
export function flagAttribute(tag: string, attribute: string): ComplexAttributeConverter<boolean> {
  return {
    fromAttribute(value) {
      if (value === null) return false;
      if (!/^\s*(false|no|off|0)\s*$/i.test(value)) return true;
      warnOnce(
        `<${tag}> ${attribute}=${quoteValue(value)} is read as off; to turn it off, leave the attribute out (any value turns it on in HTML).`,
      );
      return false;
    },
  };
}
