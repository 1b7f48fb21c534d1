/**
 * Opt-in analytics bridge. When the site sets `data-analytics="datalayer"` on the script tag (or
 * `IntakeWidgets.defaults.analytics = 'datalayer'`), widget events are pushed to
 * `window.dataLayer` for Google Tag Manager. Only the widget, the event and a whitelisted
 * category field go through, so health information cannot leak even if a caller passes more.
 */
import { siteDefaults } from './defaults.js';
import { warnSiteSetting } from './warn.js';

/** Fields allowed in an analytics push: categories, never answers or form values. */
const ALLOWED_FIELDS = ['method', 'outcome', 'status', 'kind'];

/**
 * Events that stay on the page. How many questions a visitor sees, and so each step's number and
 * total, depends on the answers (the drinks question shows only for alcohol): even a count of
 * steps would tell an analytics vendor what someone uses.
 */
const PAGE_ONLY = ['intake-quiz-step'];

/**
 * Outcomes that stay on the page: that someone reported an emergency happening now, or thoughts
 * of suicide, is not a category for an analytics or advertising vendor to hold.
 */
const PAGE_ONLY_OUTCOMES = ['emergency', 'crisis'];

type Primitive = string | number | boolean;
const PRIMITIVES = ['string', 'number', 'boolean'];

/**
 * Whether the site opted in. `dataLayer`, Google Tag Manager's own spelling, counts; any other
 * value warns once (at the first event, when the site would look for the push) and stays off.
 */
function optedIn(): boolean {
  const setting = siteDefaults().analytics;
  if (!setting) return false;
  if (setting.toLowerCase() === 'datalayer') return true;
  warnSiteSetting(
    'analytics',
    setting,
    ' is not "datalayer"; widget events are not pushed to window.dataLayer',
  );
  return false;
}

export function track(widget: string, event: string, detail: Record<string, unknown> = {}): void {
  if (PAGE_ONLY.includes(event) || PAGE_ONLY_OUTCOMES.includes(detail.outcome as string) || !optedIn())
    return;
  const payload: Record<string, Primitive> = { event, intake_widget: widget };
  for (const [key, value] of Object.entries(detail)) {
    if (ALLOWED_FIELDS.includes(key) && PRIMITIVES.includes(typeof value))
      payload[`intake_${key}`] = value as Primitive;
  }
  const w = window as unknown as { dataLayer?: unknown[] };
  if (!Array.isArray(w.dataLayer)) w.dataLayer = [];
  w.dataLayer.push(payload);
}
