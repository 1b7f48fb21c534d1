/**
 * UTC offsets of the common US time zones by arithmetic, without Intl.
 *
 * Why: the first `Intl.DateTimeFormat` a page creates loads ICU's locale and zone data, which
 * measured ~20 ms (~90 ms at 4× CPU slowdown) in one task: the biggest cost of rendering a card
 * on page load. US rules have been fixed since 2007 (DST from the second Sunday of March, 2:00
 * local, to the first Sunday of November, 2:00 local); a test compares every hour of two years
 * against Intl, so a change in the rules shows up there. Other zones and earlier years use Intl.
 */

/** Each known zone's generic short name, as Intl's `shortGeneric` gives it in en-US. */
const ZONES: Record<string, string> = {
  'America/New_York': 'ET',
  'America/Detroit': 'ET',
  'America/Indiana/Indianapolis': 'ET',
  'America/Kentucky/Louisville': 'ET',
  'America/Chicago': 'CT',
  'America/Denver': 'MT',
  'America/Boise': 'MT',
  'America/Phoenix': 'MST',
  'America/Los_Angeles': 'PT',
  'America/Anchorage': 'AKT',
  'Pacific/Honolulu': 'HST',
  'America/Puerto_Rico': 'AST',
};

/**
 * Standard-time offset of each label, in hours behind UTC. The labels that end in "ST" (MST,
 * HST, AST) are zones on standard time all year; the others keep US daylight saving time.
 */
const HOURS_BEHIND_UTC: Record<string, number> = {
  AST: 4,
  ET: 5,
  CT: 6,
  MT: 7,
  MST: 7,
  PT: 8,
  AKT: 9,
  HST: 10,
};

const FIRST_YEAR = 2007;
const MINUTE_MS = 60_000;

/** `hour`:00 UTC on the first Sunday on or after `day` `month` (0-based) of `year`, in ms. */
function sundayOnOrAfter(year: number, month: number, day: number, hour: number): number {
  const date = Date.UTC(year, month, day, hour);
  return date + ((7 - new Date(date).getUTCDay()) % 7) * 86_400_000;
}

/** The zone's UTC offset in minutes at `ms`, or null when this module does not know the zone or year. */
export function usOffsetMinutes(timeZone: string, ms: number): number | null {
  const label = usZoneLabel(timeZone);
  const year = new Date(ms).getUTCFullYear();
  // Written so that NaN (an invalid date) fails too.
  if (label === null || !(year >= FIRST_YEAR)) return null;
  const standard = -60 * HOURS_BEHIND_UTC[label];
  if (label.endsWith('ST')) return standard;
  // Both changes happen at 2:00 on the local clock: 2:00 standard time on the second Sunday of
  // March, 2:00 daylight time (1:00 standard) on the first Sunday of November.
  const local = ms + standard * MINUTE_MS;
  const dst = local >= sundayOnOrAfter(year, 2, 8, 2) && local < sundayOnOrAfter(year, 10, 1, 1);
  return dst ? standard + 60 : standard;
}

/**
 * The generic short name ("PT") of a zone this module knows, else null. `EST` is read as US
 * Eastern time: it is what a US site writes for it, while tzdb's EST is a fixed UTC−5 (Panama),
 * an hour off from March to November. (`PST` and `CST` already name the US zones in Intl.)
 */
export function usZoneLabel(timeZone: string): string | null {
  return Object.hasOwn(ZONES, timeZone) ? ZONES[timeZone] : timeZone === 'EST' ? 'ET' : null;
}

/** The zones this module knows. Only tests read it, so the bundle can drop it. */
export const US_ZONES: readonly string[] = /* @__PURE__ */ Object.keys(ZONES);
