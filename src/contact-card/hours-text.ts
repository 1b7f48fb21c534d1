import type { Lang } from '../core/i18n.js';
import { type HoursStatus, zonedDayNumber } from '../core/opening-hours.js';
import { usZoneLabel } from '../core/us-zones.js';

/** The status line and whether it means open (for styling). */
export interface StatusText {
  text: string;
  open: boolean;
}

type StatusKey =
  | 'open247'
  | 'openUntil'
  | 'openUntilDay'
  | 'closedOpens'
  | 'closedOpensToday'
  | 'closedOpensNextWeek'
  | 'closed';
type Translate = (
  key: StatusKey | 'days' | 'am' | 'pm' | 'midnight' | 'timeAt' | 'timeAtOne',
  vars?: Record<string, string>,
) => string;

const DAY_MINUTES = 24 * 60;

/**
 * "8:00 PM" for minutes after midnight. Written out rather than through Intl, whose first use
 * on a page costs a long task (see us-zones.ts); the AM/PM words come from the dictionary.
 */
export function formatWallTime(minutes: number, t: Translate): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = String(minutes % 60).padStart(2, '0');
  return `${hour % 12 || 12}:${minute} ${hour < 12 ? t('am') : t('pm')}`;
}

/** "Mon" for weekday 0 (Monday) … "Sun" for 6, from the dictionary's comma-separated `days`. */
export function formatWeekday(weekday: number, t: Translate): string {
  return t('days').split(',')[weekday]?.trim() ?? '';
}

/** "PT" for America/Los_Angeles: the generic name, right in both summer and winter. */
export function zoneLabel(zone: string, lang: Lang, now: Date): string {
  try {
    return (
      usZoneLabel(zone) ??
      new Intl.DateTimeFormat(`${lang === 'es' ? 'es' : 'en'}-US`, {
        timeZone: zone,
        timeZoneName: 'shortGeneric',
      })
        .formatToParts(now)
        .find((part) => part.type === 'timeZoneName')?.value ??
      ''
    );
  } catch {
    return '';
  }
}

/**
 * Words for an hours status: "Open now · until 8:00 PM PT", "Closed · opens Mon 8:00 AM PT",
 * "Open 24/7". Null when the hours could not be read (no line is better than a wrong one).
 */
export function formatStatus(
  status: HoursStatus,
  lang: Lang,
  zone: string,
  now: Date,
  t: Translate,
): StatusText | null {
  if (status.kind === 'always') return { text: t('open247'), open: true };
  if (status.kind !== 'open' && status.kind !== 'closed') return null;
  const open = status.kind === 'open';
  const wall = open ? status.closesAt : status.opensAt;
  const { nextChange } = status;
  if (!wall || !nextChange) return { text: t('closed'), open };
  // The day is named unless the change comes today (on the facility's calendar): "until 12:00 PM"
  // said on Friday afternoon of Saturday noon would read as already past. Closing at the midnight
  // that ends today is "until midnight", as people say it (and "12:00 AM" is misread as noon).
  // Counted on the calendar even a day or more ahead: the day the clocks go back has 25 hours.
  const days = zonedDayNumber(nextChange, zone) - zonedDayNumber(now, zone);
  const key = open
    ? days === 0 || (days === 1 && wall.minutes % DAY_MINUTES === 0)
      ? 'openUntil'
      : 'openUntilDay'
    : days === 0
      ? 'closedOpensToday'
      : // This weekday a week on: "opens Thu" said on a Thursday reads as today.
        days >= 7
        ? 'closedOpensNextWeek'
        : 'closedOpens';
  const label = zone ? zoneLabel(zone, lang, now) : '';
  // Only a close at the midnight ending today is "midnight": "opens Mon midnight" would leave
  // open which night is meant, so a named day keeps "12:00 AM".
  const midnight = key === 'openUntil' && wall.minutes % DAY_MINUTES === 0;
  // "las 8:00 p.m." but "la 1:00 p.m." and "la medianoche" in Spanish; English has no article
  // (`timeAt` and `timeAtOne` are "{time}").
  const singular = midnight || Math.floor(wall.minutes / 60) % 12 === 1;
  const clock = midnight ? t('midnight') : formatWallTime(wall.minutes, t);
  const time = t(singular ? 'timeAtOne' : 'timeAt', { time: `${clock}${label ? ` ${label}` : ''}` });
  return { text: t(key, { time, day: formatWeekday(wall.weekday, t) }), open };
}
