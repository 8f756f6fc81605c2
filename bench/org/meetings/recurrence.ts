// Recurrence, as far as the generator uses it (RFC 5545 §3.3.10 WEEKLY with BYDAY, MONTHLY with
// an ordinal BYDAY): the starts a rule generates and a meeting's instances in a range.
import { nthWeekday } from '../time-zones.js';
import type { Meeting, Override, Repeat } from './meeting-model.js';
import { DAY_MS, WEEK_MS } from './meeting-model.js';

/** Monday to Friday, 0 = Monday. */
export const WEEKDAYS = [0, 1, 2, 3, 4] as const;

/** The weekday of a local ms value, 0 = Monday. */
export function weekdayOf(localMs: number): number {
  return (((Math.floor(localMs / DAY_MS) + 3) % 7) + 7) % 7;
}

/** Starts the rule generates from `start` (DTSTART) before EXDATEs and overrides, below `until`. */
export function ruleStarts(start: number, repeat: Repeat, until: number): number[] {
  const out: number[] = [];
  const midnight = Math.floor(start / DAY_MS) * DAY_MS;
  const timeOfDay = start - midnight;
  const ended = (t: number) =>
    t >= until ||
    (repeat.last !== undefined && t > repeat.last) ||
    (repeat.count !== undefined && out.length >= repeat.count);
  if (repeat.freq === 'WEEKLY') {
    const monday = midnight - weekdayOf(start) * DAY_MS;
    for (let week = monday; ; week += repeat.interval * WEEK_MS) {
      for (const day of repeat.days) {
        const t = week + day * DAY_MS + timeOfDay;
        if (t < start) continue;
        if (ended(t)) return out;
        out.push(t);
      }
    }
  }
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  for (;;) {
    const t = nthWeekday(year, month, repeat.days[0] ?? 0, repeat.nth) + timeOfDay;
    if (t >= start) {
      if (ended(t)) return out;
      out.push(t);
    }
    month += repeat.interval;
    while (month > 12) {
      month -= 12;
      year++;
    }
  }
}

export interface Occurrence {
  start: number;
  end: number;
  override: Override | null;
}

/** Instances starting in [from, to): EXDATEs removed, overrides applied, cancelled ones dropped. */
export function occurrencesOf(meeting: Meeting, from: number, to: number): Occurrence[] {
  if (meeting.cancelled) return [];
  if (meeting.repeat === null) {
    const inside = meeting.start >= from && meeting.start < to;
    return inside ? [{ start: meeting.start, end: meeting.end, override: null }] : [];
  }
  const length = meeting.end - meeting.start;
  const excluded = new Set(meeting.exdates);
  const overrides = new Map(meeting.overrides.map((o) => [o.recurrenceId, o]));
  const out: Occurrence[] = [];
  for (const t of ruleStarts(meeting.start, meeting.repeat, to)) {
    if (t < from || excluded.has(t)) continue;
    const override = overrides.get(t);
    if (override === undefined) out.push({ start: t, end: t + length, override: null });
    else if (!override.cancelled) out.push({ start: override.start, end: override.end, override });
  }
  return out;
}
