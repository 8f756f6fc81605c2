import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS, SECOND_MS, localMs } from '../local-time.js';
import { ianaZone } from './iana-zone.js';
import { UTC_ZONE, type Zone } from './zone.js';

const utc = (iso: string): number => Date.parse(iso);

const formats = new Map<string, Intl.DateTimeFormat>();

/** The offset Intl gives, computed the slow way (formatToParts), as the reference. */
function intlOffset(timeZone: string, at: number): number {
  const whole = Math.floor(at / 1000) * 1000;
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(whole);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const d = new Date(
    Date.UTC(2000, get('month') - 1, get('day'), get('hour'), get('minute'), get('second')),
  );
  d.setUTCFullYear(get('year'));
  return d.getTime() - whole;
}

function zone(name: string): Zone {
  const z = ianaZone(name);
  if (z === undefined) throw new Error(`no zone ${name}`);
  return z;
}

describe('ianaZone names', () => {
  it('finds names case-insensitively and keeps the canonical spelling', () => {
    expect(zone('america/new_york').name).toBe('America/New_York');
    expect(zone('AMERICA/NEW_YORK')).toBe(zone('America/New_York'));
  });

  it('resolves aliases to the zone they stand for', () => {
    expect(zone('US/Eastern')).toBe(zone('America/New_York'));
    expect(zone('US/Pacific').name).toBe('America/Los_Angeles');
    expect(zone('Etc/GMT+5').name).toBe('Etc/GMT+5');
  });

  it('names renamed zones by their current tz database name (Intl says Europe/Kiev)', () => {
    expect(zone('Europe/Kiev').name).toBe('Europe/Kyiv');
    expect(zone('Europe/Kyiv')).toBe(zone('Europe/Kiev'));
    expect(zone('Asia/Calcutta').name).toBe('Asia/Kolkata');
    expect(zone('Asia/Saigon').name).toBe('Asia/Ho_Chi_Minh');
  });

  it('gives UTC_ZONE for the names of UTC', () => {
    expect(ianaZone('UTC')).toBe(UTC_ZONE);
    expect(ianaZone('Etc/UTC')).toBe(UTC_ZONE);
    expect(ianaZone('Etc/GMT')).toBe(UTC_ZONE);
  });

  it('knows nothing of names Intl does not know', () => {
    expect(ianaZone('Europe/Germany')).toBeUndefined();
    expect(ianaZone('Customized Time Zone')).toBeUndefined();
    expect(ianaZone('tzone://Microsoft/Custom')).toBeUndefined();
    expect(ianaZone('')).toBeUndefined();
    expect(ianaZone(' America/New_York')).toBeUndefined();
  });
});

