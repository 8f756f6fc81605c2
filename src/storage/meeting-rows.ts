// Stored occurrences and attendance rows as the counting rules read them (core/counting/model.ts):
// one mapping for the ledger and the invite-review drill-down, so both see the same meetings.
import type { Selectable } from 'kysely';
import type { Meeting, Participant } from '../core/counting/model.js';
import type { AttendanceTable, OccurrencesTable } from './calendar-tables.js';

/** The attendance columns a Participant is made of. */
export const PARTICIPANT_COLUMNS = [
  'email',
  'partstat',
  'cutype',
  'is_organizer',
  'is_attendee',
  'in_own_calendar',
] as const;

type ParticipantRow = Pick<Selectable<AttendanceTable>, (typeof PARTICIPANT_COLUMNS)[number]>;

export function participantOf(r: ParticipantRow): Participant {
  return {
    email: r.email,
    partstat: r.partstat,
    cutype: r.cutype,
    isOrganizer: r.is_organizer === 1,
    isAttendee: r.is_attendee === 1,
    inOwnCalendar: r.in_own_calendar === 1,
  };
}

export function meetingOf(o: Selectable<OccurrencesTable>, participants: Participant[]): Meeting {
  return {
    uid: o.uid,
    recurrenceKey: o.recurrence_key,
    title: o.summary,
    start: Date.parse(o.start_utc),
    end: Date.parse(o.end_utc),
    allDay: o.all_day === 1,
    status: o.status,
    transparent: o.transparent === 1,
    organizer: o.organizer_email,
    participants,
  };
}
