// @ts-check
/**
 * The configurator page: reads the form, shows the real widget with those options, and writes
 * the snippet to copy (pinned release and its SHA-384 `integrity` hash, computed here from the
 * file this site serves, which is the release's file on npm). The checking and the snippet
 * itself are pure functions in snippet.js.
 *
 * Plain JavaScript, so the page works from the docs build and from the demo server alike.
 */
import {
  buildSnippet,
  check,
  emptyValues,
  sriFromDigest,
  themeCss,
  US_TIME_ZONES,
  WIDGETS,
  widgetAttributes,
} from './snippet.js';

/** @typedef {import('./snippet.js').WidgetId} WidgetId */
/** @typedef {import('./snippet.js').Values} Values */

const form = /** @type {HTMLFormElement} */ (document.getElementById('options'));
const stage = /** @type {HTMLElement} */ (document.getElementById('preview'));
const previewNote = /** @type {HTMLElement} */ (document.getElementById('preview-note'));
const code = /** @type {HTMLElement} */ (document.getElementById('snippet'));
const copyButton = /** @type {HTMLButtonElement} */ (document.getElementById('copy'));
const copyStatus = /** @type {HTMLElement} */ (document.getElementById('copy-status'));
const leftOut = /** @type {HTMLElement} */ (document.getElementById('left-out'));
const zoneSelect = /** @type {HTMLSelectElement} */ (document.getElementById('f-timezone'));
const zoneOtherField = /** @type {HTMLElement} */ (document.getElementById('timezone-other-field'));

/** Filled once the widgets' script has run and the file's hash is known. */
const release = { version: '', integrity: '', problem: '' };
/** Options whose messages are shown: those the visitor has changed (and left) at least once. */
const touched = new Set();
/** The element in the preview, kept while the widget stays the same so a quiz keeps its place. */
let previewElement = /** @type {HTMLElement | null} */ (null);
let previewLayout = '';
const previewStyle = document.createElement('style');
document.head.append(previewStyle);

/** Short labels for the "left out" line, by option. */
const LABELS = /** @type {Record<string, string>} */ ({
  name: 'Facility name',
  heading: 'Heading',
  phone: 'Admissions phone',
  smsNumber: 'Number for text messages',
  email: 'Admissions email',
  address: 'Address',
  hours: 'Admissions hours',
  timezone: 'Time zone',
  afterHoursPhone: 'After-hours number',
  insuranceHref: 'Insurance page',
  endpoint: 'Endpoint',
  accent: 'Accent colour',
  text: 'Text colour',
  surface: 'Background colour',
  radius: 'Corner radius',
  font: 'Font',
});

// ---------------------------------------------------------------------------------------------
// Reading the form

/** @returns {WidgetId} */
function currentWidget() {
  const value = new FormData(form).get('widget');
  return value === 'care-quiz' || value === 'insurance-check' ? value : 'contact-card';
}

/** @returns {Values} */
function readValues() {
  const data = new FormData(form);
  const values = emptyValues();
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '');
  const record = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (values));
  for (const [key, current] of Object.entries(record)) {
    record[key] = typeof current === 'boolean' ? data.has(key) : text(key);
  }
  values.layout = text('layout') === 'bar' ? 'bar' : 'card';
  const lang = text('lang');
  values.lang = lang === 'en' || lang === 'es' ? lang : '';
  values.timezone = zoneSelect.value === 'other' ? text('timezoneOther') : zoneSelect.value;
  return values;
}