describe('ianaZone offsets, worked out from the zone rules', () => {
  it('America/New_York since 2007: DST from the 2nd Sunday of March to the 1st Sunday of November', () => {
    const ny = zone('America/New_York');
    // 2007-03-11 02:00 EST = 07:00Z; 2007-11-04 02:00 EDT = 06:00Z.
    expect(ny.offsetAt(utc('2007-03-11T06:59:59Z'))).toBe(-5 * HOUR_MS);
    expect(ny.offsetAt(utc('2007-03-11T07:00:00Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2007-11-04T05:59:59Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2007-11-04T06:00:00Z'))).toBe(-5 * HOUR_MS);
    expect(ny.offsetAt(utc('2024-03-10T07:00:00Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2024-11-03T06:00:00Z'))).toBe(-5 * HOUR_MS);
  });

  it('America/New_York before 2007: 1st Sunday of April to last Sunday of October', () => {
    const ny = zone('America/New_York');
    expect(ny.offsetAt(utc('2006-04-02T06:59:59Z'))).toBe(-5 * HOUR_MS);
    expect(ny.offsetAt(utc('2006-04-02T07:00:00Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2006-10-29T05:59:59Z'))).toBe(-4 * HOUR_MS);
    expect(ny.offsetAt(utc('2006-10-29T06:00:00Z'))).toBe(-5 * HOUR_MS);
  });

  it('Europe/Berlin: EU summer time from the last Sunday of March to the last of October, 01:00 UTC', () => {
    const berlin = zone('Europe/Berlin');
    expect(berlin.offsetAt(utc('2024-03-31T00:59:59Z'))).toBe(1 * HOUR_MS);
    expect(berlin.offsetAt(utc('2024-03-31T01:00:00Z'))).toBe(2 * HOUR_MS);
    expect(berlin.offsetAt(utc('2024-10-27T00:59:59Z'))).toBe(2 * HOUR_MS);
    expect(berlin.offsetAt(utc('2024-10-27T01:00:00Z'))).toBe(1 * HOUR_MS);
  });

  it('Australia/Sydney: southern DST, 1st Sunday of October to 1st Sunday of April', () => {
    const sydney = zone('Australia/Sydney');
    expect(sydney.offsetAt(utc('2024-01-15T00:00:00Z'))).toBe(11 * HOUR_MS);
    expect(sydney.offsetAt(utc('2024-07-01T00:00:00Z'))).toBe(10 * HOUR_MS);
    // 2024-04-07 03:00 AEDT = 2024-04-06T16:00Z; 2024-10-06 02:00 AEST = 2024-10-05T16:00Z.
    expect(sydney.offsetAt(utc('2024-04-06T15:59:59Z'))).toBe(11 * HOUR_MS);
    expect(sydney.offsetAt(utc('2024-04-06T16:00:00Z'))).toBe(10 * HOUR_MS);
    expect(sydney.offsetAt(utc('2024-10-05T15:59:59Z'))).toBe(10 * HOUR_MS);
    expect(sydney.offsetAt(utc('2024-10-05T16:00:00Z'))).toBe(11 * HOUR_MS);
  });

  it('Asia/Kolkata is +05:30 all year; Asia/Kathmandu +05:45', () => {
    const kolkata = zone('Asia/Kolkata');
    for (const iso of ['1980-01-01', '2007-03-11', '2024-06-30', '2049-12-31']) {
      expect(kolkata.offsetAt(utc(`${iso}T12:00:00Z`))).toBe(5 * HOUR_MS + 30 * MINUTE_MS);
    }
    expect(zone('Asia/Kathmandu').offsetAt(utc('2024-06-01T00:00:00Z'))).toBe(
      5 * HOUR_MS + 45 * MINUTE_MS,
    );
  });

  it('Europe/Kyiv: EET/EEST', () => {
    const kyiv = zone('Europe/Kyiv');
    expect(kyiv.offsetAt(utc('2024-01-15T00:00:00Z'))).toBe(2 * HOUR_MS);
    expect(kyiv.offsetAt(utc('2024-07-15T00:00:00Z'))).toBe(3 * HOUR_MS);
  });

  it('Australia/Lord_Howe: a half-hour DST shift', () => {
    const lordHowe = zone('Australia/Lord_Howe');
    expect(lordHowe.offsetAt(utc('2024-01-15T00:00:00Z'))).toBe(11 * HOUR_MS);
    expect(lordHowe.offsetAt(utc('2024-07-15T00:00:00Z'))).toBe(10 * HOUR_MS + 30 * MINUTE_MS);
  });

  it('Etc/GMT+5 is five hours west (POSIX sign)', () => {
    expect(zone('Etc/GMT+5').offsetAt(utc('2024-07-01T00:00:00Z'))).toBe(-5 * HOUR_MS);
  });
});

