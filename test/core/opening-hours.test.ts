import { expect } from '@open-wc/testing';
import {
  type HoursRule,
  type HoursStatus,
  hoursStatus,
  isValidTimeZone,
  MAX_SPEC_LENGTH,
  parseOpeningHours,
  schemaOrgHours,
  type WallDateTime,
  type WeekInterval,
  weeklyOpenIntervals,
  zonedDayNumber,
  zonedParts,
  zonedWallTimeToInstant,
} from '../../src/core/opening-hours.js';

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';
const ALL = [0, 1, 2, 3, 4, 5, 6] as const;

// Reference dates. January 2026 is outside DST everywhere in the US: Los Angeles is UTC-8, and
// Monday 5 January is a plain week. US clocks go forward on Sunday 8 March 2026 (02:00 → 03:00)
// and back on Sunday 1 November 2026 (02:00 → 01:00).

describe('parseOpeningHours: syntax', () => {
  const cases: { spec: string; rules: HoursRule[]; alwaysOpen?: boolean }[] = [
    { spec: '24/7', rules: [{ days: [...ALL], ranges: [{ start: 0, end: 1440 }] }], alwaysOpen: true },
    {
      spec: 'Mo-Fr 08:00-20:00; Sa 09:00-17:00',
      rules: [
        { days: [0, 1, 2, 3, 4], ranges: [{ start: 480, end: 1200 }] },
        { days: [5], ranges: [{ start: 540, end: 1020 }] },
      ],
    },
    { spec: 'Mo,We,Fr 09:00-12:00', rules: [{ days: [0, 2, 4], ranges: [{ start: 540, end: 720 }] }] },
    { spec: 'Mo-We,Sa 09:00-12:00', rules: [{ days: [0, 1, 2, 5], ranges: [{ start: 540, end: 720 }] }] },
    { spec: 'Fr-Mo 10:00-18:00', rules: [{ days: [0, 4, 5, 6], ranges: [{ start: 600, end: 1080 }] }] },
    { spec: 'Su-Sa 10:00-18:00', rules: [{ days: [...ALL], ranges: [{ start: 600, end: 1080 }] }] },
    {
      spec: 'Mo-Fr 08:00-12:00,13:00-17:00',
      rules: [
        {
          days: [0, 1, 2, 3, 4],
          ranges: [
            { start: 480, end: 720 },
            { start: 780, end: 1020 },
          ],
        },
      ],
    },
    { spec: 'Fr 20:00-02:00', rules: [{ days: [4], ranges: [{ start: 1200, end: 1560 }] }] },
    // Overnight ranges that are not a 12-hour slip: from 1 PM on, to midnight, or past noon read
    // as afternoon
    { spec: 'Fr 13:00-02:00', rules: [{ days: [4], ranges: [{ start: 780, end: 1560 }] }] },
    { spec: 'Fr 11:00-00:00', rules: [{ days: [4], ranges: [{ start: 660, end: 1440 }] }] },
    // An end in the hour after midnight is overnight: a 12-hour clock writes that hour as 12.
    { spec: 'Fr 08:00-00:30', rules: [{ days: [4], ranges: [{ start: 480, end: 1470 }] }] },
    { spec: 'Fr 11:30-13:00', rules: [{ days: [4], ranges: [{ start: 690, end: 780 }] }] },
    { spec: 'Sa 18:00-24:00', rules: [{ days: [5], ranges: [{ start: 1080, end: 1440 }] }] },
    { spec: 'Mo 00:00-00:00', rules: [{ days: [0], ranges: [{ start: 0, end: 1440 }] }] },
    {
      spec: 'Mo-Sa 08:00-20:00; Su off',
      rules: [
        { days: [0, 1, 2, 3, 4, 5], ranges: [{ start: 480, end: 1200 }] },
        { days: [6], ranges: [] },
      ],
    },
    { spec: 'Su closed', rules: [{ days: [6], ranges: [] }] },
    { spec: '08:00-20:00', rules: [{ days: [...ALL], ranges: [{ start: 480, end: 1200 }] }] },
    { spec: 'off', rules: [{ days: [...ALL], ranges: [] }] },
    {
      spec: 'Mo-Su 00:00-24:00',
      rules: [{ days: [...ALL], ranges: [{ start: 0, end: 1440 }] }],
      alwaysOpen: true,
    },
    {
      spec: 'Mo-Su 00:00-12:00,12:00-24:00',
      rules: [
        {
          days: [...ALL],
          ranges: [
            { start: 0, end: 720 },
            { start: 720, end: 1440 },
          ],
        },
      ],
      alwaysOpen: true,
    },
    {
      spec: 'Mo-Su 20:00-20:00',
      rules: [{ days: [...ALL], ranges: [{ start: 1200, end: 2640 }] }],
      alwaysOpen: true,
    },
    // case, whitespace, a trailing ";", typographic dashes, single-digit hours
    { spec: 'mo-FR 08:00-20:00', rules: [{ days: [0, 1, 2, 3, 4], ranges: [{ start: 480, end: 1200 }] }] },
    {
      spec: '  Mo - Fr   08:00 - 12:00 , 13:00-17:00 ;  ',
      rules: [
        {
          days: [0, 1, 2, 3, 4],
          ranges: [
            { start: 480, end: 720 },
            { start: 780, end: 1020 },
          ],
        },
      ],
    },
    { spec: 'Mo–Fr 08:00–20:00;', rules: [{ days: [0, 1, 2, 3, 4], ranges: [{ start: 480, end: 1200 }] }] },
    { spec: 'Sa 9:00-17:30', rules: [{ days: [5], ranges: [{ start: 540, end: 1050 }] }] },
    // :59 is the last minute of an hour, in a start and in an end
    { spec: 'Mo 08:59-17:59', rules: [{ days: [0], ranges: [{ start: 539, end: 1079 }] }] },
    { spec: 'Mo\t08:00-09:00\n', rules: [{ days: [0], ranges: [{ start: 480, end: 540 }] }] },
    // a comma between rules (OpenStreetMap's additional rule): the later rule adds to its days
    {
      spec: 'Mo-Fr 9:00-17:00, Sa 10:00-14:00',
      rules: [
        { days: [0, 1, 2, 3, 4], ranges: [{ start: 540, end: 1020 }] },
        { days: [5], ranges: [{ start: 600, end: 840 }], adds: true },
      ],
    },
    {
      spec: 'Mo-Sa 08:00-20:00 , su off,Sa-Su 10:00-12:00',
      rules: [
        { days: [0, 1, 2, 3, 4, 5], ranges: [{ start: 480, end: 1200 }] },
        { days: [6], ranges: [], adds: true },
        { days: [5, 6], ranges: [{ start: 600, end: 720 }], adds: true },
      ],
    },
    {
      spec: 'Mo 08:00-09:00;; Tu 08:00-09:00',
      rules: [
        { days: [0], ranges: [{ start: 480, end: 540 }] },
        { days: [1], ranges: [{ start: 480, end: 540 }] },
      ],
    },
  ];

  for (const { spec, rules, alwaysOpen = false } of cases) {
    it(`reads ${JSON.stringify(spec)}`, () => {
      const parsed = parseOpeningHours(spec);
      expect(parsed.errors).to.deep.equal([]);
      expect(parsed.rules).to.deep.equal(rules);
      expect(parsed.alwaysOpen).to.equal(alwaysOpen);
    });
  }
});

