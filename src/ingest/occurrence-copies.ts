// Occurrences read from one owner's export → the copies the store keeps.
import { formatUtc } from '../calendar/local-time.js';
import type { Occurrence } from '../calendar/occurrence.js';
import type { OccurrenceCopy } from '../core/calendar-copies/copy.js';

export function toCopies(owner: string, occurrences: readonly Occurrence[]): OccurrenceCopy[] {
  return occurrences.map((o) => {
    const e = o.event;
    return {
      owner,
      uid: o.uid,
      recurrenceKey: o.recurrenceId ?? '',
      // All-day occurrences keep their dates as UTC midnights (they are never counted: rule 2).
      start: formatUtc(o.start),
      end: formatUtc(o.end),
      allDay: o.allDay,
      summary: e.summary,
      status: e.status,
      transparent: e.transparent,
      organizer: e.organizer && e.organizer.email !== '' ? e.organizer.email : null,
      organizerName: e.organizer?.name ?? null,
      sequence: e.sequence,
      modified: e.modified === null ? null : formatUtc(e.modified),
      attendees: e.attendees.map((a) => ({
        email: a.email,
        name: a.name,
        partstat: a.partstat,
        cutype: a.cutype,
        role: a.role,
      })),
    };
  });
}
