// An independent iCalendar reader built on ical.js 2.2.1, wrapped the way /work/shared/ics/NOTES.md
// says ical.js must be wrapped. Two uses:
// - the differential test (test/calendar/differential.test.ts) compares Orient's reader with it,
//   row by row, in the `orient expand --json` contract shape;
// - the import benchmark compares Orient with "plain ical.js parse + expand on the same files"
//   (icalJsParseAndExpand: the same work, counting instances instead of building rows).
// It shares no code with src/: everything below is ical.js plus the wrapping NOTES.md asks for.
//
// What the wrapping does (NOTES.md "ical.js pitfalls" and "Quirks"):
// - ICAL.parse once; DATE values written without VALUE=DATE (quirk 6) are retyped in the jCal
//   before any value is decoded (ical.js would throw on them).
// - Every VTIMEZONE in the file is registered with ICAL.TimezoneService (ical.js also finds them
//   through the component tree). A TZID with no VTIMEZONE that is an IANA name is given an
//   ICAL.Timezone built from a VTIMEZONE generated from Intl's offsets (transitions found by
//   sampling and bisection over the years the file and the range need). Other TZIDs (Windows
//   names, Exchange labels, typos) stay floating, which ical.js does silently, and are read in the
//   floating zone like floating times: this reader has no Windows→IANA table (quirk 1).
// - Floating times (quirk 5) are read in X-WR-TIMEZONE when it names a zone, else in
//   options.floatingZone (the org timezone), else UTC.
// - Components are grouped by UID; each master becomes
//   `new ICAL.Event(master, { strictExceptions: true, exceptions })` with only its own overrides.
// - Overrides and EXDATEs are matched by instant for timed series and by date for all-day series
//   (quirk 4), not by ical.js's string keys. EXDATEs are taken off the component and applied here.
// - UNTIL: a date-only UNTIL on a timed series (quirk 3) includes that whole day; a date-time UNTIL
//   on an all-day series (quirk 2) becomes the date it names (UTC read in the floating zone);
//   a floating UNTIL on a zoned series is read in the DTSTART's zone.
// - RDATE periods (which ical.js returns as ICAL.Period and cannot merge into its iterator) are
//   taken off the component and added here with their own length.
// - Duplicates of one instance (same UID and RECURRENCE-ID, or two masters): highest SEQUENCE,
//   then latest LAST-MODIFIED (else DTSTAMP), then the later one in the file.
// - Overrides are kept as instances even when no generated instance matches them (quirk 7), and
//   override-only UIDs are read the same way. Cancelled instances keep STATUS:CANCELLED.
// - A master that ends before it starts (DTEND or a negative DURATION), or that has two DTSTARTs,
//   is skipped; an override ending before it starts keeps the series' length. An RRULE ical.js
//   throws on skips the series (reported in errors).
// - Instance ends: start + the event's length; a length without weeks or days is added as exact
//   milliseconds (RFC 5545 §3.3.6), otherwise with ICAL.Time.addDuration on the wall clock.
// - Expansion is bounded: instances are generated from DTSTART in order and iteration stops at the
//   first one starting at or after range.to, or after MAX_ITERATIONS.
// Not wrapped (ical.js's own recurrence engine is used as is): BYSETPOS, BYWEEKNO, unsorted BY
// lists, INTERVAL on sub-daily rules with BY parts and an off-rule DTSTART come out as ical.js
// computes them (see ICALJS_RRULE_FAULTS in the differential test), and a few rules make
// RecurIterator.next() loop forever (DAILY;BYMONTHDAY=-1,-2): no in-process guard can stop that.
import ICAL from 'ical.js';

type Time = ICAL.Time;
type Component = ICAL.Component;
type Timezone = ICAL.Timezone;

export interface ContractRow {
  uid: string;
  /** null for a non-recurring event; else the instance's original start (UTC ISO or date). */
  recurrenceId: string | null;
  summary: string;
  /** UTC ISO `2026-03-02T14:00:00Z` for timed rows, `YYYY-MM-DD` for all-day rows. */
  start: string;
  /** Exclusive; same format as start. */
  end: string;
  allDay: boolean;
  status: string | null;
}

