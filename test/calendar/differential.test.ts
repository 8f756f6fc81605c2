// Differential test: Orient's reader (readCalendar + expandedOccurrence, the `orient expand --json`
// contract) against an independent reader built on ical.js (bench/baseline/icaljs-reader.ts), over
// every .ics file under /work/shared/ics/ and over libical's RRULE vectors turned into one-event
// calendars. Rows are compared as sets keyed by UID + recurrenceId (start, end, allDay, status and
// summary must match). Every disagreement must be listed with the reason and the side that is
// right — KNOWN_DISAGREEMENTS (row by row), ICALJS_TZID_RENAMES (zone names ical.js cannot map),
// ICALJS_RRULE_FAULTS (libical vectors ical.js expands wrongly) — and a listed disagreement that no
// longer occurs fails the test too. Suspected Orient bugs are not listed: they fail here on purpose
// (libical:400, a DATE DTSTART with BYMINUTE: Orient yields one date several times).
//
// Both readers read floating times in UTC (the org timezone) unless X-WR-TIMEZONE names a zone.
// A file's range runs from two days before its earliest VEVENT DTSTART/RECURRENCE-ID for two years
// (at least to 60 days after the latest one, at most five years).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWithIcalJs, type ContractRow } from '../../bench/baseline/icaljs-reader.js';
import { readCalendar } from '../../src/calendar/read-calendar.js';
import { expandedOccurrence } from '../../src/cli/commands/expand.js';

const ICS_ROOT = '/work/shared/ics';
const VECTORS = join(ICS_ROOT, 'libical-icalrecur_test.txt');
const DAY_MS = 86_400_000;
const ORG_TIMEZONE = 'UTC';

type Side = 'orient' | 'icaljs';

/** What differs. `fields`: both have the row, some fields differ. */
type Kind = 'only-orient' | 'only-icaljs' | 'fields' | 'orient-cannot-read' | 'icaljs-cannot-parse';

interface Disagreement {
  source: string;
  kind: Kind;
  /** Row identity (UID-less rows: `<no-uid>`); empty for file-level kinds. */
  uid: string;
  recurrenceId: string | null;
  /** For `fields`: the names of the fields that differ. */
  fields: string[];
  detail: string;
}

interface KnownDisagreement {
  /** File path under /work/shared/ics, or `libical:<line>` for an RRULE vector. */
  source: string;
  kind: Kind;
  /** Only rows of this UID (`<no-uid>` for events without one). Omitted: any row. */
  uid?: string;
  /** Only this instance. Omitted: any instance of the UID. */
  recurrenceId?: string | null;
  /** For `fields`: exactly these fields differ. */
  fields?: string[];
  /** For file-level kinds: a piece of the error message. */
  error?: string;
  /** How many disagreements this entry explains, exactly. */
  count: number;
  right: Side;
  reason: string;
}

/**
 * TZIDs ical.js has no zone for (no VTIMEZONE in the file, not an IANA name): it reads them as
 * floating (here UTC), Orient maps them (CLDR windowsZones, Exchange display labels — NOTES.md
 * quirk 1). For these files the ical.js side reads the text with these TZIDs
 * renamed to the IANA zone they stand for, and the readers must then agree; a separate test
 * checks that without the renaming they still disagree (so each entry stays needed).
 * Right: Orient (documented decision: Windows name / Exchange label → IANA via CLDR).
 */
const ICALJS_TZID_RENAMES: Record<string, { tzids: Record<string, string>; reason: string }> = {
  'node-ical-fixtures/Office-2012-owa.ics': {
    tzids: {
      '(GMT+10:00) Canberra, Melbourne, Sydney': 'Australia/Sydney',
      '(UTC-05:00) Eastern Time (US & Canada)': 'America/New_York',
    },
    reason:
      'Exchange 2010 display labels with no VTIMEZONE (NOTES.md quirk 1); CLDR maps the labels to ' +
      'AUS Eastern / Eastern Standard Time. ical.js leaves them floating: 13:30 read as 13:30Z ' +
      'instead of 02:30Z (AEDT) / 17:30Z (EDT).',
  },
  'node-ical-fixtures/windows-quoted-tz-rrule.ics': {
    tzids: { '(UTC-05:00) Eastern Time (US and Canada)': 'America/New_York' },
    reason:
      'DTSTART uses an Exchange label with no VTIMEZONE ("and" for "&"); ical.js reads 12:00 as ' +
      '12:00Z, Orient as 12:00 EDT = 16:00Z. The EXDATEs (12:00 Los Angeles = 19:00Z) match no ' +
      'instance on either side (RFC 5545 §3.8.5.1 matches by value, NOTES.md quirk 4: by instant).',
  },
};

