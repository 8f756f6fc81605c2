// Sums the ledger's week rows over a range of org days: per person hours per category (rules
// 4–7) and with each other department (rule 8), selling per person-week (the trend, rule 5), and
// the invite charges per series (rule 9). Whole weeks come from running totals — a person's time
// over weeks [A, B) is their total through the last week minus their total before the first — and
// the week or two at the range's ends day by day. Every sum is of whole milliseconds, so it is
// exact whatever order the rows come in; the outputs are sorted (email, then week or department;
// series by UID) so what is built from them is the same on both backends.
import { sql, type Kysely } from 'kysely';
import { dayDate } from '../core/counting/day-clock.js';
import { byText } from '../core/reports/measures.js';
import type { InviteSeriesHours, WeeklySelling } from '../core/reports/report-input.js';
import type { OrientSchema } from './schema.js';
import { ledgerNameList } from './ledger-names.js';
import { weekOf } from './ledger-weeks.js';

const HOUR_MS = 3_600_000;

export interface LedgerSums {
  /** Milliseconds per category for everyone with counted time in the range. */
  totals: Map<string, number[]>;
  /** Per person-week with selling time in the range, by email then week. */
  weekly: WeeklySelling[];
  /** Hours with each other department, departments in order. */
  departmentHours: Map<string, Record<string, number>>;
  /** Per charged series, by UID. */
  invites: InviteSeriesHours[];
}

/** The range in week terms: whole weeks [from, to) and the part-weeks at its ends. */
interface RangeWeeks {
  fromDay: number;
  toDay: number;
  whole: { from: number; to: number };
}

/** Where one person's data sits in the three flat lists. */
interface PersonRows {
  email: string;
  /** Offsets of their whole-week rows (encodeWeekRow's layout). */
  weeks: number[];
  /** Offsets of their running totals (encodeRunningTotals' layout). */
  totals: number[];
  /** Offsets of their part-week rows (encodeLedgerWeek's layout). */
  ends: number[];
}

/**
 * Invite charges summed per series (rule 9): occurrences by recurrence key, attendees by email.
 * People must be added in email order, so each series lists its attendees in order.
 */
class InviteSeriesSums {
  private readonly byUid = new Map<number, { keys: Set<number>; emails: string[]; ms: number }>();

  constructor(private readonly names: readonly string[]) {}

  add(uid: number, key: number, email: string, ms: number): void {
    let series = this.byUid.get(uid);
    if (!series) this.byUid.set(uid, (series = { keys: new Set(), emails: [], ms: 0 }));
    series.keys.add(key);
    if (series.emails[series.emails.length - 1] !== email) series.emails.push(email);
    series.ms += ms;
  }

  byUidName(): InviteSeriesHours[] {
    const out = [...this.byUid].map(([uid, s]) => ({
      uid: this.names[uid]!,
      occurrences: s.keys.size,
      attendees: s.emails,
      hours: s.ms / HOUR_MS,
    }));
    return out.sort((a, b) => byText(a.uid, b.uid));
  }
}

/**
 * `selling` is the selling category's index among the `categories` (-1 if there is none). Run it
 * on one snapshot (inSnapshot): it reads four times.
 */
export async function sumLedgerWeeks(
  db: Kysely<OrientSchema>,
  categories: number,
  selling: number,
  fromDay: number,
  toDay: number,
): Promise<LedgerSums> {
  const range: RangeWeeks = {
    fromDay,
    toDay,
    whole: { from: weekOf(fromDay + 6), to: weekOf(toDay) },
  };
  const names = await ledgerNameList(db);
  const weeks = await readWholeWeeks(db, range.whole);
  const runningTotals = await readRunningTotals(db, range.whole);
  const ends = await readEndWeeks(db, range);
  const people = indexByPerson({ weeks, totals: runningTotals, ends }, names);

  const totals = new Map<string, number[]>();
  const weekly: WeeklySelling[] = [];
  const departmentHours = new Map<string, Record<string, number>>();
  const charges = new InviteSeriesSums(names);
  const mondays = new Map<number, string>();
  const monday = (week: number): string => {
    let date = mondays.get(week);
    if (date === undefined) mondays.set(week, (date = dayDate(week)));
    return date;
  };
  for (const person of people) {
    const sums = new PersonSums(categories, selling);
    for (const at of person.weeks) sums.addWholeWeek(weeks, at, person.email, charges);
    for (const at of person.totals) sums.addRunningTotals(runningTotals, at);
    for (const at of person.ends) sums.addEndWeek(ends, at, range, person.email, charges);
    if (sums.days > 0) totals.set(person.email, sums.ms);
    for (const [week, ms] of [...sums.selling].sort(([a], [b]) => a - b)) {
      const days = Math.min(week + 7, toDay) - Math.max(week, fromDay);
      weekly.push({ email: person.email, week: monday(week), days, selling: ms / HOUR_MS });
    }
    if (sums.departments.size > 0) {
      const record: Record<string, number> = {};
      const byName = [...sums.departments].map(([id, ms]) => [names[id]!, ms] as const);
      for (const [department, ms] of byName.sort(([a], [b]) => byText(a, b)))
        record[department] = ms / HOUR_MS;
      departmentHours.set(person.email, record);
    }
  }
  return { totals, weekly, departmentHours, invites: charges.byUidName() };
}

