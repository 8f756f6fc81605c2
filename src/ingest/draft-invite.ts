// Reading a proposed invite for `orient invite check`: the first VEVENT of an .ics file, or a JSON
// object on stdin. Problems are values naming the line or field, never throws.
import { z } from 'zod';
import { CalendarSyntaxError } from '../calendar/calendar-error.js';
import { buildComponents, firstProperty, type Component } from '../calendar/components.js';
import { decodeCalendar, readContentLines } from '../calendar/content-lines.js';
import { readEvent } from '../calendar/event.js';
import { DAY_MS, localMs } from '../calendar/local-time.js';
import { readCalendar } from '../calendar/read-calendar.js';
import { expandRule } from '../calendar/recurrence/expand-rule.js';
import { parseRecurrenceRule } from '../calendar/recurrence/parse-rule.js';
import type { RecurrenceRule } from '../calendar/recurrence/rule.js';
import type { DraftInvite } from '../core/invites/invite-check.js';
import { jsonErrorPosition } from '../core/invites/json-error-position.js';

export type DraftRead =
  | {
      ok: true;
      draft: DraftInvite;
      /** Occurrences in the 12 months from the first one (1 for a single meeting). */
      occurrencesPerYear: number;
      warnings: string[];
    }
  | { ok: false; problems: string[] };

const JSON_SHAPE = '{ "title", "organizer", "attendees": [emails], "start", "end", "rrule"? }';

// ---- JSON ----------------------------------------------------------------------------------

