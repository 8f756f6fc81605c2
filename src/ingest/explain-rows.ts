// One person's occurrences explained (rules 2, 4, 6), as `orient explain` and
// `GET /api/explain/:email` both read them.
import { formatUtc } from '../calendar/local-time.js';
import { dayNumber } from '../core/counting/day-clock.js';
import { explainPerson, type ExplainedOccurrence } from '../core/counting/explain.js';
import type { OrgPerson } from '../core/counting/model.js';
import { meetingsOf } from '../storage/ledger-store.js';
import type { ReportRange } from '../storage/report-queries.js';
import type { Counting } from './counting.js';

/** The person and their explained occurrences in the range; undefined when not in the directory. */
export async function explainRows(
  counting: Counting,
  email: string,
  range: ReportRange,
): Promise<{ person: OrgPerson; rows: ExplainedOccurrence[] } | undefined> {
  const { database, context } = counting;
  const address = email.trim().toLowerCase();
  const person = context.directory.person(address);
  if (!person) return undefined;
  const meetings = (await meetingsOf(database.db, [address])).get(address) ?? [];
  const span = {
    start: context.clock.startOf(dayNumber(range.from)),
    end: context.clock.startOf(dayNumber(range.to)),
  };
  return { person, rows: explainPerson(address, meetings, context, span) };
}

/** The `--json` form of a row: UTC times, hours to the hundredth. */
export function explainJson(row: ExplainedOccurrence) {
  return {
    ...row,
    start: formatUtc(row.start),
    end: formatUtc(row.end),
    hours: Math.round(row.hours * 100) / 100,
  };
}
