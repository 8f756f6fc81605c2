// The report bench's baseline: the same ReportInput that reportInput() sums from the ledger,
// computed from the raw `occurrences`/`attendance` tables instead — every person's meetings read
// (meetingsOf), attended and classified (rules 2, 6) and counted (personLedger: rules 4, 5, 8, 9)
// at report time. That is what a report would cost without the ledger precomputed at import.
// Rounding and ordering follow the ledger's (milliseconds rounded per person, day and category
// before summing; rows in the order SQLite groups them), so the two reports can be compared.
import type { CountingContext } from '../../src/core/counting/counting-context.js';
import { MARKET_CATEGORIES } from '../../src/core/counting/category-rules.js';
import { dayDate, dayNumber } from '../../src/core/counting/day-clock.js';
import { attendedMeetings, personLedger } from '../../src/core/counting/person-ledger.js';
import type {
  InviteSeriesHours,
  ReportInput,
  ReportPerson,
  SeriesInfo,
  WeeklySelling,
} from '../../src/core/reports/report-input.js';
import type { OrientDatabase } from '../../src/storage/database.js';
import { meetingsOf } from '../../src/storage/ledger-store.js';
import type { ReportRange } from '../../src/storage/report-queries.js';

const HOUR_MS = 3_600_000;
/** As ensureLedger batches its rebuild. */
const PEOPLE_PER_BATCH = 200;
const UIDS_PER_QUERY = 500;

/** Time spent so far in each part, in milliseconds. */
export interface RawTimings {
  /** Reading meetings and participants (meetingsOf) and the series' titles. */
  query: number;
  /** attendedMeetings + personLedger, and summing the range. */
  compute: number;
}

export async function rawReportInput(
  database: OrientDatabase,
  context: CountingContext,
  settings: { workweekHours: number; minGroupSize: number },
  range: ReportRange,
  timings: RawTimings,
): Promise<ReportInput> {
  const fromDay = dayNumber(range.from);
  const toDay = dayNumber(range.to);
  const n = context.rules.categories.length;
  const inRange = (day: number): boolean => day >= fromDay && day < toDay;

  const totals = new Map<string, number[]>();
  const weeks = new Map<string, Map<number, number[]>>();
  const departments = new Map<string, Map<string, number>>();
  /** Per series UID: its charged occurrences and people, and the milliseconds charged. */
  const invites = new Map<string, { keys: Set<string>; emails: Set<string>; ms: number }>();

  const emails = context.people.map((p) => p.email).sort(byBytes);
  for (let i = 0; i < emails.length; i += PEOPLE_PER_BATCH) {
    const batch = emails.slice(i, i + PEOPLE_PER_BATCH);
    let t = performance.now();
    const meetings = await meetingsOf(database.db, batch);
    timings.query += performance.now() - t;
    t = performance.now();
    for (const email of batch) {
      const attended = attendedMeetings(
        email,
        meetings.get(email) ?? [],
        context.directory,
        context.rules,
      );
      const ledger = personLedger(email, attended, context.directory, n, context.clock);
      for (const [day, ms] of ledger.days) {
        if (!inRange(day)) continue;
        const rounded = ms.map((x) => Math.round(x));
        addInto(totals, email, rounded, n);
        let byWeek = weeks.get(email);
        if (!byWeek) weeks.set(email, (byWeek = new Map()));
        addInto(byWeek, day - ((day + 3) % 7), rounded, n);
      }
      for (const [department, byDay] of ledger.departments) {
        let sum = 0;
        let any = false;
        for (const [day, ms] of byDay) {
          if (!inRange(day)) continue;
          sum += Math.round(ms);
          any = true;
        }
        if (!any) continue;
        let rec = departments.get(email);
        if (!rec) departments.set(email, (rec = new Map()));
        rec.set(department, sum);
      }
      for (const c of ledger.invites) {
        if (!inRange(c.day)) continue;
        let series = invites.get(c.uid);
        if (!series) invites.set(c.uid, (series = { keys: new Set(), emails: new Set(), ms: 0 }));
        series.keys.add(c.recurrenceKey);
        series.emails.add(email);
        series.ms += Math.round(c.ms);
      }
    }
    timings.compute += performance.now() - t;
  }

  const t = performance.now();
  const weekly: WeeklySelling[] = [];
  const selling = context.rules.categories.indexOf('selling');
  for (const email of [...weeks.keys()].sort(byBytes)) {
    const byWeek = weeks.get(email)!;
    for (const start of [...byWeek.keys()].sort((a, b) => a - b)) {
      const ms = selling < 0 ? 0 : byWeek.get(start)![selling]!;
      if (ms === 0) continue;
      weekly.push({
        email,
        week: dayDate(start),
        days: Math.min(start + 7, toDay) - Math.max(start, fromDay),
        selling: ms / HOUR_MS,
      });
    }
  }
  const inviteSeries: InviteSeriesHours[] = [...invites.keys()].sort(byBytes).map((uid) => {
    const c = invites.get(uid)!;
    return {
      uid,
      occurrences: c.keys.size,
      attendees: [...c.emails].sort(byBytes),
      hours: c.ms / HOUR_MS,
    };
  });
  const people: ReportPerson[] = context.people
    .filter((p) => p.active || totals.has(p.email))
    .map((p) => {
      const rec = departments.get(p.email);
      const departmentHours: Record<string, number> = {};
      for (const d of [...(rec?.keys() ?? [])].sort(byBytes))
        departmentHours[d] = rec!.get(d)! / HOUR_MS;
      return {
        email: p.email,
        name: p.name,
        department: p.department,
        role: p.role,
        orientation: p.orientation,
        active: p.active,
        hours: (totals.get(p.email) ?? new Array<number>(n).fill(0)).map((ms) => ms / HOUR_MS),
        departmentHours,
      };
    });
  timings.compute += performance.now() - t;

  const s = performance.now();
  const series = await seriesInfo(
    database,
    context,
    inviteSeries.map((c) => c.uid),
    range,
  );
  timings.query += performance.now() - s;

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
    invites: inviteSeries,
    series,
  };
}

