import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS, localMs } from '../local-time.js';
import { ianaZone } from './iana-zone.js';
import {
  parseOffset,
  vtimezoneZone,
  type VTimezoneDefinition,
  type VTimezoneObservance,
} from './vtimezone-zone.js';
import type { Zone } from './zone.js';

const utc = (iso: string): number => Date.parse(iso);

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  dtstart: string,
  offsetFrom: string,
  offsetTo: string,
  more: Partial<VTimezoneObservance> = {},
): VTimezoneObservance {
  return { kind, dtstart, offsetFrom, offsetTo, rdates: [], exdates: [], ...more };
}

function build(tzid: string, observances: VTimezoneObservance[]): Zone {
  const result = vtimezoneZone({ tzid, observances });
  expect(result.warnings).toEqual([]);
  return result.zone;
}

/** Every 6 h 7 min in [from, to): offsets and wall-clock readings agree with the IANA zone. */
function expectAgreement(zone: Zone, iana: string, fromYear: number, toYear: number): void {
  const reference = ianaZone(iana);
  if (reference === undefined) throw new Error(iana);
  const step = 6 * HOUR_MS + 7 * MINUTE_MS;
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear, 0, 1); t += step) {
    if (zone.offsetAt(t) !== reference.offsetAt(t)) {
      expect.fail(`offsetAt ${new Date(t).toISOString()}`);
    }
    // The same instant read as wall-clock time: exercises gaps and overlaps too.
    if (zone.toUtc(t) !== reference.toUtc(t) || zone.isGap(t) !== reference.isGap(t)) {
      expect.fail(`toUtc of local ${new Date(t).toISOString()}`);
    }
  }
}

// Google Calendar's definitions.
const NEW_YORK = [
  observance('DAYLIGHT', '19700308T020000', '-0500', '-0400', {
    rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  }),
  observance('STANDARD', '19701101T020000', '-0400', '-0500', {
    rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  }),
];
const BERLIN = [
  observance('DAYLIGHT', '19700329T020000', '+0100', '+0200', {
    rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  }),
  observance('STANDARD', '19701025T030000', '+0200', '+0100', {
    rrule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  }),
];

describe('vtimezoneZone agrees with the IANA zone it describes', () => {
  it('America/New_York, 2020–2030', () => {
    expectAgreement(build('America/New_York', NEW_YORK), 'America/New_York', 2020, 2031);
  });

  it('Europe/Berlin, 2020–2030', () => {
    expectAgreement(build('Europe/Berlin', BERLIN), 'Europe/Berlin', 2020, 2031);
  });

  it('Exchange "Pacific Standard Time" with DTSTART 16010101 (ms_timezones.ics), 2008–2040', () => {
    const zone = build('Pacific Standard Time', [
      observance('STANDARD', '16010101T020000', '-0700', '-0800', {
        rrule: 'FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
      }),
      observance('DAYLIGHT', '16010101T020000', '-0800', '-0700', {
        rrule: 'FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
      }),
    ]);
    expectAgreement(zone, 'America/Los_Angeles', 2008, 2041);
  });

  it('vzic-style history with UNTIL in UTC (old US rules end 2006), 1988–2030', () => {
    const zone = build('/citadel.org/20250101_1/America/New_York', [
      observance('DAYLIGHT', '19870405T020000', '-0500', '-0400', {
        rrule: 'FREQ=YEARLY;UNTIL=20060402T070000Z;BYMONTH=4;BYDAY=1SU',
      }),
      observance('STANDARD', '19671029T020000', '-0400', '-0500', {
        rrule: 'FREQ=YEARLY;UNTIL=20061029T060000Z;BYMONTH=10;BYDAY=-1SU',
      }),
      observance('DAYLIGHT', '20070311T020000', '-0500', '-0400', {
        rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      }),
      observance('STANDARD', '20071104T020000', '-0400', '-0500', {
        rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      }),
    ]);
    expectAgreement(zone, 'America/New_York', 1988, 2031);
  });
});

describe('vtimezoneZone wall clock → instant', () => {
  const ny = build('America/New_York', NEW_YORK);

  it('reads a gap time with the offset from before the gap', () => {
    expect(ny.toUtc(localMs(2024, 3, 10, 2, 30))).toBe(utc('2024-03-10T07:30:00Z'));
    expect(ny.isGap(localMs(2024, 3, 10, 2, 30))).toBe(true);
  });

  it('reads a repeated time as its first occurrence', () => {
    expect(ny.toUtc(localMs(2024, 11, 3, 1, 30))).toBe(utc('2024-11-03T05:30:00Z'));
    expect(ny.isGap(localMs(2024, 11, 3, 1, 30))).toBe(false);
  });

  it('uses the first observance’s TZOFFSETFROM before the first onset', () => {
    // The first onset is 1970-03-08 02:00 in -0500.
    expect(ny.offsetAt(utc('1969-07-01T00:00:00Z'))).toBe(-5 * HOUR_MS);
    expect(ny.offsetAt(utc('1970-03-08T06:59:59Z'))).toBe(-5 * HOUR_MS);
    expect(ny.offsetAt(utc('1970-03-08T07:00:00Z'))).toBe(-4 * HOUR_MS);
  });

  it('keeps the rules going past 2100 and before 1900', () => {
    expect(ny.offsetAt(utc('2150-07-01T12:00:00Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2150-12-01T12:00:00Z'))).toBe(-5 * HOUR_MS);
    expect(ny.offsetAt(utc('2650-07-01T12:00:00Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2650-12-01T12:00:00Z'))).toBe(-5 * HOUR_MS);
  });
});

