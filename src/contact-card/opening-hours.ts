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

/** One `;`-separated rule as written: the days it names and their ranges (none for `off`). */
export interface HoursRule {
  days: Weekday[];
  ranges: TimeRange[];
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
const WEEK = 7 * DAY;
const DAY_MS = 86_400_000;
const ALL_DAYS: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const DAY_CODES = new Map<string, Weekday>([
  ['mo', 0],
  ['tu', 1],
  ['we', 2],
  ['th', 3],
  ['fr', 4],
  ['sa', 5],
  ['su', 6],
]);
// Control and bidi-override characters: never meaningful in hours, and unsafe to echo into a console.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * Reads schema.org `openingHours`: `24/7`, `Mo-Fr 08:00-20:00; Sa 09:00-17:00`, day lists
 * (`Mo,We,Fr`), ranges that wrap the week (`Fr-Mo`), several ranges (`08:00-12:00,13:00-17:00`),
 * overnight ranges (`Fr 20:00-02:00` ends Saturday 02:00), `24:00` as an end, `Su off` /
 * `Su closed`, and hours without days (every day). Day codes are case-insensitive and extra
 * whitespace or a trailing `;` are fine.
 *
 * As in OpenStreetMap's `opening_hours` (which schema.org's syntax comes from), a later rule
 * replaces the hours of the days it names: `Mo-Fr 08:00-20:00; Fr 08:00-17:00` closes Friday at
 * 17:00, and `Su off` removes Sunday. Never throws: a part that cannot be read is skipped whole
 * (half a rule could show "open" when the place is closed) and reported in `errors`.
 */
export function parseOpeningHours(spec: string): ParsedHours {
  const rules: HoursRule[] = [];
  const errors: string[] = [];
  if (typeof spec !== 'string' || spec.trim() === '') {
    return { rules, alwaysOpen: false, errors: ['no opening hours given'] };
  }
  if (spec.length > MAX_SPEC_LENGTH) {
    return {
      rules,
      alwaysOpen: false,
      errors: [`too long (${spec.length} characters; the limit is ${MAX_SPEC_LENGTH})`],
    };
  }
  for (const part of spec.split(';')) {
    const text = normalize(part);
    if (text === '') continue; // a trailing or doubled ';'
    const rule = CONTROL.test(part) ? 'it contains control characters' : parseRule(text);
    if (typeof rule === 'string') errors.push(`skipped ${quotePart(part)}: ${rule}`);
    else rules.push(rule);
  }
  if (rules.length === 0 && errors.length === 0) errors.push('no opening hours given');
  return { rules, alwaysOpen: coversWeek(weeklyOpenIntervals(rules)), errors };
}

/** Collapses whitespace and drops it around `-` and `,`; typographic dashes count as `-`. */
function normalize(part: string): string {
  return part
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?([-,]) ?/g, '$1');
}

/** A rule, or why it could not be read. */
function parseRule(text: string): HoursRule | string {
  if (text === '24/7') return { days: [...ALL_DAYS], ranges: [{ start: 0, end: DAY }] };
  const tokens = text.split(' ');
  if (tokens.length > 2) return `unexpected ${quotePart(tokens.slice(2).join(' '))}`;
  const [first, second] = tokens as [string, string | undefined];
  let days: Weekday[] | string = [...ALL_DAYS];
  let times = first;
  if (second !== undefined) {
    days = parseDays(first);
    times = second;
  } else if (!/^\d/.test(first) && !isOff(first)) {
    // "Mo-Fr" alone: OSM would read all day, but a forgotten time is likelier than a 24-hour weekday.
    return 'no hours given (write e.g. "Mo-Fr 09:00-17:00" or "Su off")';
  }
  if (typeof days === 'string') return days;
  const ranges = parseRanges(times);
  if (typeof ranges === 'string') return ranges;
  return { days, ranges };
}

function isOff(text: string): boolean {
  return /^(?:off|closed)$/i.test(text);
}