describe('parseOpeningHours: malformed input is skipped and reported, never thrown', () => {
  const huge = `Mo-Fr 08:00-20:00; ${'Sa 09:00-17:00; '.repeat(40)}`;
  const cases: { name: string; spec: string; errors: string[]; rules?: number }[] = [
    { name: 'unknown day', spec: 'Xx 25:00-26:00', errors: ['"Xx 25:00-26:00"', 'unknown day "Xx"'] },
    { name: 'bad time', spec: 'Mo 25:00-26:00', errors: ['"25:00-26:00"', 'outside 00:00-24:00'] },
    { name: 'minutes over 59', spec: 'Mo 08:60-09:00', errors: ['"08:60-09:00"'] },
    {
      name: 'minutes over 59 in an end',
      spec: 'Mo 08:00-09:60',
      errors: ['"08:00-09:60"', 'outside 00:00-24:00'],
    },
    { name: '24:00 as a start', spec: 'Mo 24:00-02:00', errors: ['"24:00-02:00"'] },
    { name: '24:30 as an end', spec: 'Mo 20:00-24:30', errors: ['"20:00-24:30"'] },
    { name: 'hours without minutes', spec: 'Mo 9-5', errors: ['"9-5"', 'not a time range'] },
    { name: 'empty string', spec: '', errors: ['no opening hours given'] },
    { name: 'only whitespace', spec: '   \n ', errors: ['no opening hours given'] },
    { name: 'only separators', spec: ' ; ;', errors: ['no opening hours given'] },
    { name: 'too long', spec: huge, errors: [`${huge.length} characters`, `limit is ${MAX_SPEC_LENGTH}`] },
    {
      name: 'control characters',
      spec: 'Mo-Fr 08:00-20:00\u0000',
      errors: ['control characters', '"Mo-Fr 08:00-20:00?"'],
    },
    { name: 'bidi override', spec: 'Mo\u202E 08:00-20:00', errors: ['control characters'] },
    // \v is also whitespace, which would otherwise be trimmed away before the days are read
    { name: 'a control character first', spec: '\vMo-Fr 08:00-20:00', errors: ['control characters'] },
    { name: 'day without hours', spec: 'Mo-Fr', errors: ['"Mo-Fr"', 'no hours given'] },
    {
      name: 'two sets of days',
      spec: 'Mo Tu 08:00-20:00',
      errors: ['"Mo Tu 08:00-20:00"', 'unexpected "08:00-20:00"'],
    },
    { name: 'full day names', spec: 'Monday 08:00-20:00', errors: ['"Monday"'] },
    { name: 'unknown end day', spec: 'Mo-Xy 08:00-20:00', errors: ['unknown day "Xy"'] },
    { name: 'empty day in a list', spec: 'Mo,,Tu 08:00-20:00', errors: ['"" is not a day'] },
    {
      name: 'trailing words',
      spec: 'Mo 08:00-20:00 by appointment',
      errors: ['unexpected "by appointment"'],
    },
    { name: 'one bad range spoils its rule', spec: 'Mo 08:00-12:00,13:00', errors: ['"13:00"'] },
    // Office hours on a 12-hour clock: read as overnight they say "Open now" at 3 AM.
    {
      name: 'a 12-hour clock',
      spec: 'Mo-Fr 8:00-5:00',
      errors: ['"8:00-5:00"', 'looks like a 12-hour clock', '17:00'],
    },
    { name: 'a 12-hour clock, leading zeros', spec: 'Mo-Fr 08:30-05:30', errors: ['12-hour clock'] },
    { name: 'Saturday morning on a 12-hour clock', spec: 'Sa 10:00-2:00', errors: ['12-hour clock'] },
    { name: 'the last minute of the morning', spec: 'Mo 11:59-11:00', errors: ['12-hour clock'] },
    { name: 'seven to six', spec: 'Mo-Fr 07:00-06:00', errors: ['12-hour clock'] },
    // Eight to eight, and afternoons from noon: read as written, open round the clock or overnight.
    {
      name: 'eight to eight',
      spec: 'Mo-Fr 8:00-8:00',
      errors: ['"8:00-8:00"', '12-hour clock', '00:00-24:00'],
    },
    { name: 'noon to five', spec: 'Sa-Su 12:00-5:00', errors: ['12-hour clock'] },
    { name: 'noon to two', spec: 'Fr 12:00-02:00', errors: ['12-hour clock'] },
    { name: 'noon to noon', spec: 'Mo 12:00-12:00', errors: ['12-hour clock'] },
    { name: 'markup', spec: '<img src=x onerror=alert(1)>', errors: ['skipped'] },
    {
      name: 'a bad rule after a comma',
      spec: 'Mo-Fr 08:00-20:00, PH off',
      errors: ['skipped "PH off"', 'unknown day "PH"'],
      rules: 1,
    },
    {
      name: 'a bad rule next to good ones',
      spec: 'Mo-Fr 08:00-20:00; Xx 10:00-12:00; Sa 09:00-12:00',
      errors: ['"Xx 10:00-12:00"'],
      rules: 2,
    },
  ];

  for (const { name, spec, errors, rules = 0 } of cases) {
    it(name, () => {
      const parsed = parseOpeningHours(spec);
      expect(parsed.errors).to.have.length(1);
      for (const fragment of errors) expect(parsed.errors[0]).to.contain(fragment);
      expect(parsed.rules).to.have.length(rules);
      expect(parsed.alwaysOpen).to.equal(false);
    });
  }

  it(`reads hours of exactly ${MAX_SPEC_LENGTH} characters, and refuses one more`, () => {
    const longest = 'Mo-Fr 08:00-20:00'.padEnd(MAX_SPEC_LENGTH, ' ');
    expect(parseOpeningHours(longest).errors).to.deep.equal([]);
    expect(parseOpeningHours(`${longest};`).errors[0]).to.contain(`${MAX_SPEC_LENGTH + 1} characters`);
  });

  it('keeps error messages short even for long bad parts', () => {
    const parsed = parseOpeningHours(`Mo ${'1'.repeat(400)}`);
    expect(parsed.errors).to.have.length(1);
    expect(parsed.errors[0]!.length).to.be.below(150);
  });

  const notStrings: unknown[] = [undefined, null, 42, {}];
  for (const value of notStrings) {
    it(`does not throw for ${String(value)}`, () => {
      const parsed = parseOpeningHours(value as string);
      expect(parsed.rules).to.deep.equal([]);
      expect(parsed.errors).to.deep.equal(['no opening hours given']);
    });
  }
});

