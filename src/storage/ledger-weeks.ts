// The ledger's week rows: one person's time (rules 4–7), time with other departments (rule 8) and
// invite charges (rule 9) per ISO week, packed as lists of numbers (names — the email,
// departments, series UIDs, recurrence keys — are numbered in ledger_names). A person has a row
// for every week from their first week with anything counted to their last, each with running
// totals before and through it, so a report over whole weeks takes a person's time from two rows:
// the first week's `before` and the last week's `through`. Day-level detail stays in `days`, so a
// range that starts or ends mid-week is summed exactly. Only whole milliseconds are stored (or
// whole minutes, when every figure of the person is), so every sum and difference is exact.
import type { PersonLedger } from '../core/counting/person-ledger.js';

/**
 * One week day by day (the `days` column, encoded by encodeLedgerWeek). Days are 0 (Monday) … 6
 * (Sunday) within the week.
 */
export interface LedgerWeek {
  /** Whose week (the email's name id), and its Monday's day number: rows concatenated in SQL
   * stay self-describing. */
  e: number;
  w: number;
  /** Milliseconds per stored unit: 60,000 when every figure of the person is whole minutes
   * (nearly always), else 1. */
  u: number;
  /** Days with counted time, flattened: [day, units per category … (in the ledger's order), …]. */
  h: number[];
  /** Time with other departments, flattened: [department id, day, units, …]. */
  d: number[];
  /** Invite charges, flattened: [UID id, recurrence key id, day, units, …]. */
  i: number[];
}

/** What a report reads from every row of a whole week (the `week_row` column). */
export interface WeekRow {
  e: number;
  w: number;
  u: number;
  /** Units in `selling` that week (the weekly trend, rule 5). */
  s: number;
  /** Invite charges summed over the week, flattened: [UID id, recurrence key id, units, …]. */
  i: number[];
}

/** A person's running totals at a week boundary (the `before` and `through` columns). */
export interface RunningTotals {
  e: number;
  w: number;
  /** -1 before the week (a range's first week subtracts it), 1 through it (its last adds it). */
  sign: number;
  u: number;
  /** [days with counted time, units per category …]; empty before the first such day. */
  h: number[];
  /** Time with each other department, flattened by department id: [department id, units, …]. */
  d: number[];
}

export interface LedgerWeeksRow {
  week: number;
  email: string;
  last: number;
  /** Null for a week with no selling and no charges: a report has nothing to read there. */
  week_row: string | null;
  before: string;
  through: string;
  days: string;
}

const MINUTE_MS = 60_000;

/** Day number of the Monday of the ISO week holding `day` (day 0, 1970-01-01, was a Thursday). */
export function weekOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The names a ledger's week rows refer to, for numbering before packing. */
export function ledgerNames(email: string, ledger: PersonLedger): string[] {
  const names = [email, ...ledger.departments.keys()];
  for (const c of ledger.invites) names.push(c.uid, c.recurrenceKey);
  return names;
}

/**
 * Packs one person's ledger into week rows, one for every week from their first to their last;
 * `id` numbers a name listed by ledgerNames, `selling` is the selling category's index (-1 if none).
 */
export function ledgerWeeks(
  email: string,
  ledger: PersonLedger,
  categories: number,
  selling: number,
  id: (name: string) => number,
): LedgerWeeksRow[] {
  const e = id(email);
  const u = wholeMinutes(ledger) ? MINUTE_MS : 1;
  const units = (ms: number): number => Math.round(ms) / u;
  const weeks = new Map<number, LedgerWeek>();
  const weekFor = (day: number): LedgerWeek => {
    const w = weekOf(day);
    let week = weeks.get(w);
    if (!week) weeks.set(w, (week = { e, w, u, h: [], d: [], i: [] }));
    return week;
  };
  for (const [day, ms] of [...ledger.days].sort(([a], [b]) => a - b)) {
    const h = weekFor(day).h;
    h.push(day - weekOf(day));
    for (let c = 0; c < categories; c++) h.push(units(ms[c] ?? 0));
  }
  for (const [department, byDay] of ledger.departments) {
    const department_ = id(department);
    for (const [day, ms] of [...byDay].sort(([a], [b]) => a - b))
      weekFor(day).d.push(department_, day - weekOf(day), units(ms));
  }
  for (const c of ledger.invites)
    weekFor(c.day).i.push(id(c.uid), id(c.recurrenceKey), c.day - weekOf(c.day), units(c.ms));
  if (weeks.size === 0) return [];

  const first = Math.min(...weeks.keys());
  const lastWeek = Math.max(...weeks.keys());
  const running = {
    days: 0,
    h: new Array<number>(categories).fill(0),
    d: new Map<number, number>(),
  };
  const rows: LedgerWeeksRow[] = [];
  for (let w = first; w <= lastWeek; w += 7) {
    const week = weeks.get(w) ?? { e, w, u, h: [], d: [], i: [] };
    const before = encodeRunningTotals({ e, w, sign: -1, u, ...runningTotals(running) });
    let s = 0;
    for (let k = 0; k < week.h.length; k += categories + 1) {
      running.days++;
      for (let c = 0; c < categories; c++) running.h[c]! += week.h[k + 1 + c]!;
      if (selling >= 0) s += week.h[k + 1 + selling]!;
    }
    for (let k = 0; k < week.d.length; k += 3)
      running.d.set(week.d[k]!, (running.d.get(week.d[k]!) ?? 0) + week.d[k + 2]!);
    const last = w === lastWeek ? 1 : 0;
    const charges = chargesByOccurrence(week.i);
    rows.push({
      week: w,
      email,
      last,
      week_row: s > 0 || week.i.length > 0 ? encodeWeekRow({ e, w, u, s, i: charges }) : null,
      before,
      through: encodeRunningTotals({ e, w, sign: 1, u, ...runningTotals(running) }),
      days: encodeLedgerWeek(week),
    });
  }
  return rows;
}

