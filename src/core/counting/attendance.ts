// Rule 2: who attends an occurrence.
import type { Meeting, Participant } from './model.js';
import { isPresent, kindOf } from './participants.js';

const DAY_MS = 86_400_000;

/** Rule 2's conditions on the occurrence itself: not cancelled, opaque, timed, under 24 hours. */
export function isCountable(m: Meeting): boolean {
  return (
    m.status !== 'CANCELLED' &&
    !m.transparent &&
    !m.allDay &&
    m.end - m.start < DAY_MS &&
    m.end > m.start
  );
}

/** The people listed on a meeting other than rooms (organiser and attendees). */
export function listedPeople(m: Meeting, isInternal: (email: string) => boolean): Participant[] {
  return m.participants.filter(
    (p) =>
      (p.isOrganizer || p.isAttendee) &&
      p.email !== '' &&
      kindOf(p.email, p.cutype, isInternal) !== 'room',
  );
}

/**
 * Rule 2: P attends O when O is countable and P organises it, or P is an attendee who did not
 * decline or delegate, or O lists nobody and sits in P's own calendar (a solo block). An event in
 * P's calendar that lists people but not P is not P's.
 */
export function attends(
  m: Meeting,
  email: string,
  isInternal: (email: string) => boolean,
): boolean {
  if (!isCountable(m)) return false;
  const p = m.participants.find((x) => x.email === email);
  if (!p) return false;
  if (p.isOrganizer || p.isAttendee) return isPresent(p);
  return p.inOwnCalendar && listedPeople(m, isInternal).length === 0;
}
