// Recurrence rules as each app writes them: Outlook BYSETPOS for "nth weekday" and WKST=SU,
// Google a date-only UNTIL on timed series (NOTES 3), Apple UNTIL at the end of the last local day;
// all-day series end at a local-midnight date-time in Outlook (NOTES 2).
import type { Meeting, Repeat } from '../meetings/meeting-model.js';
import { DAY_MS } from '../meetings/meeting-model.js';
import { ruleStarts } from '../meetings/recurrence.js';
import type { CalendarApp } from '../people/departments.js';
import { toUtc } from '../time-zones.js';
import { date, utc } from './date-values.js';

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** BYDAY weekday codes of days, 0 = Monday. */
function byDay(days: readonly number[]): string {
  return days.map((d) => WEEKDAY_CODES[d] ?? 'MO').join(',');
}

/** The RRULE line (RFC 5545 §3.3.10) of a series, in the style of `app`. */
export function rrule(app: CalendarApp, meeting: Meeting, repeat: Repeat): string {
  const parts = [`FREQ=${repeat.freq}`];
  const end = until(app, meeting, repeat);
  const interval = repeat.interval > 1 || app !== 'google' ? `INTERVAL=${repeat.interval}` : '';
  if (app === 'apple' && interval !== '') parts.push(interval);
  if (end !== '') parts.push(end);
  if (app !== 'apple' && interval !== '') parts.push(interval);
  if (repeat.freq === 'MONTHLY') {
    const day = WEEKDAY_CODES[repeat.days[0] ?? 0] ?? 'MO';
    parts.push(
      app === 'outlook' ? `BYDAY=${day};BYSETPOS=${repeat.nth}` : `BYDAY=${repeat.nth}${day}`,
    );
  } else parts.push(`BYDAY=${byDay(repeat.days)}`);
  if (app === 'outlook') parts.push('WKST=SU');
  return `RRULE:${parts.join(';')}`;
}

/** How the series ends: COUNT, or UNTIL the way `app` writes it; '' when it does not. */
function until(app: CalendarApp, meeting: Meeting, repeat: Repeat): string {
  if (repeat.count !== undefined) return `COUNT=${repeat.count}`;
  const last = repeat.last;
  if (last === undefined) return '';
  if (meeting.allDay) {
    // Exchange: the UTC instant of the last day's local midnight (NOTES 2).
    return app === 'outlook' ? `UNTIL=${utc(toUtc(meeting.zone, last))}` : `UNTIL=${date(last)}`;
  }
  switch (app) {
    case 'outlook':
      return `UNTIL=${utc(toUtc(meeting.zone, last))}`;
    case 'apple': {
      const endOfDay = Math.floor(last / DAY_MS) * DAY_MS + DAY_MS - 1000;
      return `UNTIL=${utc(toUtc(meeting.zone, endOfDay))}`;
    }
    case 'google': {
      // A date-only UNTIL on a timed series (NOTES 3), on a date with nothing near it, so reading it
      // as the start or the end of that day, local or UTC, gives the same instances.
      const day = Math.floor(last / DAY_MS) * DAY_MS + 2 * DAY_MS;
      const open: Repeat = { ...repeat, last: undefined, count: undefined };
      const clear = !ruleStarts(meeting.start, open, day + 2 * DAY_MS).some((t) => t > last);
      return clear && meeting.id % 2 === 0
        ? `UNTIL=${date(day)}`
        : `UNTIL=${utc(toUtc(meeting.zone, last))}`;
    }
  }
}
