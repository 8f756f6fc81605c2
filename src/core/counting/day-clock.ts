// Rule 5: ranges are whole days in the org timezone. Day numbers count days since 1970-01-01 on
// the org's wall clock, so a report range maps to a span of day numbers.
import { ianaZone } from '../../calendar/time-zones/iana-zone.js';
import type { Zone } from '../../calendar/time-zones/zone.js';

const DAY_MS = 86_400_000;

export interface DayClock {
  readonly timezone: string;
  /** The org-timezone day containing a UTC instant. */
  dayOf(utc: number): number;
  /** The UTC instant of the org-timezone midnight starting a day. */
  startOf(day: number): number;
}

export function dayClock(timezone: string): DayClock {
  const zone: Zone | undefined = ianaZone(timezone);
  if (!zone) throw new Error(`unknown timezone ${timezone}`);
  return {
    timezone,
    dayOf: (utc) => Math.floor((utc + zone.offsetAt(utc)) / DAY_MS),
    startOf: (day) => zone.toUtc(day * DAY_MS),
  };
}

/** Day number of `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday starting the ISO week of a day (1970-01-01 was a Thursday). */
export function isoWeekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}
