// One UID's components — master and overrides — expanded into occurrences (RFC 5545 §3.8.5:
// recurrence set = DTSTART + RRULE + RDATE − EXDATE, then RECURRENCE-ID overrides).
import type { SkippedItem, CalendarWarning } from './calendar-error.js';
import type { CalendarEvent } from './event.js';
import { DAY_MS, HOUR_MS, formatDate, formatUtc } from './local-time.js';
import type { Occurrence } from './occurrence.js';
import { ruleForDateStart } from './recurrence/date-start-rule.js';
import { expandRule } from './recurrence/expand-rule.js';
import type { RecurrenceRule } from './recurrence/rule.js';
import { dateKey, instantKey } from './series-keys.js';
import { endOf, type EndResolver } from './instance-end.js';
import { UTC_ZONE, type Zone } from './time-zones/zone.js';
import { zoneOfValue, type ZoneContext } from './zone-context.js';
import type { TimeValue } from './values.js';

export interface ExpandRange {
  /** UTC ms, inclusive. */
  from: number;
  /** UTC ms, exclusive. */
  to: number;
}

export interface SeriesResult {
  occurrences: Occurrence[];
  skipped: SkippedItem[];
  warnings: CalendarWarning[];
}

/** A series with more occurrences than this inside the range is skipped, not truncated. */
export const MAX_OCCURRENCES_PER_SERIES = 20_000;

const SLACK = 14 * HOUR_MS + DAY_MS;

/** Later wins among duplicates: higher SEQUENCE, then later LAST-MODIFIED/DTSTAMP, then file order. */
export function newer(a: CalendarEvent, b: CalendarEvent): CalendarEvent {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence ? a : b;
  if ((a.modified ?? -Infinity) !== (b.modified ?? -Infinity)) {
    return (a.modified ?? -Infinity) > (b.modified ?? -Infinity) ? a : b;
  }
  return a.line > b.line ? a : b;
}

export function expandSeries(
  uid: string,
  events: readonly CalendarEvent[],
  context: ZoneContext,
  range: ExpandRange,
): SeriesResult {
  const result: SeriesResult = { occurrences: [], skipped: [], warnings: [] };
  let master: CalendarEvent | undefined;
  let masters = 0;
  const overrideList: CalendarEvent[] = [];
  for (const e of events) {
    if (e.recurrenceId) overrideList.push(e);
    else {
      masters++;
      master = master ? newer(master, e) : e;
    }
  }
  if (master && masters > 1) {
    result.warnings.push({
      line: master.line,
      message: `UID ${uid} has ${masters} events without RECURRENCE-ID; kept the newest (SEQUENCE ${master.sequence}, line ${master.line})`,
    });
  }
  const allDaySeries = master ? master.start.kind === 'date' : undefined;
  const keyOf = (e: CalendarEvent, value: TimeValue): number =>
    (allDaySeries ?? e.start.kind === 'date')
      ? dateKey(value, context)
      : instantKey(value, context, e.line);

  const overrides = new Map<number, CalendarEvent>();
  for (const o of overrideList) {
    const key = keyOf(o, o.recurrenceId!);
    const existing = overrides.get(key);
    overrides.set(key, existing ? newer(existing, o) : o);
  }
  const masterEnd = master ? checkedEnd(master, context, result) : undefined;

  for (const [key, o] of overrides) {
    const allDay = allDaySeries ?? o.start.kind === 'date';
    const end = endOf(o, context, masterEnd);
    if (!end.ok) {
      result.skipped.push({ line: o.line, uid, reason: end.reason });
      continue;
    }
    if (end.warning) result.warnings.push({ line: o.line, message: end.warning });
    const start = startOf(o.start, context, o.line);
    pushIfOverlaps(result, range, {
      uid,
      recurrenceId: allDay ? formatDate(key) : formatUtc(key),
      start,
      end: end.end(start, o.start),
      allDay: o.start.kind === 'date',
      event: o,
    });
  }
  if (!master || !masterEnd) return result;

  const recurring = master.rrules.length > 0 || master.rdates.length > 0;
  const instances = recurrenceSet(master, context, range, result);
  if (!instances) return result;
  const futures = [...overrides].filter(([, o]) => o.thisAndFuture).sort((a, b) => a[0] - b[0]);
  const zone = zoneOfValue(master.start, context, master.line) ?? UTC_ZONE;
  const before = result.occurrences.length;
  for (const local of instances.locals) {
    const key = master.start.kind === 'date' ? local : zone.toUtc(local);
    if (overrides.has(key) || instances.excluded.has(key)) continue;
    const future = latestBefore(futures, key);
    const event = future ? future[1] : master;
    let start = master.start.kind === 'date' ? local : key;
    if (future) start += shiftOf(future[1], future[0], context);
    const startValue = shifted(master.start, local);
    const endValue = instances.periodEnds.get(local);
    const endOfEvent = future ? endOf(future[1], context, masterEnd) : masterEnd;
    pushIfOverlaps(result, range, {
      uid,
      recurrenceId: recurring
        ? master.start.kind === 'date'
          ? formatDate(key)
          : formatUtc(key)
        : null,
      start,
      end: endValue ?? (endOfEvent.ok ? endOfEvent.end(start, startValue) : start),
      allDay: master.start.kind === 'date',
      event,
    });
  }
  if (result.occurrences.length - before > MAX_OCCURRENCES_PER_SERIES) {
    result.occurrences.length = before;
    result.skipped.push({
      line: master.line,
      uid,
      reason: `the series yields more than ${MAX_OCCURRENCES_PER_SERIES.toLocaleString('en-US')} occurrences in the range`,
    });
  }
  return result;
}