/** One person's sums over the range, in milliseconds. */
class PersonSums {
  /** Days with counted time (running-total differences included). */
  days = 0;
  readonly ms: number[];
  /** Week (Monday's day number) → selling milliseconds. */
  readonly selling = new Map<number, number>();
  /** Department id → milliseconds. */
  readonly departments = new Map<number, number>();

  constructor(
    private readonly categories: number,
    private readonly sellingIndex: number,
  ) {
    this.ms = new Array<number>(categories).fill(0);
  }

  /** A whole-week row, `e,w,u,s,|i|,i…`: the week's selling and charges. */
  addWholeWeek(
    flat: readonly number[],
    at: number,
    email: string,
    charges: InviteSeriesSums,
  ): void {
    const week = flat[at + 1]!;
    const u = flat[at + 2]!;
    this.addSelling(week, flat[at + 3]! * u);
    for (let stop = at + 5 + flat[at + 4]!, j = at + 5; j < stop; j += 3)
      charges.add(flat[j]!, flat[j + 1]!, email, flat[j + 2]! * u);
  }

  /**
   * Running totals, `e,w,sign,u,|h|,h…,|d|,d…`: added through the range's last week (or the
   * person's last), subtracted before its first.
   */
  addRunningTotals(flat: readonly number[], at: number): void {
    const sign = flat[at + 2]!;
    const u = sign * flat[at + 3]!;
    let k = at + 4;
    if (flat[k]! > 0) {
      this.days += sign * flat[k + 1]!;
      for (let c = 0; c < this.categories; c++) this.ms[c]! += flat[k + 2 + c]! * u;
    }
    k += 1 + flat[k]!;
    for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += 2) {
      const ms = (this.departments.get(flat[j]!) ?? 0) + flat[j + 1]! * u;
      // Department figures are positive, so none left means none in the range.
      if (ms === 0) this.departments.delete(flat[j]!);
      else this.departments.set(flat[j]!, ms);
    }
  }

  /** A part-week row day by day (encodeLedgerWeek's layout): only its days inside the range. */
  addEndWeek(
    flat: readonly number[],
    at: number,
    range: RangeWeeks,
    email: string,
    charges: InviteSeriesSums,
  ): void {
    const n = this.categories;
    const week = flat[at + 1]!;
    const u = flat[at + 2]!;
    // Days are offsets within the week; the range, in the same terms, is [first, end).
    const first = range.fromDay - week;
    const end = range.toDay - week;
    let k = at + 3;
    for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += n + 1) {
      if (flat[j]! < first || flat[j]! >= end) continue;
      this.days++;
      for (let c = 0; c < n; c++) this.ms[c]! += flat[j + 1 + c]! * u;
      if (this.sellingIndex >= 0) this.addSelling(week, flat[j + 1 + this.sellingIndex]! * u);
    }
    k += 1 + flat[k]!;
    for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += 3) {
      if (flat[j + 1]! < first || flat[j + 1]! >= end) continue;
      this.departments.set(flat[j]!, (this.departments.get(flat[j]!) ?? 0) + flat[j + 2]! * u);
    }
    k += 1 + flat[k]!;
    for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += 4) {
      if (flat[j + 2]! < first || flat[j + 2]! >= end) continue;
      charges.add(flat[j]!, flat[j + 1]!, email, flat[j + 3]! * u);
    }
  }

  private addSelling(week: number, ms: number): void {
    if (ms > 0) this.selling.set(week, (this.selling.get(week) ?? 0) + ms);
  }
}