describe('multi-era VTIMEZONE (multi-era-vtimezone.ics: US rules before and after 2007)', () => {
  // Old-era RRULEs have no UNTIL: the 2007 observances take over.
  const zone = build('Customized Time Zone 1', [
    observance('STANDARD', '16711029T020000', '-0400', '-0500', {
      rrule: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    }),
    observance('DAYLIGHT', '16710404T020000', '-0500', '-0400', {
      rrule: 'FREQ=YEARLY;BYDAY=1SU;BYMONTH=4',
    }),
    observance('STANDARD', '20071104T020000', '-0400', '-0500', {
      rrule: 'FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
    }),
    observance('DAYLIGHT', '20070311T020000', '-0500', '-0400', {
      rrule: 'FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
    }),
  ]);

  it('reads the fixture’s events: 2025-06-10 and 1985-10-15 14:00 are both EDT', () => {
    expect(zone.toUtc(localMs(2025, 6, 10, 14))).toBe(utc('2025-06-10T18:00:00Z'));
    // 1985: DST until the last Sunday of October, the 27th.
    expect(zone.toUtc(localMs(1985, 10, 15, 14))).toBe(utc('1985-10-15T18:00:00Z'));
    expect(zone.toUtc(localMs(1985, 10, 28, 14))).toBe(utc('1985-10-28T19:00:00Z'));
  });

  it('switches era in 2007: no old "last Sunday of October" or "1st Sunday of April" after', () => {
    // 2006: old rules, DST from April 2 to October 29.
    expect(zone.toUtc(localMs(2006, 4, 1, 12))).toBe(utc('2006-04-01T17:00:00Z'));
    expect(zone.toUtc(localMs(2006, 4, 3, 12))).toBe(utc('2006-04-03T16:00:00Z'));
    expect(zone.toUtc(localMs(2006, 10, 30, 12))).toBe(utc('2006-10-30T17:00:00Z'));
    // 2007: new rules, DST from March 11 to November 4.
    expect(zone.toUtc(localMs(2007, 3, 20, 12))).toBe(utc('2007-03-20T16:00:00Z'));
    expect(zone.toUtc(localMs(2007, 10, 30, 12))).toBe(utc('2007-10-30T16:00:00Z'));
    expect(zone.toUtc(localMs(2007, 11, 5, 12))).toBe(utc('2007-11-05T17:00:00Z'));
    expectAgreement(zone, 'America/New_York', 2007, 2031);
  });
});