function checkedEnd(
  master: CalendarEvent,
  context: ZoneContext,
  result: SeriesResult,
): EndResolver | undefined {
  const end = endOf(master, context, undefined);
  if (!end.ok) {
    result.skipped.push({ line: master.line, uid: master.uid, reason: end.reason });
    return undefined;
  }
  return end;
}

function startOf(value: TimeValue, context: ZoneContext, line: number): number {
  if (value.kind === 'date') return value.local;
  return instantKey(value, context, line);
}

function shifted(value: TimeValue, local: number): TimeValue {
  switch (value.kind) {
    case 'date':
      return { kind: 'date', local };
    case 'utc':
      return { kind: 'utc', utc: local };
    case 'zoned':
      return { ...value, local };
    case 'floating':
      return { kind: 'floating', local };
  }
}

function latestBefore(
  futures: readonly [number, CalendarEvent][],
  key: number,
): [number, CalendarEvent] | undefined {
  let found: [number, CalendarEvent] | undefined;
  for (const f of futures) {
    if (f[0] < key) found = f;
    else break;
  }
  return found;
}

/** RANGE=THISANDFUTURE (§3.8.4.4): later instances move by the override's own shift. */
function shiftOf(override: CalendarEvent, key: number, context: ZoneContext): number {
  return startOf(override.start, context, override.line) - key;
}

function pushIfOverlaps(result: SeriesResult, range: ExpandRange, o: Occurrence): void {
  // An instant (zero-length occurrence) overlaps [from, to) when it lies inside it.
  const overlaps =
    o.start < range.to && (o.end > range.from || (o.end === o.start && o.start >= range.from));
  if (overlaps) result.occurrences.push(o);
}

interface RecurrenceSet {
  /** Instance starts as wall-clock local ms in the DTSTART's zone (dates for all-day). */
  locals: number[];
  /** UTC end of instances added by RDATE;VALUE=PERIOD (their own length). */
  periodEnds: Map<number, number>;
  /** EXDATE keys: UTC instants for timed series, dates for all-day ones (§3.8.5.1). */
  excluded: Set<number>;
}

