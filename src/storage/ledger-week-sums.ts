// Sums the ledger's week rows over a range of org days: per person and per person-week hours per
// category (rules 4–7), hours with each other department (rule 8), and the invite charges (rule 9).
// Sums are of whole milliseconds, so they are exact whatever order the rows come in; the outputs
// are sorted (email, then week or department or series) so what is built from them is the same on
// both backends.
import { sql } from 'kysely';
import type { InviteCharge } from '../core/reports/report-input.js';
import type { OrientDatabase } from './database.js';
import { ledgerNameList } from './ledger-names.js';
import { WHOLE_WEEK, weekOf, type LedgerWeek } from './ledger-weeks.js';

const HOUR_MS = 3_600_000;

export interface LedgerSums {
  /** Milliseconds per category for everyone with counted time in the range. */
  totals: Map<string, number[]>;
  /** Per person-week with counted time in the range, by email then week (day number of Monday). */
  weekly: { email: string; week: number; ms: number[] }[];
  /** Hours with each other department, departments in order. */
  departmentHours: Map<string, Record<string, number>>;
  /** Hours per (series, occurrence, person), in that order. */
  invites: InviteCharge[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
  const [names, weeks] = await Promise.all([
    ledgerNameList(database.db),
    readWeeks(database, fromDay, toDay),
  ]);
  const byPerson = new Map<number, LedgerWeek[]>();
  for (const week of weeks) {
    const list = byPerson.get(week.e);
    if (list) list.push(week);
    else byPerson.set(week.e, [week]);
  }
  const people = [...byPerson.keys()]
    .map((id) => ({ id, email: names[id]! }))
    .sort((a, b) => byText(a.email, b.email));

  const totals = new Map<string, number[]>();
  const weekly: LedgerSums['weekly'] = [];
  const departmentHours = new Map<string, Record<string, number>>();
  const charges = new InviteCharges(names);
  for (const { id, email } of people) {
    const departmentMs = new Map<number, number>();
    for (const { w: week, u, h, d, i } of byPerson.get(id)!.sort((a, b) => a.w - b.w)) {
      // Days are offsets within the week; the range, in the same terms, is [first, end).
      const first = fromDay - week;
      const end = toDay - week;
      const inRange = (day: number): boolean => day === WHOLE_WEEK || (day >= first && day < end);

      let weekMs: number[] | null = null;
      for (let k = 0; k < h.length; k += categories + 1) {
        if (!inRange(h[k]!)) continue;
        weekMs ??= new Array<number>(categories).fill(0);
        for (let c = 0; c < categories; c++) weekMs[c]! += h[k + 1 + c]! * u;
      }
      if (weekMs) {
        weekly.push({ email, week, ms: weekMs });
        const total = totals.get(email);
        if (total) for (let c = 0; c < categories; c++) total[c]! += weekMs[c]!;
        else totals.set(email, [...weekMs]);
      }

      for (let k = 0; k < d.length; k += 3) {
        if (!inRange(d[k + 1]!)) continue;
        departmentMs.set(d[k]!, (departmentMs.get(d[k]!) ?? 0) + d[k + 2]! * u);
      }

      for (let k = 0; k < i.length; k += 4) {
        if (inRange(i[k + 2]!)) charges.add(i[k]!, i[k + 1]!, email, i[k + 3]! * u);
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
 * The week rows overlapping the range: weeks wholly inside it summed (`totals`), the one or two
 * at its ends day by day (`days`). Concatenated in SQL into one JSON array per part (string_agg,
 * on both backends), because fetching 130,000 rows one by one costs more than the sums.
 */
async function readWeeks(
  database: OrientDatabase,
  fromDay: number,
  toDay: number,
): Promise<LedgerWeek[]> {
  const whole = { from: weekOf(fromDay + 6), to: weekOf(toDay) };
  const [inside, ends] = await Promise.all([
    database.db
      .selectFrom('ledger_weeks')
      .select(sql<string | null>`string_agg(totals, ',')`.as('data'))
      .where('week', '>=', whole.from)
      .where('week', '<', whole.to)
      .executeTakeFirst(),
    database.db
      .selectFrom('ledger_weeks')
      .select(sql<string | null>`string_agg(days, ',')`.as('data'))
      .where((eb) =>
        eb.or([
          eb.and([eb('week', '>=', weekOf(fromDay)), eb('week', '<', whole.from)]),
          eb.and([eb('week', '>=', Math.max(whole.to, whole.from)), eb('week', '<', toDay)]),
        ]),
      )
      .executeTakeFirst(),
  ]);
  const parse = (data: string | null | undefined): LedgerWeek[] =>
    data ? (JSON.parse(`[${data}]`) as LedgerWeek[]) : [];
  return [...parse(inside?.data), ...parse(ends?.data)];
}
