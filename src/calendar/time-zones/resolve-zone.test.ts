import { describe, expect, it } from 'vitest';
import { HOUR_MS, localMs } from '../local-time.js';
import { resolveZone, type ResolvedZone } from './resolve-zone.js';
import type { VTimezoneDefinition, VTimezoneObservance } from './vtimezone-zone.js';
import { UTC_ZONE } from './zone.js';

const utc = (iso: string): number => Date.parse(iso);
const NO_VTIMEZONES: ReadonlyMap<string, VTimezoneDefinition> = new Map();

function resolved(tzid: string, vtimezones = NO_VTIMEZONES): ResolvedZone {
  const result = resolveZone(tzid, vtimezones);
  if (result === undefined) throw new Error(`unresolved ${tzid}`);
  return result;
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  dtstart: string,
  offsetFrom: string,
  offsetTo: string,
  rrule?: string,
): VTimezoneObservance {
  return { kind, dtstart, offsetFrom, offsetTo, rrule, rdates: [], exdates: [] };
}

function vtimezones(...definitions: VTimezoneDefinition[]): Map<string, VTimezoneDefinition> {
  return new Map(definitions.map((d) => [d.tzid, d]));
}

// bad_ms_tz.ics: Exchange's "Customized Time Zone", US Eastern rules.
const CUSTOMIZED: VTimezoneDefinition = {
  tzid: 'Customized Time Zone',
  observances: [
    observance(
      'STANDARD',
      '16010101T020000',
      '-0400',
      '-0500',
      'FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
    ),
    observance(
      'DAYLIGHT',
      '16010101T020000',
      '-0500',
      '-0400',
      'FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
    ),
  ],
};

describe('UTC', () => {
  it.each(['UTC', 'Z', 'GMT', 'Etc/UTC', '"UTC"', ' utc ', 'Etc/GMT', 'Zulu', 'UCT'])(
    '%j',
    (tzid) => {
      expect(resolved(tzid)).toEqual({ zone: UTC_ZONE, source: 'utc' });
    },
  );
});

describe('IANA names', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['"America/Los_Angeles"', 'America/Los_Angeles'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['US/Central', 'America/Chicago'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['europe/budapest', 'Europe/Budapest'],
    ['Etc/GMT-2', 'Etc/GMT-2'],
    ['/mozilla.org/20050126_1/America/New_York', 'America/New_York'],
    ['/softwarestudio.org/Olson_20011030_5/America/Denver', 'America/Denver'],
    ['/citadel.org/20190914_1/Europe/Berlin', 'Europe/Berlin'],
    [
      '/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires',
      'America/Argentina/Buenos_Aires',
    ],
  ])('%j → %s', (tzid, name) => {
    const result = resolved(tzid);
    expect(result.source).toBe('iana');
    expect(result.zone.name).toBe(name);
    expect(result.warning).toBeUndefined();
  });

  it('reads Etc/GMT-2 as two hours east', () => {
    expect(resolved('Etc/GMT-2').zone.offsetAt(utc('2022-07-15T12:00:00Z'))).toBe(2 * HOUR_MS);
  });
});

describe('Windows names and display labels', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['"W. Europe Standard Time"', 'Europe/Berlin'],
    ['"Eastern Standard Time"', 'America/New_York'],
    ['US Mountain Standard Time', 'America/Phoenix'],
    ['FLE Standard Time', 'Europe/Kyiv'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['"(UTC-05:00) Eastern Time (US & Canada)"', 'America/New_York'],
    ['(UTC-05:00) Eastern Time (US and Canada)', 'America/New_York'],
    ['"(GMT+10:00) Canberra, Melbourne, Sydney"', 'Australia/Sydney'],
    ['(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Asia/Bangkok'],
  ])('%j → %s', (tzid, name) => {
    const result = resolved(tzid);
    expect(result.source).toBe('windows');
    expect(result.zone.name).toBe(name);
    expect(result.warning).toBeUndefined();
  });

  it('reads Pacific Standard Time with US rules', () => {
    const zone = resolved('Pacific Standard Time').zone;
    expect(zone.toUtc(localMs(2020, 7, 7, 12))).toBe(utc('2020-07-07T19:00:00Z'));
    expect(zone.toUtc(localMs(2020, 12, 7, 12))).toBe(utc('2020-12-07T20:00:00Z'));
  });

  it('warns when a label matched only by some of its places (test_with_tz_list.ics)', () => {
    const result = resolved(
      '"Amsterdam, Belgrade, Berlin, Brussels, Budapest, Madrid, Paris, Prague, Stockholm"',
    );
    expect(result.source).toBe('windows');
    expect(result.zone.offsetAt(utc('2024-04-15T17:00:00Z'))).toBe(2 * HOUR_MS);
    expect(result.warning).toMatch(
      /^TZID "Amsterdam, Belgrade.*" read as .* Standard Time \(Europe\//,
    );
  });
});