const KNOWN_DISAGREEMENTS: KnownDisagreement[] = [
  {
    source: 'node-ical-fixtures/badRRULE.ics',
    kind: 'only-icaljs',
    uid: '11le1ep09hvog7dbotn6foj38e@google.com',
    count: 520,
    right: 'orient',
    reason:
      'Line 50 is `RRULE:RRULE:AnythingRandom;FREQ=WEEKLY;…`: the part "RRULE:AnythingRandom" is ' +
      'no NAME=VALUE recur-rule-part (RFC 5545 §3.3.10), so the RRULE is invalid and Orient skips ' +
      'the master (documented decision: a master with an invalid RRULE is skipped); ical.js ' +
      'ignores the garbage part and expands the weekly rule (520 instances in the range).',
  },
  {
    source: 'node-ical-fixtures/event-with-valarm.ics',
    kind: 'orient-cannot-read',
    error: 'invalid property name',
    count: 1,
    right: 'orient',
    reason:
      'Line 6 is `ORGANIZER="mailto:…"`: no ";" or ":" after the name, so it is no content line ' +
      '(RFC 5545 §3.1: name *(";" param) ":" value) and Orient rejects the file with the line ' +
      'number. ical.js guesses and reads the event (2013-04-18 18:00Z–19:00Z).',
  },
  {
    source: 'node-ical-fixtures/exchange_whole_day_moved_recurrence.ics',
    kind: 'only-orient',
    uid: 'exchange-moved-recurrence',
    recurrenceId: '2026-08-18',
    count: 1,
    right: 'orient',
    reason:
      'All-day series with UNTIL=20260817T220000Z: Exchange writes the UTC instant of local ' +
      'midnight (00:00 CEST on Tue Aug 18), so Aug 18 is the last instance (NOTES.md quirk 2). ' +
      'Orient reads UTC UNTIL in the calendar zone rounding times within 4 h before midnight up; ' +
      'the ical.js wrapper takes the UTC date (Aug 17) and drops Aug 18.',
  },
  {
    source: 'node-ical-fixtures/exchange_whole_day_moved_recurrence_offset_tz.ics',
    kind: 'only-orient',
    uid: 'exchange-moved-recurrence-offset-tz',
    recurrenceId: '2026-08-18',
    count: 1,
    right: 'orient',
    reason: 'Same UNTIL=20260817T220000Z on an all-day series as above (NOTES.md quirk 2).',
  },
  {
    source: 'node-ical-fixtures/Office-2012-owa.ics',
    kind: 'only-orient',
    uid: '<no-uid>',
    recurrenceId: '2020-11-02T18:30:00Z',
    count: 1,
    right: 'orient',
    reason:
      '"TEST2": DTSTART Mon 2020-11-02 13:30 Eastern with WEEKLY;BYDAY=TH,FR. RFC 5545 §3.3.10: ' +
      '"The DTSTART property value always counts as the first occurrence"; ical.js starts with ' +
      'the first instance the rule itself produces (Thu Nov 5).',
  },
  {
    source: 'node-ical-fixtures/festival-multiday-rrule.ics',
    kind: 'only-orient',
    uid: '<no-uid>',
    recurrenceId: '2011-08-04',
    count: 1,
    right: 'orient',
    reason:
      '"foobarTV broadcast starts": DTSTART Thu 2011-08-04 with WEEKLY;BYDAY=MO,FR. RFC 5545 ' +
      '§3.3.10: "The DTSTART property value always counts as the first occurrence" (and §3.8.5.3 ' +
      'makes the set the union with DTSTART); ical.js skips a DTSTART that the rule does not ' +
      'produce.',
  },
  {
    source: 'node-ical-fixtures/large-file-with-late-error.ics',
    kind: 'only-icaljs',
    count: 6,
    right: 'orient',
    reason:
      'Events 060, 061, 123, 185, 278, 340 start on Feb 30/31, Apr 31, Jun 31, Sep 31, Nov 31: ' +
      'no such dates (RFC 5545 §3.3.4 date-mday ranges by month). Orient skips them (invalid ' +
      'dates are skipped); ical.js rolls them over into the next month.',
  },
  {
    source: 'node-ical-fixtures/multi-event-basic.ics',
    kind: 'only-icaljs',
    uid: 'd4c826dfb701f611416d69b4df81caf9ff80b03a',
    count: 1,
    right: 'orient',
    reason:
      '"Dyncon 2011": DTSTART is a UTC date-time, DTEND;VALUE=DATE a date. RFC 5545 §3.8.2.2: ' +
      "DTEND's value type MUST be the same as DTSTART's; Orient skips the event with that " +
      'reason, ical.js subtracts the two and reads 2011-03-12T20:00Z–03-14T00:00Z.',
  },
  {
    source: 'node-ical-fixtures/test_date_duration.ics',
    kind: 'only-icaljs',
    uid: '20240215T101655-b6e4bbe9@192.168.178.100',
    count: 1,
    right: 'orient',
    reason:
      'DURATION:PT1W does not match RFC 5545 §3.3.6 (dur-week is "P" 1*DIGIT "W"; after "T" only ' +
      'H/M/S may follow), so the event has no valid end and Orient skips it (as ' +
      'fixture-expansion-misc.test.ts expects); ical.js reads one week (Feb 15 … Feb 22).',
  },
];

