// Merging the copies of one occurrence (issue: "the same meeting in many attendees' exports is
// stored once"). The copy with the highest SEQUENCE, then the latest LAST-MODIFIED/DTSTAMP, gives
// times and title; each person's PARTSTAT comes from their own copy, else the organiser's, else any
// copy (PRODUCT.md rule 2).
import type {
  AttendanceRecord,
  CopyAttendee,
  MergedOccurrence,
  OccurrenceCopy,
  PartstatSource,
} from './copy.js';

/** True when a is the newer copy (ties broken by owner so the result does not depend on order). */
function isNewer(a: OccurrenceCopy, b: OccurrenceCopy): boolean {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence;
  const am = a.modified ?? '';
  const bm = b.modified ?? '';
  if (am !== bm) return am > bm;
  return a.owner < b.owner;
}

/** Merges all copies of one (uid, recurrenceKey). `copies` must be non-empty. */
export function mergeCopies(copies: readonly OccurrenceCopy[]): {
  occurrence: MergedOccurrence;
  attendance: AttendanceRecord[];
} {
  let best = copies[0]!;
  for (const c of copies) if (isNewer(c, best)) best = c;
  const organizer = best.organizer;
  const owners = new Set(copies.map((c) => c.owner));
  const byOwner = new Map(copies.map((c) => [c.owner, c]));
  const organizerCopy = organizer ? byOwner.get(organizer) : undefined;

  const emails = new Map<string, { attendee: CopyAttendee; source: PartstatSource }>();
  const consider = (email: string, a: CopyAttendee, source: PartstatSource): void => {
    const rank = { own: 3, organizer: 2, other: 1, none: 0 } as const;
    const current = emails.get(email);
    if (!current || rank[source] > rank[current.source]) emails.set(email, { attendee: a, source });
  };
  // The newest copy first, so "any copy" means the newest copy that lists the person.
  const ordered = [best, ...copies.filter((c) => c !== best)];
  for (const c of ordered) {
    for (const a of c.attendees) {
      if (a.email === '') continue;
      const source: PartstatSource =
        c.owner === a.email ? 'own' : c === organizerCopy ? 'organizer' : 'other';
      consider(a.email, a, source);
    }
  }
  const noAttendees = copies.every((c) => c.attendees.length === 0);

  const attendance: AttendanceRecord[] = [];
  const seen = new Set<string>();
  for (const [email, { attendee, source }] of emails) {
    seen.add(email);
    attendance.push({
      uid: best.uid,
      recurrenceKey: best.recurrenceKey,
      email,
      name: attendee.name,
      partstat: attendee.partstat,
      partstatSource: source,
      cutype: attendee.cutype,
      isOrganizer: email === organizer,
      isAttendee: true,
      inOwnCalendar: owners.has(email),
    });
  }
  const extra = [...(organizer ? [organizer] : []), ...owners];
  for (const email of extra) {
    if (seen.has(email)) continue;
    seen.add(email);
    attendance.push({
      uid: best.uid,
      recurrenceKey: best.recurrenceKey,
      email,
      name: email === organizer ? best.organizerName : null,
      partstat: null,
      partstatSource: 'none',
      cutype: 'INDIVIDUAL',
      isOrganizer: email === organizer,
      isAttendee: false,
      inOwnCalendar: owners.has(email),
    });
  }
  attendance.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));

  return {
    occurrence: {
      uid: best.uid,
      recurrenceKey: best.recurrenceKey,
      start: best.start,
      end: best.end,
      allDay: best.allDay,
      summary: best.summary,
      status: best.status,
      transparent: best.transparent,
      organizer,
      sequence: best.sequence,
      modified: best.modified,
      copies: copies.length,
      noAttendees,
    },
    attendance,
  };
}
