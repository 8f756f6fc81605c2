// PRODUCT.md rule 2 as a truth table: P attends O when O is not cancelled, not transparent, not
// all-day, shorter than 24 hours, and P organises it, or P is an attendee who did not decline or
// delegate, or O lists nobody and sits in P's own calendar (a solo block). An event in P's
// calendar that lists people but not P is not P's. Rooms are not people (rule 1).
import { describe, expect, it } from 'vitest';
import { attends, isCountable, listedPeople } from './attendance.js';
import type { Meeting, Participant } from './model.js';
import { internalDomainMatcher } from './participants.js';

const isInternal = internalDomainMatcher(['acme.com']);
const P = 'ana@acme.com';
const HOUR = 3_600_000;
/** Monday 2 March 2026, 14:00 UTC. */
const T = Date.UTC(2026, 2, 2, 14);

function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    uid: 'm',
    recurrenceKey: '',
    title: 'Meeting',
    start: T,
    end: T + HOUR,
    allDay: false,
    status: null,
    transparent: false,
    organizer: null,
    participants: [],
    ...over,
  };
}

const base: Participant = {
  email: P,
  partstat: null,
  cutype: 'INDIVIDUAL',
  isOrganizer: false,
  isAttendee: false,
  inOwnCalendar: false,
};
const organiser = (email: string): Participant => ({ ...base, email, isOrganizer: true });
const attendee = (email: string, partstat: string | null, over: Partial<Participant> = {}) => ({
  ...base,
  email,
  partstat,
  isAttendee: true,
  ...over,
});
/** P's own calendar holds the event, P is not on it as organiser or attendee. */
const owner: Participant = { ...base, inOwnCalendar: true };
const bo = organiser('bo@acme.com');

