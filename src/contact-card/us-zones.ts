/**
 * UTC offsets of the common US time zones by arithmetic, without Intl.
 *
 * Why: the first `Intl.DateTimeFormat` a page creates loads ICU's locale and zone data, which
 * measured ~20 ms (~90 ms at 4× CPU slowdown) in one task: the biggest cost of rendering a card
 * on page load. US rules have been fixed since 2007 (DST from the second Sunday of March, 2:00
 * local, to the first Sunday of November, 2:00 local); a test compares every hour of two years
 * against Intl, so a change in the rules shows up there. Other zones and earlier years use Intl.
 */
interface UsZone {
  /** Standard-time offset from UTC, minutes. */
  standard: number;
  dst: boolean;
  /** Generic short name, as Intl's `shortGeneric` gives it in en-US. */
  label: string;
}

const ZONES: Record<string, UsZone> = {
  'America/New_York': { standard: -300, dst: true, label: 'ET' },
  'America/Detroit': { standard: -300, dst: true, label: 'ET' },
  'America/Indiana/Indianapolis': { standard: -300, dst: true, label: 'ET' },
  'America/Kentucky/Louisville': { standard: -300, dst: true, label: 'ET' },
  'America/Chicago': { standard: -360, dst: true, label: 'CT' },
  'America/Denver': { standard: -420, dst: true, label: 'MT' },
  'America/Boise': { standard: -420, dst: true, label: 'MT' },
  'America/Phoenix': { standard: -420, dst: false, label: 'MST' },
  'America/Los_Angeles': { standard: -480, dst: true, label: 'PT' },
  'America/Anchorage': { standard: -540, dst: true, label: 'AKT' },
  'Pacific/Honolulu': { standard: -600, dst: false, label: 'HST' },
  'America/Puerto_Rico': { standard: -240, dst: false, label: 'AST' },
};

const FIRST_YEAR = 2007;
const MINUTE_MS = 60_000;

/** Day of month of the n-th Sunday of `month` (0-based) in `year`. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + 7 * (n - 1);
}

/** The zone's UTC offset in minutes at `ms`, or null when this module does not know the zone or year. */
export function usOffsetMinutes(timeZone: string, ms: number): number | null {
  const zone = Object.hasOwn(ZONES, timeZone) ? ZONES[timeZone] : undefined;
  if (!zone) return null;
  const year = new Date(ms).getUTCFullYear();
  if (!Number.isFinite(year) || year < FIRST_YEAR) return null;
  if (!zone.dst) return zone.standard;
  // Both changes happen at 2:00 local time: standard time in March, daylight time in November.
  const start = Date.UTC(year, 2, nthSunday(year, 2, 2), 2) - zone.standard * MINUTE_MS;
  const end = Date.UTC(year, 10, nthSunday(year, 10, 1), 2) - (zone.standard + 60) * MINUTE_MS;
  return ms >= start && ms < end ? zone.standard + 60 : zone.standard;
}

/** The generic short name ("PT") of a zone this module knows, else null. */
export function usZoneLabel(timeZone: string): string | null {
  return Object.hasOwn(ZONES, timeZone) ? ZONES[timeZone].label : null;
}

export const US_ZONES: readonly string[] = Object.keys(ZONES);