/**
 * libical RRULE vectors (line of the RRULE in libical-icalrecur_test.txt) on which ical.js 2.2.1's
 * own recurrence iterator is wrong. For each, the test checks that ical.js still disagrees and that
 * Orient gives libical's INSTANCES — with DTSTART first where libical leaves an off-rule DTSTART
 * out (RFC 5545 §3.3.10: "The DTSTART property value always counts as the first occurrence";
 * test/calendar/libical-vectors.test.ts does the same). Right: Orient, every time.
 */
interface RruleFault {
  fault: string;
  /** RecurIterator.next() never returns: checked in a child process with a time limit. */
  hangs?: true;
}

const OFF_RULE_DTSTART =
  "DTSTART is not an instance of the rule: ical.js (like libical's raw iterator) leaves it " +
  'out, RFC 5545 §3.3.10 counts it as the first occurrence (and under COUNT as one of them)';
const WEEKNO = 'ical.js mis-expands BYWEEKNO (wrong ISO weeks, every week, or nothing)';
const SETPOS = 'ical.js ignores or misapplies BYSETPOS (NOTES.md quirk 9, ical.js issue #1039)';
const UNSORTED =
  'an unsorted BY list (RFC 5545 does not require order): ical.js skips values that come ' +
  'after a larger one';
const SUBDAILY_INTERVAL =
  'INTERVAL on a sub-daily rule with BYHOUR/BYMINUTE/BYSECOND: ical.js steps through the ' +
  'BY values without applying INTERVAL to the period (RFC 5545 §3.3.10: BYxxx on FREQ=HOURLY ' +
  'etc. limit, they do not expand)';

