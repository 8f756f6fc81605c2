// Sums the ledger over a range of org days into the report's input (rules 5, 7, 8, 9). A report
// reads sums, never meetings, from the ledger's week rows: that is what keeps 10,000 people under
// a second.
import { sql } from 'kysely';
import type { CountingContext } from '../core/counting/counting-context.js';
import { MARKET_CATEGORIES } from '../core/counting/category-rules.js';
import { dayNumber } from '../core/counting/day-clock.js';
import type { ReportInput, ReportPerson, SeriesInfo } from '../core/reports/report-input.js';
import type { OrientDatabase } from './database.js';
import { sumLedgerWeeks } from './ledger-week-sums.js';
import { inSnapshot } from './transaction.js';

const HOUR_MS = 3_600_000;

export interface ReportRange {
  /** First day, `YYYY-MM-DD` (org timezone). */
  from: string;
  /** Day after the last, exclusive. */
  to: string;
}

export async function reportInput(
  database: OrientDatabase,
  context: CountingContext,
  settings: { workweekHours: number; minGroupSize: number },
  range: ReportRange,
): Promise<ReportInput> {
  const fromDay = dayNumber(range.from);
  const toDay = dayNumber(range.to);
  const n = context.rules.categories.length;
  const selling = context.rules.categories.indexOf('selling');
  // One snapshot: an import committing meanwhile cannot mix old and new rows into one report.
  const { sums, series } = await inSnapshot(database, async (db) => {
    const sums = await sumLedgerWeeks(db, n, selling, fromDay, toDay);
    const uids = sums.invites.map((i) => i.uid);
    return {
      sums,
      series: await seriesInfo({ db, backend: database.backend }, context, uids, range),
    };
  });
  const { totals, weekly, departmentHours, invites } = sums;

  const people: ReportPerson[] = context.people
    .filter((p) => p.active || totals.has(p.email))
    .map((p) => ({
      email: p.email,
      name: p.name,
      department: p.department,
      role: p.role,
      orientation: p.orientation,
      active: p.active,
      hours: totals.get(p.email)?.map((ms) => ms / HOUR_MS) ?? new Array<number>(n).fill(0),
      departmentHours: departmentHours.get(p.email) ?? {},
    }));

  return {
    range: {
      from: range.from,
      to: range.to,
      days: toDay - fromDay,
      timezone: context.clock.timezone,
    },
    categories: context.rules.categories,
    marketCategories: MARKET_CATEGORIES.filter((c) => context.rules.categories.includes(c)),
    workweekHours: settings.workweekHours,
    minGroupSize: settings.minGroupSize,
    people,
    weekly,
    invites,
    series,
  };
}

/**
 * Title and organiser of each charged series' latest occurrence overlapping the range (latest
 * start; on a tie, the greatest recurrence key), and the organiser's department.
 */
async function seriesInfo(
  database: Pick<OrientDatabase, 'db' | 'backend'>,
  context: CountingContext,
  uids: readonly string[],
  range: ReportRange,
): Promise<SeriesInfo[]> {
  const from =
    new Date(context.clock.startOf(dayNumber(range.from))).toISOString().slice(0, 19) + 'Z';
  const to = new Date(context.clock.startOf(dayNumber(range.to))).toISOString().slice(0, 19) + 'Z';
  const latest = new Map<string, { title: string; organizer: string | null }>();
  for (const r of await latestOccurrences(database, uids, from, to))
    latest.set(r.uid, { title: r.summary, organizer: r.organizer_email });
  return uids.map((uid) => {
    const info = latest.get(uid);
    const organizer = info?.organizer ?? null;
    const person = organizer ? context.directory.person(organizer) : undefined;
    return {
      uid,
      title: info?.title ?? uid,
      organizer,
      organizerName: person?.name ?? null,
      organizerDepartment: person?.department ?? null,
    };
  });
}

/**
 * Per series, its latest occurrence overlapping [from, to) (ties ordered by code points on both
 * backends, whatever PostgreSQL's collation): one index seek per UID on
 * (uid, start_utc, recurrence_key), walking back from the range's end — so 5,000 series do not
 * read their 100,000 occurrences. All UIDs go in one statement (a JSON list on SQLite, an array
 * on PostgreSQL).
 */
async function latestOccurrences(
  database: Pick<OrientDatabase, 'db' | 'backend'>,
  uids: readonly string[],
  from: string,
  to: string,
): Promise<{ uid: string; summary: string; organizer_email: string | null }[]> {
  if (uids.length === 0) return [];
  type Latest = { uid: string; summary: string; organizer_email: string | null };
  const query =
    database.backend === 'sqlite'
      ? sql<Latest>`select j.value as uid, o.summary, o.organizer_email
          from json_each(${JSON.stringify(uids)}) j
          join occurrences o on o.rowid = (
            select rowid from occurrences
            where uid = j.value and start_utc < ${to} and end_utc > ${from}
            order by start_utc desc, recurrence_key desc limit 1)`
      : sql<Latest>`select u.uid, o.summary, o.organizer_email
          from unnest(${uids}::text[]) as u(uid)
          cross join lateral (
            select summary, organizer_email from occurrences
            where uid = u.uid and start_utc < ${to} and end_utc > ${from}
            order by start_utc collate "C" desc, recurrence_key collate "C" desc limit 1) o`;
  return (await query.execute(database.db)).rows;
}
