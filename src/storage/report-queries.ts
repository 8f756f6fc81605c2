// Sums the ledger over a range of org days into the report's input (rules 5, 7, 8, 9). A report
// reads sums, never meetings: that is what keeps 10,000 people under a second.
import { sql } from 'kysely';
import type { CountingContext } from '../core/counting/counting-context.js';
import { MARKET_CATEGORIES } from '../core/counting/category-rules.js';
import { dayDate, dayNumber } from '../core/counting/day-clock.js';
import type {
  InviteCharge,
  ReportInput,
  ReportPerson,
  SeriesInfo,
  WeeklyHours,
} from '../core/reports/report-input.js';
import type { OrientDatabase } from './database.js';
import { CATEGORY_COLUMNS } from './ledger-tables.js';

const HOUR_MS = 3_600_000;
const UIDS_PER_QUERY = 500;

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
  const db = database.db;
  const fromDay = dayNumber(range.from);
  const toDay = dayNumber(range.to);
  const n = context.rules.categories.length;
  const columns = CATEGORY_COLUMNS.slice(0, n);
  const sums = columns.map((c) => sql<number>`sum(${sql.ref(c)})`.as(c));

  const perPerson = await db
    .selectFrom('ledger_days')
    .select('email')
    .select(sums)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy('email')
    .execute();
  const hoursOf = (row: Record<string, unknown>): number[] =>
    columns.map((c) => Number(row[c] ?? 0) / HOUR_MS);
  const totals = new Map(perPerson.map((r) => [r.email, hoursOf(r)]));

  const week = sql<number>`(day - ((day + 3) % 7))`;
  const weeklyRows = await db
    .selectFrom('ledger_days')
    .select('email')
    .select(week.as('week'))
    .select(sums)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy(['email', week])
    .execute();
  const weekly: WeeklyHours[] = weeklyRows.map((r) => {
    const start = Number(r.week);
    return {
      email: r.email,
      week: dayDate(start),
      days: Math.min(start + 7, toDay) - Math.max(start, fromDay),
      hours: hoursOf(r),
    };
  });

  const departmentRows = await db
    .selectFrom('ledger_departments')
    .select(['email', 'department'])
    .select(sql<number>`sum(ms)`.as('ms'))
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy(['email', 'department'])
    .execute();
  const departmentHours = new Map<string, Record<string, number>>();
  for (const r of departmentRows) {
    const rec = departmentHours.get(r.email) ?? {};
    rec[r.department] = Number(r.ms) / HOUR_MS;
    departmentHours.set(r.email, rec);
  }

  const inviteRows = await db
    .selectFrom('ledger_invites')
    .select(['uid', 'recurrence_key', 'email'])
    .select(sql<number>`sum(ms)`.as('ms'))
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy(['uid', 'recurrence_key', 'email'])
    .execute();
  const invites: InviteCharge[] = inviteRows.map((r) => ({
    uid: r.uid,
    recurrenceKey: r.recurrence_key,
    email: r.email,
    hours: Number(r.ms) / HOUR_MS,
  }));
  const series = await seriesInfo(
    database,
    context,
    [...new Set(invites.map((i) => i.uid))],
    range,
  );

  const people: ReportPerson[] = context.people
    .filter((p) => p.active || totals.has(p.email))
    .map((p) => ({
      email: p.email,
      name: p.name,
      department: p.department,
      role: p.role,
      orientation: p.orientation,
      active: p.active,
      hours: totals.get(p.email) ?? new Array<number>(n).fill(0),
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

/** Title (of the latest occurrence in range), organiser and their department per charged series. */
async function seriesInfo(
  database: OrientDatabase,
  context: CountingContext,
  uids: readonly string[],
  range: ReportRange,
): Promise<SeriesInfo[]> {
  const from =
    new Date(context.clock.startOf(dayNumber(range.from))).toISOString().slice(0, 19) + 'Z';
  const to = new Date(context.clock.startOf(dayNumber(range.to))).toISOString().slice(0, 19) + 'Z';
  const latest = new Map<string, { start: string; title: string; organizer: string | null }>();
  for (let i = 0; i < uids.length; i += UIDS_PER_QUERY) {
    const rows = await database.db
      .selectFrom('occurrences')
      .select(['uid', 'start_utc', 'summary', 'organizer_email'])
      .where('uid', 'in', uids.slice(i, i + UIDS_PER_QUERY))
      .where('start_utc', '<', to)
      .where('end_utc', '>', from)
      .execute();
    for (const r of rows) {
      const seen = latest.get(r.uid);
      if (!seen || r.start_utc > seen.start)
        latest.set(r.uid, { start: r.start_utc, title: r.summary, organizer: r.organizer_email });
    }
  }
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
