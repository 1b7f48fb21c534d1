import { expect } from '@open-wc/testing';
import { formatStatus, formatWallTime, formatWeekday, zoneLabel } from '../../src/contact-card/hours-text.js';
import { format } from '../../src/core/i18n.js';
import { type HoursStatus, hoursStatus, parseOpeningHours } from '../../src/core/opening-hours.js';
import { contactCardEn } from '../../src/i18n/contact-card.en.js';
import { contactCardEs } from '../../src/i18n/contact-card.es.js';

const en = (key: string, vars?: Record<string, string>) =>
  format((contactCardEn as Record<string, string>)[key], vars);
const es = (key: string, vars?: Record<string, string>) =>
  format((contactCardEs as Record<string, string>)[key], vars);

describe('hours-text', () => {
  const times: Array<[number, string, string]> = [
    [0, '12:00 AM', '12:00 a.m.'],
    [5, '12:05 AM', '12:05 a.m.'],
    [8 * 60, '8:00 AM', '8:00 a.m.'],
    [11 * 60 + 30, '11:30 AM', '11:30 a.m.'],
    [12 * 60, '12:00 PM', '12:00 p.m.'],
    [20 * 60 + 30, '8:30 PM', '8:30 p.m.'],
    [23 * 60 + 59, '11:59 PM', '11:59 p.m.'],
    [24 * 60, '12:00 AM', '12:00 a.m.'],
  ];
  for (const [minutes, english, spanish] of times) {
    it(`formats ${minutes} minutes as ${english} / ${spanish}`, () => {
      expect(formatWallTime(minutes, en)).to.equal(english);
      expect(formatWallTime(minutes, es)).to.equal(spanish);
    });
  }

  it('names weekdays Monday first', () => {
    expect([0, 4, 6].map((d) => formatWeekday(d, en))).to.deep.equal(['Mon', 'Fri', 'Sun']);
    expect([0, 2, 5].map((d) => formatWeekday(d, es))).to.deep.equal(['lunes', 'miércoles', 'sábado']);
  });

  it('labels zones generically, with Intl for zones outside the US table', () => {
    const now = new Date(Date.UTC(2026, 6, 1));
    expect(zoneLabel('America/Los_Angeles', 'en', now)).to.equal('PT');
    expect(zoneLabel('America/New_York', 'es', now)).to.equal('ET');
    expect(zoneLabel('Europe/London', 'en', now)).to.not.equal('');
    // Outside the table: Intl's generic name, in the page's language.
    const intl = (locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'Europe/London', timeZoneName: 'shortGeneric' })
        .formatToParts(now)
        .find((part) => part.type === 'timeZoneName')?.value;
    expect(zoneLabel('Europe/London', 'en', now)).to.equal(intl('en-US'));
    expect(zoneLabel('Europe/London', 'es', now)).to.equal(intl('es-US'));
    expect(intl('es-US')).to.not.equal(intl('en-US'));
    expect(zoneLabel('Not/AZone', 'en', now)).to.equal('');
  });

  const now = new Date('2026-11-26T18:00:00Z'); // Thursday 10:00 in Los Angeles
  const statuses: Array<[string, HoursStatus, string, string]> = [
    ['24/7', { kind: 'always' }, 'Open 24/7', 'Abierto 24/7'],
    [
      'open until tonight',
      {
        kind: 'open',
        closesAt: { weekday: 3, minutes: 20 * 60 },
        nextChange: new Date('2026-11-27T04:00:00Z'),
      },
      'Open now · until 8:00 PM PT',
      'Abierto ahora · hasta las 8:00 p.m. PT',
    ],
    [
      'open until a later day',
      {
        kind: 'open',
        closesAt: { weekday: 5, minutes: 17 * 60 },
        nextChange: new Date('2026-11-29T01:00:00Z'),
      },
      'Open now · until Sat 5:00 PM PT',
      'Abierto ahora · hasta el sábado a las 5:00 p.m. PT',
    ],
    [
      'closed, opens later today',
      {
        kind: 'closed',
        opensAt: { weekday: 3, minutes: 13 * 60 },
        nextChange: new Date('2026-11-26T21:00:00Z'),
      },
      'Closed · opens today 1:00 PM PT',
      'Cerrado · abre hoy a la 1:00 p.m. PT',
    ],
    [
      // "la" for any time in the one o'clock hour
      'closed, opens later today at 1:50',
      {
        kind: 'closed',
        opensAt: { weekday: 3, minutes: 13 * 60 + 50 },
        nextChange: new Date('2026-11-26T21:50:00Z'),
      },
      'Closed · opens today 1:50 PM PT',
      'Cerrado · abre hoy a la 1:50 p.m. PT',
    ],
    [
      'closed, opens Monday',
      {
        kind: 'closed',
        opensAt: { weekday: 0, minutes: 8 * 60 },
        nextChange: new Date('2026-11-30T16:00:00Z'),
      },
      'Closed · opens Mon 8:00 AM PT',
      'Cerrado · abre el lunes a las 8:00 a.m. PT',
    ],
    [
      // Thursday 10:00, open until Friday 9:00: less than a day away, but not today.
      'open until tomorrow morning',
      {
        kind: 'open',
        closesAt: { weekday: 4, minutes: 9 * 60 },
        nextChange: new Date('2026-11-27T17:00:00Z'),
      },
      'Open now · until Fri 9:00 AM PT',
      'Abierto ahora · hasta el viernes a las 9:00 a.m. PT',
    ],
    [
      'open until the midnight that ends today',
      {
        kind: 'open',
        closesAt: { weekday: 3, minutes: 24 * 60 },
        nextChange: new Date('2026-11-27T08:00:00Z'),
      },
      'Open now · until midnight PT',
      'Abierto ahora · hasta la medianoche PT',
    ],
    [
      // Thursday after its only hours: next Thursday, which "opens Thu" would say as if today.
      'closed, opens on this weekday next week',
      {
        kind: 'closed',
        opensAt: { weekday: 3, minutes: 8 * 60 },
        nextChange: new Date('2026-12-03T16:00:00Z'),
      },
      'Closed · opens next Thu 8:00 AM PT',
      'Cerrado · abre el próximo jueves a las 8:00 a.m. PT',
    ],
    ['closed for good', { kind: 'closed', opensAt: null, nextChange: null }, 'Closed now', 'Cerrado ahora'],
  ];
  for (const [name, status, english, spanish] of statuses) {
    it(`words the status: ${name}`, () => {
      expect(formatStatus(status, 'en', 'America/Los_Angeles', now, en)?.text).to.equal(english);
      expect(formatStatus(status, 'es', 'America/Los_Angeles', now, es)?.text).to.equal(spanish);
      // `open` styles the line: only a closed status is not open.
      expect(formatStatus(status, 'en', 'America/Los_Angeles', now, en)?.open).to.equal(
        status.kind !== 'closed',
      );
    });
  }

  it('says "until midnight" for the midnight that ends today, a minute after the one that began it', () => {
    const justAfterMidnight = new Date('2026-11-26T08:01:00Z'); // Thursday 00:01 in Los Angeles
    const status: HoursStatus = {
      kind: 'open',
      closesAt: { weekday: 4, minutes: 0 },
      nextChange: new Date('2026-11-27T08:00:00Z'),
    };
    expect(formatStatus(status, 'en', 'America/Los_Angeles', justAfterMidnight, en)?.text).to.equal(
      'Open now · until midnight PT',
    );
  });

  // A change 24 hours or more away can still be today: on the 25-hour day the clocks go back, and
  // at the very midnight that starts a day open until the next.
  const laterToday: Array<[string, string, string]> = [
    ['Su 00:00-23:20', '2026-11-01T07:10:00Z', 'Open now · until 11:20 PM PT'],
    ['Su 23:30-24:00', '2026-11-01T07:10:00Z', 'Closed · opens today 11:30 PM PT'],
    ['Th 00:00-24:00', '2026-11-26T08:00:00Z', 'Open now · until midnight PT'],
  ];
  for (const [hours, at, english] of laterToday) {
    it(`does not name the day of a change later today, 24 hours or more away: ${hours} at ${at}`, () => {
      const now = new Date(at);
      const status = hoursStatus(parseOpeningHours(hours), now, 'America/Los_Angeles');
      expect(formatStatus(status, 'en', 'America/Los_Angeles', now, en)?.text).to.equal(english);
    });
  }

  it('keeps "12:00 AM" for a midnight on a named day, where "midnight" would leave the night unclear', () => {
    const thursdayMorning = new Date('2026-11-26T19:00:00Z'); // Thursday 11:00 in Los Angeles
    const status = hoursStatus(
      parseOpeningHours('Th 10:00-24:00; Fr 00:00-24:00'),
      thursdayMorning,
      'America/Los_Angeles',
    );
    expect(formatStatus(status, 'en', 'America/Los_Angeles', thursdayMorning, en)?.text).to.equal(
      'Open now · until Sat 12:00 AM PT',
    );
    expect(formatStatus(status, 'es', 'America/Los_Angeles', thursdayMorning, es)?.text).to.equal(
      'Abierto ahora · hasta el sábado a las 12:00 a.m. PT',
    );
  });

  it('gives no line for unknown hours', () => {
    expect(formatStatus({ kind: 'unknown' }, 'en', 'America/Los_Angeles', now, en)).to.equal(null);
  });
});