/** The page's own view of a colour, as `rgb()`, for the contrast checks. */
function resolveColor(/** @type {string} */ color) {
  const probe = document.createElement('span');
  probe.style.color = color;
  if (!probe.style.color) return color;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

const page = {
  supports: (/** @type {string} */ property, /** @type {string} */ value) => CSS.supports(property, value),
  resolveColor,
};

// ---------------------------------------------------------------------------------------------
// Showing it

/** Shows only the fields and fieldsets of the chosen widget. */
function showFields(/** @type {WidgetId} */ widget) {
  for (const element of form.querySelectorAll('[data-widgets]')) {
    const owners = (element.getAttribute('data-widgets') ?? '').split(' ');
    /** @type {HTMLElement} */ (element).hidden = !owners.includes(widget);
  }
  zoneOtherField.hidden = zoneSelect.value !== 'other';
}

/**
 * Writes a message under the field `f-{field}` and marks it: errors only once the visitor has
 * changed and left the field (no scolding mid-word), warnings as soon as they apply.
 * @param {string} field
 * @param {string | undefined} error
 * @param {string | undefined} warning
 * @param {string} [option] the option the field sets, when not named the same
 */
function showMessage(field, error, warning, option = field) {
  const input = document.getElementById(`f-${field}`);
  const message = document.getElementById(`f-${field}-msg`);
  if (!input || !message) return;
  const shownError = error && touched.has(option) ? error : '';
  const text = shownError || warning || '';
  if (message.textContent !== text) message.textContent = text;
  message.className = `msg ${shownError ? 'is-error' : text ? 'is-warning' : ''}`;
  if (shownError) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Keeps the preview element's attributes equal to `attributes` (the snippet's, plus phone and lang). */
function updatePreview(
  /** @type {WidgetId} */ widget,
  /** @type {Values} */ values,
  /** @type {Record<string, string>} */ errors,
) {
  const { tag } = WIDGETS[widget];
  // A new element when the widget or layout changes (a closed call bar comes back too).
  if (!previewElement || previewElement.localName !== tag || previewLayout !== values.layout) {
    previewElement = document.createElement(tag);
    previewLayout = values.layout;
    stage.replaceChildren(previewElement);
  }
  const wanted = new Map(widgetAttributes(widget, values, errors));
  // The card reflects `layout` back onto itself: removing it would read as a bad value.
  if (widget === 'contact-card') wanted.set('layout', values.layout);
  for (const name of previewElement.getAttributeNames()) {
    if (!wanted.has(name)) previewElement.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    const text = value === true ? '' : value;
    if (previewElement.getAttribute(name) !== text) previewElement.setAttribute(name, text);
  }
  const bar = widget === 'contact-card' && values.layout === 'bar';
  stage.classList.toggle('is-bar', bar);
  previewNote.textContent = bar
    ? 'The call bar, at the bottom of this box; on your site it sits at the bottom of the screen.'
    : 'The real widget, with your options. It is fully working: try it.';
  // The same rules as the snippet's <style>, so the preview is what the site will show.
  const css = themeCss(widget, values, errors);
  if (previewStyle.textContent !== css) previewStyle.textContent = css;
}

function update() {
  const widget = currentWidget();
  const values = readValues();
  showFields(widget);
  const { errors, warnings } = check(widget, values, page);
  for (const field of Object.keys(LABELS)) {
    if (field === 'timezone') {
      // Only a typed name can be wrong; "choose a zone" belongs under the list.
      showMessage('timezone', undefined, warnings.timezone);
      showMessage('timezoneOther', errors.timezone, undefined, 'timezone');
    } else showMessage(field, errors[field], warnings[field]);
  }
  updatePreview(widget, values, errors);

  // Every error is about an option of this widget (check() looks at no others).
  const missing = Object.keys(errors);
  leftOut.replaceChildren();
  if (missing.length) {
    leftOut.append(`Left out of the snippet until fixed (${missing.length}): `);
    missing.forEach((field, index) => {
      const link = document.createElement('a');
      link.href = `#f-${field === 'timezone' ? 'timezoneOther' : field}`;
      link.textContent = LABELS[field] ?? field;
      leftOut.append(index ? ', ' : '', link);
    });
    leftOut.append('.');
  }

  if (!release.version) {
    code.textContent = release.problem || 'Loading the widgets…';
    copyButton.disabled = true;
    return;
  }
  code.textContent = buildSnippet({
    widget,
    values,
    version: release.version,
    integrity: release.integrity,
    errors,
  });
  copyButton.disabled = false;
}

// ---------------------------------------------------------------------------------------------
// Copying

let statusTimer = /** @type {ReturnType<typeof setTimeout> | undefined} */ (undefined);

function say(/** @type {string} */ text) {
  clearTimeout(statusTimer);
  copyStatus.textContent = text;
  statusTimer = setTimeout(() => {
    copyStatus.textContent = '';
  }, 8000);
}

/** Selects the snippet's text, so Ctrl+C / ⌘C copies it when the clipboard cannot be written. */
function selectSnippet() {
  const selection = getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(code);
  selection.addRange(range);
}

async function copy() {
  const text = code.textContent ?? '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(text);
    say('Copied. Paste it into your page.');
  } catch {
    selectSnippet();
    say('This browser did not let the page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).');
  }
}

