import { expect } from '@open-wc/testing';
import { US_ZONES, usOffsetMinutes, usZoneLabel } from '../../src/core/us-zones.js';

/** One formatter per zone: building a DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset Intl gives: the reference the arithmetic must match. */
function intlOffsetMinutes(zone: string, ms: number): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(ms);
  const v = Object.fromEntries(
    parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
  return (Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000;
}

describe('us-zones', () => {
  for (const zone of US_ZONES) {
    it(`${zone}: matches Intl every 30 minutes of 2026 and 2027`, () => {
      const start = Date.UTC(2026, 0, 1);
      const end = Date.UTC(2028, 0, 1);
      const mismatches: string[] = [];
      for (let ms = start; ms < end; ms += 30 * 60_000) {
        const expected = intlOffsetMinutes(zone, ms);
        const actual = usOffsetMinutes(zone, ms);
        if (actual !== expected) mismatches.push(`${new Date(ms).toISOString()}: ${actual} ≠ ${expected}`);
      }
      expect(mismatches.slice(0, 5)).to.deep.equal([]);
    });

    it(`${zone}: its label is Intl's generic short name`, () => {
      const intl = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortGeneric' })
        .formatToParts(Date.UTC(2026, 6, 1))
        .find((p) => p.type === 'timeZoneName')?.value;
      expect(usZoneLabel(zone)).to.equal(intl);
    });
  }

  it('reads EST as US Eastern time, with daylight saving time, not as a fixed UTC−5', () => {
    expect(usZoneLabel('EST')).to.equal('ET');
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      const ms = Date.parse(iso);
      expect(usOffsetMinutes('EST', ms), iso).to.equal(intlOffsetMinutes('America/New_York', ms));
    }
  });

  const cases: Array<[string, string, number | null]> = [
    // The changes themselves, to the minute (2026: 8 March and 1 November).
    ['America/Los_Angeles', '2026-03-08T09:59:00Z', -480],
    ['America/Los_Angeles', '2026-03-08T10:00:00Z', -420],
    ['America/Los_Angeles', '2026-11-01T08:59:00Z', -420],
    ['America/Los_Angeles', '2026-11-01T09:00:00Z', -480],
    ['America/New_York', '2026-03-08T06:59:00Z', -300],
    ['America/New_York', '2026-03-08T07:00:00Z', -240],
    ['America/New_York', '2026-11-01T05:59:00Z', -240],
    ['America/New_York', '2026-11-01T06:00:00Z', -300],
    // To the millisecond, in a year whose changes are not on the 8th and the 1st (2027: 14 March, 7 November).
    ['America/Los_Angeles', '2027-03-14T09:59:59.999Z', -480],
    ['America/Los_Angeles', '2027-11-07T08:59:59.999Z', -420],
    ['America/Phoenix', '2026-07-01T00:00:00Z', -420],
    ['Pacific/Honolulu', '2026-07-01T00:00:00Z', -600],
    // Unknown zones and years before the 2007 rules are left to Intl.
    ['Europe/London', '2026-07-01T00:00:00Z', null],
    ['America/Los_Angeles', '2006-07-01T00:00:00Z', null],
    ['__proto__', '2026-07-01T00:00:00Z', null],
  ];
  for (const [zone, iso, expected] of cases) {
    it(`${zone} at ${iso} → ${expected}`, () => {
      expect(usOffsetMinutes(zone, Date.parse(iso))).to.equal(expected);
    });
  }
});
