// When an instance ends (RFC 5545 §3.6.1, §3.8.2.2, §3.8.2.5, §3.3.10): DTEND gives every instance
// the same exact duration; DURATION is nominal (a day is a wall-clock day, 23 or 25 hours across a
// DST change); with neither, a date lasts one day and a date-time is an instant.
import type { CalendarEvent } from './event.js';
import { DAY_MS } from './local-time.js';
import { UTC_ZONE } from './time-zones/zone.js';
import { instantOf, zoneOfValue, type ZoneContext } from './zone-context.js';
import type { TimeValue } from './values.js';

export type EndResolver = {
  ok: true;
  /** The UTC end of an instance starting at startUtc whose DTSTART-like value is startValue. */
  end(startUtc: number, startValue: TimeValue): number;
  warning?: string;
};

export type EndResult = EndResolver | { ok: false; reason: string };

/**
 * The end rule of an event. An override whose DTEND precedes its DTSTART takes the master's length
 * (with a warning); a master or single event with that fault is skipped.
 */
export function endOf(
  event: CalendarEvent,
  context: ZoneContext,
  masterEnd: EndResolver | undefined,
): EndResult {
  const e = event.end;
  const start = event.start;
  switch (e.kind) {
    case 'none':
      return start.kind === 'date'
        ? { ok: true, end: (s) => s + DAY_MS }
        : { ok: true, end: (s) => s };
    case 'duration': {
      const { days, ms } = e.duration;
      return {
        ok: true,
        end: (s, value) => {
          if (value.kind === 'date' || days === 0) return s + days * DAY_MS + ms;
          const zone = zoneOfValue(value, context, event.line) ?? UTC_ZONE;
          const local = s + zone.offsetAt(s);
          return zone.toUtc(local + days * DAY_MS) + ms;
        },
      };
    }
    case 'end': {
      const length =
        start.kind === 'date' && e.value.kind === 'date'
          ? e.value.local - start.local
          : instantOf(e.value, context, e.line) - instantOf(start, context, event.line);
      if (length >= 0) return { ok: true, end: (s) => s + length };
      const what = `DTEND (line ${e.line}) is before DTSTART`;
      if (masterEnd) {
        return { ...masterEnd, warning: `${what}; the instance keeps the series' length` };
      }
      return { ok: false, reason: what };
    }
  }
}
