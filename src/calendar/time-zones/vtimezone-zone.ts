// A Zone built from a VTIMEZONE component (RFC 5545 §3.6.5). Each STANDARD/DAYLIGHT observance
// lists onsets — DTSTART, its RRULE instances and RDATEs, less EXDATEs — written as wall-clock
// times in TZOFFSETFROM; from each onset on, TZOFFSETTO is in force. The onsets are expanded once
// into an offset table (widened on demand, see tableZone) and looked up by binary search.
//
// Errors are values: vtimezoneZone never throws. Observances it cannot read (no DTSTART, no
// readable TZOFFSETTO) are left out and reported in `warnings`; `observances` counts the ones
// read, and a definition with none gives a UTC-offset zone the caller should not use.
import { DAY_MS, localMs } from '../local-time.js';
import { expandRule } from '../recurrence/expand-rule.js';
import { parseRecurrenceRule } from '../recurrence/parse-rule.js';
import type { RecurrenceRule } from '../recurrence/rule.js';
import { fixedZone, offsetTable, tableZone, type OffsetTable, type Zone } from './zone.js';

/** A VTIMEZONE as the parser hands it over: raw property values as strings. */
export interface VTimezoneDefinition {
  tzid: string;
  observances: VTimezoneObservance[];
}

export interface VTimezoneObservance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** DTSTART value, a local date-time such as 19671029T020000. */
  dtstart: string;
  /** TZOFFSETFROM / TZOFFSETTO values such as -0400, +0530, +013045. */
  offsetFrom: string;
  offsetTo: string;
  rrule?: string;
  /** RDATE / EXDATE values, one date, date-time or period per entry. */
  rdates: string[];
  exdates: string[];
  /** Line of BEGIN:STANDARD / BEGIN:DAYLIGHT, for warnings. */
  line?: number;
}

export interface VTimezoneZone {
  zone: Zone;
  /** How many observances could be read; 0 means the definition is unusable. */
  observances: number;
  warnings: string[];
}

/** Onsets are first expanded from this year (or the earliest DTSTART, if later) to 2100. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** Expansion starts this long before the span asked for, so the offset at its start is known. */
const LEAD_MS = 2 * 366 * DAY_MS;
/** Onsets are expanded a little past the span asked for. */
const TRAIL_MS = 2 * DAY_MS;
/** A rule producing more onsets than this in one span is cut short (and reported). */
const MAX_ONSETS = 100_000;

/** One observance, read. */
interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** DTSTART as local ms (in TZOFFSETFROM). */
  start: number;
  from: number;
  to: number;
  rule: RecurrenceRule | undefined;
  /** Rule instances at or after this local time belong to a later era (see eraEnds). */
  ruleEnd: number;
  rdates: number[];
  exdates: Set<number>;
  where: string;
}

/** The zone a VTIMEZONE describes, with what could not be read. Never throws. */
export function vtimezoneZone(definition: VTimezoneDefinition): VTimezoneZone {
  const warnings: string[] = [];
  const observances = definition.observances
    .map((o) => readObservance(o, warnings))
    .filter((o): o is Observance => o !== undefined);
  if (observances.length === 0) {
    warnings.push(`VTIMEZONE ${definition.tzid}: no usable STANDARD or DAYLIGHT observance`);
    return { zone: fixedZone(definition.tzid, 0), observances: 0, warnings };
  }
  eraEnds(observances);
  const first = observances.reduce((a, b) => (utcOf(b, b.start) < utcOf(a, a.start) ? b : a));
  const firstYear = new Date(first.start).getUTCFullYear();
  let reported = false;
  const source = (fromUtc: number, toUtc: number): OffsetTable => {
    const changes: { utc: number; offset: number }[] = [];
    for (const o of observances) {
      const onsets = onsetsOf(o, fromUtc - LEAD_MS, toUtc + TRAIL_MS);
      if (onsets.truncated && !reported) {
        reported = true;
        warnings.push(`${o.where}: RRULE gives over ${MAX_ONSETS} onsets; later ones ignored`);
      }
      for (const local of onsets.locals) changes.push({ utc: utcOf(o, local), offset: o.to });
    }
    return offsetTable(first.from, changes);
  };
  const zone = tableZone(
    definition.tzid,
    source,
    Date.UTC(Math.max(FIRST_YEAR, firstYear), 0, 1),
    Date.UTC(LAST_YEAR + 1, 0, 1),
  );
  return { zone, observances: observances.length, warnings };
}

/** The UTC instant of an onset: its wall-clock time is in the observance's TZOFFSETFROM. */
function utcOf(o: Observance, local: number): number {
  return local - o.from;
}

