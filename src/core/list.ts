/**
 * Lists written in one attribute (the insurance form's carriers, the card's steps). Site owners
 * paste them from documents as often as they type them, so a list of lines is read as one item
 * per line, whatever commas a name has in it ("Kaiser Foundation Health Plan, Inc.").
 */

/**
 * A list marker a pasted line starts with: a bullet or dash, or a number like `1.` or `2)`; or
 * Word's as it pastes them as plain text, a symbol-font dot or square (U+F0B7, U+F0A7) and a
 * second level's `o`, each before a tab.
 */
const MARKER = /^\s*(?:[•·▪◦‣*–—\uF0B7\uF0A7-]|\d{1,2}[.)])\s+|^\s*o\t\s*/;
/** Bullets, which start an item wherever they are ("• Aetna • Cigna", "Aetna • Cigna"). */
const BULLETS = /[•▪◦‣\uF0B7\uF0A7]/;

/**
 * The items of `text`, trimmed, list markers dropped: split at `separator`, unless the text is a
 * list of lines, which is split at line breaks, with a separator opening or closing a line
 * dropped. A separated list that is only wrapped, every line but the last ending in `separator`
 * ("Aetna, Cigna,⏎Premera"), is still split at `separator`.
 */
export function splitList(text: string, separator: string): string[] {
  const lines = text.split(/\r\n?|\n/).filter((line) => line.trim());
  const wrapped = lines.slice(0, -1).every((line) => line.trimEnd().endsWith(separator));
  const byLines = lines.length > 1 && !wrapped;
  // A bullet after a line's first word starts another item, ahead of the separator: names with
  // commas stay whole in "• Aetna • Kaiser Foundation Health Plan, Inc.".
  const items = (byLines ? lines : [text]).flatMap((part) => {
    const bare = part.replace(MARKER, '');
    if (BULLETS.test(bare)) return bare.split(BULLETS).filter((item) => item.trim());
    return byLines ? [part] : part.split(separator);
  });
  return items.map((item) => {
    let trimmed = item.trim();
    if (trimmed.startsWith(separator)) trimmed = trimmed.slice(separator.length).trim();
    if (trimmed.endsWith(separator)) trimmed = trimmed.slice(0, -separator.length).trim();
    return trimmed.replace(MARKER, '');
  });
}