export interface IcalJsRange {
  /** UTC ms, inclusive. */
  from: number;
  /** UTC ms, exclusive. */
  to: number;
}

export interface IcalJsOptions {
  /** Zone for floating times when X-WR-TIMEZONE names none (the org timezone); default UTC. */
  floatingZone?: string;
}

export interface IcalJsRead {
  rows: ContractRow[];
  /** Why a file or a series could not be read (ical.js's own message where it threw). */
  errors: string[];
}

/** No series is iterated further than this many instances. */
export const MAX_ITERATIONS = 100_000;

const DAY_MS = 86_400_000;

/** One expanded instance, before formatting. Dates (all-day) are UTC-midnight ms of the date. */
interface Instance {
  uid: string;
  /** Instant (timed series) or date (all-day series) the instance replaces; null: not recurring. */
  recurrenceKey: number | null;
  seriesAllDay: boolean;
  start: number;
  end: number;
  allDay: boolean;
  component: Component;
}

/** Reads a calendar with ical.js and returns `orient expand --json`-shaped rows, sorted by start. */
export function readWithIcalJs(
  text: string,
  range: IcalJsRange,
  options: IcalJsOptions = {},
): IcalJsRead {
  const errors: string[] = [];
  const rows: ContractRow[] = [];
  expandWithIcalJs(text, range, options, errors, (i) => rows.push(contractRow(i)));
  rows.sort((a, b) => startKey(a) - startKey(b) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { rows, errors };
}

/** The benchmark baseline: ical.js parse + expand over the range; returns the instance count. */
export function icalJsParseAndExpand(text: string, range: IcalJsRange): number {
  let count = 0;
  expandWithIcalJs(text, range, {}, [], () => count++);
  return count;
}

function contractRow(i: Instance): ContractRow {
  const format = i.allDay ? formatDate : formatUtc;
  const status = textValue(i.component, 'status');
  return {
    uid: i.uid,
    recurrenceId:
      i.recurrenceKey === null
        ? null
        : i.seriesAllDay
          ? formatDate(i.recurrenceKey)
          : formatUtc(i.recurrenceKey),
    summary: textValue(i.component, 'summary') ?? '',
    start: format(i.start),
    end: format(i.end),
    allDay: i.allDay,
    status: status === null ? null : status.toUpperCase(),
  };
}

function startKey(r: ContractRow): number {
  return Date.parse(r.allDay ? `${r.start}T00:00:00Z` : r.start);
}

function formatUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function textValue(c: Component, name: string): string | null {
  const v = c.getFirstPropertyValue(name);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

// ---------------------------------------------------------------------------------------------
// Parsing and zones

function expandWithIcalJs(
  text: string,
  range: IcalJsRange,
  options: IcalJsOptions,
  errors: string[],
  sink: (i: Instance) => void,
): void {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    errors.push(`ICAL.parse: ${message(error)}`);
    return;
  }
  const jcalRoots = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
  for (const root of jcalRoots) retypeBareDates(root);
  const roots = jcalRoots.map((j) => new ICAL.Component(j as unknown[]));

  const events: Component[] = [];
  const vtimezones: Component[] = [];
  let calendarZoneName: string | null = null;
  for (const root of roots) {
    calendarZoneName ??= textValue(root, 'x-wr-timezone');
    for (const c of root.getAllSubcomponents()) {
      if (c.name === 'vevent') events.push(c);
      else if (c.name === 'vtimezone') vtimezones.push(c);
    }
  }

  // Zones: the file's VTIMEZONEs first, then IANA names used as TZID without a definition.
  ICAL.TimezoneService.reset();
  const fileZones = new Set<string>();
  for (const vtz of vtimezones) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid !== 'string' || fileZones.has(tzid)) continue;
    try {
      ICAL.TimezoneService.register(new ICAL.Timezone({ component: vtz, tzid }));
      fileZones.add(tzid);
    } catch (error) {
      errors.push(`VTIMEZONE ${tzid}: ${message(error)}`);
    }
  }
  const years = yearSpan(events, range);
  const zoneByName = (name: string): Timezone | undefined => {
    if (name === 'UTC' || name === 'Z' || name === 'GMT') return ICAL.Timezone.utcTimezone;
    if (ICAL.TimezoneService.has(name)) return ICAL.TimezoneService.get(name);
    const generated = ianaTimezone(name, years.first, years.last);
    if (generated) ICAL.TimezoneService.register(generated, name);
    return generated;
  };
  for (const e of events) {
    for (const p of e.getAllProperties()) {
      const tzid = p.getParameter('tzid');
      if (typeof tzid === 'string' && !ICAL.TimezoneService.has(tzid)) zoneByName(tzid);
    }
  }
  const floating =
    (calendarZoneName ? zoneByName(calendarZoneName) : undefined) ??
    (options.floatingZone ? zoneByName(options.floatingZone) : undefined) ??
    ICAL.Timezone.utcTimezone;
  const context: SeriesContext = { range, floating, errors, sink };

  // Group by UID (a UID-less event is its own group).
  const byUid = new Map<string, Component[]>();
  let anonymous = 0;
  for (const e of events) {
    const uidValue = e.getFirstPropertyValue('uid');
    const uid =
      typeof uidValue === 'string' && uidValue.trim() !== ''
        ? uidValue.trim()
        : `icaljs-no-uid-${++anonymous}`;
    const list = byUid.get(uid);
    if (list) list.push(e);
    else byUid.set(uid, [e]);
  }
  for (const [uid, group] of byUid) {
    try {
      expandUid(uid, group, context);
    } catch (error) {
      errors.push(`UID ${uid}: ${message(error)}`);
    }
  }
}

