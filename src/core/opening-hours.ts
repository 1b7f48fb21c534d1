/**
 * Opening hours in schema.org `openingHours` syntax ("Mo-Fr 08:00-20:00; Sa 09:00-17:00") and
 * the open/closed status they give at an instant in the facility's IANA time zone.
 *
 * Pure and DOM-free. Time-zone arithmetic uses the browser's `Intl.DateTimeFormat` (its own tz
 * database and DST rules) without shipping one, except for the common US zones, computed by
 * arithmetic in us-zones.ts to keep ICU's start-up off the page-load path.
 */
import { usOffsetMinutes, usZoneLabel } from './us-zones.js';

/** Day of the week, Monday first as in schema.org and ISO 8601: 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Minutes after midnight of the rule's day. `end` is after `start`; past 1440 when the range runs
 * overnight into the next day ("Fr 20:00-02:00" is `{ start: 1200, end: 1560 }` on Friday).
 */
export interface TimeRange {
  start: number;
  end: number;
}

/** One rule as written: the days it names and their ranges (none for `off`). */
export interface HoursRule {
  days: Weekday[];
  ranges: TimeRange[];
  /** Written after a comma, not a `;`: its ranges add to those days' hours instead of replacing them. */
  adds?: true;
}

/** The result of {@link parseOpeningHours}: the rules that could be read and why others could not. */
export interface ParsedHours {
  rules: HoursRule[];
  /** True when the rules together cover every minute of the week ("24/7", "Mo-Su 00:00-24:00"). */
  alwaysOpen: boolean;
  /** One short English message per skipped part; empty when everything was understood. */
  errors: string[];
}

/** A wall-clock moment within the week in the facility's zone. `minutes` is 0–1439. */
export interface WallTime {
  weekday: Weekday;
  minutes: number;
}

/** What a visitor should be told right now. `nextChange` is the real instant the answer changes. */
export type HoursStatus =
  | { kind: 'always' }
  | { kind: 'open'; closesAt: WallTime; nextChange: Date }
  | { kind: 'closed'; opensAt: WallTime | null; nextChange: Date | null }
  | { kind: 'unknown' };

/** A calendar date and time of day on the wall clock of some zone. `month` is 1–12. */
export interface WallDateTime {
  year: number;
  month: number;
  day: number;
  /** Minutes after midnight; values past 1439 roll over into the following days. */
  minutes: number;
}

/** {@link WallDateTime} plus the weekday, as read from a zone's wall clock at an instant. */
export interface ZonedParts extends WallDateTime {
  weekday: Weekday;
}

/** A half-open span of minutes since Monday 00:00, `[start, end)`, within one week. */
export interface WeekInterval {
  start: number;
  end: number;
}

/** Longer specs are refused outright: hours that long are a mistake, and parsing stays cheap. */
export const MAX_SPEC_LENGTH = 500;

const DAY = 1440;
const NOON = 720;
const WEEK = 7 * DAY;
const MINUTE_MS = 60_000;
const DAY_MS = DAY * MINUTE_MS;
const ALL_DAYS: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** Two letters per day, Monday first: a code's index here is twice its weekday. */
const DAY_CODES = 'motuwethfrsasu';
/**
 * Control and bidi-override characters: never meaningful in hours, and unsafe to echo into a
 * console. C0 controls except tab, line feed and carriage return (`\0-\b` is U+0000-U+0008,
 * `\v\f` U+000B and U+000C), DEL and the C1 controls, the directional marks, embeddings and
 * overrides, and the directional isolates.
 */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\0-\b\v\f\x0E-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * A comma that ends one rule and starts another ("Mo-Fr 09:00-17:00, Sa 10:00-14:00"):
 * OpenStreetMap's additional-rule separator. Only after hours (a digit, `off`, `closed`) and
 * before a two-letter day, so the lists in "Mo,We" and "08:00-12:00,13:00-17:00" stay lists.
 */
const ADDITIONAL_RULE = /(?<=\d|off|closed)\s*,\s*(?=[a-z]{2}(?![a-z]))/i;

