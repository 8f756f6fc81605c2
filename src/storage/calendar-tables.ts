// Calendar tables (migration 0002). An export's occurrences are kept per owner as copies; the
// copies of one meeting instance are merged into one `occurrences` row plus one `attendance` row
// per person (PRODUCT.md rule 2), so every range is plain SQL over UTC text timestamps.
import type { Flag } from './schema.js';

export interface CalendarsTable {
  owner_email: string; // primary key
  source_file: string;
  imported_at: string;
  window_from: string;
  window_to: string;
  calendar_name: string | null;
  floating_zone: string;
  events: number;
  occurrences: number;
  skipped: number;
  warnings: number;
}

export interface OccurrenceCopiesTable {
  owner_email: string;
  uid: string;
  recurrence_key: string; // '' when the event does not recur
  start_utc: string;
  end_utc: string;
  all_day: Flag;
  summary: string;
  status: string | null;
  transparent: Flag;
  organizer_email: string | null;
  organizer_name: string | null;
  sequence: number;
  modified: string | null;
  attendees: string; // JSON: CopyAttendee[]
}

export interface OccurrencesTable {
  uid: string;
  recurrence_key: string;
  start_utc: string;
  end_utc: string;
  all_day: Flag;
  summary: string;
  status: string | null;
  transparent: Flag;
  organizer_email: string | null;
  sequence: number;
  modified: string | null;
  copies: number;
  no_attendees: Flag;
}

export interface AttendanceTable {
  uid: string;
  recurrence_key: string;
  email: string;
  name: string | null;
  partstat: string | null;
  partstat_source: string; // own | organizer | other | none
  cutype: string;
  is_organizer: Flag;
  is_attendee: Flag;
  in_own_calendar: Flag;
}

export interface PendingMergesTable {
  uid: string;
}

export interface CalendarSchema {
  pending_merges: PendingMergesTable;
  calendars: CalendarsTable;
  occurrence_copies: OccurrenceCopiesTable;
  occurrences: OccurrencesTable;
  attendance: AttendanceTable;
}
