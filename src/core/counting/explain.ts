// `orient explain`: one person's occurrences in a range, each with its category, the rule that
// matched (rule 6), and the hours it contributed after overlap (rule 4) — or why it does not count
// (rule 2).
import { isCountable } from './attendance.js';
import type { CountingContext } from './counting-context.js';
import type { Meeting } from './model.js';
import { resolveOverlaps } from './overlap.js';
import { attendedMeetings } from './person-ledger.js';
import { isPresent } from './participants.js';

export interface ExplainedOccurrence {
  uid: string;
  recurrenceKey: string;
  title: string;
  /** UTC ms. */
  start: number;
  end: number;
  attended: boolean;
  /** Why it does not count, when not attended. */
  reason: string | null;
  category: string | null;
  rule: string | null;
  /** Hours counted for this person after overlap, inside the range. */
  hours: number;
}

export function explainPerson(
  email: string,
  meetings: readonly Meeting[],
  context: CountingContext,
  range: { start: number; end: number },
): ExplainedOccurrence[] {
  const inRange = meetings.filter((m) => m.start < range.end && m.end > range.start);
  const attended = attendedMeetings(email, inRange, context.directory, context.rules);
  const clipped = attended.map((a) => ({
    ...a,
    start: Math.max(a.start, range.start),
    end: Math.min(a.end, range.end),
  }));
  const hours = new Map<Meeting, number>();
  for (const piece of resolveOverlaps(clipped, context.clock)) {
    hours.set(piece.item.meeting, (hours.get(piece.item.meeting) ?? 0) + piece.ms / 3_600_000);
  }
  const byMeeting = new Map(attended.map((a) => [a.meeting, a]));
  return inRange
    .map((m) => {
      const a = byMeeting.get(m);
      return {
        uid: m.uid,
        recurrenceKey: m.recurrenceKey,
        title: m.title,
        start: m.start,
        end: m.end,
        attended: a !== undefined,
        reason: a ? null : whyNot(m, email),
        category: a?.classification.category ?? null,
        rule: a?.classification.rule ?? null,
        hours: hours.get(m) ?? 0,
      };
    })
    .sort((x, y) => x.start - y.start || x.end - y.end || (x.uid < y.uid ? -1 : 1));
}

function whyNot(m: Meeting, email: string): string {
  if (m.status === 'CANCELLED') return 'cancelled';
  if (m.transparent) return 'transparent (shown as free)';
  if (m.allDay) return 'all-day';
  if (!isCountable(m)) return m.end <= m.start ? 'no duration' : '24 hours or longer';
  const p = m.participants.find((x) => x.email === email);
  if (p && p.isAttendee && !isPresent(p))
    return p.partstat === 'DELEGATED' ? 'delegated' : 'declined';
  return 'in their calendar, but the event lists other people and not them';
}
