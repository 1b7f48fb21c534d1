import { expect } from '@open-wc/testing';
import { siteAfterHours } from '../../src/core/after-hours.js';
import type { SiteDefaults } from '../../src/core/defaults.js';
import { resetWarnings } from '../../src/core/warn.js';
import { withSiteDefaults } from '../fixtures/site-defaults.js';

// Thursday 26 November 2026, 11:30 PM and Friday 27 November, 10:00 AM in Los Angeles.
const THURSDAY_NIGHT = new Date('2026-11-27T07:30:00Z');
const FRIDAY_MORNING = new Date('2026-11-27T18:00:00Z');
const WEEKDAYS = 'Mo-Fr 08:00-20:00';
const ZONE = 'America/Los_Angeles';

describe('siteAfterHours', () => {
  let warnings: string[];
  const original = console.warn;

  beforeEach(() => {
    warnings = [];
    resetWarnings();
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('is the 24/7 line while the site hours say admissions is closed, and null while open', async () => {
    await withSiteDefaults({ hours: WEEKDAYS, timezone: ZONE, afterHoursPhone: '206-555-0199' }, () => {
      expect(siteAfterHours(THURSDAY_NIGHT).line).to.deep.equal({
        e164: '+12065550199',
        display: '(206) 555-0199',
      });
      expect(siteAfterHours(FRIDAY_MORNING).line).to.equal(null);
      // And when that changes: Friday 8:00 AM, then Friday 8:00 PM, Los Angeles time.
      expect(siteAfterHours(THURSDAY_NIGHT).nextChange?.toISOString()).to.equal('2026-11-27T16:00:00.000Z');
      expect(siteAfterHours(FRIDAY_MORNING).nextChange?.toISOString()).to.equal('2026-11-28T04:00:00.000Z');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('is null without hours, without a line, and for hours that are always open', async () => {
    for (const defaults of [
      { timezone: ZONE, afterHoursPhone: '206-555-0199' },
      { hours: WEEKDAYS, timezone: ZONE },
      { hours: '24/7', timezone: ZONE, afterHoursPhone: '206-555-0199' },
      { hours: 'Mo-Su 00:00-24:00', timezone: ZONE, afterHoursPhone: '206-555-0199' },
      // hours that never close need no time zone: no warning about a missing one
      { hours: '24/7', afterHoursPhone: '206-555-0199' },
    ]) {
      await withSiteDefaults(defaults, () =>
        expect(siteAfterHours(THURSDAY_NIGHT).line, JSON.stringify(defaults)).to.equal(null),
      );
    }
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming the data- attribute, and keeps admissions for a setting it cannot use', async () => {
    const cases: [SiteDefaults, string][] = [
      [
        { hours: WEEKDAYS, timezone: ZONE, afterHoursPhone: 'call us' },
        'data-after-hours-phone="call us" is not a phone number',
      ],
      // The crisis line is not the center's own: "Call our 24/7 line: 988" would pass it off as one.
      [
        { hours: WEEKDAYS, timezone: ZONE, afterHoursPhone: '988' },
        'data-after-hours-phone="988": a short code such as 988 or 911 is not the center\'s own 24/7 line',
      ],
      [
        { hours: WEEKDAYS, timezone: 'Pacific', afterHoursPhone: '206-555-0199' },
        'data-timezone="Pacific" is not an IANA time zone',
      ],
      [{ hours: WEEKDAYS, afterHoursPhone: '206-555-0199' }, 'data-hours is set without data-timezone'],
      [
        { hours: 'Mon-Fri 9am-5pm', timezone: ZONE, afterHoursPhone: '206-555-0199' },
        'data-hours="Mon-Fri 9am-5pm": skipped',
      ],
    ];
    for (const [defaults, message] of cases) {
      warnings = [];
      await withSiteDefaults(defaults, () => {
        expect(siteAfterHours(THURSDAY_NIGHT).line).to.equal(null);
        siteAfterHours(THURSDAY_NIGHT).line;
      });
      expect(warnings, message).to.have.length(1);
      expect(warnings[0]).to.contain(`intake-widgets: ${message}`);
    }
  });

  it('uses no hours with a mistake in one part, since the rest would be a wrong week', async () => {
    // Read in part, "Sa 09:00-17:00" alone would say closed on a Wednesday at noon.
    const WEDNESDAY_NOON = new Date('2026-03-11T19:00:00Z');
    await withSiteDefaults(
      { hours: 'Mo-Fr 8:00 AM-8:00 PM; Sa 09:00-17:00', timezone: ZONE, afterHoursPhone: '206-555-0199' },
      () => {
        expect(siteAfterHours(WEDNESDAY_NOON)).to.deep.equal({ line: null, nextChange: null });
        expect(siteAfterHours(THURSDAY_NIGHT).line).to.equal(null);
      },
    );
    expect(warnings).to.deep.equal([
      'intake-widgets: data-hours="Mo-Fr 8:00 AM-8:00 PM; Sa 09:00-17:00": skipped "Mo-Fr 8:00 AM-8:00 PM": unexpected "AM-8:00 PM"; the hours are not used',
    ]);
  });
});