// ---------------------------------------------------------------------------------------------
// The release: version from the running script, integrity from the bytes this site serves

/** Resolves once the widgets' script has defined its elements; rejects after `ms`. */
function widgetsLoaded(/** @type {number} */ ms) {
  return Promise.race([
    customElements.whenDefined('intake-contact-card'),
    new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ]);
}

async function loadRelease() {
  try {
    await widgetsLoaded(15000);
  } catch {
    release.problem =
      'The widgets did not load, so there is no snippet to show. Reload the page to try again.';
    update();
    return;
  }
  const global = /** @type {{ IntakeWidgets?: { version?: unknown } }} */ (/** @type {unknown} */ (window));
  const version = global.IntakeWidgets?.version;
  if (typeof version !== 'string') {
    release.problem = 'The widgets loaded without a version number, so no snippet can be pinned to one.';
    update();
    return;
  }
  try {
    const script = document.querySelector('script[src$="intake-widgets.js"]');
    const url = new URL(script?.getAttribute('src') ?? '../intake-widgets.js', location.href);
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    release.integrity = sriFromDigest(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  } catch {
    // Still a working snippet, just without the tamper check.
    release.integrity = '';
    /** @type {HTMLElement} */ (document.getElementById('integrity-note')).hidden = false;
  }
  release.version = version;
  update();
}

// ---------------------------------------------------------------------------------------------
// Wiring

function fillZones() {
  const other = /** @type {HTMLOptionElement} */ (zoneSelect.querySelector('option[value="other"]'));
  for (const [zone, label] of US_TIME_ZONES) {
    const option = document.createElement('option');
    option.value = zone;
    option.textContent = `${label}: ${zone}`;
    zoneSelect.insertBefore(option, other);
  }
}

/** Colour pickers fill their text field; a typed hex colour moves the picker. */
function wirePickers() {
  for (const picker of form.querySelectorAll('input[type="color"][data-for]')) {
    const input = /** @type {HTMLInputElement} */ (picker);
    const field = /** @type {HTMLInputElement} */ (document.getElementById(input.dataset.for ?? ''));
    input.addEventListener('input', () => {
      field.value = input.value;
      touched.add(field.name);
      update();
    });
    field.addEventListener('input', () => {
      const hex = field.value.trim().toLowerCase();
      if (/^#[0-9a-f]{6}$/.test(hex)) input.value = hex;
      else if (/^#[0-9a-f]{3}$/.test(hex)) input.value = `#${[...hex.slice(1)].map((c) => c + c).join('')}`;
    });
  }
}

function optionOf(/** @type {EventTarget | null} */ target) {
  const name = target instanceof HTMLElement ? target.getAttribute('name') : null;
  return name === 'timezoneOther' ? 'timezone' : name;
}

fillZones();
wirePickers();
form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  const option = optionOf(event.target);
  if (option) touched.add(option);
  update();
});
form.addEventListener('focusout', (event) => {
  const option = optionOf(event.target);
  const target = /** @type {HTMLInputElement} */ (event.target);
  if (option && 'value' in target && target.value) {
    touched.add(option);
    update();
  }
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', copy);
update();
loadRelease();