// ---------------------------------------------------------------------------------------------
// Parsing
//
// The helpers below throw the reason (a short English string) when a part cannot be read;
// parseOpeningHours catches it and reports the part as skipped.

/**
 * Reads schema.org `openingHours`: `24/7`, `Mo-Fr 08:00-20:00; Sa 09:00-17:00`, day lists
 * (`Mo,We,Fr`), ranges that wrap the week (`Fr-Mo`), several ranges (`08:00-12:00,13:00-17:00`),
 * overnight ranges (`Fr 20:00-02:00` ends Saturday 02:00), `24:00` as an end, `Su off` /
 * `Su closed`, and hours without days (every day). Day codes are case-insensitive and extra
 * whitespace or a trailing `;` are fine.
 *
 * As in OpenStreetMap's `opening_hours` (which schema.org's syntax comes from), a later rule
 * replaces the hours of the days it names: `Mo-Fr 08:00-20:00; Fr 08:00-17:00` closes Friday at
 * 17:00, and `Su off` removes Sunday; a rule after a comma instead of a `;` adds its hours
 * (`Mo-Fr 09:00-12:00, Fr 14:00-18:00` opens Friday twice), and closes its days when `off`.
 * Never throws: a part that cannot be read is skipped whole (half a rule could show "open" when
 * the place is closed) and reported in `errors`.
 */
export function parseOpeningHours(spec: string): ParsedHours {
  const rules: HoursRule[] = [];
  const errors: string[] = [];
  const text = typeof spec === 'string' ? spec : '';
  if (text.trim() && text.length > MAX_SPEC_LENGTH) {
    errors.push(`too long (${text.length} characters; the limit is ${MAX_SPEC_LENGTH})`);
  } else {
    const parts = text
      .split(';')
      .flatMap((group) => group.split(ADDITIONAL_RULE).map((part, i) => [part, i > 0] as const));
    for (const [part, adds] of parts) {
      const rule = normalize(part);
      if (rule === '') continue; // a trailing or doubled ';'
      try {
        // `search`, unlike `test`, ignores the global flag's `lastIndex`.
        if (part.search(CONTROL) >= 0) throw 'it contains control characters';
        rules.push(adds ? { ...parseRule(rule), adds } : parseRule(rule));
      } catch (reason) {
        errors.push(`skipped ${quote(part)}: ${reason}`);
      }
    }
  }
  if (!rules.length && !errors.length) errors.push('no opening hours given');
  // Always open: not one closed minute in the week.
  return { rules, alwaysOpen: !openMinutes(rules).includes(0), errors };
}

/** Collapses whitespace and drops it around `-` and `,`; typographic dashes count as `-`. */
function normalize(part: string): string {
  return part
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?([-,]) ?/g, '$1');
}

function parseRule(text: string): HoursRule {
  // "24/7" is every day, all day: hours without days.
  const tokens = (text === '24/7' ? '00:00-24:00' : text).split(' ');
  if (tokens.length > 2) throw `unexpected ${quote(tokens.slice(2).join(' '))}`;
  const times = tokens.pop() as string;
  const days = tokens.pop();
  // "Mo-Fr" alone: OSM would read all day, but a forgotten time is likelier than a 24-hour weekday.
  if (days === undefined && !/^\d/.test(times) && !isOff(times)) {
    throw 'no hours given (write e.g. "Mo-Fr 09:00-17:00" or "Su off")';
  }
  // Hours without days are every day's.
  return { days: parseDays(days ?? 'Mo-Su'), ranges: parseRanges(times) };
}

function isOff(text: string): boolean {
  return /^(?:off|closed)$/i.test(text);
}

/** `Mo`, `Mo-Fr`, `Fr-Mo` (wraps past Sunday) and comma lists of them; in week order, without repeats. */
function parseDays(text: string): Weekday[] {
  const named = new Set<Weekday>();
  for (const part of text.split(',')) {
    const match = /^([a-z]{2})(?:-([a-z]{2}))?$/i.exec(part);
    if (!match) throw `${quote(part)} is not a day like Mo or a range like Mo-Fr`;
    const from = weekday(match[1]);
    const to = weekday(match[2] ?? match[1]);
    for (let day = from; ; day = ((day + 1) % 7) as Weekday) {
      named.add(day);
      if (day === to) break;
    }
  }
  return ALL_DAYS.filter((day) => named.has(day));
}

