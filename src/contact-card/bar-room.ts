/**
 * The room a page keeps for its call bars. A guess in the page's own units cannot keep the page's
 * end, and what has keyboard focus, clear of a bar: 5em of a 62.5 % root is 50px beside a 72px
 * bar, and a visitor's larger text makes the bar taller still. So the height of the tallest bar
 * fixed to the screen is published on the page's root as `--intake-bar-height`, for the README's
 * host CSS, through a stylesheet the document adopts rather than an inline style on `<html>`
 * (which a framework hydrating the document would report, and a page's script could overwrite),
 * save in a browser without adopted stylesheets.
 *
 * Each bar is also told whether to stay in the page's flow instead of being fixed: on a screen
 * under 15 of the bar's own ems across or high (a phone zoomed to 200 %, or set to large text), a
 * fixed bar would cover a third of the screen or more; and wherever, fixed, it does cover a third
 * (long words, wide text spacing), for as long as the window keeps that size.
 *
 * The decisions happen in an animation frame: moving a bar changes its size, which inside the
 * ResizeObserver's callback would end in a "ResizeObserver loop" error on the page, and asking
 * for its font size as it first renders would force the page's style in the middle of that task
 * (40–100 ms at 4× CPU on the demo). The first is asked for as the bar first renders, so it runs
 * before the frame that first paints the bar: a fixed bar that turned static a frame later
 * flashed across the screen. Bars in another document (an iframe) are left to that document's
 * own CSS.
 */

import { listen } from '../core/listen.js';
import { warnOnce } from '../core/warn.js';

/** Puts the bar in the page's flow (true) or back to fixed (false). */
export type PlaceBar = (inFlow: boolean) => void;

export const BAR_HEIGHT = '--intake-bar-height';

interface Watched {
  place: PlaceBar;
  inFlow: boolean;
  /** The window's size at which, fixed, the bar was a third of the screen or more. */
  tallAt?: string;
}

const bars = new Map<HTMLElement, Watched>();
let observer: ResizeObserver | undefined;
let sheet: CSSStyleSheet | undefined;
/** The height last published, so that a check that finds it unchanged writes nothing. */
let published: number | null = null;
let frame = 0;

function schedule(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(measure);
}

/** Starts keeping room for `bar` (connected, in this document), which `place` moves. */
export function watchBar(bar: HTMLElement, place: PlaceBar): void {
  if (bars.has(bar) || bar.ownerDocument !== document || typeof ResizeObserver === 'undefined') return;
  if (!bars.size) {
    observer = new ResizeObserver(schedule);
    // A change of the screen's height alone changes no bar's size.
    listen(window, 'resize', schedule);
  }
  bars.set(bar, { place, inFlow: false });
  observer?.observe(bar);
  // Before the first paint of the bar: the frame's callbacks run ahead of its style and layout.
  schedule();
}

const windowSize = (): string => `${innerWidth}x${innerHeight}`;

/** Puts the bar where it belongs, by its text's size and, once measured, its own height. */
function decide(entry: Watched, style: CSSStyleDeclaration): void {
  const small = Math.min(innerWidth, innerHeight) < 15 * (Number.parseFloat(style.fontSize) || 16);
  // Kept in the flow while the window keeps the size at which it was too tall: fixed again, it
  // would be too tall again, and go back and forth.
  const inFlow = small || entry.tallAt === windowSize();
  if (inFlow !== entry.inFlow) {
    entry.inFlow = inFlow;
    entry.place(inFlow);
  }
}

/** Stops keeping room for `bar` (removed, or a card again); with none left, nothing remains. */
export function unwatchBar(bar: HTMLElement): void {
  const entry = bars.get(bar);
  if (!entry) return;
  bars.delete(bar);
  observer?.unobserve(bar);
  if (entry.inFlow) entry.place(false);
  if (bars.size) {
    schedule();
    return;
  }
  observer?.disconnect();
  observer = undefined;
  listen(window, 'resize', schedule, false);
  cancelAnimationFrame(frame);
  publish(null);
}

function measure(): void {
  let room = 0;
  let shown = 0;
  // The viewport's height without its scrollbar: the scrolling element's (<body> in quirks mode).
  const viewport = (document.scrollingElement ?? document.documentElement).clientHeight;
  for (const [bar, entry] of bars) {
    const style = getComputedStyle(bar);
    decide(entry, style);
    // Fixed now (the style is read afresh), and too tall: back into the flow before this frame is
    // painted, so a window's new size never shows it fixed across the screen for a frame.
    if (style.position === 'fixed' && bar.getBoundingClientRect().height * 3 > innerHeight) {
      entry.tallAt = windowSize();
      decide(entry, style);
    }
    // What the page shows, not what was asked: where the state cannot be set (an older browser),
    // or the media query already moved it, the bar's own place decides. A hidden or closed bar
    // is 0 high.
    const rect = bar.getBoundingClientRect();
    const height = style.position === 'fixed' ? Math.ceil(rect.height) : 0;
    room = Math.max(room, height);
    if (height) shown++;
    // Fixed, yet not at the screen's bottom edge: an element around it with transform, filter,
    // will-change or contain is the box it is fixed to, so it sits and scrolls with that box.
    if (height && Math.abs(rect.bottom - viewport) > 1 && Math.abs(rect.bottom - innerHeight) > 1)
      warnOnce(
        '<intake-contact-card> layout="bar" is not at the bottom of the screen: an element around it has transform, filter, will-change or contain, so the bar is fixed to that element instead. Put the bar last in <body>.',
      );
  }
  // Two bars fixed on screen sit one on the other (a campus's bar in a hidden tab is 0 high).
  if (shown > 1)
    warnOnce('<intake-contact-card> layout="bar": a page shows one call bar; a second one covers the first.');
  publish(room);
}

/** `--intake-bar-height: <room>px` on the root, or (null) nothing at all. */
function publish(room: number | null): void {
  if (!('adoptedStyleSheets' in Document.prototype)) {
    // Safari before 16.4: on the root's own style, the one place left.
    const style = document.documentElement.style;
    if (room === null) style.removeProperty(BAR_HEIGHT);
    else style.setProperty(BAR_HEIGHT, `${room}px`);
    return;
  }
  // A sheet's new text has the browser work out the whole page's style again: not on every resize
  // (a phone's keyboard opening while the visitor types) when the height is what it was.
  const unchanged = room === published;
  published = room;
  if (unchanged && (room === null || (sheet && document.adoptedStyleSheets.includes(sheet)))) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(room === null ? '' : `:root{${BAR_HEIGHT}:${room}px}`);
  const adopted = document.adoptedStyleSheets;
  // A page that sets its own list wholesale drops this sheet: it is added again on the next change.
  if (room === null) document.adoptedStyleSheets = adopted.filter((other) => other !== sheet);
  else if (!adopted.includes(sheet)) document.adoptedStyleSheets = [...adopted, sheet];
  // And on a page that keeps no room of its own, what has keyboard focus is scrolled clear of the
  // bar (with a focus ring's 8px): the README's host CSS, for a page without it. The page is asked
  // while this sheet holds the height only, so its own rule of any weight, in any layer, is seen;
  // `:where()` lets a plain rule the page adds later win too.
  if (room && getComputedStyle(document.documentElement).scrollPaddingBottom === 'auto')
    sheet.insertRule(`:where(html){scroll-padding-bottom:${room + 8}px}`, 1);
}
