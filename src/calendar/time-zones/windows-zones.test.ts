import { describe, expect, it } from 'vitest';
import { ianaZone } from './iana-zone.js';
import {
  LEGACY_LABELS,
  LEGACY_WINDOWS_ZONES,
  WINDOWS_ZONES,
  ianaForWindowsName,
  splitLabel,
  windowsNameForLabel,
} from './windows-zones.js';

describe('the CLDR table', () => {
  it('has every Windows zone of CLDR windowsZones (139) and each maps to a zone Intl knows', () => {
    expect(Object.keys(WINDOWS_ZONES)).toHaveLength(139);
    for (const [name, { iana }] of Object.entries(WINDOWS_ZONES)) {
      expect(ianaZone(iana), name).toBeDefined();
    }
    for (const [name, iana] of Object.entries(LEGACY_WINDOWS_ZONES)) {
      expect(ianaZone(iana), name).toBeDefined();
    }
  });

  it('labels start with a readable offset, and every label leads back to its own name', () => {
    for (const [name, { label }] of Object.entries(WINDOWS_ZONES)) {
      expect(splitLabel(label).offsetMinutes, label).toBeDefined();
      expect(windowsNameForLabel(label), label).toEqual({ name, exact: true });
    }
    for (const [label, name] of Object.entries(LEGACY_LABELS)) {
      expect(WINDOWS_ZONES[name], label).toBeDefined();
      expect(windowsNameForLabel(label)?.name, label).toBe(name);
    }
  });
});

describe('ianaForWindowsName', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['GMT Standard Time', 'Europe/London'],
    ['Jordan Standard Time', 'Asia/Amman'],
    ['US Mountain Standard Time', 'America/Phoenix'],
    ['Central Standard Time', 'America/Chicago'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['UTC', 'Etc/UTC'],
    ['UTC+12', 'Etc/GMT-12'],
    ['  pacific   STANDARD time ', 'America/Los_Angeles'],
    ['Mexico Standard Time', 'America/Mexico_City'],
  ])('%j → %s', (name, iana) => {
    expect(ianaForWindowsName(name)).toBe(iana);
  });

  it('knows no custom or IANA names', () => {
    expect(ianaForWindowsName('Customized Time Zone')).toBeUndefined();
    expect(ianaForWindowsName('America/New_York')).toBeUndefined();
  });
});

describe('splitLabel', () => {
  it.each([
    ['(UTC-08:00) Pacific Time (US & Canada)', -480, 'pacific time (us and canada)'],
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 600, 'canberra, melbourne, sydney'],
    ['(GMT +01:00)', 60, ''],
    ['(UTC) Coordinated Universal Time', 0, 'coordinated universal time'],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 330, 'chennai, kolkata, mumbai, new delhi'],
    ['UTC+01', 60, ''],
    ['GMT-03:30 Newfoundland', -210, 'newfoundland'],
  ])('%j', (label, offsetMinutes, rest) => {
    expect(splitLabel(label)).toEqual({ offsetMinutes, rest });
  });

  it('leaves text without an offset prefix alone', () => {
    expect(splitLabel('GMT Standard Time')).toEqual({
      offsetMinutes: undefined,
      rest: 'gmt standard time',
    });
  });
});

describe('windowsNameForLabel', () => {
  it.each([
    ['(UTC-05:00) Eastern Time (US & Canada)', 'Eastern Standard Time'],
    ['(UTC-05:00) Eastern Time (US and Canada)', 'Eastern Standard Time'],
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'AUS Eastern Standard Time'],
    ['(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta', 'SE Asia Standard Time'],
    [
      '  (utc+01:00)   amsterdam, berlin, bern, rome, stockholm, vienna ',
      'W. Europe Standard Time',
    ],
    ['Pacific Time (US & Canada)', 'Pacific Standard Time'],
    ['(GMT-06:00) Guadalajara, Mexico City, Monterrey - Old', 'Central Standard Time (Mexico)'],
  ])('%j → %s (exact)', (label, name) => {
    expect(windowsNameForLabel(label)).toEqual({ name, exact: true });
  });

  it('matches by shared places when the text differs (localized, merged lists)', () => {
    expect(
      windowsNameForLabel('(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien'),
    ).toEqual({ name: 'W. Europe Standard Time', exact: false });
    expect(
      windowsNameForLabel('(UTC+02:00) Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius'),
    ).toEqual({ name: 'FLE Standard Time', exact: false });
    // test_with_tz_list.ics: three Windows zones' cities, all Central European time.
    const merged = windowsNameForLabel(
      'Amsterdam, Belgrade, Berlin, Brussels, Budapest, Madrid, Paris, Prague, Stockholm',
    );
    expect(merged?.exact).toBe(false);
    expect([
      'W. Europe Standard Time',
      'Central Europe Standard Time',
      'Romance Standard Time',
    ]).toContain(merged?.name);
  });

  it('does not match places at another offset, or labels without places', () => {
    expect(windowsNameForLabel('(UTC+03:00) Amsterdam, Berlin')).toBeUndefined();
    expect(windowsNameForLabel('(GMT +01:00)')).toBeUndefined();
    expect(windowsNameForLabel('Customized Time Zone')).toBeUndefined();
  });
});