function weekday(code: string): Weekday {
  const index = DAY_CODES.indexOf(code.toLowerCase());
  // Not found (-1) or found across two codes ("ot" in "motu") are both odd.
  if (index % 2) throw `unknown day ${quote(code)}`;
  return (index / 2) as Weekday;
}

/** `off` / `closed`, or comma-separated `HH:MM-HH:MM` ranges. */
function parseRanges(text: string): TimeRange[] {
  return isOff(text) ? [] : text.split(',').map(parseRange);
}

function parseRange(part: string): TimeRange {
  const match = /^(\d\d?):(\d\d)-(\d\d?):(\d\d)$/.exec(part);
  if (!match) throw `${quote(part)} is not a time range like 09:00-17:00`;
  const [, startHour, startMinute, endHour, endMinute] = match.map(Number);
  const start = startHour * 60 + startMinute;
  const end = endHour * 60 + endMinute;
  // With minutes up to 59, this allows 00:00-23:59 for a start and up to 24:00 for an end.
  if (startMinute > 59 || endMinute > 59 || start >= DAY || end > DAY) {
    throw `${quote(part)} has a time outside 00:00-24:00`;
  }
  // "8:00-5:00" or "Sa 10:00-2:00" is a day written on a 12-hour clock far more often than a
  // morning-to-small-hours overnight: read as written, it says "Open now" at 3 AM, dials the
  // closed office and hides the after-hours crisis lines. A start before 1 PM with an end not
  // after it that, read as afternoon, would be later that day is refused: "Sa 12:00-5:00" (noon to
  // five) and "8:00-8:00" (eight to eight) are such slips too. An end in the hour after midnight,
  // 00:00-00:59, is not: a 12-hour clock writes that hour as 12.
  if (start < NOON + 60 && end >= 60 && end <= start && end + NOON > start) {
    throw `${quote(part)} looks like a 12-hour clock: hours are 24-hour (5 PM is 17:00; all day is 00:00-24:00); an overnight range that starts before 1 PM is two, e.g. "Mo 12:00-24:00, Tu 00:00-02:00"`;
  }
  // An end at or before the start is on the next day: "20:00-02:00" runs overnight, and
  // "00:00-00:00" (like "20:00-20:00") is a full 24 hours.
  return { start, end: end <= start ? end + DAY : end };
}

/** Quotes a piece of the input for an error message: trimmed, shortened, control characters hidden. */
function quote(text: string): string {
  const clean = text.trim().replace(CONTROL, '?');
  return `"${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}"`;
}

// ---------------------------------------------------------------------------------------------
// The week, minute by minute

/**
 * Each day's hours once every rule is applied, by weekday: a later rule replaces the hours of the
 * days it names, or adds to them after a comma; a day no rule names is left empty.
 */
function hoursByDay(rules: readonly HoursRule[]): TimeRange[][] {
  const byDay: TimeRange[][] = [];
  for (const rule of rules) {
    for (const day of rule.days) {
      byDay[day] = rule.adds && rule.ranges.length ? [...(byDay[day] ?? []), ...rule.ranges] : rule.ranges;
    }
  }
  return byDay;
}

/**
 * The hours as schema.org `openingHours` values, which take one set of days and its times each:
 * days with the same hours together, in week order ("Mo-Fr 08:00-20:00", "Sa 09:00-17:00"), and
 * "Mo-Su" (schema.org's "all day, every day") when always open. Built from the week the rules
 * give, so replaced hours and `off` days are right, which `;`-joined text is not to a reader of
 * schema.org.
 */