describe('VTIMEZONE with DTSTART in year 0001 (vtimezone-year-0001-dtstart.ics)', () => {
  const definition: VTimezoneDefinition = {
    tzid: 'W. Europe Standard Time',
    observances: [
      observance('DAYLIGHT', '00010325T020000', '+0100', '+0200', {
        rrule: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      }),
      observance('STANDARD', '00011028T030000', '+0200', '+0100', {
        rrule: 'FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      }),
    ],
  };

  it('builds quickly and reads the fixture’s event', () => {
    const started = performance.now();
    const { zone, warnings } = vtimezoneZone(definition);
    expect(zone.toUtc(localMs(2024, 6, 1, 10))).toBe(utc('2024-06-01T08:00:00Z'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(warnings).toEqual([]);
  });

  it('agrees with Europe/Berlin 1996–2030 (before 1996 the EU ended summer time in September)', () => {
    expectAgreement(vtimezoneZone(definition).zone, 'Europe/Berlin', 1996, 2031);
  });
});

describe('RDATE-based observances', () => {
  // test_with_multiple_tzids_in_vtimezone.ics style: one onset per observance, plus RDATEs.
  const zone = build('America/Los_Angeles', [
    observance('DAYLIGHT', '20240310T020000', '-0800', '-0700', {
      rdates: ['20250309T020000', '20260308T020000/PT1H'],
    }),
    observance('STANDARD', '20241103T020000', '-0700', '-0800', {
      rdates: ['20251102T020000'],
    }),
  ]);

  it('applies DTSTART and each RDATE as an onset', () => {
    expect(zone.offsetAt(utc('2024-01-01T00:00:00Z'))).toBe(-8 * HOUR_MS);
    expect(zone.offsetAt(utc('2024-03-10T09:59:59Z'))).toBe(-8 * HOUR_MS);
    expect(zone.offsetAt(utc('2024-03-10T10:00:00Z'))).toBe(-7 * HOUR_MS);
    expect(zone.offsetAt(utc('2024-11-03T08:59:59Z'))).toBe(-7 * HOUR_MS);
    expect(zone.offsetAt(utc('2024-11-03T09:00:00Z'))).toBe(-8 * HOUR_MS);
    expect(zone.offsetAt(utc('2025-03-09T10:00:00Z'))).toBe(-7 * HOUR_MS);
    expect(zone.offsetAt(utc('2025-11-02T09:00:00Z'))).toBe(-8 * HOUR_MS);
    // A period RDATE: its start is the onset.
    expect(zone.offsetAt(utc('2026-03-08T10:00:00Z'))).toBe(-7 * HOUR_MS);
    // No onset after that: daylight time stays.
    expect(zone.offsetAt(utc('2027-01-01T00:00:00Z'))).toBe(-7 * HOUR_MS);
  });

  it('leaves out onsets named by EXDATE', () => {
    const withExdate = build('X', [
      observance('DAYLIGHT', '20240310T020000', '-0800', '-0700', {
        rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
        exdates: ['20250309T020000'],
      }),
      observance('STANDARD', '20241103T020000', '-0700', '-0800', {
        rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      }),
    ]);
    expect(withExdate.offsetAt(utc('2025-07-01T00:00:00Z'))).toBe(-8 * HOUR_MS);
    expect(withExdate.offsetAt(utc('2026-07-01T00:00:00Z'))).toBe(-7 * HOUR_MS);
  });
});

describe('a zone without DST (exchange-custom-tz.ics: Bangkok, both observances +0700)', () => {
  it('is +07:00 throughout', () => {
    const zone = build('(UTC+07:00) Bangkok, Hanoi, Jakarta', [
      observance('STANDARD', '16010101T000000', '+0700', '+0700'),
      observance('DAYLIGHT', '16010101T000000', '+0700', '+0700'),
    ]);
    expect(zone.toUtc(localMs(2019, 4, 30, 9))).toBe(utc('2019-04-30T02:00:00Z'));
    expect(zone.offsetAt(utc('2040-01-01T00:00:00Z'))).toBe(7 * HOUR_MS);
  });
});

describe('bad observances are reported, not thrown', () => {
  it('leaves out an observance without DTSTART or with an unreadable TZOFFSETTO', () => {
    const { zone, observances, warnings } = vtimezoneZone({
      tzid: 'Broken',
      observances: [
        observance('DAYLIGHT', '', '+0100', '+0200', { line: 7 }),
        observance('STANDARD', '19701025T030000', '+0200', 'one hour', { line: 12 }),
        ...BERLIN,
      ],
    });
    expect(observances).toBe(2);
    expect(warnings).toEqual([
      'DAYLIGHT observance at line 7: no DTSTART; left out',
      'STANDARD observance at line 12: unreadable TZOFFSETTO "one hour"; left out',
    ]);
    expect(zone.offsetAt(utc('2024-07-01T00:00:00Z'))).toBe(2 * HOUR_MS);
  });

  it('reads TZOFFSETTO for an unreadable TZOFFSETFROM, and ignores an unreadable RRULE', () => {
    const { zone, warnings } = vtimezoneZone({
      tzid: 'Odd',
      observances: [
        observance('STANDARD', '20200101T000000', 'x', '+0300', { rrule: 'FREQ=SOMETIMES' }),
      ],
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('TZOFFSETFROM');
    expect(warnings[1]).toContain('RRULE ignored');
    expect(zone.offsetAt(utc('2024-07-01T00:00:00Z'))).toBe(3 * HOUR_MS);
  });

  it('says a definition without usable observances is unusable', () => {
    const result = vtimezoneZone({ tzid: 'Empty', observances: [] });
    expect(result.observances).toBe(0);
    expect(result.warnings).toEqual(['VTIMEZONE Empty: no usable STANDARD or DAYLIGHT observance']);
  });
});

describe('parseOffset (RFC 5545 §3.3.14)', () => {
  it.each([
    ['+0100', HOUR_MS],
    ['-0500', -5 * HOUR_MS],
    ['+0530', 5 * HOUR_MS + 30 * MINUTE_MS],
    ['+001730', 17 * MINUTE_MS + 30_000],
    ['-00:44:30', -(44 * MINUTE_MS + 30_000)],
    ['+0000', 0],
    ['-0000', 0],
  ])('%s', (text, ms) => {
    expect(parseOffset(text)).toBe(ms);
  });

  it.each(['', '0100', '+1', '+2500', '+0160', 'GMT+1'])('rejects %j', (text) => {
    expect(parseOffset(text)).toBeUndefined();
  });
});