describe('weeklyOpenIntervals', () => {
  const MO = 0;
  const TU = 1440;
  const FR = 4 * 1440;
  const SA = 5 * 1440;
  const SU = 6 * 1440;
  const WEEK = 7 * 1440;
  const cases: { spec: string; intervals: WeekInterval[] }[] = [
    { spec: 'Mo 08:00-20:00', intervals: [{ start: MO + 480, end: MO + 1200 }] },
    // adjacent days merge into one span
    { spec: 'Mo 20:00-24:00; Tu 00:00-08:00', intervals: [{ start: MO + 1200, end: TU + 480 }] },
    // overlapping ranges merge
    { spec: 'Mo 08:00-12:00,11:00-14:00', intervals: [{ start: MO + 480, end: MO + 840 }] },
    // overnight belongs to its start day
    { spec: 'Fr 20:00-02:00', intervals: [{ start: FR + 1200, end: SA + 120 }] },
    // Sunday night runs into Monday morning at the start of the week
    {
      spec: 'Su 22:00-06:00',
      intervals: [
        { start: MO, end: MO + 360 },
        { start: SU + 1320, end: WEEK },
      ],
    },
    // a later rule replaces the days it names (OpenStreetMap semantics)
    {
      spec: 'Mo-Fr 08:00-20:00; Fr 08:00-17:00',
      intervals: [0, 1, 2, 3, 4].map((day) => ({
        start: day * 1440 + 480,
        end: day * 1440 + (day === 4 ? 1020 : 1200),
      })),
    },
    {
      spec: '08:00-20:00; Sa,Su off',
      intervals: [0, 1, 2, 3, 4].map((day) => ({ start: day * 1440 + 480, end: day * 1440 + 1200 })),
    },
    // ...but Saturday's overnight hours stay when Sunday is turned off
    {
      spec: 'Sa 20:00-02:00; Su off',
      intervals: [{ start: SA + 1200, end: SU + 120 }],
    },
    { spec: 'Mo-Su off', intervals: [] },
    // a rule after a comma adds to the days it names, or closes them when off
    {
      spec: 'Mo-Fr 08:00-12:00, Fr 14:00-18:00',
      intervals: [
        ...[0, 1, 2, 3, 4].map((day) => ({ start: day * 1440 + 480, end: day * 1440 + 720 })),
        { start: FR + 840, end: FR + 1080 },
      ],
    },
    {
      spec: 'Mo-Fr 08:00-12:00, Mo-Tu off',
      intervals: [2, 3, 4].map((day) => ({ start: day * 1440 + 480, end: day * 1440 + 720 })),
    },
  ];

  for (const { spec, intervals } of cases) {
    it(JSON.stringify(spec), () => {
      expect(weeklyOpenIntervals(parseOpeningHours(spec).rules)).to.deep.equal(intervals);
    });
  }
});

