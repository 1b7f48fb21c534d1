/**
 * Adds (or with `on` false, removes) a listener on the page's `document` or `window` through
 * EventTarget's own method: an element the page names after it (`<img name="addEventListener">`,
 * user-posted HTML a sanitizer let through) would stand in for `document.addEventListener`, and
 * calling it threw into the page.
 */
export function listen(target: EventTarget, type: string, listener: EventListener, on = true): void {
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  (on ? add : remove).call(target, type, listener);
}
