/**
 * Types of snippet.js (plain JavaScript, so the demo server can serve it as is), for the
 * configurator's unit tests and editors.
 */

export type WidgetId = 'contact-card' | 'care-quiz' | 'insurance-check';

export type ThemeOption = 'accent' | 'text' | 'surface' | 'radius' | 'font';

/** Every option of the configurator's form. Strings are as typed; empty means not set. */
export interface Values {
  name: string;
  heading: string;
  phone: string;
  sms: boolean;
  smsNumber: string;
  email: string;
  address: string;
  hours: string;
  timezone: string;
  afterHoursPhone: string;
  layout: 'card' | 'bar';
  crisis: boolean;
  /** `en`, `es`, or empty to follow the page. */
  lang: '' | 'en' | 'es';
  carriers: string;
  endpoint: string;
  insuranceHref: string;
  cardUpload: boolean;
  /** Put the phone and language on the script tag (`data-phone`, `data-lang`) for every widget. */
  siteDefaults: boolean;
  accent: string;
  text: string;
  surface: string;
  radius: string;
  font: string;
}

export interface WidgetInfo {
  tag: string;
  label: string;
  /** Height kept for the widget while the script loads. */
  reserve: string;
  options: ReadonlyArray<keyof Values>;
}

/** Messages by option name: errors leave the value out, warnings only inform. */
export interface Check {
  errors: Record<string, string>;
  warnings: Record<string, string>;
}

export interface PageHelpers {
  supports?: (property: string, value: string) => boolean;
  resolveColor?: (color: string) => string;
}

export interface SnippetOptions {
  widget: WidgetId;
  values: Values;
  /** The release, e.g. `0.1.0`. */
  version: string;
  /** `sha384-…` of the release's drop-in file; empty leaves `integrity` out. */
  integrity?: string;
  errors?: Record<string, string>;
}

export const CDN_PREFIX: string;
export const CDN_FILE: string;
export const DEFAULT_COLORS: Readonly<Record<'accent' | 'onAccent' | 'text' | 'muted' | 'surface', string>>;
export const US_TIME_ZONES: ReadonlyArray<readonly [string, string]>;
export const WIDGETS: Readonly<Record<WidgetId, WidgetInfo>>;
export const THEME: ReadonlyArray<readonly [ThemeOption, string]>;
export const LEFT_OUT: string;

export function emptyValues(): Values;
export function escapeText(text: string): string;
export function attribute(name: string, value: string | true): string;
export function parsePhone(input: string): { e164: string; display: string } | null;
export function hoursErrors(spec: string): string[];
export function isTimeZone(zone: string): boolean;
export function isSiteUrl(value: string, localhost: boolean): boolean;
export function isThemeValue(
  option: ThemeOption,
  value: string,
  supports?: (property: string, value: string) => boolean,
): boolean;
export function parseColor(color: string): [number, number, number] | null;
export function contrastRatio(a: string, b: string): number | null;
export function check(widget: WidgetId, values: Values, page?: PageHelpers): Check;
export function carrierList(text: string): string;
export function widgetAttributes(
  widget: WidgetId,
  values: Values,
  errors?: Record<string, string>,
): Array<[string, string | true]>;
export function themeCss(widget: WidgetId, values: Values, errors?: Record<string, string>): string;
export function sriFromDigest(digest: ArrayBuffer | Uint8Array): string;
export function cdnUrl(version: string): string;
export function buildSnippet(options: SnippetOptions): string;