/** `Mo`, `Mo-Fr`, `Fr-Mo` (wraps past Sunday) and comma lists of them; sorted, without repeats. */
function parseDays(text: string): Weekday[] | string {
  const days = new Set<Weekday>();
  for (const part of text.split(',')) {
    const match = /^([a-z]{2})(?:-([a-z]{2}))?$/i.exec(part);
    if (!match) return `${quotePart(part)} is not a day like Mo or a range like Mo-Fr`;
    const [, fromCode = '', toCode = fromCode] = match;
    const from = DAY_CODES.get(fromCode.toLowerCase());
    const to = DAY_CODES.get(toCode.toLowerCase());
    if (from === undefined) return `unknown day ${quotePart(fromCode)}`;
    if (to === undefined) return `unknown day ${quotePart(toCode)}`;
    for (let day = from; ; day = ((day + 1) % 7) as Weekday) {
      days.add(day);
      if (day === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** `off` / `closed`, or comma-separated `HH:MM-HH:MM` ranges. */
function parseRanges(text: string): TimeRange[] | string {
  if (isOff(text)) return [];
  const ranges: TimeRange[] = [];
  for (const part of text.split(',')) {
    const match = /^(\d{1,2}):(\d\d)-(\d{1,2}):(\d\d)$/.exec(part);
    if (!match) return `${quotePart(part)} is not a time range like 09:00-17:00`;
    const start = clockMinutes(match[1]!, match[2]!, false);
    const end = clockMinutes(match[3]!, match[4]!, true);
    if (start === null || end === null) return `${quotePart(part)} has a time outside 00:00-24:00`;
    // An end at or before the start is on the next day: "20:00-02:00" runs overnight, and
    // "00:00-00:00" (like "08:00-08:00") is a full 24 hours.
    ranges.push({ start, end: end <= start ? end + DAY : end });
  }
  return ranges;
}

function clockMinutes(hours: string, minutes: string, isEnd: boolean): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (m > 59 || h > 24 || (h === 24 && (!isEnd || m !== 0))) return null;
  return h * 60 + m;
}

/** Quotes a piece of the input for an error message: trimmed, shortened, control characters hidden. */
function quotePart(text: string): string {
  const clean = text.trim().replace(new RegExp(CONTROL.source, 'g'), '?');
  return `"${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}"`;
}

// ---------------------------------------------------------------------------------------------
// The week as intervals

/**
 * The open spans of a week, merged and sorted, in minutes since Monday 00:00. A later rule
 * replaces earlier hours for the days it names; overnight hours stay with the day they start on,
 * and Sunday's run into Monday morning. Touching or overlapping spans merge, so
 * "Mo 20:00-24:00; Tu 00:00-08:00" is one span from Monday 20:00 to Tuesday 08:00.
 */
export function weeklyOpenIntervals(rules: readonly HoursRule[]): WeekInterval[] {
  const byDay: TimeRange[][] = ALL_DAYS.map(() => []);
  for (const rule of rules) for (const day of rule.days) byDay[day] = rule.ranges;
  const spans: WeekInterval[] = [];
  byDay.forEach((ranges, day) => {
    for (const range of ranges) {
      const start = day * DAY + range.start;
      const end = day * DAY + range.end;
      if (end <= WEEK) spans.push({ start, end });
      else spans.push({ start, end: WEEK }, { start: 0, end: end - WEEK });
    }
  });
  spans.sort((a, b) => a.start - b.start);
  const merged: WeekInterval[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function coversWeek(intervals: readonly WeekInterval[]): boolean {
  return intervals.length === 1 && intervals[0]!.start === 0 && intervals[0]!.end === WEEK;
}

// ---------------------------------------------------------------------------------------------
// Time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: constructing them is the expensive part of Intl. Throws for a bad zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which some engines answer with "24" for midnight.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 32) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the browser knows `timeZone` as an IANA zone (e.g. "America/Los_Angeles"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '' || timeZone.length > 100) return false;
  if (usZoneLabel(timeZone) !== null) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `ms`, to the second. */
function wallClock(ms: number, timeZone: string) {
  // Common US zones by arithmetic: no Intl (and no ICU start-up) on the page-load path.
  const offset = usOffsetMinutes(timeZone, ms);
  if (offset !== null) {
    const wall = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000);
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    };
  }
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? Number.NaN,
    month: values.month ?? Number.NaN,
    day: values.day ?? Number.NaN,
    hour: values.hour ?? Number.NaN,
    minute: values.minute ?? Number.NaN,
    second: values.second ?? Number.NaN,
  };
}

/**
 * The weekday (0 = Monday) and wall-clock date and minutes since midnight in `timeZone` at `date`.
 * Throws a RangeError for an unknown zone or an invalid date; check {@link isValidTimeZone} first.
 */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const wall = wallClock(date.getTime(), timeZone);
  return {
    year: wall.year,
    month: wall.month,
    day: wall.day,
    weekday: weekdayOf(wall.year, wall.month, wall.day),
    minutes: wall.hour * 60 + wall.minute,
  };
}

function weekdayOf(year: number, month: number, day: number): Weekday {
  // getUTCDay counts from Sunday; schema.org weeks start on Monday.
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) as Weekday;
}