/** SQLite's BINARY collation order (the order its GROUP BY returns rows in) for these strings. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function addInto<K>(map: Map<K, number[]>, key: K, ms: readonly number[], n: number): void {
  let row = map.get(key);
  if (!row) map.set(key, (row = new Array<number>(n).fill(0)));
  for (let i = 0; i < n; i++) row[i]! += ms[i] ?? 0;
}

/** As report-queries.ts finds each charged series' latest title and organiser in the range. */
async function seriesInfo(
  database: OrientDatabase,
  context: CountingContext,
  uids: readonly string[],
  range: ReportRange,
): Promise<SeriesInfo[]> {
  const iso = (date: string): string =>
    new Date(context.clock.startOf(dayNumber(date))).toISOString().slice(0, 19) + 'Z';
  const from = iso(range.from);
  const to = iso(range.to);
  const latest = new Map<
    string,
    { start: string; key: string; title: string; organizer: string | null }
  >();
  for (let i = 0; i < uids.length; i += UIDS_PER_QUERY) {
    const rows = await database.db
      .selectFrom('occurrences')
      .select(['uid', 'recurrence_key', 'start_utc', 'summary', 'organizer_email'])
      .where('uid', 'in', uids.slice(i, i + UIDS_PER_QUERY))
      .where('start_utc', '<', to)
      .where('end_utc', '>', from)
      .execute();
    for (const r of rows) {
      const seen = latest.get(r.uid);
      // The latest start; on a tie, the greatest recurrence key (as report-queries.ts).
      const later =
        !seen ||
        r.start_utc > seen.start ||
        (r.start_utc === seen.start && r.recurrence_key > seen.key);
      if (later) {
        latest.set(r.uid, {
          start: r.start_utc,
          key: r.recurrence_key,
          title: r.summary,
          organizer: r.organizer_email,
        });
      }
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