const ICALJS_RRULE_FAULTS = new Map<number, RruleFault>([
  [23, { fault: 'YEARLY;BYDAY=20MO: ical.js expands to every Monday, not the 20th of the year' }],
  [28, { fault: WEEKNO }],
  [33, { fault: WEEKNO }],
  [38, { fault: `${WEEKNO}; also ${OFF_RULE_DTSTART}` }],
  [113, { fault: OFF_RULE_DTSTART }],
  [238, { fault: 'DAILY;BYMONTHDAY=-1,-2: RecurIterator.next() loops forever', hangs: true }],
  [273, { fault: WEEKNO }],
  [
    313,
    {
      fault:
        'ical.js throws "BYYEARDAY may only appear in YEARLY rules"; §3.3.10 allows it (limit) on HOURLY',
    },
  ],
  [
    354,
    {
      fault:
        'MONTHLY;INTERVAL=13;BYMONTH=5: ical.js ignores INTERVAL against BYMONTH (2011-05, 2012-05, …)',
    },
  ],
  [359, { fault: OFF_RULE_DTSTART }],
  [364, { fault: WEEKNO }],
  [369, { fault: WEEKNO }],
  [385, { fault: WEEKNO }],
  [
    405,
    {
      fault:
        'ical.js throws "BYWEEKNO does not fit to BYMONTHDAY"; 2024-12-30 (DTSTART) is in ISO week 1 of 2025 (libical: unimplemented)',
    },
  ],
  [
    400,
    {
      fault:
        'DAILY;BYMINUTE on a DATE start: ical.js throws "Same occurrence found twice"; §3.3.10 ignores BYMINUTE there',
    },
  ],
  [410, { fault: 'DAILY;BYMONTHDAY=20,-2: ical.js drops the negative month day (Feb 27, Mar 30)' }],
  [
    415,
    {
      fault:
        'ical.js throws "BYYEARDAY may only appear in YEARLY rules"; §3.3.10 allows it (limit) on HOURLY',
    },
  ],
  [426, { fault: UNSORTED }],
  [431, { fault: UNSORTED }],
  [436, { fault: UNSORTED }],
  [441, { fault: UNSORTED }],
  [446, { fault: UNSORTED }],
  [506, { fault: SETPOS }],
  [511, { fault: SETPOS }],
  [516, { fault: WEEKNO }],
  [521, { fault: WEEKNO }],
  [526, { fault: WEEKNO }],
  [531, { fault: WEEKNO }],
  [536, { fault: WEEKNO }],
  [541, { fault: WEEKNO }],
  [546, { fault: WEEKNO }],
  [551, { fault: WEEKNO }],
  [556, { fault: WEEKNO }],
  [561, { fault: WEEKNO }],
  [566, { fault: SETPOS }],
  [571, { fault: SETPOS }],
  [577, { fault: SETPOS }],
  [583, { fault: SETPOS }],
  [590, { fault: `${SETPOS}; also ${OFF_RULE_DTSTART}` }],
  [595, { fault: SETPOS }],
  [600, { fault: SETPOS }],
  [605, { fault: SETPOS }],
  [610, { fault: SETPOS }],
  [615, { fault: SETPOS }],
  [620, { fault: SETPOS }],
  [625, { fault: SETPOS }],
  [630, { fault: SETPOS }],
  [635, { fault: SETPOS }],
  [641, { fault: SETPOS }],
  [646, { fault: UNSORTED }],
  [661, { fault: `${WEEKNO}; also ${OFF_RULE_DTSTART}` }],
  [666, { fault: WEEKNO }],
  [671, { fault: `${WEEKNO}; also ${OFF_RULE_DTSTART}` }],
  [676, { fault: WEEKNO }],
  [681, { fault: `${WEEKNO}; also ${OFF_RULE_DTSTART}` }],
  [686, { fault: `${WEEKNO}; also ${OFF_RULE_DTSTART}` }],
  [691, { fault: SUBDAILY_INTERVAL }],
  [696, { fault: SUBDAILY_INTERVAL }],
  [701, { fault: SUBDAILY_INTERVAL }],
  [706, { fault: `${SUBDAILY_INTERVAL}; and ${SETPOS}` }],
  [711, { fault: SUBDAILY_INTERVAL }],
  [720, { fault: WEEKNO }],
  [725, { fault: WEEKNO }],
  [730, { fault: WEEKNO }],
  [735, { fault: WEEKNO }],
  [740, { fault: WEEKNO }],
]);

// ---------------------------------------------------------------------------------------------
// Reading both ways

interface SideRead {
  rows: ContractRow[] | null;
  error: string | null;
}

function readOrient(text: string, range: { from: number; to: number }): SideRead {
  const read = readCalendar(text, { range, ownerTimezone: null, orgTimezone: ORG_TIMEZONE });
  if (!read.ok) return { rows: null, error: `line ${read.line}: ${read.message}` };
  return { rows: read.occurrences.map(expandedOccurrence), error: null };
}

function readIcal(text: string, range: { from: number; to: number }): SideRead {
  const read = readWithIcalJs(text, range, { floatingZone: ORG_TIMEZONE });
  const parseError = read.errors.find((e) => e.startsWith('ICAL.parse'));
  if (parseError) return { rows: null, error: parseError };
  return { rows: read.rows, error: null };
}