function readObservance(raw: VTimezoneObservance, warnings: string[]): Observance | undefined {
  const where = `${raw.kind} observance${raw.line === undefined ? '' : ` at line ${raw.line}`}`;
  const start = parseDateTime(raw.dtstart);
  if (start === undefined) {
    const problem = raw.dtstart
      ? `unreadable DTSTART ${JSON.stringify(raw.dtstart)}`
      : 'no DTSTART';
    warnings.push(`${where}: ${problem}; left out`);
    return undefined;
  }
  const to = parseOffset(raw.offsetTo);
  if (to === undefined) {
    warnings.push(`${where}: unreadable TZOFFSETTO ${JSON.stringify(raw.offsetTo)}; left out`);
    return undefined;
  }
  const readFrom = parseOffset(raw.offsetFrom);
  if (readFrom === undefined) {
    warnings.push(
      `${where}: unreadable TZOFFSETFROM ${JSON.stringify(raw.offsetFrom)}; TZOFFSETTO used`,
    );
  }
  const from = readFrom ?? to;
  let rule: RecurrenceRule | undefined;
  if (raw.rrule !== undefined && raw.rrule.trim() !== '') {
    const parsed = parseRecurrenceRule(raw.rrule);
    if (parsed.ok) rule = parsed.rule;
    else warnings.push(`${where}: RRULE ignored (${parsed.error})`);
  }
  const dates = (values: string[], name: string): number[] =>
    values.flatMap((value) => {
      const date = parseDateTime(value.split('/')[0] ?? '');
      // A UTC value (…Z) names an instant; onsets are compared as wall-clock times in TZOFFSETFROM.
      if (date !== undefined) return [date.utc ? date.local + from : date.local];
      warnings.push(`${where}: unreadable ${name} ${value}`);
      return [];
    });
  return {
    kind: raw.kind,
    // RFC 5545 wants a local DTSTART here; a UTC one (…Z) is read as the instant it names.
    start: start.utc ? start.local + from : start.local,
    from,
    to,
    rule,
    ruleEnd: Infinity,
    rdates: dates(raw.rdates, 'RDATE'),
    exdates: new Set(dates(raw.exdates, 'EXDATE')),
    where,
  };
}

/**
 * Multi-era definitions (Outlook's "Customized Time Zone", hand-written ones) often leave the old
 * era's RRULEs without UNTIL. Read literally, the old and new rules would both apply for ever
 * (US 2007: the old "last Sunday of October" would end DST a week early). So an RRULE without
 * UNTIL or COUNT ends where a later observance of the same kind starts — or, if another
 * observance of that later era started up to a year before it, where that one starts.
 */
function eraEnds(observances: Observance[]): void {
  for (const o of observances) {
    if (o.rule === undefined || o.rule.until !== undefined || o.rule.count !== undefined) continue;
    const successor = observances
      .filter((n) => n.kind === o.kind && n.start > o.start)
      .reduce<Observance | undefined>(
        (a, b) => (a === undefined || b.start < a.start ? b : a),
        undefined,
      );
    if (successor === undefined) continue;
    let end = successor.start;
    for (const n of observances) {
      if (n.start > o.start && n.start < end && n.start >= successor.start - 366 * DAY_MS)
        end = n.start;
    }
    o.ruleEnd = end;
  }
}

/** Onsets (local ms) of an observance up to `endUtc`, with rule instances from about `fromUtc`. */
function onsetsOf(
  o: Observance,
  fromUtc: number,
  endUtc: number,
): { locals: number[]; truncated: boolean } {
  const endLocal = endUtc + o.from;
  const locals = [o.start, ...o.rdates].filter((local) => local <= endLocal);
  let truncated = false;
  if (o.rule !== undefined) {
    const expanded = ruleInstances(o, o.rule, fromUtc + o.from, Math.min(endLocal, o.ruleEnd - 1));
    truncated = expanded.truncated;
    for (const local of expanded.instances) if (local < o.ruleEnd) locals.push(local);
  }
  return { locals: locals.filter((local) => !o.exdates.has(local)), truncated };
}

function ruleInstances(
  o: Observance,
  rule: RecurrenceRule,
  fromLocal: number,
  endLocal: number,
): { instances: number[]; truncated: boolean } {
  if (endLocal < o.start) return { instances: [], truncated: false };
  const until = rule.until;
  const untilLocal =
    until === undefined
      ? undefined
      : until.kind === 'utc'
        ? until.utc + o.from
        : until.kind === 'date'
          ? until.local + DAY_MS - 1
          : until.local;
  // startLocal lets the expander skip the centuries after a DTSTART in year 0001 or 1601
  // (Exchange) that nobody asks about. DTSTART itself is kept by onsetsOf.
  return expandRule(rule, o.start, {
    endLocal: endLocal + 1,
    untilLocal,
    startLocal: Math.max(o.start, fromLocal),
    maxInstances: MAX_ONSETS,
  });
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/i;

/** A DATE or DATE-TIME value (RFC 5545 §3.3.4–5) as local ms; `utc` when it ends in Z. */
function parseDateTime(value: string): { local: number; utc: boolean } | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  return { local: localMs(year, month, day, hour, minute, second), utc: m[7] !== undefined };
}

const UTC_OFFSET = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/;

/** A UTC-OFFSET value (RFC 5545 §3.3.14: ±hhmm[ss]) in ms; lenient about a colon. */
export function parseOffset(value: string): number | undefined {
  const m = UTC_OFFSET.exec(value.trim());
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  const seconds = Number(m[4] ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * ((hours * 60 + minutes) * 60 + seconds) * 1000 + 0; // + 0: no -0 for "-0000"
}
