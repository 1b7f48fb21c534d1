/**
 * Headings at a level the site chooses (`heading-level`), so a widget's headings fit under the
 * page's own: a widget in an h2 section starts at h3, its sub-headings one level lower.
 */
import { html, nothing } from 'lit';
import { warnAttribute } from './warn.js';

/** The levels a widget's top heading can take; its sub-headings are one lower, at most h5. */
const LEVELS = [2, 3, 4];

export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
  /** Takes focus from script (`tabindex="-1"`), e.g. a new screen's heading. */
  focusable?: boolean;
  /** `aria-describedby`: what a screen reader reads after the heading when focus lands on it. */
  describedBy?: string;
}

/**
 * A heading of `level` (2–5) around `content`; an option left out leaves its attribute out. One
 * template per level, since Lit binds attribute values and content but never a tag name.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}) {
  const id = options.id ?? nothing;
  const cls = options.className ?? nothing;
  const part = options.part ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  const desc = options.describedBy ?? nothing;
  if (level === 2)
    return html`<h2 id=${id} class=${cls} part=${part} tabindex=${tabindex} aria-describedby=${desc}>${content}</h2>`;
  if (level === 3)
    return html`<h3 id=${id} class=${cls} part=${part} tabindex=${tabindex} aria-describedby=${desc}>${content}</h3>`;
  if (level === 4)
    return html`<h4 id=${id} class=${cls} part=${part} tabindex=${tabindex} aria-describedby=${desc}>${content}</h4>`;
  return html`<h5 id=${id} class=${cls} part=${part} tabindex=${tabindex} aria-describedby=${desc}>${content}</h5>`;
}

/**
 * `level` when it is 2, 3 or 4; else `fallback`, with one console warning quoting what was
 * `written` in the attribute (or the property's value). A removed attribute (Lit sets null) is
 * not a mistake, since frameworks remove attributes: it quietly means the default again.
 */
export function checkHeadingLevel(
  tag: string,
  level: number | null,
  written: string | null,
  fallback: number,
): number {
  if (LEVELS.includes(level as number)) return level as number;
  if (level != null) warnAttribute(tag, 'heading-level', written ?? level, `using ${fallback}`);
  return fallback;
}