export function schemaOrgHours(parsed: ParsedHours): string[] {
  if (parsed.alwaysOpen) return ['Mo-Su'];
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const daysByTimes = new Map<string, number[]>();
  hoursByDay(parsed.rules).forEach((ranges, day) => {
    if (!ranges.length) return;
    // An overnight end (past 1440) is written as the next day's time, as in "Fr 20:00-02:00".
    const times = ranges
      .map(({ start, end }) => `${clock(start)}-${clock(end > DAY ? end - DAY : end)}`)
      .join(',');
    daysByTimes.set(times, [...(daysByTimes.get(times) ?? []), day]);
  });
  const code = (day: number) => DAY_CODES.slice(day * 2, day * 2 + 2).replace(/^./, (c) => c.toUpperCase());
  return [...daysByTimes].map(([times, days]) => {
    // Runs of days as ranges: [0, 1, 2, 4] → "Mo-We,Fr".
    const runs: number[][] = [];
    for (const day of days) {
      const run = runs.at(-1);
      if (run && run[1] === day - 1) run[1] = day;
      else runs.push([day, day]);
    }
    const list = runs.map(([from, to]) => (from === to ? code(from) : `${code(from)}-${code(to)}`)).join(',');
    return `${list} ${times}`;
  });
}

/**
 * Whether the place is open (1) or not (0) at each minute of the week, from Monday 00:00, with
 * each day's hours as {@link hoursByDay} gives them; overnight hours stay with the day they start
 * on, and Sunday's run into Monday morning. A table of 10,080 entries is small, and it makes
 * "open at this minute" and "when does that change" one lookup and one scan.
 */
function openMinutes(rules: readonly HoursRule[]): Uint8Array {
  const week = new Uint8Array(WEEK);
  // forEach skips the days no rule names.
  hoursByDay(rules).forEach((ranges, day) => {
    for (const range of ranges) {
      // Hours past Sunday midnight go on at the week's start. (fill, not a loop per minute: 500
      // characters of hours can name 40 whole days.)
      const from = day * DAY + range.start;
      const to = day * DAY + range.end;
      week.fill(1, from, Math.min(to, WEEK));
      if (to > WEEK) week.fill(1, 0, to - WEEK);
    }
  });
  return week;
}

/**
 * The open spans of a week, sorted, in minutes since Monday 00:00. Touching or overlapping hours
 * make one span, so "Mo 20:00-24:00; Tu 00:00-08:00" is one span from Monday 20:00 to Tuesday
 * 08:00; hours running past Sunday midnight are a span at the start of the week.
 */
export function weeklyOpenIntervals(rules: readonly HoursRule[]): WeekInterval[] {
  const spans: WeekInterval[] = [];
  openMinutes(rules).forEach((open, minute) => {
    if (!open) return;
    const last = spans.at(-1);
    if (last?.end === minute) last.end++;
    else spans.push({ start: minute, end: minute + 1 });
  });
  return spans;
}

/**
 * The first minute after `minute` (a minute of the week) with the other status; past WEEK when
 * it falls in the following week. The week must have both open and closed minutes.
 */
function nextBoundary(week: Uint8Array, minute: number): number {
  let next = minute + 1;
  while (week[next % WEEK] === week[minute]) next++;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: constructing them is the expensive part of Intl. Throws for a bad zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const numeric = 'numeric';
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which some engines answer with "24" for midnight.
      hourCycle: 'h23',
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    if (formatters.size >= 32) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the browser knows `timeZone` as an IANA zone (e.g. "America/Los_Angeles"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '' || timeZone.length > 100) return false;
  try {
    // US zones are known without Intl (and without ICU's start-up).
    return usZoneLabel(timeZone) !== null || !!formatterFor(timeZone);
  } catch {
    return false;
  }
}

/**
 * The zone's offset from UTC at `ms` (wall clock minus UTC), in milliseconds, to the second.
 * Throws a RangeError for an unknown zone or an invalid date.
 */
function offsetAt(ms: number, timeZone: string): number {
  // Common US zones by arithmetic: no Intl (and no ICU start-up) on the page-load path.
  const usOffset = usOffsetMinutes(timeZone, ms);
  if (usOffset !== null) return usOffset * MINUTE_MS;
  const wall: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) wall[part.type] = +part.value;
  const wallMs = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallMs - Math.floor(ms / 1000) * 1000;
}