describe('VTIMEZONE in the file', () => {
  it('is used for a custom TZID (bad_ms_tz.ics: "Customized Time Zone")', () => {
    const result = resolved('Customized Time Zone', vtimezones(CUSTOMIZED));
    expect(result.source).toBe('vtimezone');
    expect(result.zone.name).toBe('Customized Time Zone');
    expect(result.zone.toUtc(localMs(2020, 8, 25, 10, 35))).toBe(utc('2020-08-25T14:35:00Z'));
    expect(result.zone.toUtc(localMs(2020, 12, 17, 10, 35))).toBe(utc('2020-12-17T15:35:00Z'));
  });

  it('is found through quotes, padding, case and escaped commas', () => {
    const bangkok: VTimezoneDefinition = {
      tzid: '(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta',
      observances: [observance('STANDARD', '16010101T000000', '+0700', '+0700')],
    };
    const result = resolved('"(UTC+07:00) Bangkok, Hanoi, Jakarta"', vtimezones(bangkok));
    expect(result.source).toBe('vtimezone');
    expect(result.zone.toUtc(localMs(2019, 4, 30, 9))).toBe(utc('2019-04-30T02:00:00Z'));
    expect(resolved('customized time zone', vtimezones(CUSTOMIZED)).source).toBe('vtimezone');
  });

  it('matches an integer TZID written with a leading space (test_with_int_tzid.ics)', () => {
    const one: VTimezoneDefinition = {
      tzid: '1',
      observances: [
        observance(
          'STANDARD',
          '16010101T030000',
          '+0200',
          '+0100',
          'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
        ),
        observance(
          'DAYLIGHT',
          '16010101T020000',
          '+0100',
          '+0200',
          'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
        ),
      ],
    };
    const result = resolved(' 1', vtimezones(one));
    expect(result.source).toBe('vtimezone');
    expect(result.zone.toUtc(localMs(2024, 1, 8, 11))).toBe(utc('2024-01-08T10:00:00Z'));
  });

  it('wins over the IANA zone of the same name (RFC 5545 §3.2.19)', () => {
    // A definition that is deliberately not Berlin's: fixed +03:00.
    const odd: VTimezoneDefinition = {
      tzid: 'Europe/Berlin',
      observances: [observance('STANDARD', '19700101T000000', '+0300', '+0300')],
    };
    const result = resolved('Europe/Berlin', vtimezones(odd));
    expect(result.source).toBe('vtimezone');
    expect(result.zone.offsetAt(utc('2024-07-01T00:00:00Z'))).toBe(3 * HOUR_MS);
  });

  it('falls back to the IANA or Windows name when the definition is unusable', () => {
    const empty = (tzid: string): VTimezoneDefinition => ({ tzid, observances: [] });
    const iana = resolved('Europe/Berlin', vtimezones(empty('Europe/Berlin')));
    expect(iana.source).toBe('iana');
    expect(iana.zone.name).toBe('Europe/Berlin');
    expect(iana.warning).toContain('no usable STANDARD or DAYLIGHT observance');
    const windows = resolved(
      'W. Europe Standard Time',
      vtimezones(empty('W. Europe Standard Time')),
    );
    expect(windows.source).toBe('windows');
    expect(windows.zone.name).toBe('Europe/Berlin');
    expect(resolveZone('Customized Time Zone', vtimezones(empty('Customized Time Zone')))).toBe(
      undefined,
    );
  });

  it('passes on what it could not read in the definition', () => {
    const partly: VTimezoneDefinition = {
      tzid: 'Partly',
      observances: [
        observance('STANDARD', '19700101T000000', '+0100', '+0100'),
        observance('DAYLIGHT', '', '+0100', '+0200'),
      ],
    };
    const result = resolved('Partly', vtimezones(partly));
    expect(result.source).toBe('vtimezone');
    expect(result.warning).toBe('DAYLIGHT observance: no DTSTART; left out');
  });
});

describe('unknown TZIDs', () => {
  it.each([
    '"tzone://Microsoft/Custom"',
    'Customized Time Zone',
    '"Customized Time Zone 1"',
    'Europe/Germany',
    'TZID=Europe/Germany',
    '"(GMT +01:00)"',
    'UTC+01',
    '+0200',
    '',
    '""',
  ])('%j is left to the caller', (tzid) => {
    expect(resolveZone(tzid, NO_VTIMEZONES)).toBeUndefined();
  });
});

describe('caching', () => {
  it('answers the same TZID with the same resolution', () => {
    const files = vtimezones(CUSTOMIZED);
    expect(resolveZone('Customized Time Zone', files)).toBe(
      resolveZone('Customized Time Zone', files),
    );
    expect(resolveZone('US/Eastern', files)).toBe(resolveZone('US/Eastern', files));
    expect(resolved('US/Eastern').zone).toBe(resolved('America/New_York').zone);
  });
});
