// VEVENT (RFC 5545 §3.6.1) read into a plain record. Problems that make an event unusable are
// returned as a reason (the caller reports it as a skipped item); the rest of the file still reads.
import type { Component } from './components.js';
import type { ContentLine } from './content-lines.js';
import { readAttendee, readParticipant, type Attendee, type Participant } from './people.js';
import { parseRecurrenceRule } from './recurrence/parse-rule.js';
import type { RecurrenceRule } from './recurrence/rule.js';
import {
  parseDuration,
  parsePeriod,
  parseTimeValue,
  splitValues,
  unescapeText,
  type Duration,
  type PeriodValue,
  type TimeValue,
} from './values.js';

export type EventEnd =
  | { kind: 'end'; value: TimeValue; line: number }
  | { kind: 'duration'; duration: Duration }
  | { kind: 'none' };

export interface CalendarEvent {
  uid: string;
  line: number;
  recurrenceId: TimeValue | undefined;
  /** RANGE=THISANDFUTURE on RECURRENCE-ID (§3.2.13). */
  thisAndFuture: boolean;
  start: TimeValue;
  end: EventEnd;
  summary: string;
  /** STATUS upper-cased (TENTATIVE, CONFIRMED, CANCELLED), or null when absent. */
  status: string | null;
  /** TRANSP:TRANSPARENT (§3.8.2.7). */
  transparent: boolean;
  sequence: number;
  /** LAST-MODIFIED, else DTSTAMP, as UTC ms; null when neither is present. */
  modified: number | null;
  organizer: Participant | null;
  attendees: Attendee[];
  rrules: RecurrenceRule[];
  rdates: (TimeValue | PeriodValue)[];
  exdates: TimeValue[];
}

export type EventResult =
  | { ok: true; event: CalendarEvent; warnings: string[] }
  | { ok: false; uid: string | null; reason: string };