describe('schemaOrgHours: one schema.org value per set of days with the same hours', () => {
  const cases: [string, string[]][] = [
    ['24/7', ['Mo-Su']],
    ['Mo-Su 00:00-24:00', ['Mo-Su']],
    ['Mo-Fr 08:00-20:00; Sa 09:00-17:00', ['Mo-Fr 08:00-20:00', 'Sa 09:00-17:00']],
    // a later rule's replacement and an off day come out as the week they give
    ['Mo-Fr 08:00-20:00; Fr 08:00-17:00; We off', ['Mo-Tu,Th 08:00-20:00', 'Fr 08:00-17:00']],
    ['Mo-Fr 09:00-12:00, Fr 14:00-18:00', ['Mo-Th 09:00-12:00', 'Fr 09:00-12:00,14:00-18:00']],
    ['Sa,Mo 9:00-17:00', ['Mo,Sa 09:00-17:00']],
    ['Mo,We-Th 09:00-12:00', ['Mo,We-Th 09:00-12:00']],
    ['Sa 9:00-17:45', ['Sa 09:00-17:45']],
    ['Fr 20:00-02:00; Sa 00:00-24:00', ['Fr 20:00-02:00', 'Sa 00:00-24:00']],
    ['Mo-Su off', []],
    ['Xx 10:00-12:00', []],
  ];
  for (const [spec, values] of cases) {
    it(`${JSON.stringify(spec)} → ${JSON.stringify(values)}`, () => {
      expect(schemaOrgHours(parseOpeningHours(spec))).to.deep.equal(values);
    });
  }
});

