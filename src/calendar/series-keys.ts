// Matching RECURRENCE-ID and EXDATE to instances. NOTES.md quirk 4: writers put RECURRENCE-ID in
// another zone than the master, or in UTC, so timed instances are matched by instant, never by
// string; all-day instances are matched by date (RFC 5545 §3.8.4.4, §3.8.5.1).
import { DAY_MS, HOUR_MS, MINUTE_MS, startOfDay } from './local-time.js';
import { instantOf, type ZoneContext } from './zone-context.js';
import type { TimeValue } from './values.js';

/**
 * The date (local ms of midnight) a value names in an all-day series. Exchange writes all-day
 * RECURRENCE-ID/EXDATE as local midnight with a TZID (the wall date is meant) and UNTIL as the UTC
 * instant of local midnight — the previous day in zones east of UTC (NOTES.md quirk 2). A UTC value
 * is therefore read in the calendar zone and, when it falls within four hours before a midnight,
 * taken to mean that midnight (the writer's zone differed from ours by its DST or base offset);
 * 23:59 and later means the end of that same day.
 */
export function dateKey(value: TimeValue, context: ZoneContext): number {
  switch (value.kind) {
    case 'date':
      return value.local;
    case 'zoned':
    case 'floating':
      return startOfDay(value.local);
    case 'utc': {
      const wall = value.utc + context.calendarZone.offsetAt(value.utc);
      const timeOfDay = wall - startOfDay(wall);
      if (timeOfDay >= DAY_MS - MINUTE_MS) return startOfDay(wall);
      return startOfDay(wall + 4 * HOUR_MS);
    }
  }
}

/** The key of an instance in a timed series: its UTC instant. */
export function instantKey(value: TimeValue, context: ZoneContext, line: number): number {
  if (value.kind === 'date') return context.calendarZone.toUtc(value.local);
  return instantOf(value, context, line);
}
