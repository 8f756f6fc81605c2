// Sums the ledger's week rows over a range of org days: per person and per person-week hours per
// category (rules 4–7), hours with each other department (rule 8), and the invite charges (rule 9).
// Sums are of whole milliseconds, so they are exact whatever order the rows come in; the outputs
// are sorted (email, then week or department or series) so what is built from them is the same on
// both backends.
import { sql } from 'kysely';
import { dayDate } from '../core/counting/day-clock.js';
import { byText } from '../core/reports/measures.js';
import type { InviteCharge, WeeklyHours } from '../core/reports/report-input.js';
import type { OrientDatabase } from './database.js';
import { ledgerNameList } from './ledger-names.js';
import { WHOLE_WEEK, weekOf } from './ledger-weeks.js';

const HOUR_MS = 3_600_000;

export interface LedgerSums {
  /** Milliseconds per category for everyone with counted time in the range. */
  totals: Map<string, number[]>;
  /** Per person-week with counted time in the range, by email then week. */
  weekly: WeeklyHours[];
  /** Hours with each other department, departments in order. */
  departmentHours: Map<string, Record<string, number>>;
  /** Hours per (series, occurrence, person), in that order. */
  invites: InviteCharge[];
}

/**
 * Invite charges summed per (series, occurrence, person) and listed in that order, by name. People
 * must be added in email order: each (series, occurrence) keeps its people as they arrive.
 */
class InviteCharges {
  private readonly rank: Int32Array;
  /** UID id → recurrence key id → the people charged and their milliseconds. */
  private readonly byUid = new Map<number, Map<number, { emails: string[]; ms: number[] }>>();

  constructor(private readonly names: readonly string[]) {
    const ids = names.map((_, id) => id).sort((a, b) => byText(names[a]!, names[b]!));
    // A typed array: filled out of order, a plain array would fall back to a slow sparse form.
    this.rank = new Int32Array(names.length);
    ids.forEach((id, position) => (this.rank[id] = position));
  }

  add(uid: number, key: number, email: string, ms: number): void {
    let byKey = this.byUid.get(uid);
    if (!byKey) this.byUid.set(uid, (byKey = new Map()));
    let charge = byKey.get(key);
    if (!charge) byKey.set(key, (charge = { emails: [], ms: [] }));
    const last = charge.emails.length - 1;
    if (charge.emails[last] === email) charge.ms[last]! += ms;
    else {
      charge.emails.push(email);
      charge.ms.push(ms);
    }
  }

  inOrder(): InviteCharge[] {
    const byRank = (a: number, b: number) => this.rank[a]! - this.rank[b]!;
    const out: InviteCharge[] = [];
    for (const uid of [...this.byUid.keys()].sort(byRank)) {
      const byKey = this.byUid.get(uid)!;
      for (const key of [...byKey.keys()].sort(byRank)) {
        const { emails, ms } = byKey.get(key)!;
        for (let j = 0; j < emails.length; j++) {
          out.push({
            uid: this.names[uid]!,
            recurrenceKey: this.names[key]!,
            email: emails[j]!,
            hours: ms[j]! / HOUR_MS,
          });
        }
      }
    }
    return out;
  }
}

