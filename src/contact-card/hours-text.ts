import { intlLocale, type Lang } from '../core/i18n.js';
import type { HoursStatus } from './opening-hours.js';

/** The status line and whether it means open (for styling). */
export interface StatusText {
  text: string;
  open: boolean;
}

type Translate = (
  key: 'open247' | 'openUntil' | 'openUntilDay' | 'closedOpens' | 'closedOpensToday' | 'closed',
  vars?: Record<string, string>,
) => string;

const DAY_MS = 24 * 60 * 60 * 1000;

/** "8:00 PM" for minutes after midnight, in the visitor's language. */
export function formatWallTime(minutes: number, lang: Lang): string {
  const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minutes / 60) % 24, minutes % 60));
  return new Intl.DateTimeFormat(intlLocale(lang), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** "Mon" for weekday 0 (Monday) … 6 (Sunday). */
export function formatWeekday(weekday: number, lang: Lang): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + weekday, 12));
  return new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'short', timeZone: 'UTC' }).format(date);
}

/** "PT" for America/Los_Angeles: the generic name, right in both summer and winter. */
export function zoneLabel(zone: string, lang: Lang, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone: zone,
      timeZoneName: 'shortGeneric',
    }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
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
  const label = zone ? zoneLabel(zone, lang, now) : '';
  const time = (minutes: number) => `${formatWallTime(minutes, lang)}${label ? ` ${label}` : ''}`;
  switch (status.kind) {
    case 'always':
      return { text: t('open247'), open: true };
    case 'open': {
      const farAway = status.nextChange.getTime() - now.getTime() > DAY_MS;
      const vars = { time: time(status.closesAt.minutes), day: formatWeekday(status.closesAt.weekday, lang) };
      return { text: t(farAway ? 'openUntilDay' : 'openUntil', vars), open: true };
    }
    case 'closed': {
      if (!status.opensAt || !status.nextChange) return { text: t('closed'), open: false };
      const today =
        status.nextChange.getTime() - now.getTime() < DAY_MS && sameZoneDay(now, status.nextChange, zone);
      const vars = { time: time(status.opensAt.minutes), day: formatWeekday(status.opensAt.weekday, lang) };
      return { text: t(today ? 'closedOpensToday' : 'closedOpens', vars), open: false };
    }
    default:
      return null;
  }
}

function sameZoneDay(a: Date, b: Date, zone: string): boolean {
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return day.format(a) === day.format(b);
}
