// Shared by the fixture-expansion-*.test.ts files: the `orient expand --json` contract over the
// node-ical fixtures (/work/shared/ics/node-ical-fixtures). Every expected row in those files is
// worked out by hand from RFC 5545 and the fixture's own text; the helpers here only do calendar
// arithmetic (adding days, naming weekdays, applying a UTC offset someone wrote down by hand).
import { expect } from 'vitest';
import { expandJson } from '../support/run-cli.js';

export const FIXTURES = '/work/shared/ics/node-ical-fixtures';

export interface Row {
  uid: unknown;
  recurrenceId: string | null;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string | null;
}

export function row(
  uid: unknown,
  recurrenceId: string | null,
  summary: string,
  start: string,
  end: string,
  allDay: boolean,
  status: string | null,
): Row {
  return { uid, recurrenceId, summary, start, end, allDay, status };
}

/** A UID-less event: RFC 5545 requires UID, the contract does not say what the reader invents. */
export const anyUid = (): unknown => expect.any(String);

export interface Expansion {
  code: number;
  rows: Record<string, unknown>[];
  stderr: string;
}

/** Runs `orient expand <fixture> --from --to --json` (no config file: org timezone UTC). */
export async function expand(file: string, from: string, to: string): Promise<Expansion> {
  return expandJson(`${FIXTURES}/${file}`, from, to);
}

/** The instant a row starts: UTC midnight of the date for all-day rows (occurrence.ts). */
export function startKey(r: { start: unknown; allDay: unknown }): number {
  const s = String(r.start);
  return Date.parse(r.allDay === true ? `${s}T00:00:00Z` : s);
}

function canonical<T extends Record<string, unknown>>(rows: readonly T[]): T[] {
  const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const key = (r: T): number => startKey({ start: r['start'], allDay: r['allDay'] });
  return [...rows].sort(
    (a, b) =>
      key(a) - key(b) ||
      text(a['end']).localeCompare(text(b['end'])) ||
      text(a['summary']).localeCompare(text(b['summary'])) ||
      text(a['recurrenceId']).localeCompare(text(b['recurrenceId'])),
  );
}

/** Rows are sorted by start (ties in any order). */
export function expectSortedByStart(rows: readonly Record<string, unknown>[]): void {
  const keys = rows.map((r) => startKey({ start: r['start'], allDay: r['allDay'] }));
  const firstOutOfOrder = keys.findIndex((k, i) => i > 0 && k < (keys[i - 1] ?? k));
  expect(firstOutOfOrder, 'index of the first row that starts before its predecessor').toBe(-1);
}

/** Exactly these rows (as a list sorted by start; the order of rows with equal starts is free). */
export function expectRows(result: Expansion, expected: readonly Row[]): void {
  expect(canonical(result.rows)).toEqual(
    canonical(expected as unknown as Record<string, unknown>[]),
  );
  expectSortedByStart(result.rows);
}

/** Exit code 0 and exactly these rows. */
export function expectListing(result: Expansion, expected: readonly Row[]): void {
  expect(result.code, result.stderr).toBe(0);
  expectRows(result, expected);
}

/** No two rows claim the same instance (UID + recurrenceId is an instance's identity). */
export function expectDistinctInstances(rows: readonly Record<string, unknown>[]): void {
  const keys = rows.map((r) => `${String(r['uid'])}|${String(r['recurrenceId'])}`);
  expect(new Set(keys).size).toBe(keys.length);
}

// ---- calendar arithmetic on YYYY-MM-DD strings (UTC, no zones) ----

const DAY_MS = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekday(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'SU';
}

/** Dates from `first` to `last` inclusive whose weekday is listed. */
export function datesOn(first: string, last: string, days: readonly Weekday[]): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if (days.includes(weekday(d))) out.push(d);
  return out;
}

/** Every date from `first` to `last` inclusive. */
export function everyDay(first: string, last: string): string[] {
  return datesOn(first, last, WEEKDAYS);
}

/**
 * The UTC ISO instant of a wall-clock time whose UTC offset (in hours, e.g. -5 for EST) was worked
 * out by hand: utcOf('2024-03-01', '14:00', -5) = '2024-03-01T19:00:00Z'.
 */
export function utcOf(date: string, time: string, offsetHours: number): string {
  const [h, m, s] = time.split(':').map(Number);
  const ms =
    Date.parse(`${date}T00:00:00Z`) +
    ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000 -
    offsetHours * 3_600_000;
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** An ISO instant plus some minutes. */
export function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 19) + 'Z';
}