/** Earliest VEVENT DTSTART/RECURRENCE-ID − 2 days, for 2 years (≥ latest + 60 days, ≤ 5 years). */
function rangeOf(text: string): { from: number; to: number } {
  let inEvent = false;
  let min = Infinity;
  let max = -Infinity;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().toUpperCase();
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    else if (inEvent && /^(DTSTART|RECURRENCE-ID)[;:]/.test(line)) {
      const m = /:(\d{4})(\d{2})(\d{2})/.exec(line);
      if (!m || Number(m[1]) < 1900) continue;
      const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
  }
  if (min === Infinity) return { from: Date.UTC(2000, 0, 1), to: Date.UTC(2030, 0, 1) };
  const from = min - 2 * DAY_MS;
  const to = Math.min(Math.max(from + 731 * DAY_MS, max + 60 * DAY_MS), from + 5 * 366 * DAY_MS);
  return { from, to };
}

const ANONYMOUS = /^(orient|icaljs)-no-uid-/;
const FIELDS = ['start', 'end', 'allDay', 'status', 'summary'] as const;

/** UID-less rows: the readers invent different UIDs, so such rows are keyed by content too. */
function identity(r: ContractRow): { uid: string; key: string } {
  if (!ANONYMOUS.test(r.uid)) return { uid: r.uid, key: `${r.uid}|${r.recurrenceId}` };
  return { uid: '<no-uid>', key: `<no-uid>|${r.recurrenceId}|${r.summary}|${r.start}` };
}

function describeRow(r: ContractRow): string {
  return `${r.start}–${r.end}${r.allDay ? ' all-day' : ''} ${r.status ?? '-'} ${JSON.stringify(r.summary)}`;
}

function compare(source: string, orient: SideRead, ical: SideRead): Disagreement[] {
  const fileLevel = (kind: Kind, detail: string): Disagreement => ({
    source,
    kind,
    uid: '',
    recurrenceId: null,
    fields: [],
    detail,
  });
  if (!orient.rows && !ical.rows) return []; // both reject the file
  if (!orient.rows) return [fileLevel('orient-cannot-read', orient.error ?? '')];
  if (!ical.rows) return [fileLevel('icaljs-cannot-parse', ical.error ?? '')];

  const groups = new Map<string, { uid: string; orient: ContractRow[]; ical: ContractRow[] }>();
  const add = (r: ContractRow, side: 'orient' | 'ical'): void => {
    const { uid, key } = identity(r);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { uid, orient: [], ical: [] }));
    g[side].push(r);
  };
  for (const r of orient.rows) add(r, 'orient');
  for (const r of ical.rows) add(r, 'ical');

  const out: Disagreement[] = [];
  for (const [key, g] of groups) {
    const rowLevel = (kind: Kind, fields: string[], detail: string): Disagreement => ({
      source,
      kind,
      uid: g.uid,
      recurrenceId: (g.orient[0] ?? g.ical[0])?.recurrenceId ?? null,
      fields,
      detail: `${key}: ${detail}`,
    });
    const [o] = g.orient;
    const [i] = g.ical;
    if (g.orient.length === 1 && g.ical.length === 1 && o && i) {
      const fields = FIELDS.filter((f) => o[f] !== i[f]);
      if (fields.length > 0) {
        const detail = fields.map((f) => `${f} orient=${o[f]} icaljs=${i[f]}`).join('; ');
        out.push(rowLevel('fields', fields, detail));
      }
      continue;
    }
    // Several rows under one key (duplicates): compare as multisets of their contents.
    const text = (r: ContractRow): string => JSON.stringify(FIELDS.map((f) => r[f]));
    const icalLeft = [...g.ical];
    for (const r of g.orient) {
      const at = icalLeft.findIndex((x) => text(x) === text(r));
      if (at >= 0) icalLeft.splice(at, 1);
      else out.push(rowLevel('only-orient', [], describeRow(r)));
    }
    for (const r of icalLeft) out.push(rowLevel('only-icaljs', [], describeRow(r)));
  }
  return out;
}