const required =
  (what: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined ? `is required (${what})` : `expected ${what}`;

const email = z
  .string({ error: required('an email address') })
  .trim()
  .pipe(z.email({ error: (issue) => `'${String(issue.input)}' is not an email address` }))
  .transform((s) => s.toLowerCase());

const instant = z
  .string({ error: required('a date-time such as 2026-03-02T10:00:00-05:00') })
  .transform((text, ctx) => {
    const parsed = parseInstant(text);
    if (parsed) return parsed;
    ctx.addIssue({
      code: 'custom',
      message: `'${text}' is not an ISO-8601 date-time with an offset or Z, e.g. 2026-03-02T10:00:00-05:00`,
    });
    return z.NEVER;
  });

const rrule = z
  .string({ error: 'expected an RRULE such as FREQ=WEEKLY;COUNT=10, or null' })
  .nullish()
  .transform((text, ctx) => {
    const value = text?.trim().replace(/^RRULE:/i, '') ?? '';
    if (value === '') return null;
    const parsed = parseRecurrenceRule(value);
    if (parsed.ok) return { text: value, rule: parsed.rule, warnings: parsed.warnings };
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

export const draftSchema = z
  .strictObject(
    {
      title: z.string({ error: required('the meeting title') }),
      organizer: email,
      attendees: z
        .array(email, { error: required('a list of the invitees’ email addresses') })
        .min(1, 'list at least one invitee'),
      start: instant,
      end: instant,
      rrule: rrule.optional(),
    },
    { error: `expected a JSON object ${JSON_SHAPE}` },
  )
  .superRefine((d, ctx) => {
    if (d.end.utc <= d.start.utc) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
    }
  });

/** A draft sent as JSON: `{ title, organizer, attendees: [emails], start, end, rrule? }`. */
export function readDraftJson(text: string): DraftRead {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, problems: [`no draft: expected an .ics file, or JSON ${JSON_SHAPE}`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const at = jsonErrorPosition(body);
    const where = at
      ? `line ${at.line}, column ${at.column} (position ${at.position}): unexpected ${at.found}`
      : (error as Error).message;
    return { ok: false, problems: [`the draft is not valid JSON: ${where}`] };
  }
  return readDraftValue(value);
}

/** A draft already parsed from JSON (a field of a larger request). */
export function readDraftValue(value: unknown): DraftRead {
  const parsed = draftSchema.safeParse(value);
  if (!parsed.success) {
    // An unknown field first: it is usually a misspelt one, which explains a "required" below.
    const issues = [...parsed.error.issues].sort(
      (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
    );
    return { ok: false, problems: issues.map(describeIssue) };
  }
  const d = parsed.data;
  const draft: DraftInvite = {
    title: d.title.trim(),
    organizer: d.organizer,
    attendees: [...new Set(d.attendees)].map((a) => ({ email: a, cutype: 'INDIVIDUAL' })),
    start: d.start.utc,
    end: d.end.utc,
    rrule: d.rrule?.text ?? null,
  };
  if (!d.rrule) return { ok: true, draft, occurrencesPerYear: 1, warnings: [] };
  const count = occurrencesInYear(d.rrule.rule, d.start.utc, d.start.offsetMs);
  if (count === undefined) {
    return {
      ok: false,
      problems: ['rrule: repeats too often to be a meeting (over 100,000 a year)'],
    };
  }
  const warnings = d.rrule.warnings.map((w) => `rrule: ${w}`);
  return { ok: true, draft, occurrencesPerYear: count, warnings };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `unknown field '${k}' (expected ${JSON_SHAPE})`).join('; ');
  }
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

/** An ISO-8601 date-time that names its offset (or Z): the instant and the offset. */
function parseInstant(text: string): { utc: number; offsetMs: number } | undefined {
  const m = ISO_INSTANT.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = Number(m[6] ?? 0);
  const local = localMs(year!, month!, day!, hour!, minute!, second);
  // localMs rolls 31 February into March: a date that changes on the way is not a date.
  const back = new Date(local);
  if (back.getUTCDate() !== day || hour! > 23 || minute! > 59 || second > 59) return undefined;
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (offsetHours > 18 || offsetMinutes > 59) return undefined;
  const sign = m[9] === '-' ? -1 : 1;
  const offsetMs = sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  const fraction = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  return { utc: local + fraction - offsetMs, offsetMs };
}

/**
 * Occurrences from DTSTART for 12 months, expanded on the wall clock of the given offset (a JSON
 * time names an offset, not a zone). Undefined when the rule yields more than the engine's cap.
 */
function occurrencesInYear(
  rule: RecurrenceRule,
  startUtc: number,
  offsetMs: number,
): number | undefined {
  const dtLocal = startUtc + offsetMs;
  const u = rule.until;
  const untilLocal =
    u === undefined
      ? undefined
      : u.kind === 'utc'
        ? u.utc + offsetMs
        : u.kind === 'date'
          ? u.local + DAY_MS - 1 // a date-only UNTIL includes that whole day, as in the reader
          : u.local;
  const expanded = expandRule(rule, dtLocal, { endLocal: oneYearLater(dtLocal), untilLocal });
  return expanded.truncated ? undefined : expanded.instances.length;
}

/** The same moment a calendar year later (29 February → 1 March). */
function oneYearLater(ms: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

// ---- iCalendar -----------------------------------------------------------------------------

/**
 * The first VEVENT of an .ics file as a draft: SUMMARY, ORGANIZER, ATTENDEEs with CUTYPE, the first
 * occurrence's times as the calendar reader reads them (TZID, VTIMEZONE, floating times in
 * `orgTimezone`), and its occurrences in the 12 months from that one (RRULE, RDATE, EXDATE).
 */
export function readDraftIcs(
  input: Uint8Array | string,
  options: { orgTimezone: string },
): DraftRead {
  let first: Component | undefined;
  let events: Component[];
  try {
    const roots = buildComponents(readContentLines(decodeCalendar(input)));
    events = roots.flatMap((r) => r.components.filter((c) => c.name === 'VEVENT'));
    first = events[0];
  } catch (error) {
    if (error instanceof CalendarSyntaxError) return { ok: false, problems: [error.message] };
    throw error;
  }
  if (!first) return { ok: false, problems: ['no VEVENT in the file: nothing to check'] };
  const read = readEvent(first);
  if (!read.ok) return { ok: false, problems: [`line ${first.line}: ${read.reason}`] };
  const event = read.event;
  const problems: string[] = [];
  if (!event.organizer || event.organizer.email === '') {
    problems.push(`line ${first.line}: the VEVENT has no ORGANIZER with an email address`);
  }
  const attendees = event.attendees.filter((a) => a.email !== '');
  if (attendees.length === 0) {
    problems.push(`line ${first.line}: the VEVENT lists no ATTENDEE with an email address`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const approx = event.start.kind === 'utc' ? event.start.utc : event.start.local;
  const series = occurrencesOf(input, event.uid, approx, options.orgTimezone);
  if (!series.ok) return series;
  const warnings = [...series.warnings];
  const others = new Set(events.map((e) => firstProperty(e, 'UID')?.value.trim()));
  if (others.size > 1) {
    warnings.push(`the file holds ${others.size} events; checked the first (line ${first.line})`);
  }
  const skippedAttendees = event.attendees.length - attendees.length;
  if (skippedAttendees > 0) {
    warnings.push(`${skippedAttendees} ATTENDEE without an email address ignored`);
  }
  return {
    ok: true,
    draft: {
      title: event.summary,
      organizer: event.organizer!.email,
      attendees: attendees.map((a) => ({ email: a.email, cutype: a.cutype || 'INDIVIDUAL' })),
      start: series.start,
      end: series.end,
      rrule: firstProperty(first, 'RRULE')?.value.trim() ?? null,
      allDay: series.allDay,
      transparent: event.transparent,
    },
    occurrencesPerYear: series.count,
    warnings,
  };
}

type SeriesRead =
  | { ok: true; start: number; end: number; allDay: boolean; count: number; warnings: string[] }
  | { ok: false; problems: string[] };

/** The first occurrence of `uid` from about `approx` on, and how many follow within 12 months. */
function occurrencesOf(
  input: Uint8Array | string,
  uid: string,
  approx: number,
  orgTimezone: string,
): SeriesRead {
  // DTSTART's wall clock is within a day of its instant, so the first occurrence is found from
  // two days before it; when it comes later (an EXDATE on DTSTART), its 12 months are read again.
  const from = approx - 2 * DAY_MS;
  const to = oneYearLater(from) + 4 * DAY_MS;
  const first = seriesIn(input, uid, { from, to }, orgTimezone);
  if (!first.ok || oneYearLater(first.start) <= to) return first;
  return seriesIn(input, uid, { from: first.start, to: oneYearLater(first.start) }, orgTimezone);
}

function seriesIn(
  input: Uint8Array | string,
  uid: string,
  range: { from: number; to: number },
  orgTimezone: string,
): SeriesRead {
  const read = readCalendar(input, { range, orgTimezone });
  if (!read.ok) return { ok: false, problems: [`line ${read.line}: ${read.message}`] };
  const mine = read.occurrences.filter((o) => o.uid === uid);
  const head = mine[0];
  if (!head) {
    const skipped = read.skipped.filter((s) => s.uid === uid);
    return {
      ok: false,
      problems:
        skipped.length > 0
          ? skipped.map((s) => `line ${s.line}: ${s.reason}`)
          : ['the first VEVENT has no occurrence in the 12 months from its DTSTART'],
    };
  }
  const yearEnd = oneYearLater(head.start);
  return {
    ok: true,
    start: head.start,
    end: head.end,
    allDay: head.allDay,
    count: mine.filter((o) => o.start >= head.start && o.start < yearEnd).length,
    warnings: read.warnings.map((w) => `line ${w.line}: ${w.message}`),
  };
}