describe('isValidTimeZone', () => {
  const cases: [string, boolean][] = [
    [LA, true],
    [NY, true],
    ['Europe/London', true],
    ['Australia/Sydney', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['America/Seattle', false],
    ['', false],
    ['PST8PDT; drop table', false],
    ['A'.repeat(200), false],
  ];
  for (const [zone, valid] of cases) {
    it(`${JSON.stringify(zone.slice(0, 30))} → ${valid}`, () => {
      expect(isValidTimeZone(zone)).to.equal(valid);
    });
  }
  it('is false for a value that is not a string', () => {
    expect(isValidTimeZone(undefined as unknown as string)).to.equal(false);
  });
});

describe('zonedParts', () => {
  // biome-ignore format: one case per line keeps the table readable
  const cases: { at: string; zone: string; weekday: number; minutes: number; date: [number, number, number] }[] = [
    { at: '2026-01-05T00:00:00Z', zone: 'UTC', weekday: 0, minutes: 0, date: [2026, 1, 5] },
    { at: '2026-01-05T07:59:59Z', zone: LA, weekday: 6, minutes: 23 * 60 + 59, date: [2026, 1, 4] },
    { at: '2026-01-05T08:00:00Z', zone: LA, weekday: 0, minutes: 0, date: [2026, 1, 5] },
    // spring forward: 01:59 PST, then 03:00 PDT
    { at: '2026-03-08T09:59:00Z', zone: LA, weekday: 6, minutes: 119, date: [2026, 3, 8] },
    { at: '2026-03-08T10:00:00Z', zone: LA, weekday: 6, minutes: 180, date: [2026, 3, 8] },
    // fall back: 01:30 PDT, then 01:30 PST an hour later
    { at: '2026-11-01T08:30:00Z', zone: LA, weekday: 6, minutes: 90, date: [2026, 11, 1] },
    { at: '2026-11-01T09:30:00Z', zone: LA, weekday: 6, minutes: 90, date: [2026, 11, 1] },
    { at: '2026-11-01T05:59:00Z', zone: NY, weekday: 6, minutes: 119, date: [2026, 11, 1] },
    { at: '2026-11-01T06:00:00Z', zone: NY, weekday: 6, minutes: 60, date: [2026, 11, 1] },
    // half-hour and +14 offsets
    { at: '2026-01-04T18:30:00Z', zone: 'Asia/Kolkata', weekday: 0, minutes: 0, date: [2026, 1, 5] },
    { at: '2026-01-04T10:00:00Z', zone: 'Pacific/Kiritimati', weekday: 0, minutes: 0, date: [2026, 1, 5] },
    // midnight is 0 (h23), never 24
    { at: '2026-01-06T00:00:00Z', zone: 'Europe/London', weekday: 1, minutes: 0, date: [2026, 1, 6] },
  ];
  for (const { at, zone, weekday, minutes, date } of cases) {
    it(`${at} in ${zone}`, () => {
      const parts = zonedParts(new Date(at), zone);
      expect({ weekday: parts.weekday, minutes: parts.minutes }).to.deep.equal({ weekday, minutes });
      expect([parts.year, parts.month, parts.day]).to.deep.equal(date);
    });
  }
  it('throws a RangeError for an unknown zone (callers check isValidTimeZone)', () => {
    expect(() => zonedParts(new Date(), 'Mars/Olympus')).to.throw(RangeError);
  });
});

describe('zonedDayNumber', () => {
  // [instant, zone, the wall-clock date there]
  const cases: [string, string, [number, number, number]][] = [
    ['2026-01-05T07:59:59Z', LA, [2026, 1, 4]],
    ['2026-01-05T08:00:00Z', LA, [2026, 1, 5]],
    ['2026-01-06T07:59:59Z', LA, [2026, 1, 5]],
    ['2026-01-04T18:30:00Z', 'Asia/Kolkata', [2026, 1, 5]],
  ];
  for (const [at, zone, [year, month, day]] of cases) {
    it(`${at} in ${zone} is ${year}-${month}-${day}`, () => {
      expect(zonedDayNumber(new Date(at), zone)).to.equal(Date.UTC(year, month - 1, day) / 86_400_000);
    });
  }
});

describe('zonedWallTimeToInstant', () => {
  const wall = (year: number, month: number, day: number, hhmm: string): WallDateTime => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return { year, month, day, minutes: h * 60 + m };
  };
  // biome-ignore format: one case per line keeps the table readable
  const cases: { name: string; wall: WallDateTime; zone: string; instant: string }[] = [
    { name: 'plain winter time', wall: wall(2026, 1, 5, '08:00'), zone: LA, instant: '2026-01-05T16:00:00Z' },
    { name: 'plain summer time', wall: wall(2026, 7, 6, '08:00'), zone: LA, instant: '2026-07-06T15:00:00Z' },
    { name: 'minutes past a day roll over', wall: wall(2026, 1, 31, '24:30'), zone: 'UTC', instant: '2026-02-01T00:30:00Z' },
    { name: 'LA just before the gap', wall: wall(2026, 3, 8, '01:59'), zone: LA, instant: '2026-03-08T09:59:00Z' },
    { name: 'LA 02:00 does not exist', wall: wall(2026, 3, 8, '02:00'), zone: LA, instant: '2026-03-08T10:00:00Z' },
    { name: 'LA 02:30 does not exist', wall: wall(2026, 3, 8, '02:30'), zone: LA, instant: '2026-03-08T10:00:00Z' },
    { name: 'LA 03:00 after the gap', wall: wall(2026, 3, 8, '03:00'), zone: LA, instant: '2026-03-08T10:00:00Z' },
    { name: 'LA 03:01 after the gap', wall: wall(2026, 3, 8, '03:01'), zone: LA, instant: '2026-03-08T10:01:00Z' },
    { name: 'LA 01:30 twice: the first', wall: wall(2026, 11, 1, '01:30'), zone: LA, instant: '2026-11-01T08:30:00Z' },
    { name: 'LA 00:59 before the repeat', wall: wall(2026, 11, 1, '00:59'), zone: LA, instant: '2026-11-01T07:59:00Z' },
    { name: 'LA 02:00 after the repeat', wall: wall(2026, 11, 1, '02:00'), zone: LA, instant: '2026-11-01T10:00:00Z' },
    { name: 'NY 02:15 does not exist', wall: wall(2026, 3, 8, '02:15'), zone: NY, instant: '2026-03-08T07:00:00Z' },
    { name: 'NY 01:00 twice: the first', wall: wall(2026, 11, 1, '01:00'), zone: NY, instant: '2026-11-01T05:00:00Z' },
    { name: 'London 01:30 does not exist', wall: wall(2026, 3, 29, '01:30'), zone: 'Europe/London', instant: '2026-03-29T01:00:00Z' },
    { name: 'London 01:30 twice: the first', wall: wall(2026, 10, 25, '01:30'), zone: 'Europe/London', instant: '2026-10-25T00:30:00Z' },
    { name: 'Sydney 02:30 does not exist', wall: wall(2026, 10, 4, '02:30'), zone: 'Australia/Sydney', instant: '2026-10-03T16:00:00Z' },
    { name: 'Sydney 02:30 twice: the first', wall: wall(2026, 4, 5, '02:30'), zone: 'Australia/Sydney', instant: '2026-04-04T15:30:00Z' },
  ];
  for (const { name, wall: w, zone, instant } of cases) {
    it(name, () => {
      expect(zonedWallTimeToInstant(w, zone).toISOString()).to.equal(new Date(instant).toISOString());
    });
  }
});