describe('rule 2: attendance', () => {
  // prettier-ignore
  it.each<[string, Partial<Meeting>, boolean]>([
    // who P is on the meeting
    ['P organises it (no ATTENDEE line for P)', { participants: [organiser(P)] }, true],
    ['P organises it and declined', { participants: [{ ...organiser(P), isAttendee: true, partstat: 'DECLINED' }] }, true],
    ['attendee ACCEPTED', { participants: [bo, attendee(P, 'ACCEPTED')] }, true],
    ['attendee TENTATIVE', { participants: [bo, attendee(P, 'TENTATIVE')] }, true],
    ['attendee NEEDS-ACTION', { participants: [bo, attendee(P, 'NEEDS-ACTION')] }, true],
    ['attendee without PARTSTAT', { participants: [bo, attendee(P, null)] }, true],
    ['attendee DECLINED', { participants: [bo, attendee(P, 'DECLINED')] }, false],
    ['attendee DECLINED in own calendar', { participants: [bo, attendee(P, 'DECLINED', { inOwnCalendar: true })] }, false],
    ['attendee DELEGATED', { participants: [bo, attendee(P, 'DELEGATED')] }, false],
    ['not on it at all', { participants: [bo, attendee('cy@acme.com', 'ACCEPTED')] }, false],

    // the occurrence itself (P organises each, so only the occurrence decides)
    ['cancelled', { status: 'CANCELLED', participants: [organiser(P)] }, false],
    ['STATUS:TENTATIVE is not cancelled', { status: 'TENTATIVE', participants: [organiser(P)] }, true],
    ['STATUS:CONFIRMED', { status: 'CONFIRMED', participants: [organiser(P)] }, true],
    ['transparent (shown as free)', { transparent: true, participants: [organiser(P)] }, false],
    ['all-day', { allDay: true, end: T + 24 * HOUR, participants: [organiser(P)] }, false],
    ['23 h 59 min', { end: T + 24 * HOUR - 60_000, participants: [organiser(P)] }, true],
    ['exactly 24 h ("shorter than 24 hours")', { end: T + 24 * HOUR, participants: [organiser(P)] }, false],
    ['25 h', { end: T + 25 * HOUR, participants: [organiser(P)] }, false],
    ['zero length', { end: T, participants: [organiser(P)] }, false],
    // Rules 2 and 3 together: a timed 00:00–00:00 New York block on the spring-forward day,
    // 8 March 2026 05:00Z → 9 March 04:00Z, lasts 23 real hours, so it counts; the same block on
    // the fall-back day (1 Nov 04:00Z → 2 Nov 05:00Z) lasts 25 h and does not. Ambiguous: reported.
    ['00:00–00:00 local on the 23-hour day', { start: Date.UTC(2026, 2, 8, 5), end: Date.UTC(2026, 2, 9, 4), participants: [organiser(P)] }, true],
    ['00:00–00:00 local on the 25-hour day', { start: Date.UTC(2026, 10, 1, 4), end: Date.UTC(2026, 10, 2, 5), participants: [organiser(P)] }, false],
    ['ends before it starts', { end: T - HOUR, participants: [organiser(P)] }, false],

    // solo blocks: nobody listed, in P's own calendar
    ['solo block in own calendar', { participants: [owner] }, true],
    ['solo block, P as ORGANIZER (Google writes one)', { participants: [{ ...organiser(P), inOwnCalendar: true }] }, true],
    ['no attendees, but not in P’s calendar', { participants: [base] }, false],
    // Rule 2 says "O has no attendees"; an ORGANIZER line is not an ATTENDEE, so read literally
    // this would be P's solo block. The program reads the organiser as listed (a meeting of
    // someone else's that P can see), so it is not P's — an ambiguity, reported.
    ['in own calendar, someone else’s ORGANIZER, no ATTENDEE', { participants: [owner, bo] }, false],
    ['in own calendar, lists others and not P', { participants: [owner, bo, attendee('cy@acme.com', 'ACCEPTED')] }, false],
    ['in own calendar, lists only an external person', { participants: [owner, attendee('buyer@globex.com', 'ACCEPTED')] }, false],
    ['in own calendar, only a room (CUTYPE=ROOM) listed', { participants: [owner, attendee('board@acme.com', 'ACCEPTED', { cutype: 'ROOM' })] }, true],
    ['in own calendar, only a Google resource listed', { participants: [owner, attendee('acme.com_1@resource.calendar.google.com', 'NEEDS-ACTION')] }, true],
    ['solo block, cancelled', { status: 'CANCELLED', participants: [owner] }, false],
    ['solo block, transparent', { transparent: true, participants: [owner] }, false],
  ])('%s → %s', (_, over, expected) => {
    expect(attends(meeting(over), P, isInternal)).toBe(expected);
  });
});

describe('rule 2: conditions on the occurrence alone', () => {
  // prettier-ignore
  it.each<[string, Partial<Meeting>, boolean]>([
    ['a timed hour', {}, true],
    ['cancelled', { status: 'CANCELLED' }, false],
    ['transparent', { transparent: true }, false],
    ['all-day', { allDay: true }, false],
    ['exactly 24 h', { end: T + 24 * HOUR }, false],
    ['zero length', { end: T }, false],
  ])('%s → countable %s', (_, over, expected) => {
    expect(isCountable(meeting(over))).toBe(expected);
  });
});

describe('listedPeople', () => {
  it('lists organiser and attendees, not rooms, not owners, not address-less entries', () => {
    const m = meeting({
      participants: [
        bo,
        attendee(P, 'DECLINED'),
        attendee('buyer@globex.com', 'ACCEPTED'),
        attendee('board@acme.com', 'ACCEPTED', { cutype: 'ROOM' }),
        attendee('acme.com_1@resource.calendar.google.com', 'ACCEPTED'),
        attendee('', 'ACCEPTED'),
        { ...owner, email: 'cy@acme.com' },
      ],
    });
    // Declined people are still listed (rule 2 decides presence separately).
    expect(listedPeople(m, isInternal).map((p) => p.email)).toEqual([
      'bo@acme.com',
      P,
      'buyer@globex.com',
    ]);
  });
});