/** Each person's rows in the three lists, people by email. */
function indexByPerson(
  lists: { weeks: readonly number[]; totals: readonly number[]; ends: readonly number[] },
  names: readonly string[],
): PersonRows[] {
  const byId = new Map<number, PersonRows>();
  const rowsOf = (id: number): PersonRows => {
    let rows = byId.get(id);
    if (!rows) byId.set(id, (rows = { email: names[id]!, weeks: [], totals: [], ends: [] }));
    return rows;
  };
  const { weeks, totals, ends } = lists;
  for (let at = 0; at < weeks.length; at += 5 + weeks[at + 4]!) rowsOf(weeks[at]!).weeks.push(at);
  for (let at = 0; at < totals.length;) {
    rowsOf(totals[at]!).totals.push(at);
    const k = at + 5 + totals[at + 4]!;
    at = k + 1 + totals[k]!;
  }
  for (let at = 0; at < ends.length;) {
    rowsOf(ends[at]!).ends.push(at);
    let k = at + 3;
    for (let part = 0; part < 3; part++) k += 1 + ends[k]!;
    at = k;
  }
  return [...byId.values()].sort((a, b) => byText(a.email, b.email));
}

/**
 * Every row of the whole weeks [from, to): each person-week's selling and charges, as one flat JSON
 * array of numbers. The database concatenates the rows (string_agg, on both backends), so neither
 * 130,000 rows nor 130,000 objects cross over.
 */
async function readWholeWeeks(
  db: Kysely<OrientSchema>,
  whole: { from: number; to: number },
): Promise<number[]> {
  if (whole.to <= whole.from) return [];
  const row = await db
    .selectFrom('ledger_weeks')
    .select(sql<string>`'[' || coalesce(string_agg(week_row, ','), '') || ']'`.as('json'))
    .where('week', '>=', whole.from)
    .where('week', '<', whole.to)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.json) as number[];
}

/**
 * The running totals that bound the whole weeks [from, to), as one flat JSON array: before the
 * first week (everyone with a row there), through the last week, and through the last week of
 * each person whose rows end earlier. A person has rows for every week from their first to their
 * last, so these are exactly the two ends of each person's time in the range.
 */
async function readRunningTotals(
  db: Kysely<OrientSchema>,
  whole: { from: number; to: number },
): Promise<number[]> {
  if (whole.to <= whole.from) return [];
  const lastWeek = whole.to - 7;
  const before = db
    .selectFrom('ledger_week_totals')
    .select('before as data')
    .where('week', '=', whole.from);
  const through = db
    .selectFrom('ledger_week_totals')
    .select('through as data')
    .where('week', '=', lastWeek);
  // `last = 1` as a literal, so both databases use the partial index on each person's last week.
  const endsEarlier = db
    .selectFrom('ledger_week_totals')
    .select('through as data')
    .where(sql<boolean>`last = 1`)
    .where('week', '>=', whole.from)
    .where('week', '<', lastWeek);
  const row = await db
    .selectFrom(before.unionAll(through).unionAll(endsEarlier).as('bounds'))
    .select(sql<string>`'[' || coalesce(string_agg(data, ','), '') || ']'`.as('json'))
    .executeTakeFirstOrThrow();
  return JSON.parse(row.json) as number[];
}

/** The week or two the range starts or ends inside, day by day, as one flat JSON array. */
async function readEndWeeks(db: Kysely<OrientSchema>, range: RangeWeeks): Promise<number[]> {
  const { fromDay, toDay, whole } = range;
  const row = await db
    .selectFrom('ledger_week_totals')
    .select(sql<string>`'[' || coalesce(string_agg(days, ','), '') || ']'`.as('json'))
    .where((eb) =>
      eb.or([
        eb.and([eb('week', '>=', weekOf(fromDay)), eb('week', '<', whole.from)]),
        eb.and([eb('week', '>=', Math.max(whole.to, whole.from)), eb('week', '<', toDay)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return JSON.parse(row.json) as number[];
}