describe('hoursStatus', () => {
  type Case = { name: string; spec: string; at: string; zone?: string; status: HoursStatus };
  const open = (weekday: number, minutes: number, next: string): HoursStatus =>
    ({ kind: 'open', closesAt: { weekday, minutes }, nextChange: new Date(next) }) as HoursStatus;
  const closed = (weekday: number, minutes: number, next: string): HoursStatus =>
    ({ kind: 'closed', opensAt: { weekday, minutes }, nextChange: new Date(next) }) as HoursStatus;
  const WEEKDAY_HOURS = 'Mo-Fr 08:00-20:00';

  // biome-ignore format: one case per line keeps the table readable
  const plainWeek: Case[] = [
    // Los Angeles, January: UTC-8. Monday 5 Jan 08:00 PST is 16:00Z.
    { name: 'exactly at the opening minute is open', spec: WEEKDAY_HOURS, at: '2026-01-05T16:00:00Z', status: open(0, 1200, '2026-01-06T04:00:00Z') },
    { name: 'a second before opening is closed', spec: WEEKDAY_HOURS, at: '2026-01-05T15:59:59Z', status: closed(0, 480, '2026-01-05T16:00:00Z') },
    { name: 'a second before closing is open', spec: WEEKDAY_HOURS, at: '2026-01-06T03:59:59Z', status: open(0, 1200, '2026-01-06T04:00:00Z') },
    { name: 'exactly at the closing minute is closed', spec: WEEKDAY_HOURS, at: '2026-01-06T04:00:00Z', status: closed(1, 480, '2026-01-06T16:00:00Z') },
    { name: 'Friday evening waits for Monday', spec: WEEKDAY_HOURS, at: '2026-01-10T04:00:00Z', status: closed(0, 480, '2026-01-12T16:00:00Z') },
    { name: 'Saturday hours', spec: 'Mo-Fr 08:00-20:00; Sa 09:00-17:00', at: '2026-01-10T04:00:00Z', status: closed(5, 540, '2026-01-10T17:00:00Z') },
    { name: 'lunch break', spec: 'Mo-Fr 08:00-12:00,13:00-17:00', at: '2026-01-05T20:30:00Z', status: closed(0, 780, '2026-01-05T21:00:00Z') },
    { name: 'day list', spec: 'Mo,We,Fr 09:00-12:00', at: '2026-01-06T18:00:00Z', status: closed(2, 540, '2026-01-07T17:00:00Z') },
    { name: 'overnight, after midnight', spec: 'Fr 20:00-02:00', at: '2026-01-10T09:00:00Z', status: open(5, 120, '2026-01-10T10:00:00Z') },
    { name: 'overnight, at its end', spec: 'Fr 20:00-02:00', at: '2026-01-10T10:00:00Z', status: closed(4, 1200, '2026-01-17T04:00:00Z') },
    { name: 'overnight Sunday into Monday, Sunday side', spec: 'Su 22:00-06:00', at: '2026-01-05T07:00:00Z', status: open(0, 360, '2026-01-05T14:00:00Z') },
    { name: 'overnight Sunday into Monday, Monday side', spec: 'Su 22:00-06:00', at: '2026-01-05T13:00:00Z', status: open(0, 360, '2026-01-05T14:00:00Z') },
    { name: 'Sunday evening and Monday morning merge', spec: 'Su 20:00-24:00; Mo 00:00-04:00', at: '2026-01-05T05:00:00Z', status: open(0, 240, '2026-01-05T12:00:00Z') },
    { name: 'Monday evening and Tuesday morning merge', spec: 'Mo 20:00-24:00; Tu 00:00-08:00', at: '2026-01-06T05:00:00Z', status: open(1, 480, '2026-01-06T16:00:00Z') },
    { name: 'closing at 24:00', spec: 'Mo 08:00-24:00', at: '2026-01-06T07:59:00Z', status: open(1, 0, '2026-01-06T08:00:00Z') },
    { name: 'week wrap, open on Sunday', spec: 'Fr-Mo 10:00-18:00', at: '2026-01-04T20:00:00Z', status: open(6, 1080, '2026-01-05T02:00:00Z') },
    { name: 'week wrap, closed midweek', spec: 'Fr-Mo 10:00-18:00', at: '2026-01-06T20:00:00Z', status: closed(4, 600, '2026-01-09T18:00:00Z') },
    { name: 'Su off', spec: '08:00-20:00; Su off', at: '2026-01-04T20:00:00Z', status: closed(0, 480, '2026-01-05T16:00:00Z') },
    { name: 'Su off leaves Saturday', spec: '08:00-20:00; Su off', at: '2026-01-03T20:00:00Z', status: open(5, 1200, '2026-01-04T04:00:00Z') },
    { name: 'a later rule shortens Friday', spec: 'Mo-Fr 08:00-20:00; Fr 08:00-17:00', at: '2026-01-10T02:00:00Z', status: closed(0, 480, '2026-01-12T16:00:00Z') },
    { name: 'the next opening is a week away', spec: 'Mo 08:00-09:00', at: '2026-01-05T17:00:00Z', status: closed(0, 480, '2026-01-12T16:00:00Z') },
    { name: 'open for days', spec: 'Mo-We 00:00-24:00', at: '2026-01-05T20:00:00Z', status: open(3, 0, '2026-01-08T08:00:00Z') },
    { name: 'always closed', spec: 'Mo-Su off', at: '2026-01-05T20:00:00Z', status: { kind: 'closed', opensAt: null, nextChange: null } },
    { name: '24/7', spec: '24/7', at: '2026-01-05T20:00:00Z', status: { kind: 'always' } },
    { name: 'Mo-Su 00:00-24:00', spec: 'Mo-Su 00:00-24:00', at: '2026-01-05T20:00:00Z', status: { kind: 'always' } },
    { name: '24/7 except Sunday', spec: '24/7; Su off', at: '2026-01-05T20:00:00Z', status: open(6, 0, '2026-01-11T08:00:00Z') },
    { name: 'nothing readable', spec: 'Xx 25:00-26:00', at: '2026-01-05T20:00:00Z', status: { kind: 'unknown' } },
    // outside the US zones' arithmetic, the offset is Intl's, to the second: not a second off for a fraction
    { name: 'London: half a second after opening is open', spec: 'Mo-Fr 09:00-17:00', at: '2026-01-05T09:00:00.500Z', zone: 'Europe/London', status: open(0, 1020, '2026-01-05T17:00:00Z') },
    { name: '24/7 needs no time zone', spec: '24/7', at: '2026-01-05T20:00:00Z', zone: '', status: { kind: 'always' } },
    { name: 'an invalid zone', spec: WEEKDAY_HOURS, at: '2026-01-05T20:00:00Z', zone: 'Mars/Olympus', status: { kind: 'unknown' } },
    { name: 'an empty zone', spec: WEEKDAY_HOURS, at: '2026-01-05T20:00:00Z', zone: '', status: { kind: 'unknown' } },
    { name: 'an invalid date', spec: WEEKDAY_HOURS, at: 'not a date', status: { kind: 'unknown' } },
    { name: '24/7 needs no valid zone or date', spec: '24/7', at: 'not a date', zone: 'Mars/Olympus', status: { kind: 'always' } },
    { name: 'every minute open needs no valid date', spec: 'Mo-Su 00:00-24:00', at: 'not a date', status: { kind: 'always' } },
    { name: 'always closed needs no valid date', spec: 'Mo-Su off', at: 'not a date', status: { kind: 'closed', opensAt: null, nextChange: null } },
    { name: 'always closed, in an invalid zone', spec: 'Mo-Su off', at: '2026-01-05T20:00:00Z', zone: 'Mars/Olympus', status: { kind: 'unknown' } },
  ];

  // biome-ignore format: one case per line keeps the table readable
  const dst: Case[] = [
    // Los Angeles, spring forward on Sunday 8 March 2026: 02:00 PST (10:00Z) becomes 03:00 PDT.
    { name: 'LA: open overnight across the spring-forward gap', spec: 'Sa 22:00-10:00', at: '2026-03-08T07:00:00Z', status: open(6, 600, '2026-03-08T17:00:00Z') },
    { name: 'LA: Saturday, next opening is after the change', spec: 'Su 09:00-17:00', at: '2026-03-07T20:00:00Z', status: closed(6, 540, '2026-03-08T16:00:00Z') },
    { name: 'LA: opening inside the gap happens when the clocks jump, named as the clock shows it then', spec: 'Su 02:30-05:00', at: '2026-03-08T09:30:00Z', status: closed(6, 180, '2026-03-08T10:00:00Z') },
    { name: 'LA: closing inside the gap happens when the clocks jump, at 3:00 AM on the clock', spec: 'Sa 20:00-02:30', at: '2026-03-08T07:00:00Z', status: open(6, 180, '2026-03-08T10:00:00Z') },
    { name: 'LA: asked half a second before the clocks jump, opens the moment they do', spec: 'Su 02:30-05:00', at: '2026-03-08T09:59:59.500Z', status: closed(6, 180, '2026-03-08T10:00:00Z') },
    { name: 'LA: open at 03:00 PDT', spec: 'Su 02:30-05:00', at: '2026-03-08T10:00:00Z', status: open(6, 300, '2026-03-08T12:00:00Z') },
    { name: 'LA: hours that fall wholly inside the gap never open', spec: 'Su 02:00-02:45; Mo 08:00-09:00', at: '2026-03-08T09:30:00Z', status: closed(0, 480, '2026-03-09T15:00:00Z') },
    { name: 'LA: Friday evening to Monday in summer time', spec: WEEKDAY_HOURS, at: '2026-03-07T04:00:00Z', status: closed(0, 480, '2026-03-09T15:00:00Z') },
    // Los Angeles, fall back on Sunday 1 November 2026: 02:00 PDT (09:00Z) becomes 01:00 PST.
    { name: 'LA: closing at 01:30 closes at the first 01:30', spec: 'Su 00:00-01:30', at: '2026-11-01T07:30:00Z', status: open(6, 90, '2026-11-01T08:30:00Z') },
    { name: 'LA: closed after the first 01:30, through the repeated hour, until next week', spec: 'Su 00:00-01:30', at: '2026-11-01T08:30:00Z', status: closed(6, 0, '2026-11-08T08:00:00Z') },
    { name: 'LA: the repeated hour does not reopen it', spec: 'Su 00:00-01:30', at: '2026-11-01T09:15:00Z', status: closed(6, 0, '2026-11-08T08:00:00Z') },
    { name: 'LA: open from the first 01:45 through the repeated hour, until 03:00 PST', spec: 'Su 01:45-03:00', at: '2026-11-01T08:50:00Z', status: open(6, 180, '2026-11-01T11:00:00Z') },
    { name: 'LA: still open in the repeated hour, before its second 01:45', spec: 'Su 01:45-03:00', at: '2026-11-01T09:30:00Z', status: open(6, 180, '2026-11-01T11:00:00Z') },
    { name: 'LA: open until the first 01:30, overnight from Saturday, then closed through the repeat', spec: 'Sa 18:00-01:30', at: '2026-11-01T09:10:00Z', status: closed(5, 1080, '2026-11-08T02:00:00Z') },
    { name: 'LA: four short openings in the repeated hour, all passed the first time', spec: 'Su 01:00-01:05,01:10-01:15,01:20-01:25,01:30-01:35', at: '2026-11-01T08:37:42Z', status: closed(6, 60, '2026-11-08T09:00:00Z') },
    { name: 'LA: open overnight across the fall-back hour', spec: 'Sa 22:00-10:00', at: '2026-11-01T06:00:00Z', status: open(6, 600, '2026-11-01T18:00:00Z') },
    // New York: spring forward at 07:00Z on 8 March, fall back at 06:00Z on 1 November.
    { name: 'NY: Friday evening to Monday in summer time', spec: WEEKDAY_HOURS, at: '2026-03-07T02:00:00Z', zone: NY, status: closed(0, 480, '2026-03-09T12:00:00Z') },
    { name: 'NY: opening at 02:00 that does not exist: at 3:00 AM on the clock', spec: 'Su 02:00-04:00', at: '2026-03-08T06:59:00Z', zone: NY, status: closed(6, 180, '2026-03-08T07:00:00Z') },
    { name: 'NY: open from 03:00 EDT', spec: 'Su 02:00-04:00', at: '2026-03-08T07:00:00Z', zone: NY, status: open(6, 240, '2026-03-08T08:00:00Z') },
    { name: 'NY: overnight across the 25-hour night', spec: 'Sa 18:00-06:00', at: '2026-11-01T03:00:00Z', zone: NY, status: open(6, 360, '2026-11-01T11:00:00Z') },
    { name: 'NY: Friday closing to Monday in winter time', spec: WEEKDAY_HOURS, at: '2026-10-31T00:00:00Z', zone: NY, status: closed(0, 480, '2026-11-02T13:00:00Z') },
    // Outside the US: London goes forward on 29 March, Sydney back on 5 April.
    { name: 'London: Friday to Monday across BST', spec: 'Mo-Fr 09:00-17:00', at: '2026-03-27T18:00:00Z', zone: 'Europe/London', status: closed(0, 540, '2026-03-30T08:00:00Z') },
    { name: 'Sydney: Friday to Monday as daylight time ends', spec: 'Mo-Fr 09:00-17:00', at: '2026-04-03T07:00:00Z', zone: 'Australia/Sydney', status: closed(0, 540, '2026-04-05T23:00:00Z') },
  ];

  for (const { name, spec, at, zone = LA, status } of [...plainWeek, ...dst]) {
    it(name, () => {
      expect(hoursStatus(parseOpeningHours(spec), new Date(at), zone)).to.deep.equal(status);
    });
  }
});

