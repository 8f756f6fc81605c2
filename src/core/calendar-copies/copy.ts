// One attendee's copy of one occurrence, as read from that person's export. The same meeting
// appears in every attendee's export; copies are merged into one occurrence (merge-copies.ts).

export interface CopyAttendee {
  email: string;
  name: string | null;
  partstat: string;
  cutype: string;
  role: string;
}

export interface OccurrenceCopy {
  owner: string;
  uid: string;
  /** '' for an event that does not recur; else the instance key (see calendar/occurrence.ts). */
  recurrenceKey: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  status: string | null;
  transparent: boolean;
  organizer: string | null;
  organizerName: string | null;
  sequence: number;
  /** ISO UTC of LAST-MODIFIED, else DTSTAMP. */
  modified: string | null;
  attendees: CopyAttendee[];
}

/** Where a person's PARTSTAT was taken from (PRODUCT.md rule 2). */
export type PartstatSource = 'own' | 'organizer' | 'other' | 'none';

export interface MergedOccurrence {
  uid: string;
  recurrenceKey: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  status: string | null;
  transparent: boolean;
  organizer: string | null;
  sequence: number;
  modified: string | null;
  /** How many exports hold a copy. */
  copies: number;
  /** True when no copy lists any attendee (a solo block in its owners' calendars). */
  noAttendees: boolean;
}

export interface AttendanceRecord {
  uid: string;
  recurrenceKey: string;
  email: string;
  name: string | null;
  /** PARTSTAT per rule 2's precedence; null when the person is not an attendee. */
  partstat: string | null;
  partstatSource: PartstatSource;
  cutype: string;
  isOrganizer: boolean;
  isAttendee: boolean;
  /** The occurrence sits in this person's own imported calendar. */
  inOwnCalendar: boolean;
}
