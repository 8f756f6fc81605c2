// Where the generated org's people work: seven zones with their current daylight-saving rules,
// and the conversions between wall-clock ("local ms") and UTC the generator and writer need.
// Offsets are minutes east of UTC. The rules are the current ones (US since 2007, EU since 1996,
// New South Wales since 2008); the generated range never reaches an older rule.

export type ZoneId =
  | 'America/New_York'
  | 'America/Chicago'
  | 'America/Los_Angeles'
  | 'Europe/London'
  | 'Europe/Berlin'
  | 'Asia/Kolkata'
  | 'Australia/Sydney';

export type HolidayRegion = 'us' | 'uk' | 'de' | 'in' | 'au';

/** A yearly switch: the `nth` Sunday of `month` (-1 = last) at `localMinute` of the old offset. */
export interface ZoneSwitch {
  month: number;
  nth: number;
  localMinute: number;
}

export interface ZoneInfo {
  id: ZoneId;
  /** The CLDR windowsZones name Outlook writes as TZID. */
  windows: string;
  region: HolidayRegion;
  standard: { offset: number; abbreviation: string };
  daylight: { offset: number; abbreviation: string; start: ZoneSwitch; end: ZoneSwitch } | null;
}

const US_START: ZoneSwitch = { month: 3, nth: 2, localMinute: 120 };
const US_END: ZoneSwitch = { month: 11, nth: 1, localMinute: 120 };

export const ZONES: Record<ZoneId, ZoneInfo> = {
  'America/New_York': {
    id: 'America/New_York',
    windows: 'Eastern Standard Time',
    region: 'us',
    standard: { offset: -300, abbreviation: 'EST' },
    daylight: { offset: -240, abbreviation: 'EDT', start: US_START, end: US_END },
  },
  'America/Chicago': {
    id: 'America/Chicago',
    windows: 'Central Standard Time',
    region: 'us',
    standard: { offset: -360, abbreviation: 'CST' },
    daylight: { offset: -300, abbreviation: 'CDT', start: US_START, end: US_END },
  },
  'America/Los_Angeles': {
    id: 'America/Los_Angeles',
    windows: 'Pacific Standard Time',
    region: 'us',
    standard: { offset: -480, abbreviation: 'PST' },
    daylight: { offset: -420, abbreviation: 'PDT', start: US_START, end: US_END },
  },
  'Europe/London': {
    id: 'Europe/London',
    windows: 'GMT Standard Time',
    region: 'uk',
    standard: { offset: 0, abbreviation: 'GMT' },
    daylight: {
      offset: 60,
      abbreviation: 'BST',
      start: { month: 3, nth: -1, localMinute: 60 },
      end: { month: 10, nth: -1, localMinute: 120 },
    },
  },
  'Europe/Berlin': {
    id: 'Europe/Berlin',
    windows: 'W. Europe Standard Time',
    region: 'de',
    standard: { offset: 60, abbreviation: 'CET' },
    daylight: {
      offset: 120,
      abbreviation: 'CEST',
      start: { month: 3, nth: -1, localMinute: 120 },
      end: { month: 10, nth: -1, localMinute: 180 },
    },
  },
  'Asia/Kolkata': {
    id: 'Asia/Kolkata',
    windows: 'India Standard Time',
    region: 'in',
    standard: { offset: 330, abbreviation: 'IST' },
    daylight: null,
  },
  'Australia/Sydney': {
    id: 'Australia/Sydney',
    windows: 'AUS Eastern Standard Time',
    region: 'au',
    standard: { offset: 600, abbreviation: 'AEST' },
    daylight: {
      offset: 660,
      abbreviation: 'AEDT',
      start: { month: 10, nth: 1, localMinute: 120 },
      end: { month: 4, nth: 1, localMinute: 180 },
    },
  },
};

const DAY_MS = 86_400_000;

/** Local midnight (as UTC-style ms) of the nth `weekday` (0 = Monday) of a month; nth -1 = last. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = Date.UTC(year, month - 1, 1);
    const firstWeekday = (new Date(first).getUTCDay() + 6) % 7;
    return first + (((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7) * DAY_MS;
  }
  const last = Date.UTC(year, month, 0);
  const lastWeekday = (new Date(last).getUTCDay() + 6) % 7;
  return last - ((lastWeekday - weekday + 7) % 7) * DAY_MS;
}

type Switches = { start: number; end: number } | null;

/** A memo: the switches are asked for on every conversion. */
const switchCache = new Map<ZoneInfo, Map<number, Switches>>();

/** The UTC instants a zone switches to daylight time and back in `year`. */
export function dstSwitches(zone: ZoneInfo, year: number): Switches {
  let byYear = switchCache.get(zone);
  if (byYear === undefined) {
    byYear = new Map();
    switchCache.set(zone, byYear);
  }
  const cached = byYear.get(year);
  if (cached !== undefined) return cached;
  const switches = computeSwitches(zone, year);
  byYear.set(year, switches);
  return switches;
}

function computeSwitches(zone: ZoneInfo, year: number): Switches {
  const dst = zone.daylight;
  if (dst === null) return null;
  const at = (s: ZoneSwitch, offset: number) =>
    nthWeekday(year, s.month, 6, s.nth) + (s.localMinute - offset) * 60_000;
  return { start: at(dst.start, zone.standard.offset), end: at(dst.end, dst.offset) };
}

/** Minutes east of UTC in force at a UTC instant. */
export function offsetAt(zoneId: ZoneId, utcMs: number): number {
  const zone = ZONES[zoneId];
  const switches = dstSwitches(zone, new Date(utcMs).getUTCFullYear());
  if (switches === null || zone.daylight === null) return zone.standard.offset;
  const inDst =
    switches.start < switches.end
      ? utcMs >= switches.start && utcMs < switches.end
      : utcMs >= switches.start || utcMs < switches.end;
  return inDst ? zone.daylight.offset : zone.standard.offset;
}

/**
 * The instant of a wall-clock time. As RFC 5545 §3.3.5 reads it: a time in the spring gap takes
 * the offset from before the gap; a time that occurs twice means the first occurrence.
 */
export function toUtc(zoneId: ZoneId, localMs: number): number {
  const zone = ZONES[zoneId];
  if (zone.daylight !== null) {
    const asDaylight = localMs - zone.daylight.offset * 60_000;
    if (offsetAt(zoneId, asDaylight) === zone.daylight.offset) return asDaylight;
  }
  return localMs - zone.standard.offset * 60_000;
}

/** The wall-clock time (local ms) of a UTC instant. */
export function fromUtc(zoneId: ZoneId, utcMs: number): number {
  return utcMs + offsetAt(zoneId, utcMs) * 60_000;
}
