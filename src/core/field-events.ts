/**
 * Keeps a page's "copy protection" away from the widget's own fields.
 *
 * Such scripts (a common WordPress plugin among them) cancel `mousedown`, `selectstart`, the
 * context menu and Ctrl/⌘ key presses anywhere on the page unless the event's target is an
 * INPUT, SELECT or TEXTAREA. Outside a shadow root, the target of an event from one of our fields
 * is our host element, so a tap on a field never focused it and Ctrl+V never pasted. Those events
 * stop at the shadow root when they come from a field. Nothing is cancelled, and events from
 * elsewhere in the widget (and every other key) still reach the page.
 */
const GUARDED = ['mousedown', 'selectstart', 'contextmenu', 'keydown', 'copy', 'cut', 'paste'] as const;

function keepInside(event: Event): void {
  if (event.type === 'keydown' && !((event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey))
    return;
  const target = event.composedPath()[0];
  if (target instanceof Element && target.matches('input, select, textarea')) event.stopPropagation();
}

/** Guards the fields in `root` (a shadow root); call once, since the listeners live as long as it does. */
export function guardFieldEvents(root: Node): void {
  for (const type of GUARDED) root.addEventListener(type, keepInside);
}
