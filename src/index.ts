/**
 * The library's exports, with no side effects: importing this module defines no element.
 * `import 'intake-widgets'` (src/module.ts) or the drop-in script define them.
 */

export { type ContactCardLayout, IntakeContactCard } from './contact-card/contact-card.js';
export { IntakeElement, refreshAll } from './core/base.js';
export type { IntakeWidgetsGlobal, SiteDefaults } from './core/defaults.js';
export { define } from './core/define.js';
export { type ContactMethod, IntakeContactEvent, IntakeEvent } from './core/events.js';
export type { Lang } from './core/i18n.js';
export { VERSION } from './core/version.js';
export { contactCardEn } from './i18n/contact-card.en.js';
export { contactCardEs } from './i18n/contact-card.es.js';
// care-quiz exports
// insurance-check exports
