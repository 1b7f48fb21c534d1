/**
 * Console warnings for site developers. Each distinct message is printed once per page so a bad
 * attribute on a list of 1,000 cards does not flood the console. Messages never carry what a
 * visitor typed or answered: only attribute names and the site's own configuration values.
 */
const printed = new Set<string>();

/**
 * Characters that take no room (zero-width spaces and joiners, direction marks, soft hyphens),
 * which copying a value from a document or a PDF can bring along.
 */
export const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u2060-\u2064\ufeff]/g;

const MAX_VALUE_LENGTH = 60;

/** Shortens a configuration value for a message, so huge or hostile strings stay readable. */
export function quoteValue(value: unknown): string {
  const text = String(value)
    // Control and bidi-override characters could make the message misleading in the console.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '�');
  return (
    JSON.stringify(text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text)
      // Characters that take no room (a zero-width space pasted with a number) are shown as their
      // code, or "206 555 0100" would be "not valid" with nothing wrong in sight.
      .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
  );
}

/** Prints `intake-widgets: <message>` once. */
export function warnOnce(message: string): void {
  if (printed.has(message)) return;
  printed.add(message);
  console.warn(`intake-widgets: ${message}`);
}

/** Warns about an attribute value that was not understood, naming the element and the fallback. */
export function warnAttribute(tag: string, attribute: string, value: unknown, fallback: string): void {
  warnOnce(`<${tag}> ${attribute}=${quoteValue(value)} is not valid; ${fallback}.`);
}

/**
 * Warns once about a site-wide setting, naming its `data-` attribute on the script tag and no
 * element: one mistake there is one message, whichever widget reads it first. `problem` follows
 * the value as written: " is not …" or ": skipped …".
 */
export function warnSiteSetting(attribute: string, value: string, problem: string): void {
  warnOnce(`data-${attribute}=${quoteValue(value)}${problem}`);
}

/** Forgets printed messages (tests only). */
export function resetWarnings(): void {
  printed.clear();
}
