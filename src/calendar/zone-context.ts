// How a file's TZIDs and floating times become zones. Floating times (RFC 5545 §3.3.5 form 1) have
// no zone of their own: Orient reads them in the calendar's zone (the owner's timezone, else
// X-WR-TIMEZONE, else the org timezone — see README "Time zones").
import type { Zone } from './time-zones/zone.js';
import { UTC_ZONE } from './time-zones/zone.js';
import type { TimeValue } from './values.js';

export interface ZoneContext {
  /** The zone floating times are read in. */
  readonly calendarZone: Zone;
  /** The zone of a TZID; unknown TZIDs fall back to the calendar zone (with a warning). */
  zoneFor(tzid: string, line: number): Zone;
}

/** The zone a time value's wall clock belongs to (dates have none: undefined). */
export function zoneOfValue(
  value: TimeValue,
  context: ZoneContext,
  line: number,
): Zone | undefined {
  switch (value.kind) {
    case 'date':
      return undefined;
    case 'utc':
      return UTC_ZONE;
    case 'zoned':
      return context.zoneFor(value.tzid, line);
    case 'floating':
      return context.calendarZone;
  }
}

/** The UTC instant of a date-time value; a date is read as midnight in the calendar zone. */
export function instantOf(value: TimeValue, context: ZoneContext, line: number): number {
  switch (value.kind) {
    case 'utc':
      return value.utc;
    case 'date':
      return context.calendarZone.toUtc(value.local);
    case 'zoned':
    case 'floating':
      return (zoneOfValue(value, context, line) ?? context.calendarZone).toUtc(value.local);
  }
}
