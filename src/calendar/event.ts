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

const SINGLE = ['UID', 'DTSTART', 'DTEND', 'DURATION', 'RECURRENCE-ID'] as const;

export function readEvent(component: Component): EventResult {
  const warnings: string[] = [];
  const byName = new Map<string, ContentLine[]>();
  for (const p of component.properties) {
    const list = byName.get(p.name);
    if (list) list.push(p);
    else byName.set(p.name, [p]);
  }
  const one = (name: string): ContentLine | undefined => byName.get(name)?.[0];
  const uidLine = one('UID');
  const uid = uidLine ? uidLine.value.trim() : null;
  const fail = (reason: string): EventResult => ({ ok: false, uid, reason });

  for (const name of SINGLE) {
    const list = byName.get(name);
    if (list && list.length > 1) {
      return fail(
        `${name} appears ${list.length} times (lines ${list.map((p) => p.line).join(', ')}); ` +
          'RFC 5545 §3.6.1 allows it once',
      );
    }
  }
  const dtstart = one('DTSTART');
  if (!dtstart) return fail('no DTSTART');
  const start = timeOf(dtstart);
  if (!start) return fail(`DTSTART ${JSON.stringify(dtstart.value)} is not a date or date-time`);

  const dtend = one('DTEND');
  const durationLine = one('DURATION');
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

  const ridLine = one('RECURRENCE-ID');
  let recurrenceId: TimeValue | undefined;
  if (ridLine) {
    recurrenceId = timeOf(ridLine);
    if (!recurrenceId)
      return fail(`RECURRENCE-ID ${JSON.stringify(ridLine.value)} is not a date-time`);
  }

  const rrules: RecurrenceRule[] = [];
  for (const line of byName.get('RRULE') ?? []) {
    const parsed = parseRecurrenceRule(line.value);
    if (!parsed.ok) return fail(`RRULE on line ${line.line}: ${parsed.error}`);
    rrules.push(parsed.rule);
    for (const w of parsed.warnings) warnings.push(`RRULE on line ${line.line}: ${w}`);
  }
  const rdates: (TimeValue | PeriodValue)[] = [];
  for (const line of byName.get('RDATE') ?? []) {
    const tzid = line.params?.['TZID'];
    const isPeriod = line.params?.['VALUE']?.toUpperCase() === 'PERIOD';
    for (const text of splitValues(line.value)) {
      const value = isPeriod || text.includes('/') ? parsePeriod(text, tzid) : timeOf(line, text);
      if (!value) return fail(`RDATE ${JSON.stringify(text)} on line ${line.line} is not valid`);
      rdates.push(value);
    }
  }
  const exdates: TimeValue[] = [];
  for (const line of byName.get('EXDATE') ?? []) {
    for (const text of splitValues(line.value)) {
      const value = timeOf(line, text);
      if (!value) return fail(`EXDATE ${JSON.stringify(text)} on line ${line.line} is not valid`);
      exdates.push(value);
    }
  }

  const seq = one('SEQUENCE');
  const sequence = seq && /^\s*\d+\s*$/.test(seq.value) ? Number(seq.value) : 0;
  const modifiedLine = one('LAST-MODIFIED') ?? one('DTSTAMP');
  const modifiedValue = modifiedLine ? timeOf(modifiedLine) : undefined;
  const organizerLine = one('ORGANIZER');
  const status = one('STATUS')?.value.trim().toUpperCase();

  return {
    ok: true,
    warnings,
    event: {
      uid: uid ?? '',
      line: component.line,
      recurrenceId,
      thisAndFuture: ridLine?.params?.['RANGE']?.toUpperCase() === 'THISANDFUTURE',
      start,
      end,
      summary: unescapeText(one('SUMMARY')?.value ?? '').trim(),
      status: status ? status : null,
      transparent: one('TRANSP')?.value.trim().toUpperCase() === 'TRANSPARENT',
      sequence,
      modified: modifiedValue?.kind === 'utc' ? modifiedValue.utc : null,
      organizer: organizerLine ? readParticipant(organizerLine) : null,
      attendees: (byName.get('ATTENDEE') ?? []).map(readAttendee),
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
