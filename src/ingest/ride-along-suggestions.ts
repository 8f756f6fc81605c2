// Ride-alongs suggested from the calendar, as `orient notes suggest` and
// `GET /api/notes/suggestions` show them: every sales call a market-oriented person sat in
// (ride-along-meetings.ts) with the core's suggestion (suggestRideAlongs), the day and time on the
// org's clock, and whether the observer has already written it up.
import { formatDate } from '../calendar/local-time.js';
import { ianaZone } from '../calendar/time-zones/iana-zone.js';
import { formatOccurrence } from '../core/enablement/occurrence-ref.js';
import {
  suggestRideAlongs,
  type RideAlong,
  type RideAlongSuggestion,
} from '../core/enablement/observations.js';
import { listObservations } from '../storage/enablement-observations-store.js';
import type { Counting } from './counting.js';
import { salesCallsWithObservers } from './ride-along-meetings.js';

export type { RideAlong };

/** The sales calls in [from, to) (org days), earliest first; `observer` limits them to one person's. */
export async function rideAlongs(
  counting: Counting,
  range: { from: string; to: string },
  observer?: string,
): Promise<RideAlong[]> {
  const calls = await salesCallsWithObservers(counting, range, observer);
  if (calls.length === 0) return [];
  const notes = await listObservations(counting.database.db);
  const key = (s: RideAlongSuggestion) => `${s.observer}\n${s.uid}\n${s.recurrenceKey}`;
  // The core drops the calls the observer already linked a note to: what is left is to do.
  const open = new Set(suggestRideAlongs(calls, notes).map(key));
  const zone = ianaZone(counting.context.clock.timezone);
  return suggestRideAlongs(calls, []).map((s) => {
    const utc = Date.parse(s.start);
    const local = utc + (zone?.offsetAt(utc) ?? 0);
    return {
      date: formatDate(local),
      time: new Date(local).toISOString().slice(11, 16),
      start: s.start,
      title: s.title,
      observer: s.observer,
      salespeople: s.salespeople,
      account: s.account,
      occurrence: formatOccurrence(s),
      notes: open.has(key(s))
        ? []
        : notes
            .filter(
              (n) =>
                n.observer === s.observer &&
                n.occurrence?.uid === s.uid &&
                n.occurrence.recurrenceKey === s.recurrenceKey,
            )
            .map((n) => n.id),
      why: s.why,
    };
  });
}
