// The plain data the counting rules work on (PRODUCT.md "Counting rules"): people from the
// directory and meeting instances with everyone on them, as stored after merging copies.

export type Orientation = 'customer' | 'market' | 'other';

export interface OrgPerson {
  email: string;
  name: string;
  department: string;
  role: string;
  orientation: Orientation;
  active: boolean;
}

/** Someone on a meeting instance: organiser, attendee, or owner of a calendar holding it. */
export interface Participant {
  email: string;
  /** PARTSTAT per rule 2's precedence (own copy, else organiser's, else any); null if not an attendee. */
  partstat: string | null;
  cutype: string;
  isOrganizer: boolean;
  isAttendee: boolean;
  /** The instance sits in this person's own imported calendar. */
  inOwnCalendar: boolean;
}

/** One meeting instance (occurrence) with its participants. */
export interface Meeting {
  uid: string;
  /** '' for a single event, else the instance key. */
  recurrenceKey: string;
  title: string;
  /** UTC ms. */
  start: number;
  /** UTC ms, exclusive. */
  end: number;
  allDay: boolean;
  status: string | null;
  transparent: boolean;
  organizer: string | null;
  participants: readonly Participant[];
}