/**
 * The promise behind `nextChange`: a widget sets one timer until it and is never wrong in
 * between. Walks through DST weeks hour by hour and checks the claimed change against the
 * facility's wall clock, sampled every few minutes up to it.
 */
describe('hoursStatus: nextChange is the first real change', () => {
  const SPECS = [
    'Mo-Fr 08:00-20:00; Sa 09:00-17:00',
    'Sa 22:00-01:45; Su 02:15-03:00,05:00-06:00',
    'Mo-Su 00:30-01:30,02:30-03:15',
    'Fr 20:00-02:00; Su 22:00-06:00',
  ];
  const WINDOWS: [string, string][] = [
    [LA, '2026-03-05T00:00:00Z'],
    [LA, '2026-10-29T00:00:00Z'],
    [NY, '2026-03-05T00:00:00Z'],
    [NY, '2026-10-29T00:00:00Z'],
    ['Europe/London', '2026-03-26T00:00:00Z'],
    ['Australia/Sydney', '2026-04-02T00:00:00Z'],
    ['Australia/Sydney', '2026-10-01T00:00:00Z'],
  ];
  const STEP_MS = 61 * 60_000;
  const SAMPLE_MS = 7 * 60_000;
  const HORIZON_MS = 30 * 3_600_000;

  /** Minutes since 1970 on the facility's wall clock, from zonedParts alone. */
  function wallClock(ms: number, zone: string): number {
    const { year, month, day, minutes } = zonedParts(new Date(ms), zone);
    return Date.UTC(year, month - 1, day) / 60_000 + minutes;
  }

  /**
   * Open at `ms` on the wall clock; in the hour the clocks go back, its second pass (a wall time
   * the clock has already shown in the last two hours) has the status of the last minute before
   * the clocks went back.
   */
  function openOnWallClock(intervals: WeekInterval[], ms: number, zone: string): boolean {
    const wall = wallClock(ms, zone);
    let at = ms;
    // Only where the clocks went back in the last two hours: the wall clock then ran slower.
    const HOURS_2 = 2 * 3_600_000;
    if (wall - wallClock(ms - HOURS_2, zone) < HOURS_2 / 60_000) {
      for (let back = 60_000; back <= HOURS_2; back += 60_000) {
        if (wallClock(ms - back, zone) >= wall) at = ms - back;
      }
    }
    if (at !== ms) {
      // The latest minute before the clocks went back: the wall clock's highest in that span.
      while (wallClock(at + 60_000, zone) > wallClock(at, zone)) at += 60_000;
    }
    const { weekday, minutes } = zonedParts(new Date(at), zone);
    const minute = weekday * 1440 + minutes;
    return intervals.some((span) => span.start <= minute && minute < span.end);
  }

  for (const spec of SPECS) {
    for (const [zone, start] of WINDOWS) {
      it(`${spec} in ${zone} from ${start.slice(0, 10)}`, () => {
        const parsed = parseOpeningHours(spec);
        const intervals = weeklyOpenIntervals(parsed.rules);
        let checked = 0;
        for (let now = Date.parse(start); now < Date.parse(start) + 8 * 86_400_000; now += STEP_MS) {
          const status = hoursStatus(parsed, new Date(now), zone);
          if (status.kind !== 'open' && status.kind !== 'closed')
            throw new Error(`unexpected ${status.kind}`);
          const isOpen = status.kind === 'open';
          expect(openOnWallClock(intervals, now, zone), new Date(now).toISOString()).to.equal(isOpen);
          const next = status.nextChange!.getTime();
          const where = `${new Date(now).toISOString()} → ${new Date(next).toISOString()}`;
          expect(next, where).to.be.above(now);
          expect(openOnWallClock(intervals, next, zone), `${where}: no change at nextChange`).to.equal(
            !isOpen,
          );
          expect(openOnWallClock(intervals, next - 1000, zone), `${where}: changed before`).to.equal(isOpen);
          for (let t = now + SAMPLE_MS; t < Math.min(next, now + HORIZON_MS); t += SAMPLE_MS) {
            expect(
              openOnWallClock(intervals, t, zone),
              `${where}: changed at ${new Date(t).toISOString()}`,
            ).to.equal(isOpen);
          }
          checked++;
        }
        expect(checked).to.be.above(180);
      });
    }
  }
});