/**
 * The weekday (0 = Monday) and wall-clock date and minutes since midnight in `timeZone` at `date`.
 * Throws a RangeError for an unknown zone or an invalid date; check {@link isValidTimeZone} first.
 */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  // The UTC fields of the instant moved by the offset are the fields of the zone's wall clock.
  const ms = date.getTime();
  const wall = new Date(ms + offsetAt(ms, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    // getUTCDay counts from Sunday; schema.org weeks start on Monday.
    weekday: ((wall.getUTCDay() + 6) % 7) as Weekday,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The date on the wall clock in `timeZone` at `date`, as a count of days since 1970-01-01: equal
 * for two instants on the same local date. Throws like {@link zonedParts}.
 */
export function zonedDayNumber(date: Date, timeZone: string): number {
  return Math.floor(wallMinutes(date.getTime(), timeZone) / DAY);
}

/** The wall clock in `timeZone` at `ms`, in whole minutes since 1970-01-01 00:00 on that clock. */
function wallMinutes(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / MINUTE_MS);
}

/** The minute of the week (0 = Monday 00:00) of a count of wall-clock minutes since 1970. */
function minuteOfWeek(minutes: number): number {
  // 1 January 1970 was a Thursday, three days into its week.
  return (((minutes + 3 * DAY) % WEEK) + WEEK) % WEEK;
}

/**
 * The first whole second at or after `fromMs`, up to `toMs`, whose offset differs from `fromMs`'s;
 * `toMs` when the offset there is still the same.
 */
function offsetChangeBetween(fromMs: number, toMs: number, timeZone: string): number {
  const before = offsetAt(fromMs, timeZone);
  let low = Math.floor(fromMs / 1000);
  let high = Math.ceil(toMs / 1000);
  if (offsetAt(high * 1000, timeZone) === before) return toMs;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (offsetAt(mid * 1000, timeZone) === before) low = mid;
    else high = mid;
  }
  return high * 1000;
}

/**
 * Every instant whose wall clock in `timeZone` reads `wall`, earliest first: one normally, two in
 * the hour repeated when clocks go back, and for a time skipped when clocks go forward, the
 * instant the clocks jump (the first one after the gap).
 */
function wallTimeInstants(wall: WallDateTime, timeZone: string): number[] {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
  // Offsets a day either side cover any clock change near this wall time.
  const earlier = offsetAt(asUtc - DAY_MS, timeZone);
  const later = offsetAt(asUtc + DAY_MS, timeZone);
  const found = [...new Set([earlier, offsetAt(asUtc, timeZone), later])]
    .map((offset) => asUtc - offset)
    .filter((ms) => offsetAt(ms, timeZone) === asUtc - ms)
    .sort((a, b) => a - b);
  if (found.length > 0) return found;
  // In a spring-forward gap: read with the old offset the wall time lands after the jump, with the
  // new one before it; the jump is between the two.
  return [offsetChangeBetween(asUtc - later, asUtc - earlier, timeZone)];
}

/**
 * The instant at which the wall clock in `timeZone` reads `wall`, correct across DST. A time in
 * the spring-forward gap (02:30 on the day 02:00 becomes 03:00) gives the instant just after the
 * gap, when the clock shows 03:00; an ambiguous time in the repeated fall-back hour gives the
 * first occurrence. Throws a RangeError for an unknown zone.
 */
export function zonedWallTimeToInstant(wall: WallDateTime, timeZone: string): Date {
  return new Date(wallTimeInstants(wall, timeZone)[0]);
}

// ---------------------------------------------------------------------------------------------
// Status

/** The longest a zone's clocks go back by (an hour in the US; half an hour on Lord Howe Island). */
const MAX_REPEAT_MS = 2 * 3_600_000;

/**
 * Open (1) or closed (0) at `ms` by the facility's wall clock. The hour the clocks go back shows
 * its wall times twice: hours open or close once, at the first, as people keep them ("until 1:30
 * AM" does not reopen at the second 1:00 AM), so its second pass keeps the status its first
 * ended with.
 */