function matches(k: KnownDisagreement, d: Disagreement): boolean {
  if (k.source !== d.source || k.kind !== d.kind) return false;
  if (k.uid !== undefined && k.uid !== d.uid) return false;
  if (k.recurrenceId !== undefined && k.recurrenceId !== d.recurrenceId) return false;
  if (k.fields !== undefined && [...k.fields].sort().join() !== [...d.fields].sort().join()) {
    return false;
  }
  if (k.error !== undefined && !d.detail.includes(k.error)) return false;
  return true;
}

/** Disagreements no entry explains, and entries whose count is not met exactly. */
function unexplained(
  source: string,
  found: readonly Disagreement[],
): { unlisted: string[]; stale: string[] } {
  const entries = KNOWN_DISAGREEMENTS.filter((k) => k.source === source);
  const counts = new Map<KnownDisagreement, number>(entries.map((k) => [k, 0]));
  const unlisted: string[] = [];
  for (const d of found) {
    const k = entries.find((e) => matches(e, d));
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    else unlisted.push(`${d.kind} ${d.detail}`);
  }
  const stale = entries
    .filter((k) => counts.get(k) !== k.count)
    .map(
      (k) =>
        `${k.kind} ${k.uid ?? '*'} ${k.recurrenceId ?? '*'}: listed ${k.count}, found ${counts.get(k)}`,
    );
  return { unlisted, stale };
}

function renameTzids(text: string, tzids: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(tzids)) {
    out = out.split(`TZID="${from}"`).join(`TZID=${to}`).split(`TZID=${from}:`).join(`TZID=${to}:`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sources

function icsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...icsFiles(path));
    else if (entry.name.toLowerCase().endsWith('.ics')) out.push(path);
  }
  return out.sort();
}

interface Vector {
  line: number;
  rrule: string;
  dtstart: string;
  instances: string[];
}

function readVectors(text: string): Vector[] {
  const vectors: Vector[] = [];
  let current: Partial<Vector> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const colon = line.indexOf(':');
    if (line.startsWith('#') || colon < 0) return;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    if (key === 'RRULE') current = { line: index + 1, rrule: value };
    else if (key === 'DTSTART') current.dtstart = value;
    else if (key === 'INSTANCES' && current.rrule !== undefined && current.dtstart !== undefined) {
      // libical writes "*** UNIMPLEMENTED…" where it has no answer: no instances to compare.
      const instances = value.split(',').filter((x) => /^\d{8}/.test(x.trim()));
      vectors.push({ ...(current as Vector), instances });
      current = {};
    }
  });
  return vectors;
}

/** A vector as one VEVENT (floating or UTC DTSTART as written; RSCALE rules do not apply). */
function vectorCalendar(v: Vector): string {
  const dtstart = /^\d{8}$/.test(v.dtstart)
    ? `DTSTART;VALUE=DATE:${v.dtstart}`
    : `DTSTART:${v.dtstart}`;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Orient//differential test//EN',
    'BEGIN:VEVENT',
    `UID:libical-${v.line}`,
    'DTSTAMP:20240101T000000Z',
    dtstart,
    `RRULE:${v.rrule}`,
    'SUMMARY:vector',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function basicToMs(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/.exec(value);
  if (!m) return NaN;
  const n = (i: number): number => Number(m[i] ?? 0);
  return Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6));
}

/** DTSTART to the last listed instance (libical lists a prefix of unbounded rules). */
function vectorRange(v: Vector): { from: number; to: number } {
  const last = v.instances.length ? basicToMs(v.instances[v.instances.length - 1] ?? '') : NaN;
  const from = basicToMs(v.dtstart);
  return { from, to: (Number.isFinite(last) ? last : from) + 1000 };
}

/** libical's INSTANCES in the contract format, DTSTART first (RFC 5545 §3.3.10), COUNT applied. */
function libicalStarts(v: Vector): string[] {
  const format = (basic: string): string => {
    const ms = basicToMs(basic);
    return /^\d{8}$/.test(basic)
      ? new Date(ms).toISOString().slice(0, 10)
      : new Date(ms).toISOString().slice(0, 19) + 'Z';
  };
  let list = v.instances;
  if (list[0] !== v.dtstart) {
    list = [v.dtstart, ...list];
    const count = /COUNT=(\d+)/.exec(v.rrule)?.[1];
    if (count !== undefined) list = list.slice(0, Number(count));
  }
  return list.map(format);
}

