// Everything the reports need about one person, per org-timezone day: hours per category after
// overlap (rules 4–6), hours shared with each other department (rule 8), and the selling time the
// invite review charges to meetings they were pulled into (rule 9).
import { attends } from './attendance.js';
import { classify, type Classification, type CompiledRules } from './classify.js';
import type { DayClock } from './day-clock.js';
import { viewOf, type Directory, type MeetingView } from './meeting-view.js';
import type { Meeting } from './model.js';
import { resolveOverlaps, unionByDay } from './overlap.js';

export interface AttendedMeeting {
  meeting: Meeting;
  view: MeetingView;
  classification: Classification;
  start: number;
  end: number;
  categoryIndex: number;
}

/** The meetings a person attends (rule 2), each classified (rule 6). */
export function attendedMeetings(
  email: string,
  meetings: readonly Meeting[],
  directory: Directory,
  rules: CompiledRules,
): AttendedMeeting[] {
  const out: AttendedMeeting[] = [];
  for (const meeting of meetings) {
    if (!attends(meeting, email, directory.isInternal)) continue;
    const view = viewOf(meeting, email, directory);
    const classification = classify(view, rules);
    out.push({
      meeting,
      view,
      classification,
      start: meeting.start,
      end: meeting.end,
      categoryIndex: classification.categoryIndex,
    });
  }
  return out;
}

export interface InviteCost {
  uid: string;
  recurrenceKey: string;
  day: number;
  ms: number;
}

export interface PersonLedger {
  /** day → milliseconds per category index (overlap-adjusted). */
  days: Map<number, number[]>;
  /** department → day → milliseconds of attended time (merged) with someone from it (rule 8). */
  departments: Map<string, Map<number, number>>;
  /** Rule 9 charges: this person's time in meetings that qualify for the invite review. */
  invites: InviteCost[];
}

/** Rule 9: time in these categories is not charged to the invite review. */
export const INVITE_EXEMPT: ReadonlySet<string> = new Set(['training', 'one-on-one']);

export function personLedger(
  email: string,
  attended: readonly AttendedMeeting[],
  directory: Directory,
  categories: number,
  clock: DayClock,
): PersonLedger {
  const days = new Map<number, number[]>();
  for (const piece of resolveOverlaps(attended, clock)) {
    let row = days.get(piece.day);
    if (!row) {
      row = new Array<number>(categories).fill(0);
      days.set(piece.day, row);
    }
    row[piece.item.categoryIndex]! += piece.ms;
  }

  const self = directory.person(email);
  const byDepartment = new Map<string, { start: number; end: number }[]>();
  for (const a of attended) {
    const seen = new Set<string>();
    for (const o of a.view.others) {
      const dept = o.person?.department;
      if (!o.present || !dept || dept === self?.department || seen.has(dept)) continue;
      // Rule 8: the other person must attend too.
      if (!attends(a.meeting, o.email, directory.isInternal)) continue;
      seen.add(dept);
      const list = byDepartment.get(dept);
      if (list) list.push(a);
      else byDepartment.set(dept, [a]);
    }
  }
  const departments = new Map<string, Map<number, number>>();
  for (const [dept, intervals] of byDepartment) departments.set(dept, unionByDay(intervals, clock));

  const invites: InviteCost[] = [];
  if (self?.orientation === 'customer') {
    for (const a of attended) {
      if (!qualifiesForInviteReview(a.view) || a.meeting.organizer === email) continue;
      if (INVITE_EXEMPT.has(a.classification.category)) continue;
      for (const [day, ms] of unionByDay([a], clock)) {
        invites.push({ uid: a.meeting.uid, recurrenceKey: a.meeting.recurrenceKey, day, ms });
      }
    }
  }
  return { days, departments, invites };
}

/**
 * Rule 9 on the occurrence: no external attendee (present — one who declined is not there, the
 * same reading as rule 6's "an external attendee is present"), and an internal organiser who is
 * not customer-oriented (an organiser outside the directory counts as not customer-oriented).
 */
export function qualifiesForInviteReview(view: MeetingView): boolean {
  const o = view.organizer;
  if (!o || !o.internal) return false;
  if (o.person?.orientation === 'customer') return false;
  return !view.externalPresent;
}