/**
 * A week day by day as one flat list of numbers, `e,w,u,|h|,h…,|d|,d…,|i|,i…`: rows concatenated
 * with commas and wrapped in brackets are one JSON array of numbers, which parses without building
 * an object per row (what keeps a 10,000-person report's garbage small).
 */
export function encodeLedgerWeek(week: LedgerWeek): string {
  return [week.e, week.w, week.u, week.h.length, ...week.h, week.d.length, ...week.d]
    .concat(week.i.length, week.i)
    .join(',');
}

/** One week back from `flat` at `at`, with where the next one starts. */
export function decodeLedgerWeek(
  flat: readonly number[],
  at = 0,
): { week: LedgerWeek; next: number } {
  let k = at + 3;
  const h = takeList(flat, k);
  k += 1 + h.length;
  const d = takeList(flat, k);
  k += 1 + d.length;
  const i = takeList(flat, k);
  k += 1 + i.length;
  return { week: { e: flat[at]!, w: flat[at + 1]!, u: flat[at + 2]!, h, d, i }, next: k };
}

/** `e,w,u,s,|i|,i…`. */
export function encodeWeekRow(row: WeekRow): string {
  return [row.e, row.w, row.u, row.s, row.i.length, ...row.i].join(',');
}

export function decodeWeekRow(flat: readonly number[], at = 0): { row: WeekRow; next: number } {
  const i = takeList(flat, at + 4);
  const row = { e: flat[at]!, w: flat[at + 1]!, u: flat[at + 2]!, s: flat[at + 3]!, i };
  return { row, next: at + 5 + i.length };
}

/** `e,w,sign,u,|h|,h…,|d|,d…`. */
export function encodeRunningTotals(totals: RunningTotals): string {
  const { e, w, sign, u, h, d } = totals;
  return [e, w, sign, u, h.length, ...h, d.length, ...d].join(',');
}

export function decodeRunningTotals(
  flat: readonly number[],
  at = 0,
): { totals: RunningTotals; next: number } {
  const h = takeList(flat, at + 4);
  const d = takeList(flat, at + 5 + h.length);
  const [e, w, sign, u] = flat.slice(at, at + 4) as [number, number, number, number];
  return { totals: { e, w, sign, u, h, d }, next: at + 6 + h.length + d.length };
}

function takeList(flat: readonly number[], at: number): number[] {
  return flat.slice(at + 1, at + 1 + flat[at]!);
}

function runningTotals(running: {
  days: number;
  h: readonly number[];
  d: ReadonlyMap<number, number>;
}): Pick<RunningTotals, 'h' | 'd'> {
  const d = [...running.d].sort(([a], [b]) => a - b).flat();
  return { h: running.days === 0 ? [] : [running.days, ...running.h], d };
}

/** Day-level charges [uid, key, day, units, …] summed per occurrence: [uid, key, units, …]. */
function chargesByOccurrence(i: readonly number[]): number[] {
  const sums = new Map<string, number[]>();
  for (let k = 0; k < i.length; k += 4) {
    const id = `${i[k]},${i[k + 1]}`;
    const charge = sums.get(id);
    if (charge) charge[2]! += i[k + 3]!;
    else sums.set(id, [i[k]!, i[k + 1]!, i[k + 3]!]);
  }
  return [...sums.values()].flat();
}

/** Whether every figure of the ledger, rounded to whole milliseconds, is whole minutes. */
function wholeMinutes(ledger: PersonLedger): boolean {
  const whole = (ms: number): boolean => Math.round(ms) % MINUTE_MS === 0;
  for (const ms of ledger.days.values()) if (!ms.every(whole)) return false;
  for (const byDay of ledger.departments.values())
    for (const ms of byDay.values()) if (!whole(ms)) return false;
  return ledger.invites.every((c) => whole(c.ms));
}