function recurrenceSet(
  master: CalendarEvent,
  context: ZoneContext,
  range: ExpandRange,
  result: SeriesResult,
): RecurrenceSet | undefined {
  const allDay = master.start.kind === 'date';
  const zone = zoneOfValue(master.start, context, master.line) ?? UTC_ZONE;
  const dtLocal = master.start.kind === 'utc' ? master.start.utc : master.start.local;
  const set = new Set<number>([dtLocal]);
  const periodEnds = new Map<number, number>();
  for (const written of master.rrules) {
    // §3.3.10: BYSECOND, BYMINUTE and BYHOUR are ignored when DTSTART is a DATE.
    const rule = allDay ? ruleForDateStart(written) : written;
    const expanded = expandRule(rule, dtLocal, {
      startLocal: range.from - SLACK - longestSpan(master),
      endLocal: range.to + SLACK,
      untilLocal: untilLocalOf(rule, allDay, zone, context),
      maxInstances: MAX_OCCURRENCES_PER_SERIES * 4,
    });
    if (expanded.truncated) {
      result.skipped.push({
        line: master.line,
        uid: master.uid,
        reason: `the RRULE yields more than ${(MAX_OCCURRENCES_PER_SERIES * 4).toLocaleString('en-US')} instances before the end of the range`,
      });
      return undefined;
    }
    for (const l of expanded.instances) set.add(l);
  }
  for (const r of master.rdates) {
    const value = 'start' in r ? r.start : r;
    const local = toSeriesLocal(value, allDay, zone, context, master.line);
    set.add(local);
    if ('start' in r) {
      const startUtc = instantKey(r.start, context, master.line);
      const endUtc =
        'end' in r
          ? instantKey(r.end, context, master.line)
          : zoneAdd(r.start, startUtc, r.duration.days, r.duration.ms, context, master.line);
      periodEnds.set(local, endUtc);
    }
  }
  const excluded = new Set<number>();
  for (const x of master.exdates) {
    excluded.add(allDay ? dateKey(x, context) : instantKey(x, context, master.line));
  }
  return { locals: [...set].sort((a, b) => a - b), periodEnds, excluded };
}

function zoneAdd(
  start: TimeValue,
  startUtc: number,
  days: number,
  ms: number,
  context: ZoneContext,
  line: number,
): number {
  const zone = zoneOfValue(start, context, line) ?? UTC_ZONE;
  const local = startUtc + zone.offsetAt(startUtc);
  return zone.toUtc(local + days * DAY_MS) + ms;
}

function toSeriesLocal(
  value: TimeValue,
  allDay: boolean,
  zone: Zone,
  context: ZoneContext,
  line: number,
): number {
  if (allDay) return dateKey(value, context);
  const utc = instantKey(value, context, line);
  return utc + zone.offsetAt(utc);
}

/** UNTIL converted to the DTSTART's wall clock, inclusive (§3.3.10; NOTES.md quirks 2 and 3). */
function untilLocalOf(
  rule: RecurrenceRule,
  allDay: boolean,
  zone: Zone,
  context: ZoneContext,
): number | undefined {
  const u = rule.until;
  if (!u) return undefined;
  if (allDay) {
    if (u.kind === 'date') return u.local;
    if (u.kind === 'local') return Math.floor(u.local / DAY_MS) * DAY_MS;
    return dateKey({ kind: 'utc', utc: u.utc }, context);
  }
  switch (u.kind) {
    case 'date':
      // Google writes a date-only UNTIL on timed series: the whole of that day is included.
      return u.local + DAY_MS - 1;
    case 'local':
      return u.local;
    case 'utc':
      return u.utc + zone.offsetAt(u.utc);
  }
}

function longestSpan(master: CalendarEvent): number {
  const e = master.end;
  if (e.kind === 'duration') return e.duration.days * DAY_MS + e.duration.ms;
  if (e.kind === 'end') {
    const a = master.start.kind === 'utc' ? master.start.utc : master.start.local;
    const b = e.value.kind === 'utc' ? e.value.utc : e.value.local;
    return Math.max(0, b - a) + DAY_MS;
  }
  return DAY_MS;
}
