// IANA time zones (the tz database as Intl knows it) as Zones. Intl is slow (a few µs a call), so
// each zone samples Intl once to find its offset transitions and then answers from a table by
// binary search: no Intl call on the hot path.
import { DAY_MS } from '../local-time.js';
import {
  UTC_ZONE,
  offsetTable,
  tableZone,
  type OffsetTable,
  type OffsetTableSource,
  type Zone,
} from './zone.js';

/**
 * Sampling step. The shortest offset period in the tz database from 1970 to 2050 is 7 days
 * (America/Boa_Vista, October 2000; found by sampling every zone Intl knows every 6 hours), so no
 * pair of transitions hides between two samples.
 */
const SAMPLE_STEP_MS = 6 * DAY_MS;
/**
 * The span sampled when a zone is first used; wider spans are sampled on demand (tableZone), 20
 * years at a time. Calendars and reports are mostly about the present, and sampling 80 years took
 * a tenth of a 10,000-person report's time to first answer.
 */
const INITIAL_FROM = Date.UTC(2015, 0, 1);
const INITIAL_TO = Date.UTC(2040, 0, 1);

/**
 * Intl (ICU/CLDR) keeps some renamed zones under their old ids; the zone is named by its current
 * tz database name. Derived from tzdata's zone1970.tab against Node 20's Intl.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** By lower-cased name as asked; null for names Intl does not know. */
const byAskedName = new Map<string, Zone | null>();
/** By Intl's canonical id, so aliases share one table. */
const byCanonicalId = new Map<string, Zone>();

/**
 * The zone of an IANA name (case-insensitive; aliases such as US/Eastern and Etc/GMT+5 work),
 * named by its current canonical name; undefined when Intl does not know the name.
 */
export function ianaZone(name: string): Zone | undefined {
  const key = name.toLowerCase();
  const known = byAskedName.get(key);
  if (known !== undefined) return known ?? undefined;
  const id = intlCanonicalId(name);
  let zone: Zone | null = null;
  if (id !== undefined) {
    zone = byCanonicalId.get(id) ?? null;
    if (zone === null) {
      zone = id === 'UTC' ? UTC_ZONE : buildZone(id);
      byCanonicalId.set(id, zone);
    }
  }
  byAskedName.set(key, zone);
  return zone ?? undefined;
}

/** Intl's canonical id for a zone name, or undefined when it is not a zone Intl knows. */
export function intlCanonicalId(name: string): string | undefined {
  if (name.length === 0 || name.trim() !== name) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The current tz database name of a zone Intl knows under `id`. */
export function currentName(id: string): string {
  return CURRENT_NAMES[id] ?? id;
}

function buildZone(id: string): Zone {
  return tableZone(
    currentName(id),
    intlTableSource(intlOffsetSampler(id)),
    INITIAL_FROM,
    INITIAL_TO,
  );
}

type Sampler = (utc: number) => number;

/** Offset (ms, whole seconds) of a zone at a UTC instant, read from Intl's wall-clock fields. */
function intlOffsetSampler(timeZone: string): Sampler {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const fields = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;
  return (utc) => {
    const whole = Math.floor(utc / 1000) * 1000;
    const text = format.format(whole);
    const m = fields.exec(text);
    if (m === null) return partsOffset(format, whole);
    return (
      Date.UTC(
        Number(m[3]),
        Number(m[1]) - 1,
        Number(m[2]),
        Number(m[4]),
        Number(m[5]),
        Number(m[6]),
      ) - whole
    );
  };
}

/** Slower fallback for a formatted string the pattern does not match. */
function partsOffset(format: Intl.DateTimeFormat, whole: number): number {
  const field = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of format.formatToParts(whole)) {
    if (part.type in field) field[part.type as keyof typeof field] = Number(part.value);
  }
  const local = new Date(
    Date.UTC(2000, field.month - 1, field.day, field.hour, field.minute, field.second),
  );
  local.setUTCFullYear(field.year);
  return local.getTime() - whole;
}

interface Change {
  utc: number;
  offset: number;
}

/** Sampled transitions, kept across widenings so each instant is sampled once. */
function intlTableSource(sample: Sampler): OffsetTableSource {
  let covered: { from: number; to: number; initial: number; changes: Change[] } | undefined;
  return (fromUtc, toUtc): OffsetTable => {
    // Whole seconds, so the bisection in scan() ends.
    const from = Math.floor(fromUtc / 1000) * 1000;
    const to = Math.ceil(toUtc / 1000) * 1000;
    if (covered === undefined) {
      covered = { from, to, ...scan(sample, from, to) };
    } else {
      if (from < covered.from) {
        const before = scan(sample, from, covered.from);
        covered = {
          ...covered,
          from,
          initial: before.initial,
          changes: [...before.changes, ...covered.changes],
        };
      }
      if (to > covered.to) {
        const after = scan(sample, covered.to, to);
        covered = { ...covered, to, changes: [...covered.changes, ...after.changes] };
      }
    }
    return offsetTable(covered.initial, covered.changes);
  };
}

/** The offset at `from` and every change in (from, to], each to the exact second. */
function scan(sample: Sampler, from: number, to: number): { initial: number; changes: Change[] } {
  const initial = sample(from);
  const changes: Change[] = [];
  let at = from;
  let offset = initial;
  while (at < to) {
    const next = Math.min(at + SAMPLE_STEP_MS, to);
    const nextOffset = sample(next);
    // More than one change may fall between two samples: find each in turn.
    while (nextOffset !== offset) {
      let lo = at;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (sample(mid) === offset) lo = mid;
        else hi = mid;
      }
      offset = sample(hi);
      changes.push({ utc: hi, offset });
      at = hi;
    }
    at = next;
  }
  return { initial, changes };
}