/** DATE values written without VALUE=DATE come out of ICAL.parse as date-times "YYYY-MM-DDT::". */
function retypeBareDates(component: unknown): void {
  if (!Array.isArray(component)) return;
  const props: unknown = component[1];
  const subs: unknown = component[2];
  if (Array.isArray(props)) {
    for (const p of props as unknown[][]) {
      if (p[2] !== 'date-time') continue;
      const values = p.slice(3);
      if (values.length === 0) continue;
      const dates = values.map((v) =>
        typeof v === 'string' ? /^(\d{4}-\d{2}-\d{2})T::$/.exec(v)?.[1] : undefined,
      );
      if (dates.every((d) => d !== undefined)) {
        p[2] = 'date';
        p.splice(3, values.length, ...dates);
      }
    }
  }
  if (Array.isArray(subs)) for (const s of subs) retypeBareDates(s);
}

function yearSpan(
  events: readonly Component[],
  range: IcalJsRange,
): { first: number; last: number } {
  let first = new Date(range.from).getUTCFullYear();
  for (const e of events) {
    const p = e.getFirstProperty('dtstart');
    const raw: unknown = p?.jCal[3];
    const year = typeof raw === 'string' ? Number(raw.slice(0, 4)) : NaN;
    if (Number.isFinite(year) && year >= 1800 && year < first) first = year;
  }
  return { first: first - 1, last: new Date(range.to).getUTCFullYear() + 1 };
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const transitionCache = new Map<string, Transition[]>();
const zoneCache = new Map<string, Timezone>();

interface Transition {
  /** UTC ms of the change. */
  at: number;
  /** Offsets in minutes east of UTC. */
  from: number;
  to: number;
}

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

function offsetMinutes(f: Intl.DateTimeFormat, ms: number): number {
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
  return m[1] === '-' ? -minutes : minutes;
}

/** UTC offset changes of an IANA zone during one year, from Intl (sampled, then bisected). */
function transitionsOf(f: Intl.DateTimeFormat, zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  const hit = transitionCache.get(key);
  if (hit) return hit;
  const out: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  const step = 2 * DAY_MS;
  let t = Date.UTC(year, 0, 1);
  let offset = offsetMinutes(f, t);
  while (t < end) {
    const next = Math.min(t + step, end);
    const nextOffset = offsetMinutes(f, next);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(f, mid) === offset) lo = mid;
        else hi = mid;
      }
      if (hi < end) out.push({ at: hi, from: offset, to: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  transitionCache.set(key, out);
  return out;
}

/** An ICAL.Timezone for an IANA name, from a VTIMEZONE generated out of Intl's offsets. */
function ianaTimezone(zone: string, firstYear: number, lastYear: number): Timezone | undefined {
  const f = formatterFor(zone);
  if (!f) return undefined;
  const key = `${zone}|${firstYear}|${lastYear}`;
  const hit = zoneCache.get(key);
  if (hit) return hit;
  const start = Date.UTC(firstYear, 0, 1);
  const initial = offsetMinutes(f, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: string, localStart: number, from: number, to: number): void => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${icalLocal(localStart)}`,
      `TZOFFSETFROM:${icalOffset(from)}`,
      `TZOFFSETTO:${icalOffset(to)}`,
      `END:${kind}`,
    );
  };
  observance('STANDARD', start + initial * 60_000, initial, initial);
  for (let y = firstYear; y <= lastYear; y++) {
    for (const t of transitionsOf(f, zone, y)) {
      observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t.at + t.from * 60_000, t.from, t.to);
    }
  }
  lines.push('END:VTIMEZONE');
  const component = new ICAL.Component(ICAL.parse(lines.join('\r\n')) as unknown[]);
  const tz = new ICAL.Timezone({ component, tzid: zone });
  zoneCache.set(key, tz);
  return tz;
}

function icalLocal(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes * 60));
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Times

interface SeriesContext {
  range: IcalJsRange;
  /** The zone floating times (and TZIDs nobody knows) are read in. */
  floating: Timezone;
  errors: string[];
  sink: (i: Instance) => void;
}

function isFloating(t: Time): boolean {
  return t.zone === ICAL.Timezone.localTimezone || t.zone?.tzid === 'floating';
}

/** UTC ms of a date-time; floating ones in the floating zone. Dates: UTC midnight of the date. */
function instantOf(t: Time, floating: Timezone): number {
  if (t.isDate) return Date.UTC(t.year, t.month - 1, t.day);
  if (isFloating(t) && floating !== ICAL.Timezone.utcTimezone) {
    const fields = { year: t.year, month: t.month, day: t.day };
    const time = { hour: t.hour, minute: t.minute, second: t.second };
    return new ICAL.Time({ ...fields, ...time }, floating).toUnixTime() * 1000;
  }
  return t.toUnixTime() * 1000;
}

/** The date a value names in an all-day series (UTC-midnight ms). */
function dateOf(t: Time, floating: Timezone): number {
  if (t.isDate || t.zone !== ICAL.Timezone.utcTimezone) return Date.UTC(t.year, t.month - 1, t.day);
  const local = t.convertToZone(floating);
  return Date.UTC(local.year, local.month - 1, local.day);
}

function timeProperty(c: Component, name: string): Time | null {
  const v = c.getFirstPropertyValue(name);
  return v instanceof ICAL.Time ? v : null;
}

// ---------------------------------------------------------------------------------------------
// Series

interface Versioned {
  component: Component;
  index: number;
  sequence: number;
  modified: number;
}

function versioned(component: Component, index: number): Versioned {
  const seq = component.getFirstPropertyValue('sequence');
  const stamp =
    timeProperty(component, 'last-modified') ?? timeProperty(component, 'dtstamp') ?? null;
  return {
    component,
    index,
    sequence: typeof seq === 'number' && Number.isFinite(seq) ? seq : 0,
    modified: stamp ? stamp.toUnixTime() : -Infinity,
  };
}

function newer(a: Versioned, b: Versioned): Versioned {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence ? a : b;
  if (a.modified !== b.modified) return a.modified > b.modified ? a : b;
  return a.index > b.index ? a : b;
}

interface Override {
  component: Component;
  key: number;
}

function expandUid(uid: string, group: readonly Component[], context: SeriesContext): void {
  const { floating } = context;
  let master: Versioned | undefined;
  const overrideVersions: Versioned[] = [];
  group.forEach((c, index) => {
    if (c.getAllProperties('dtstart').length !== 1) {
      context.errors.push(`UID ${uid}: a VEVENT without exactly one DTSTART is skipped`);
      return;
    }
    const v = versioned(c, index);
    if (c.hasProperty('recurrence-id')) overrideVersions.push(v);
    else master = master ? newer(master, v) : v;
  });
  const masterComponent = master?.component;
  const masterStart = masterComponent ? timeProperty(masterComponent, 'dtstart') : null;
  const seriesAllDay = masterStart ? masterStart.isDate : undefined;

  // Overrides, keyed by the instance they replace: instant (timed) or date (all-day).
  const byKey = new Map<number, Versioned>();
  const keyOf = (c: Component, rid: Time): number => {
    const allDay = seriesAllDay ?? timeProperty(c, 'dtstart')?.isDate ?? rid.isDate;
    return allDay ? dateOf(rid, floating) : instantOf(rid, floating);
  };
  for (const v of overrideVersions) {
    const rid = timeProperty(v.component, 'recurrence-id');
    if (!rid) {
      context.errors.push(`UID ${uid}: RECURRENCE-ID is not a date-time`);
      continue;
    }
    const key = keyOf(v.component, rid);
    const existing = byKey.get(key);
    byKey.set(key, existing ? newer(existing, v) : v);
  }
  const overrides: Override[] = [...byKey].map(([key, v]) => ({ component: v.component, key }));

  let masterLength: ICAL.Duration | undefined;
  let event: ICAL.Event | undefined;
  if (masterComponent && masterStart) {
    event = new ICAL.Event(masterComponent, {
      strictExceptions: true,
      exceptions: overrides.map((o) => o.component),
    });
    if (instantOf(event.endDate, floating) < instantOf(masterStart, floating)) {
      context.errors.push(`UID ${uid}: the master ends before it starts; skipped`);
      event = undefined;
    } else {
      masterLength = event.duration;
    }
  }

  for (const o of overrides) emitOverride(uid, o, seriesAllDay, masterLength, context);
  if (event) expandMaster(uid, event, overrides, context);
}

function emitOverride(
  uid: string,
  o: Override,
  seriesAllDay: boolean | undefined,
  masterLength: ICAL.Duration | undefined,
  context: SeriesContext,
): void {
  const item = new ICAL.Event(o.component);
  const start = item.startDate;
  let end = item.endDate;
  if (end.compare(start) < 0 && masterLength) {
    end = start.clone();
    end.addDuration(masterLength);
  }
  emit(context, {
    uid,
    recurrenceKey: o.key,
    seriesAllDay: seriesAllDay ?? start.isDate,
    start: instantOf(start, context.floating),
    end: instantOf(end, context.floating),
    allDay: start.isDate,
    component: o.component,
  });
}

function emit(context: SeriesContext, i: Instance): void {
  const { from, to } = context.range;
  if (i.start < to && (i.end > from || (i.end === i.start && i.start >= from))) context.sink(i);
}

function expandMaster(
  uid: string,
  event: ICAL.Event,
  overrides: readonly Override[],
  context: SeriesContext,
): void {
  const { floating, range } = context;
  const component = event.component;
  const start = event.startDate;
  const allDay = start.isDate;
  const recurring = component.hasProperty('rrule') || component.hasProperty('rdate');
  const keyOf = (t: Time): number => (allDay ? dateOf(t, floating) : instantOf(t, floating));

  // EXDATE, applied here (matched by instant or date, not by ical.js's comparison).
  const excluded = new Set<number>();
  const excludedDates = new Set<number>();
  for (const p of component.getAllProperties('exdate')) {
    for (const v of p.getValues()) {
      if (!(v instanceof ICAL.Time)) continue;
      // A DATE EXDATE on a timed series removes the instances on that date (§3.8.5.1).
      if (v.isDate && !allDay) excludedDates.add(Date.UTC(v.year, v.month - 1, v.day));
      else excluded.add(keyOf(v));
    }
  }
  component.removeAllProperties('exdate');

  // RDATE, applied here too: periods carry their own end.
  const rdates: { start: Time; end: Time | null }[] = [];
  for (const p of component.getAllProperties('rdate')) {
    for (const v of p.getValues()) {
      if (v instanceof ICAL.Period) rdates.push({ start: v.start, end: v.getEnd() });
      else if (v instanceof ICAL.Time) rdates.push({ start: v, end: null });
    }
  }
  component.removeAllProperties('rdate');

  for (const p of component.getAllProperties('rrule')) {
    const rule = p.getFirstValue();
    if (rule instanceof ICAL.Recur) fixUntil(rule, start, floating);
  }

  const overridden = new Set(overrides.map((o) => o.key));
  const length = event.duration;
  // A length without weeks or days (or any length of an all-day series) adds as plain ms.
  const exactLength =
    allDay || (length.weeks === 0 && length.days === 0) ? length.toSeconds() * 1000 : null;
  const hasRangeExceptions = event.rangeExceptions.length > 0;
  const seen = new Set<number>();
  const visit = (occurrence: Time, periodEnd: Time | null): void => {
    const key = keyOf(occurrence);
    if (seen.has(key)) return;
    seen.add(key);
    if (overridden.has(key) || excluded.has(key)) return;
    if (excludedDates.size > 0 && excludedDates.has(localDate(occurrence))) return;
    let s = occurrence;
    let end: number;
    let item = component;
    if (periodEnd) {
      end = instantOf(periodEnd, floating);
    } else if (hasRangeExceptions) {
      const details = event.getOccurrenceDetails(occurrence);
      s = details.startDate;
      end = instantOf(details.endDate, floating);
      item = details.item.component;
    } else if (exactLength !== null) {
      // Hours, minutes and seconds are exact (RFC 5545 §3.3.6): no wall-clock round trip.
      end = instantOf(occurrence, floating) + exactLength;
    } else {
      const e = occurrence.clone();
      e.addDuration(length);
      end = instantOf(e, floating);
    }
    emit(context, {
      uid,
      recurrenceKey: recurring ? key : null,
      seriesAllDay: allDay,
      start: instantOf(s, floating),
      end,
      allDay: s.isDate,
      component: item,
    });
  };

  const iterator = event.iterator();
  for (let n = 0; ; n++) {
    if (n >= MAX_ITERATIONS) {
      context.errors.push(`UID ${uid}: stopped after ${MAX_ITERATIONS} instances`);
      break;
    }
    const occurrence = iterator.next();
    if (!occurrence) break;
    if (instantOf(occurrence, floating) >= range.to) break;
    visit(occurrence, null);
  }
  for (const r of rdates) {
    if (instantOf(r.start, floating) < range.to) visit(r.start, r.end);
  }
}

function localDate(t: Time): number {
  return Date.UTC(t.year, t.month - 1, t.day);
}

/** NOTES.md quirks 2 and 3, and a floating UNTIL on a zoned series (RFC 5545 §3.3.10). */
function fixUntil(rule: ICAL.Recur, start: Time, floating: Timezone): void {
  const until = rule.until;
  if (!until) return;
  if (start.isDate) {
    if (until.isDate) return;
    const date = until.zone === ICAL.Timezone.utcTimezone ? until.convertToZone(floating) : until;
    const fields = { year: date.year, month: date.month, day: date.day, isDate: true };
    rule.until = new ICAL.Time(fields, ICAL.Timezone.localTimezone);
    return;
  }
  if (until.isDate) {
    const fields = { year: until.year, month: until.month, day: until.day };
    rule.until = new ICAL.Time({ ...fields, hour: 23, minute: 59, second: 59 }, start.zone);
  } else if (isFloating(until) && !isFloating(start)) {
    const fields = { year: until.year, month: until.month, day: until.day, hour: until.hour };
    rule.until = new ICAL.Time(
      { ...fields, minute: until.minute, second: until.second },
      start.zone,
    );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
