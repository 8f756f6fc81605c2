// The ledger's week rows: one person's days, departments (rule 8) and invite charges (rule 9) for
// one ISO week, packed as JSON arrays of numbers (names — departments, series UIDs, recurrence keys
// — are numbered in ledger_names). Day-level detail stays in `days`, so a range that starts or
// ends mid-week is summed exactly; only whole milliseconds are stored, so every sum is exact.
import type { PersonLedger } from '../core/counting/person-ledger.js';

/**
 * What one ledger_weeks column holds (encoded by encodeLedgerWeek). In `days`, days are 0 (Monday) … 6 (Sunday) within the
 * week; in `totals` every entry is on WHOLE_WEEK, the week summed (what a report reads for each
 * week wholly inside its range: fewer bytes to parse).
 */
export interface LedgerWeek {
  /** Whose week (the email's name id), and its Monday's day number: rows concatenated in SQL
   * stay self-describing. */
  e: number;
  w: number;
  /** Milliseconds per stored unit: 60,000 when every figure is whole minutes (nearly always), else 1. */
  u: number;
  /** Days with counted time, flattened: [day, ms per category … (in the ledger's order), day, …]. */
  h: number[];
  /** Time with other departments, flattened: [department id, day, ms, …]. */
  d: number[];
  /** Invite charges, flattened: [UID id, recurrence key id, day, ms, …]. */
  i: number[];
}

export const WHOLE_WEEK = -1;

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

/** Packs one person's ledger into week rows; `id` numbers a name listed by ledgerNames. */
export function ledgerWeeks(
  email: string,
  ledger: PersonLedger,
  categories: number,
  id: (name: string) => number,
): { week: number; email: string; totals: string; days: string }[] {
  const weeks = new Map<number, LedgerWeek>();
  const weekFor = (day: number): LedgerWeek => {
    const week = weekOf(day);
    let packed = weeks.get(week);
    if (!packed) {
      packed = { e: id(email), w: week, u: 1, h: [], d: [], i: [] };
      weeks.set(week, packed);
    }
    return packed;
  };
  for (const [day, ms] of [...ledger.days].sort(([a], [b]) => a - b)) {
    const h = weekFor(day).h;
    h.push(day - weekOf(day));
    for (let c = 0; c < categories; c++) h.push(Math.round(ms[c] ?? 0));
  }
  for (const [department, byDay] of ledger.departments) {
    const department_ = id(department);
    for (const [day, ms] of [...byDay].sort(([a], [b]) => a - b))
      weekFor(day).d.push(department_, day - weekOf(day), Math.round(ms));
  }
  for (const c of ledger.invites) {
    const packed = weekFor(c.day);
    packed.i.push(id(c.uid), id(c.recurrenceKey), c.day - weekOf(c.day), Math.round(c.ms));
  }
  return [...weeks].map(([week, days]) => ({
    week,
    email,
    totals: encodeLedgerWeek(inMinutes(summed(days, categories), categories)),
    days: encodeLedgerWeek(inMinutes(days, categories)),
  }));
}

/**
 * A week as one flat list of numbers, `e,w,u,|h|,h…,|d|,d…,|i|,i…`: rows concatenated with commas
 * and wrapped in brackets are one JSON array of numbers, which parses without building an object
 * per row (what keeps a 10,000-person report's garbage small).
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
  const take = (): number[] => {
    const n = flat[k]!;
    const list = flat.slice(k + 1, k + 1 + n);
    k += 1 + n;
    return list;
  };
  const h = take();
  const d = take();
  const i = take();
  return { week: { e: flat[at]!, w: flat[at + 1]!, u: flat[at + 2]!, h, d, i }, next: k };
}

const MINUTE_MS = 60_000;

/** The week with its figures in whole minutes when they all are (a third of the bytes to parse). */
function inMinutes(week: LedgerWeek, categories: number): LedgerWeek {
  // Which positions of each flattened list hold milliseconds (the rest are days and ids).
  const parts = [
    { list: week.h, isMs: (k: number) => k % (categories + 1) !== 0 },
    { list: week.d, isMs: (k: number) => k % 3 === 2 },
    { list: week.i, isMs: (k: number) => k % 4 === 3 },
  ];
  const whole = parts.every(({ list, isMs }) =>
    list.every((v, k) => !isMs(k) || v % MINUTE_MS === 0),
  );
  if (!whole) return week;
  const [h, d, i] = parts.map(({ list, isMs }) =>
    list.map((v, k) => (isMs(k) ? v / MINUTE_MS : v)),
  );
  return { ...week, u: MINUTE_MS, h: h!, d: d!, i: i! };
}

/** The week's days collapsed onto WHOLE_WEEK. */
function summed(days: LedgerWeek, categories: number): LedgerWeek {
  const h = days.h.length === 0 ? [] : [WHOLE_WEEK, ...new Array<number>(categories).fill(0)];
  for (let k = 0; k < days.h.length; k += categories + 1)
    for (let c = 1; c <= categories; c++) h[c]! += days.h[k + c]!;
  const d = sumBy(days.d, 3, 1);
  const i = sumBy(days.i, 4, 2);
  return { e: days.e, w: days.w, u: days.u, h, d, i };
}

/** Sums flattened records of `width` numbers by their first `keys` numbers, day set to WHOLE_WEEK. */
function sumBy(flat: readonly number[], width: number, keys: number): number[] {
  const sums = new Map<string, number[]>();
  for (let k = 0; k < flat.length; k += width) {
    const key = flat.slice(k, k + keys);
    const id = key.join(',');
    const ms = flat[k + width - 1]!;
    const record = sums.get(id);
    if (record) record[keys + 1]! += ms;
    else sums.set(id, [...key, WHOLE_WEEK, ms]);
  }
  return [...sums.values()].flat();
}
