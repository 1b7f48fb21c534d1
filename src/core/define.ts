import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** Marks our element classes so a second copy of the script can tell its own kind apart. */
export interface VersionedElement extends CustomElementConstructor {
  readonly intakeVersion?: string;
}

/**
 * Registers an element unless the tag is taken. Used instead of `@customElement`, which calls
 * `customElements.define` unguarded: a page that loads the script twice would throw.
 * A different version already defined wins, with one console warning.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const other = existing.intakeVersion;
    if (existing !== element && other !== VERSION) {
      warnOnce(
        `<${tag}> is already defined by ${other === undefined ? 'an unknown script' : `version ${other}`}; this copy (version ${VERSION}) is not used. Load the script once.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    // A race with another registry user or an invalid environment: warn, never throw into the page.
    warnOnce(`could not define <${tag}>: ${(error as Error).message}`);
  }
}
