// A proposed invite, and the meeting it would be once sent: the shape the counting rules read.
import type { Meeting, Participant } from '../counting/model.js';

export interface DraftAttendee {
  /** Lower-cased address. */
  email: string;
  /** CUTYPE (RFC 5545 §3.2.3) upper-cased: INDIVIDUAL when not given; ROOM/RESOURCE are rooms. */
  cutype: string;
}

/** A meeting someone is about to send: its first occurrence, with everyone on the invite. */
export interface DraftInvite {
  title: string;
  /** Lower-cased address of the organiser. */
  organizer: string;
  attendees: readonly DraftAttendee[];
  /** UTC ms of the first occurrence. */
  start: number;
  /** UTC ms, exclusive. */
  end: number;
  /** The RRULE as written, or null for a single meeting. */
  rrule: string | null;
  /** An all-day event (DTSTART;VALUE=DATE in an .ics). */
  allDay?: boolean;
  /** TRANSP:TRANSPARENT: shown as free. */
  transparent?: boolean;
}

/**
 * The meeting a draft becomes. Nobody has answered yet, so every attendee is NEEDS-ACTION, which
 * rule 2 counts as attending: everyone invited is assumed to come.
 */
export function meetingOfDraft(draft: DraftInvite): Meeting {
  const organizer = draft.organizer.toLowerCase();
  const byEmail = new Map<string, Participant>();
  byEmail.set(organizer, {
    email: organizer,
    partstat: null,
    cutype: 'INDIVIDUAL',
    isOrganizer: true,
    isAttendee: false,
    inOwnCalendar: false,
  });
  for (const a of draft.attendees) {
    const email = a.email.toLowerCase();
    if (email === '') continue;
    const listed = byEmail.get(email);
    byEmail.set(email, {
      email,
      partstat: 'NEEDS-ACTION',
      cutype: listed?.isOrganizer ? listed.cutype : a.cutype,
      isOrganizer: listed?.isOrganizer ?? false,
      isAttendee: true,
      inOwnCalendar: false,
    });
  }
  return {
    uid: 'draft',
    recurrenceKey: '',
    title: draft.title,
    start: draft.start,
    end: draft.end,
    allDay: draft.allDay ?? false,
    status: null,
    transparent: draft.transparent ?? false,
    organizer,
    participants: [...byEmail.values()],
  };
}