export async function sumLedgerWeeks(
  database: OrientDatabase,
  categories: number,
  fromDay: number,
  toDay: number,
): Promise<LedgerSums> {
  const [names, flat] = await Promise.all([
    ledgerNameList(database.db),
    readWeeks(database, fromDay, toDay),
  ]);
  // Where each person's weeks start in the flat list (encodeLedgerWeek's layout).
  const byPerson = new Map<number, number[]>();
  for (let at = 0; at < flat.length;) {
    const list = byPerson.get(flat[at]!);
    if (list) list.push(at);
    else byPerson.set(flat[at]!, [at]);
    let k = at + 3;
    for (let part = 0; part < 3; part++) k += 1 + flat[k]!;
    at = k;
  }
  const people = [...byPerson.keys()]
    .map((id) => ({ id, email: names[id]! }))
    .sort((a, b) => byText(a.email, b.email));

  const totals = new Map<string, number[]>();
  const weekly: WeeklyHours[] = [];
  const mondays = new Map<number, string>();
  const monday = (week: number): string => {
    let date = mondays.get(week);
    if (date === undefined) mondays.set(week, (date = dayDate(week)));
    return date;
  };
  const departmentHours = new Map<string, Record<string, number>>();
  const charges = new InviteCharges(names);
  for (const { id, email } of people) {
    const departmentMs = new Map<number, number>();
    for (const at of byPerson.get(id)!.sort((a, b) => flat[a + 1]! - flat[b + 1]!)) {
      const week = flat[at + 1]!;
      const u = flat[at + 2]!;
      // Days are offsets within the week; the range, in the same terms, is [first, end).
      const first = fromDay - week;
      const end = toDay - week;
      const inRange = (day: number): boolean => day === WHOLE_WEEK || (day >= first && day < end);

      let k = at + 3;
      let weekMs: number[] | null = null;
      for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += categories + 1) {
        if (!inRange(flat[j]!)) continue;
        weekMs ??= new Array<number>(categories).fill(0);
        for (let c = 0; c < categories; c++) weekMs[c]! += flat[j + 1 + c]! * u;
      }
      if (weekMs) {
        const total = totals.get(email);
        if (total) for (let c = 0; c < categories; c++) total[c]! += weekMs[c]!;
        else totals.set(email, [...weekMs]);
        // The week's own array becomes its hours (exact sums first, one division each).
        for (let c = 0; c < categories; c++) weekMs[c]! /= HOUR_MS;
        weekly.push({
          email,
          week: monday(week),
          days: Math.min(week + 7, toDay) - Math.max(week, fromDay),
          hours: weekMs,
        });
      }
      k += 1 + flat[k]!;

      for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += 3) {
        if (!inRange(flat[j + 1]!)) continue;
        departmentMs.set(flat[j]!, (departmentMs.get(flat[j]!) ?? 0) + flat[j + 2]! * u);
      }
      k += 1 + flat[k]!;

      for (let stop = k + 1 + flat[k]!, j = k + 1; j < stop; j += 4) {
        if (inRange(flat[j + 2]!)) charges.add(flat[j]!, flat[j + 1]!, email, flat[j + 3]! * u);
      }
    }
    if (departmentMs.size > 0) {
      const record: Record<string, number> = {};
      const byName = [...departmentMs].map(([department, ms]) => [names[department]!, ms] as const);
      for (const [department, ms] of byName.sort(([a], [b]) => byText(a, b)))
        record[department] = ms / HOUR_MS;
      departmentHours.set(email, record);
    }
  }
  const invites = charges.inOrder();
  return { totals, weekly, departmentHours, invites };
}

/**
 * The week rows overlapping the range — weeks wholly inside it summed (`totals`), the one or two at
 * its ends day by day (`days`) — as one flat JSON array of numbers: the database concatenates the
 * rows (string_agg, on both backends), so neither 130,000 rows nor 130,000 objects cross over.
 */
async function readWeeks(
  database: OrientDatabase,
  fromDay: number,
  toDay: number,
): Promise<number[]> {
  const whole = { from: weekOf(fromDay + 6), to: weekOf(toDay) };
  const inside = database.db
    .selectFrom('ledger_weeks')
    .select('totals as data')
    .where('week', '>=', whole.from)
    .where('week', '<', whole.to);
  const ends = database.db
    .selectFrom('ledger_weeks')
    .select('days as data')
    .where((eb) =>
      eb.or([
        eb.and([eb('week', '>=', weekOf(fromDay)), eb('week', '<', whole.from)]),
        eb.and([eb('week', '>=', Math.max(whole.to, whole.from)), eb('week', '<', toDay)]),
      ]),
    );
  const row = await database.db
    .selectFrom(inside.unionAll(ends).as('weeks'))
    .select(sql<string>`'[' || coalesce(string_agg(data, ','), '') || ']'`.as('json'))
    .executeTakeFirstOrThrow();
  return JSON.parse(row.json) as number[];
}
