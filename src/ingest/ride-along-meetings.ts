// The calendar's sales calls a product or market person already sits in: occurrences in a range
// where a market-oriented person attends (rule 2) with an external attendee present (rule 1) and a
// customer-oriented colleague attending — ride-alongs waiting to be written up.
import { attends } from '../core/counting/attendance.js';
import { dayNumber } from '../core/counting/day-clock.js';
import { viewOf } from '../core/counting/meeting-view.js';
import type { Counting } from './counting.js';
import { meetingsOf } from '../storage/ledger-store.js';

export interface SalesCall {
  uid: string;
  recurrenceKey: string;
  title: string;
  /** ISO UTC. */
  start: string;
  end: string;
  /** The market-oriented person who attended: the observer. */
  observer: string;
  /** Customer-oriented people who attended, sorted. */
  salespeople: string[];
  /** External people present. */
  externalAttendees: number;
  /** Their domains, each once, in the order listed: the customer's, as a start for the account. */
  externalDomains: string[];
}

/**
 * Sales calls in [from, to) (org days) with a market-oriented attendee, one per (occurrence,
 * observer), by start then observer. `observer` limits them to one person's calls.
 */
export async function salesCallsWithObservers(
  counting: Counting,
  range: { from: string; to: string },
  observer?: string,
): Promise<SalesCall[]> {
  const { context, database } = counting;
  const { directory, clock } = context;
  const from = clock.startOf(dayNumber(range.from));
  const to = clock.startOf(dayNumber(range.to));
  const observers = context.people
    .filter((p) => p.orientation === 'market' && (observer === undefined || p.email === observer))
    .map((p) => p.email);
  if (observers.length === 0) return [];
  const meetings = await meetingsOf(database.db, observers);
  const calls: SalesCall[] = [];
  for (const email of observers) {
    for (const meeting of meetings.get(email) ?? []) {
      if (meeting.start >= to || meeting.end <= from) continue;
      if (!attends(meeting, email, directory.isInternal)) continue;
      const view = viewOf(meeting, email, directory);
      if (!view.externalPresent) continue;
      const salespeople = view.others
        .filter(
          (o) =>
            o.person?.orientation === 'customer' && attends(meeting, o.email, directory.isInternal),
        )
        .map((o) => o.email)
        .sort();
      if (salespeople.length === 0) continue;
      const external = view.others.filter((o) => !o.internal && o.present);
      calls.push({
        uid: meeting.uid,
        recurrenceKey: meeting.recurrenceKey,
        title: meeting.title,
        start: new Date(meeting.start).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        end: new Date(meeting.end).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        observer: email,
        salespeople,
        externalAttendees: external.length,
        externalDomains: [
          ...new Set(external.map((o) => o.email.slice(o.email.lastIndexOf('@') + 1))),
        ],
      });
    }
  }
  return calls.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.observer < b.observer ? -1 : 1,
  );
}
