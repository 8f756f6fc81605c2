// One person's calendar export as iCalendar (RFC 5545) in UTF-8, the way Google Calendar, Outlook
// and Apple Calendar write theirs. Each app's quirks stay legal enough for a reader with the
// work-arounds in shared/ics/NOTES.md to read the intended meaning:
// - Outlook: Windows zone names as TZID (sometimes quoted), BYSETPOS for "nth weekday" rules,
//   all-day series with UNTIL/EXDATE as local-midnight date-times (NOTES 1, 2, 9), MAILTO:,
//   no PARTSTAT when it is NEEDS-ACTION (the RFC 5545 §3.2.12 default).
// - Google: X-WR-CALNAME/X-WR-TIMEZONE, date-only UNTIL on timed series, overrides written in the
//   owner's zone rather than the series' one (NOTES 3, 4), override-only instances (NOTES 7).
// - Apple: RECURRENCE-ID in UTC (NOTES 4), UNTIL at the end of the last local day.
// At 10,000 people the files add up to 1.7 GB, so the hot paths avoid per-character JavaScript:
// lines are joined once per file and encoded natively, and the ORGANIZER/ATTENDEE lines, dates
// and the joining instructions' text are built once and reused. The pieces live in ics/.
import type { Person } from './people.js';
import type { SharedLines } from './ics/attendee-lines.js';
import type { WriterContext } from './ics/calendar-writer.js';
import { CalendarWriter } from './ics/calendar-writer.js';

export type { WriterContext } from './ics/calendar-writer.js';
export { heldComponents } from './ics/calendar-writer.js';
export { escapeText, foldLine } from './ics/content-lines.js';

const encoder = new TextEncoder();

const sharedByContext = new WeakMap<WriterContext, SharedLines>();

/** The ORGANIZER/ATTENDEE lines built so far for the files of one org. */
function sharedLines(context: WriterContext): SharedLines {
  let found = sharedByContext.get(context);
  if (found === undefined) {
    found = new Map();
    sharedByContext.set(context, found);
  }
  return found;
}

/** One calendar file as UTF-8: the components of `meetingIds` that `owner` holds. */
export function renderCalendar(
  owner: Person,
  meetingIds: readonly number[],
  context: WriterContext,
): { bytes: Uint8Array; components: number } {
  const writer = new CalendarWriter(owner, context, sharedLines(context));
  for (const id of meetingIds) {
    const meeting = context.meetings[id];
    if (meeting !== undefined) writer.meeting(meeting);
  }
  return { bytes: encoder.encode(writer.finish()), components: writer.components };
}

/** One calendar file as text. */
export function writeCalendar(
  owner: Person,
  meetingIds: readonly number[],
  context: WriterContext,
): string {
  const writer = new CalendarWriter(owner, context, sharedLines(context));
  for (const id of meetingIds) {
    const meeting = context.meetings[id];
    if (meeting !== undefined) writer.meeting(meeting);
  }
  return writer.finish();
}