function openAt(week: Uint8Array, ms: number, timeZone: string): number {
  const offset = offsetAt(ms, timeZone);
  const before = offsetAt(ms - MAX_REPEAT_MS, timeZone);
  if (before > offset) {
    const back = offsetChangeBetween(ms - MAX_REPEAT_MS, ms, timeZone);
    if (ms < back + (before - offset)) return week[minuteOfWeek(wallMinutes(back - 1000, timeZone))];
  }
  return week[minuteOfWeek(Math.floor((ms + offset) / MINUTE_MS))];
}

/**
 * Open or closed at `now` in `timeZone`, judged by the facility's wall clock, with the next
 * boundary both as a wall time (for "until 8:00 PM") and as the real instant it happens (so a
 * widget can set one timer rather than poll). Exactly at the opening minute is open; exactly at
 * the closing minute is closed; the hour the clocks go back changes nothing a second time (see
 * openAt). Never throws. `24/7` gives `always` whatever the zone and date (a card says "Open 24/7"
 * without a zone). Otherwise an invalid zone, or hours with no readable rule, give `unknown`;
 * hours open every minute of the week give `always`, and hours that are all `off` give `closed`
 * with no next opening, whatever the date; an invalid date otherwise gives `unknown`.
 */
export function hoursStatus(parsed: ParsedHours, now: Date, timeZone: string): HoursStatus {
  if (parsed.alwaysOpen) return { kind: 'always' };
  if (!parsed.rules.length || !isValidTimeZone(timeZone)) return { kind: 'unknown' };
  const week = openMinutes(parsed.rules);
  // Not one closed minute, or not one open minute.
  if (!week.includes(0)) return { kind: 'always' };
  if (!week.includes(1)) return { kind: 'closed', opensAt: null, nextChange: null };
  try {
    const nowMs = now.getTime();
    const status = openAt(week, nowMs, timeZone);
    const open = status === 1;
    const [at, minute] = findChange(week, nowMs, status, timeZone);
    const wall: WallTime = { weekday: Math.floor(minute / DAY) as Weekday, minutes: minute % DAY };
    const nextChange = new Date(at);
    return open
      ? { kind: 'open', closesAt: wall, nextChange }
      : { kind: 'closed', opensAt: wall, nextChange };
  } catch {
    // An invalid or out-of-range date: Intl throws a RangeError.
    return { kind: 'unknown' };
  }
}

/**
 * The first instant after `fromMs` at which `status` (openAt there) changes, and the minute
 * of the week (0 = Monday 00:00) that names it. Usually the next boundary on the wall clock at
 * the zone's current offset; but the clocks may change first, and then the change is checked
 * where they do.
 */
function findChange(
  week: Uint8Array,
  fromMs: number,
  status: number,
  timeZone: string,
): [at: number, minuteOfWeek: number] {
  let t = fromMs;
  // Each pass moves past a clock change, or past a boundary the repeated hour passes a second
  // time (at most one a minute): 128 covers a repeated hour full of them.
  for (let pass = 0; pass < 128; pass++) {
    // The wall clock at `t` (as wallMinutes), keeping the offset for the step below.
    const offset = offsetAt(t, timeZone);
    const minutes = Math.floor((t + offset) / MINUTE_MS);
    const weekMinute = minuteOfWeek(minutes);
    const target = nextBoundary(week, weekMinute);
    // The boundary in wall-clock minutes since 1970, and when the clock reads it if the offset
    // holds; if the offset changes before then, the first second with the new one instead.
    const targetMinutes = minutes - weekMinute + target;
    const at = offsetChangeBetween(t, targetMinutes * MINUTE_MS - offset, timeZone);
    if (openAt(week, at, timeZone) !== status) {
      // The boundary names the change when the clock reaches it. When the clocks jump forward
      // over it, the time the clock shows then does ("opens 3:00 AM", not a 2:30 AM that never
      // comes). (Clocks going back change nothing: see openAt.)
      const reached = wallMinutes(at, timeZone);
      return [at, reached > targetMinutes ? minuteOfWeek(reached) : target % WEEK];
    }
    // The clocks changed and the status did not (hours wholly inside a skipped hour, or the
    // hour they go back), or a boundary the repeated hour passes a second time.
    t = at;
  }
  return [t, minuteOfWeek(wallMinutes(t, timeZone))];
}