describe('ianaZone wall clock → instant (RFC 5545 §3.3.5)', () => {
  const ny = zone('America/New_York');

  it('reads a time in the spring gap with the offset from before it', () => {
    // 02:30 does not exist on 2007-03-11; read in EST it is 07:30Z, i.e. 03:30 EDT.
    expect(ny.toUtc(localMs(2007, 3, 11, 2, 30))).toBe(utc('2007-03-11T07:30:00Z'));
    expect(ny.isGap(localMs(2007, 3, 11, 2, 30))).toBe(true);
    expect(ny.isGap(localMs(2007, 3, 11, 2, 0))).toBe(true);
    expect(ny.isGap(localMs(2007, 3, 11, 3, 0))).toBe(false);
    expect(ny.toUtc(localMs(2007, 3, 11, 1, 59, 59))).toBe(utc('2007-03-11T06:59:59Z'));
    expect(ny.toUtc(localMs(2007, 3, 11, 3, 0))).toBe(utc('2007-03-11T07:00:00Z'));
  });

  it('reads a time that occurs twice as its first occurrence', () => {
    // 01:30 on 2007-11-04 happens in EDT (05:30Z) and again in EST (06:30Z).
    expect(ny.toUtc(localMs(2007, 11, 4, 1, 30))).toBe(utc('2007-11-04T05:30:00Z'));
    expect(ny.isGap(localMs(2007, 11, 4, 1, 30))).toBe(false);
    expect(ny.toUtc(localMs(2007, 11, 4, 0, 59))).toBe(utc('2007-11-04T04:59:00Z'));
    expect(ny.toUtc(localMs(2007, 11, 4, 2, 0))).toBe(utc('2007-11-04T07:00:00Z'));
  });

  it('handles the EU changes and the southern hemisphere the same way', () => {
    const berlin = zone('Europe/Berlin');
    expect(berlin.toUtc(localMs(2024, 3, 31, 2, 30))).toBe(utc('2024-03-31T01:30:00Z'));
    expect(berlin.toUtc(localMs(2024, 10, 27, 2, 30))).toBe(utc('2024-10-27T00:30:00Z'));
    const sydney = zone('Australia/Sydney');
    expect(sydney.toUtc(localMs(2024, 10, 6, 2, 30))).toBe(utc('2024-10-05T16:30:00Z'));
    expect(sydney.isGap(localMs(2024, 10, 6, 2, 30))).toBe(true);
    expect(sydney.toUtc(localMs(2024, 4, 7, 2, 30))).toBe(utc('2024-04-06T15:30:00Z'));
  });
});

describe('ianaZone agrees with Intl', () => {
  const zones = [
    'America/New_York',
    'America/Sao_Paulo',
    'Europe/London',
    'Europe/Moscow',
    'Africa/Casablanca',
    'Asia/Tehran',
    'Australia/Adelaide',
    'Pacific/Apia',
    'Pacific/Chatham',
    'America/Boa_Vista',
  ];

  it.each(zones)('%s: offsets every ~5 days, 1970–2050', (name) => {
    const z = zone(name);
    const step = 5 * 24 * HOUR_MS + 3 * HOUR_MS + 17 * MINUTE_MS + 11 * SECOND_MS;
    for (let t = utc('1970-01-01T00:00:00Z'); t < utc('2050-12-31T00:00:00Z'); t += step) {
      if (z.offsetAt(t) !== intlOffset(name, t)) {
        expect.fail(`${name} at ${new Date(t).toISOString()}`);
      }
    }
  });

  it.each(zones)('%s: toUtc inverts offsetAt (first occurrence in overlaps)', (name) => {
    const z = zone(name);
    const step = 3 * 24 * HOUR_MS + 7 * HOUR_MS + 13 * MINUTE_MS;
    for (let t = utc('1990-01-01T00:00:00Z'); t < utc('2040-01-01T00:00:00Z'); t += step) {
      const local = t + z.offsetAt(t);
      const back = z.toUtc(local);
      if (back + z.offsetAt(back) !== local || back > t) {
        expect.fail(`${name} at ${new Date(t).toISOString()}: ${new Date(back).toISOString()}`);
      }
    }
  });

  it('widens its table on demand: 1918, 1850, 2300, 2999, 9999', () => {
    const ny = zone('America/New_York');
    for (const iso of [
      '1918-07-01T12:00:00Z',
      '1850-01-01T12:00:00Z',
      '2300-07-01T12:00:00Z',
      '2300-12-01T12:00:00Z',
      '2999-07-01T12:00:00Z',
      '2999-12-01T12:00:00Z',
      '9999-07-01T12:00:00Z',
    ]) {
      expect(ny.offsetAt(utc(iso)), iso).toBe(intlOffset('America/New_York', utc(iso)));
    }
    // Local mean time before standard time: -4:56:02.
    expect(ny.offsetAt(utc('1700-01-01T00:00:00Z'))).toBe(-(4 * HOUR_MS + 56 * MINUTE_MS + 2000));
    expect(ny.toUtc(localMs(2999, 3, 10, 2, 30))).toBe(localMs(2999, 3, 10, 2, 30) + 5 * HOUR_MS);
  });
});