/**
 * Whether ical.js's own RecurIterator (no wrapper) still fails to produce the vector's instances
 * within 10 s. Run in a child process: a synchronous endless loop cannot be stopped in-process.
 */
function icalJsIteratorHangs(v: Vector): boolean {
  const icalJs = pathToFileURL(createRequire(import.meta.url).resolve('ical.js')).href;
  const dtstart = v.dtstart.replace(
    /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/,
    (_m, y: string, mo: string, d: string, h?: string, mi?: string, sec?: string, z?: string) =>
      h ? `${y}-${mo}-${d}T${h}:${mi}:${sec}${z ?? ''}` : `${y}-${mo}-${d}`,
  );
  const script = [
    `import ICAL from ${JSON.stringify(icalJs)};`,
    `const it = ICAL.Recur.fromString(${JSON.stringify(v.rrule)})`,
    `  .iterator(ICAL.Time.fromString(${JSON.stringify(dtstart)}));`,
    `let n = 0;`,
    `while (n < ${v.instances.length} && it.next()) n++;`,
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    timeout: 10_000,
    encoding: 'utf8',
  });
  return (run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
}

// ---------------------------------------------------------------------------------------------
// Tests

const FILES = icsFiles(ICS_ROOT).map((path) => relative(ICS_ROOT, path));

describe('differential: Orient reader vs ical.js over /work/shared/ics', () => {
  it('finds the fixture files, and every listed source exists', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(51);
    const vectorSources = new Set(
      readVectors(readFileSync(VECTORS, 'utf8')).map((v) => `libical:${v.line}`),
    );
    const sources = [
      ...KNOWN_DISAGREEMENTS.map((k) => k.source),
      ...Object.keys(ICALJS_TZID_RENAMES),
    ];
    expect(sources.filter((s) => !FILES.includes(s) && !vectorSources.has(s))).toEqual([]);
  });

  it.each(FILES)('%s', (file) => {
    const text = readFileSync(join(ICS_ROOT, file), 'utf8');
    const range = rangeOf(text);
    const renames = ICALJS_TZID_RENAMES[file];
    const orient = readOrient(text, range);
    const ical = readIcal(renames ? renameTzids(text, renames.tzids) : text, range);
    const { unlisted, stale } = unexplained(file, compare(file, orient, ical));
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it.each(Object.keys(ICALJS_TZID_RENAMES))('%s still needs its TZID renames', (file) => {
    const text = readFileSync(join(ICS_ROOT, file), 'utf8');
    const range = rangeOf(text);
    const found = compare(file, readOrient(text, range), readIcal(text, range));
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('differential: Orient reader vs ical.js over the libical RRULE vectors', () => {
  const vectors = readVectors(readFileSync(VECTORS, 'utf8')).filter(
    (v) => !v.rrule.includes('RSCALE'),
  );

  it('lists only vectors that exist', () => {
    const lines = new Set(vectors.map((v) => v.line));
    expect([...ICALJS_RRULE_FAULTS.keys()].filter((l) => !lines.has(l))).toEqual([]);
  });

  it.each(vectors.map((v) => [`libical:${v.line} ${v.rrule} @ ${v.dtstart}`, v] as const))(
    '%s',
    (_name, v) => {
      const source = `libical:${v.line}`;
      const text = vectorCalendar(v);
      const range = vectorRange(v);
      const orient = readOrient(text, range);
      const fault = ICALJS_RRULE_FAULTS.get(v.line);
      if (fault) {
        // Listed: ical.js must still get it wrong, and Orient must give libical's instances.
        const wrong = fault.hangs
          ? icalJsIteratorHangs(v)
          : compare(source, orient, readIcal(text, range)).length > 0;
        expect(wrong, `ical.js now agrees: drop libical:${v.line} from the list`).toBe(true);
        if (v.instances.length > 0) {
          expect(orient.rows?.map((r) => r.start)).toEqual(libicalStarts(v));
        }
        return;
      }
      const found = compare(source, orient, readIcal(text, range));
      expect(found.map((d) => `${d.kind} ${d.detail}`)).toEqual([]);
    },
  );
});