/** The zone's offset from UTC at `ms`, in milliseconds (wall clock minus UTC). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/** The first whole second at or after `fromMs`, up to `toMs`, whose offset differs from `fromMs`'s. */
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
  const offsets = new Set([earlier, offsetAt(asUtc, timeZone), later]);
  const found = [...offsets]
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
  return new Date(wallTimeInstants(wall, timeZone)[0]!);
}

// ---------------------------------------------------------------------------------------------
// Status

/**
 * Open or closed at `now` in `timeZone`, judged by the facility's wall clock, with the next
 * boundary both as a wall time (for "until 8:00 PM") and as the real instant it happens (so a
 * widget can set one timer rather than poll). Exactly at the opening minute is open; exactly at
 * the closing minute is closed. Never throws: an invalid zone or date, or hours with no readable
 * rule, give `unknown`; hours that are all `off` give `closed` with no next opening.
 */
export function hoursStatus(parsed: ParsedHours, now: Date, timeZone: string): HoursStatus {
  if (parsed.alwaysOpen) return { kind: 'always' };
  if (parsed.rules.length === 0 || !isValidTimeZone(timeZone)) return { kind: 'unknown' };
  const intervals = weeklyOpenIntervals(parsed.rules);
  if (coversWeek(intervals)) return { kind: 'always' };
  if (intervals.length === 0) return { kind: 'closed', opensAt: null, nextChange: null };
  try {
    const nowMs = now.getTime();
    const open = isOpenAt(intervals, nowMs, timeZone);
    const change = findChange(intervals, nowMs, timeZone, open);
    return open
      ? { kind: 'open', closesAt: change.wall, nextChange: new Date(change.at) }
      : { kind: 'closed', opensAt: change.wall, nextChange: new Date(change.at) };
  } catch {
    // An invalid or out-of-range date: Intl throws a RangeError.
    return { kind: 'unknown' };
  }
}

function weekMinute(parts: ZonedParts): number {
  return parts.weekday * DAY + parts.minutes;
}

function toWallTime(weekMinutes: number): WallTime {
  const m = ((weekMinutes % WEEK) + WEEK) % WEEK;
  return { weekday: Math.floor(m / DAY) as Weekday, minutes: m % DAY };
}

function isOpenAt(intervals: readonly WeekInterval[], ms: number, timeZone: string): boolean {
  const minute = weekMinute(zonedParts(new Date(ms), timeZone));
  return intervals.some((span) => span.start <= minute && minute < span.end);
}

/** The next boundary after week-minute `minute`; past WEEK when it falls in the following week. */
function nextBoundary(intervals: readonly WeekInterval[], minute: number): number {
  const first = intervals[0]!;
  const current = intervals.find((span) => span.start <= minute && minute < span.end);
  if (current) {
    // Open past Sunday midnight: the span continues into next Monday's first one.
    return current.end === WEEK && first.start === 0 && first !== current ? WEEK + first.end : current.end;
  }
  const next = intervals.find((span) => span.start > minute);
  return next ? next.start : WEEK + first.start;
}

/**
 * The first instant after `fromMs` at which the wall-clock status stops being `open`. Usually
 * the next boundary on the wall clock; but a boundary inside a spring-forward gap may change
 * nothing (so look further), and clocks going back can carry the wall time back across a
 * boundary before the next one is reached (so check the clock change itself).
 */
function findChange(
  intervals: readonly WeekInterval[],
  fromMs: number,
  timeZone: string,
  open: boolean,
): { at: number; wall: WallTime } {
  let t = fromMs;
  // Each pass moves to a later boundary; a few passes is plenty for any real zone.
  for (let pass = 0; pass < 8; pass++) {
    const here = zonedParts(new Date(t), timeZone);
    const target = nextBoundary(intervals, weekMinute(here));
    const day = here.day + Math.floor(target / DAY) - here.weekday;
    const instants = wallTimeInstants(
      { year: here.year, month: here.month, day, minutes: target % DAY },
      timeZone,
    );
    // The repeated fall-back hour can make the first instant one already passed.
    const at = instants.find((ms) => ms > t) ?? t + 60_000;
    if (offsetAt(t, timeZone) !== offsetAt(at, timeZone)) {
      const shift = offsetChangeBetween(t, at, timeZone);
      if (shift < at && isOpenAt(intervals, shift, timeZone) !== open) {
        // Name the boundary by the wall time just before the clocks moved ("until 2:00 AM").
        return { at: shift, wall: toWallTime(weekMinute(zonedParts(new Date(shift - 1000), timeZone)) + 1) };
      }
    }
    if (isOpenAt(intervals, at, timeZone) !== open) return { at, wall: toWallTime(target) };
    t = at;
  }
  return { at: t, wall: toWallTime(weekMinute(zonedParts(new Date(t), timeZone))) };
}