export function readEvent(component: Component): EventResult {
  const warnings: string[] = [];
  let uidLine: ContentLine | undefined;
  let dtstart: ContentLine | undefined;
  let dtend: ContentLine | undefined;
  let durationLine: ContentLine | undefined;
  let ridLine: ContentLine | undefined;
  let summaryLine: ContentLine | undefined;
  let statusLine: ContentLine | undefined;
  let transpLine: ContentLine | undefined;
  let seq: ContentLine | undefined;
  let lastModified: ContentLine | undefined;
  let dtstamp: ContentLine | undefined;
  let organizerLine: ContentLine | undefined;
  const attendeeLines: ContentLine[] = [];
  let rruleLines: ContentLine[] | undefined;
  let rdateLines: ContentLine[] | undefined;
  let exdateLines: ContentLine[] | undefined;
  let repeated: ContentLine[] | undefined;
  const single = (current: ContentLine | undefined, p: ContentLine): ContentLine => {
    if (current) (repeated ??= []).push(current, p);
    return current ?? p;
  };
  for (const p of component.properties) {
    switch (p.name) {
      case 'ATTENDEE':
        attendeeLines.push(p);
        break;
      case 'UID':
        uidLine = single(uidLine, p);
        break;
      case 'DTSTART':
        dtstart = single(dtstart, p);
        break;
      case 'DTEND':
        dtend = single(dtend, p);
        break;
      case 'DURATION':
        durationLine = single(durationLine, p);
        break;
      case 'RECURRENCE-ID':
        ridLine = single(ridLine, p);
        break;
      case 'SUMMARY':
        summaryLine ??= p;
        break;
      case 'STATUS':
        statusLine ??= p;
        break;
      case 'TRANSP':
        transpLine ??= p;
        break;
      case 'SEQUENCE':
        seq ??= p;
        break;
      case 'LAST-MODIFIED':
        lastModified ??= p;
        break;
      case 'DTSTAMP':
        dtstamp ??= p;
        break;
      case 'ORGANIZER':
        organizerLine ??= p;
        break;
      case 'RRULE':
        (rruleLines ??= []).push(p);
        break;
      case 'RDATE':
        (rdateLines ??= []).push(p);
        break;
      case 'EXDATE':
        (exdateLines ??= []).push(p);
        break;
    }
  }
  const uid = uidLine ? uidLine.value.trim() : null;
  const fail = (reason: string): EventResult => ({ ok: false, uid, reason });
  if (repeated) {
    const first = repeated[0]!;
    const lines = repeated.filter((p) => p.name === first.name).map((p) => p.line);
    const unique = [...new Set(lines)];
    return fail(
      `${first.name} appears ${unique.length} times (lines ${unique.join(', ')}); RFC 5545 §3.6.1 allows it once`,
    );
  }
  if (!dtstart) return fail('no DTSTART');
  const start = timeOf(dtstart);
  if (!start) return fail(`DTSTART ${JSON.stringify(dtstart.value)} is not a date or date-time`);

  let end: EventEnd = { kind: 'none' };
  if (dtend && durationLine) return fail('both DTEND and DURATION (RFC 5545 §3.6.1 allows one)');
  if (dtend) {
    const value = timeOf(dtend);
    if (!value) return fail(`DTEND ${JSON.stringify(dtend.value)} is not a date or date-time`);
    if ((value.kind === 'date') !== (start.kind === 'date')) {
      return fail('DTEND and DTSTART differ in type (one is a date, the other a date-time)');
    }
    end = { kind: 'end', value, line: dtend.line };
  } else if (durationLine) {
    const duration = parseDuration(durationLine.value);
    if (!duration) return fail(`DURATION ${JSON.stringify(durationLine.value)} is not a duration`);
    if (duration.days < 0 || duration.ms < 0) return fail('negative DURATION');
    end = { kind: 'duration', duration };
  }

  let recurrenceId: TimeValue | undefined;
  if (ridLine) {
    recurrenceId = timeOf(ridLine);
    if (!recurrenceId)
      return fail(`RECURRENCE-ID ${JSON.stringify(ridLine.value)} is not a date-time`);
  }

  const rrules: RecurrenceRule[] = [];
  for (const line of rruleLines ?? []) {
    const parsed = parseRecurrenceRule(line.value);
    if (!parsed.ok) return fail(`RRULE on line ${line.line}: ${parsed.error}`);
    rrules.push(parsed.rule);
    for (const w of parsed.warnings) warnings.push(`RRULE on line ${line.line}: ${w}`);
  }
  const rdates: (TimeValue | PeriodValue)[] = [];
  for (const line of rdateLines ?? []) {
    const tzid = line.params?.['TZID'];
    const isPeriod = line.params?.['VALUE']?.toUpperCase() === 'PERIOD';
    for (const text of splitValues(line.value)) {
      const value = isPeriod || text.includes('/') ? parsePeriod(text, tzid) : timeOf(line, text);
      if (!value) return fail(`RDATE ${JSON.stringify(text)} on line ${line.line} is not valid`);
      rdates.push(value);
    }
  }
  const exdates: TimeValue[] = [];
  for (const line of exdateLines ?? []) {
    for (const text of splitValues(line.value)) {
      const value = timeOf(line, text);
      if (!value) return fail(`EXDATE ${JSON.stringify(text)} on line ${line.line} is not valid`);
      exdates.push(value);
    }
  }

  const sequence = seq && /^\s*\d+\s*$/.test(seq.value) ? Number(seq.value) : 0;
  const modifiedLine = lastModified ?? dtstamp;
  const modifiedValue = modifiedLine ? timeOf(modifiedLine) : undefined;
  const status = statusLine?.value.trim().toUpperCase();

  let eventUid = uid ?? '';
  if (eventUid === '') {
    eventUid = syntheticUid([
      dtstart.value,
      dtend?.value ?? durationLine?.value ?? '',
      summaryLine?.value ?? '',
    ]);
    warnings.push(`VEVENT has no UID; using ${eventUid}`);
  }
  return {
    ok: true,
    warnings,
    event: {
      uid: eventUid,
      line: component.line,
      recurrenceId,
      thisAndFuture: ridLine?.params?.['RANGE']?.toUpperCase() === 'THISANDFUTURE',
      start,
      end,
      summary: unescapeText(summaryLine?.value ?? '').trim(),
      status: status ? status : null,
      transparent: transpLine?.value.trim().toUpperCase() === 'TRANSPARENT',
      sequence,
      modified: modifiedValue?.kind === 'utc' ? modifiedValue.utc : null,
      organizer: organizerLine ? readParticipant(organizerLine) : null,
      attendees: attendeeLines.map(readAttendee),
      rrules,
      rdates,
      exdates,
    },
  };
}

function timeOf(line: ContentLine, text = line.value): TimeValue | undefined {
  const tzid = line.params?.['TZID'];
  return parseTimeValue(
    text,
    tzid === undefined ? undefined : tzid.trim(),
    line.params?.['VALUE']?.toUpperCase(),
  );
}

/**
 * A stable stand-in UID (FNV-1a of the raw DTSTART, end and title) for an event without one, so
 * the same UID-less event in two exports still dedupes and distinct ones do not collide.
 */
function syntheticUid(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let h = 0x811c9dc5;
  let h2 = 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
    h2 = (Math.imul(h2, 31) + text.charCodeAt(i)) >>> 0;
  }
  return `orient-no-uid-${h.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
