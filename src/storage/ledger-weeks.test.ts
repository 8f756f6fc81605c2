// Packing one person's ledger into ISO-week rows: which week each org day lands in, day offsets
// 0 (Monday) … 6 (Sunday), a row for every week from the first to the last, the week's selling and
// charges per occurrence, running totals before and through each week, names by id, and the stored
// unit (minutes when every figure of the person is whole minutes, else milliseconds). Every figure
// worked by hand.
import { describe, expect, it } from 'vitest';
import { dayNumber, isoWeekStart } from '../core/counting/day-clock.js';
import type { PersonLedger } from '../core/counting/person-ledger.js';
import {
  decodeLedgerWeek,
  decodeRunningTotals,
  decodeWeekRow,
  ledgerNames,
  ledgerWeeks,
  weekOf,
  type LedgerWeek,
  type RunningTotals,
  type WeekRow,
} from './ledger-weeks.js';

const MIN = 60_000;
const EMAIL = 'cy@acme.com';

// Week 1 is Mon 2 – Sun 8 March 2026, week 2 starts Mon 9 March.
const MON_2 = dayNumber('2026-03-02');
const TUE_3 = dayNumber('2026-03-03');
const WED_4 = dayNumber('2026-03-04');
const SUN_8 = dayNumber('2026-03-08');
const MON_9 = dayNumber('2026-03-09');
const MON_16 = dayNumber('2026-03-16');
const MON_23 = dayNumber('2026-03-23');

const LATE_KEY = '2026-03-04T04:00:00Z';
const DEAL_KEY = '2026-03-03T20:00:00Z';
const WEEKEND_KEY = '2026-03-09T03:00:00Z';

/** Name ids as ledger_names might hand them out: not in listing order, none below 3. */
const IDS = new Map([
  [EMAIL, 40],
  ['Product', 7],
  ['Engineering', 3],
  ['late-sync', 11],
  [LATE_KEY, 12],
  ['deal-desk', 20],
  [DEAL_KEY, 21],
  ['weekend', 30],
  [WEEKEND_KEY, 31],
]);
const id = (name: string): number => {
  const n = IDS.get(name);
  if (n === undefined) throw new Error(`no id for ${name}`);
  return n;
};

/**
 * Three categories. Days are inserted out of order (packing sorts them); late-sync crosses
 * midnight Tue 3 → Wed 4 (one week), weekend crosses Sun 8 → Mon 9 (two weeks).
 */
function twoWeekLedger(mon9Category2 = 0): PersonLedger {
  return {
    days: new Map([
      [MON_9, [120 * MIN, 10 * MIN, mon9Category2]],
      [SUN_8, [0, 15 * MIN, 0]],
      [TUE_3, [60 * MIN, 0, 30 * MIN]],
      [WED_4, [0, 45 * MIN, 0]],
    ]),
    departments: new Map([
      [
        'Product',
        new Map([
          [MON_9, 60 * MIN],
          [TUE_3, 30 * MIN],
        ]),
      ],
      [
        'Engineering',
        new Map([
          [SUN_8, 15 * MIN],
          [TUE_3, 10 * MIN],
        ]),
      ],
    ]),
    invites: [
      { uid: 'late-sync', recurrenceKey: LATE_KEY, day: TUE_3, ms: 30 * MIN },
      { uid: 'deal-desk', recurrenceKey: DEAL_KEY, day: TUE_3, ms: 60 * MIN },
      { uid: 'late-sync', recurrenceKey: LATE_KEY, day: WED_4, ms: 30 * MIN },
      { uid: 'weekend', recurrenceKey: WEEKEND_KEY, day: SUN_8, ms: 15 * MIN },
      { uid: 'weekend', recurrenceKey: WEEKEND_KEY, day: MON_9, ms: 10 * MIN },
    ],
  };
}

interface ParsedRow {
  week: number;
  email: string;
  last: number;
  /** Null for a week with no selling and no charges. */
  row: WeekRow | null;
  /** The running totals' figures (who, which week, sign and unit are checked as they are read). */
  before: Pick<RunningTotals, 'h' | 'd'>;
  through: Pick<RunningTotals, 'h' | 'd'>;
  days: LedgerWeek;
}

/** A column read back: its text is a comma-separated list of numbers, all of it decoded. */
function decoded<T>(text: string, decode: (flat: number[]) => { next: number } & T): T {
  const flat = JSON.parse(`[${text}]`) as number[];
  const out = decode(flat);
  expect(out.next).toBe(flat.length);
  return out;
}

/** Selling is the first of the categories. */
function packed(ledger: PersonLedger, categories = 3, selling = 0): ParsedRow[] {
  return ledgerWeeks(EMAIL, ledger, categories, selling, id).map((r) => {
    const row = r.week_row === null ? null : decoded(r.week_row, decodeWeekRow).row;
    const days = decoded(r.days, decodeLedgerWeek).week;
    const figures = (text: string, sign: number): Pick<RunningTotals, 'h' | 'd'> => {
      const { e, w, u, h, d, ...rest } = decoded(text, decodeRunningTotals).totals;
      expect({ e, w, u, sign: rest.sign }).toEqual({ e: 40, w: r.week, u: days.u, sign });
      return { h, d };
    };
    return {
      week: r.week,
      email: r.email,
      last: r.last,
      row,
      before: figures(r.before, -1),
      through: figures(r.through, 1),
      days,
    };
  });
}

describe('weekOf', () => {
  it('gives the Monday of the ISO week', () => {
    expect(weekOf(MON_2)).toBe(MON_2);
    expect(weekOf(TUE_3)).toBe(MON_2);
    expect(weekOf(SUN_8)).toBe(MON_2);
    expect(weekOf(MON_9)).toBe(MON_9);
    expect(MON_9 - MON_2).toBe(7);
    // Day 0, Thursday 1 January 1970, is in the week of Monday 29 December 1969 (day −3).
    expect(weekOf(0)).toBe(-3);
    expect(weekOf(-1)).toBe(-3);
    expect(weekOf(-3)).toBe(-3);
    expect(weekOf(-4)).toBe(-10);
    expect(weekOf(dayNumber('1970-01-05'))).toBe(4);
  });

  it('agrees with the day clock over years, negative days included', () => {
    for (let day = -800; day < 800; day++) expect(weekOf(day)).toBe(isoWeekStart(day));
    for (let day = MON_2 - 400; day < MON_2 + 400; day++) {
      const monday = weekOf(day);
      expect(new Date(monday * 86_400_000).getUTCDay()).toBe(1);
      expect(day - monday).toBeGreaterThanOrEqual(0);
      expect(day - monday).toBeLessThan(7);
    }
  });
});

describe('ledgerNames', () => {
  it('lists the person, their departments, then each charge’s UID and recurrence key', () => {
    expect(ledgerNames(EMAIL, twoWeekLedger())).toEqual([
      EMAIL,
      'Product',
      'Engineering',
      'late-sync',
      LATE_KEY,
      'deal-desk',
      DEAL_KEY,
      'late-sync',
      LATE_KEY,
      'weekend',
      WEEKEND_KEY,
      'weekend',
      WEEKEND_KEY,
    ]);
  });
});

describe('ledgerWeeks', () => {
  it('packs two weeks in minutes: days by offset, selling, charges per occurrence, running totals', () => {
    const rows = packed(twoWeekLedger());
    expect(rows.map((r) => [r.week, r.email, r.last])).toEqual([
      [MON_2, EMAIL, 0],
      [MON_9, EMAIL, 1],
    ]);
    const [week1, week2] = rows;

    // Week 1: Tue 3 (offset 1), Wed 4 (2), Sun 8 (6); departments in ledger order, each by day.
    expect(week1!.days).toEqual({
      e: 40,
      w: MON_2,
      u: MIN,
      h: [1, 60, 0, 30, 2, 0, 45, 0, 6, 0, 15, 0],
      d: [7, 1, 30, 3, 1, 10, 3, 6, 15],
      i: [11, 12, 1, 30, 20, 21, 1, 60, 11, 12, 2, 30, 30, 31, 6, 15],
    });
    // Selling (category 0) 60 + 0 + 0; late-sync's two days 30 + 30 in one charge; weekend only
    // its Sunday part (15) in this week.
    expect(week1!.row).toEqual({
      e: 40,
      w: MON_2,
      u: MIN,
      s: 60,
      i: [11, 12, 60, 20, 21, 60, 30, 31, 15],
    });
    // Nothing before the first week. Through it: 3 days; 60, 0 + 45 + 15 = 60, 30; by department
    // id, Engineering (3) 10 + 15 = 25, Product (7) 30.
    expect(week1!.before).toEqual({ h: [], d: [] });
    expect(week1!.through).toEqual({ h: [3, 60, 60, 30], d: [3, 25, 7, 30] });

    // Week 2: Mon 9 only (offset 0); weekend's Monday part, 10 minutes.
    expect(week2!.days).toEqual({
      e: 40,
      w: MON_9,
      u: MIN,
      h: [0, 120, 10, 0],
      d: [7, 0, 60],
      i: [30, 31, 0, 10],
    });
    expect(week2!.row).toEqual({ e: 40, w: MON_9, u: MIN, s: 120, i: [30, 31, 10] });
    expect(week2!.before).toEqual(week1!.through);
    // 3 + 1 days; 60 + 120, 60 + 10, 30 + 0; Product 30 + 60.
    expect(week2!.through).toEqual({ h: [4, 180, 70, 30], d: [3, 25, 7, 90] });
  });

  it('keeps all of a person in milliseconds when any figure is not whole minutes (90.5 s)', () => {
    const [week1, week2] = packed(twoWeekLedger(90_500));
    // Week 1's figures are whole minutes, but the person's unit is milliseconds throughout.
    expect(week1!.days.u).toBe(1);
    expect(week1!.row).toMatchObject({ u: 1, s: 3_600_000 });
    expect(week1!.through).toEqual({
      h: [3, 3_600_000, 3_600_000, 1_800_000],
      d: [3, 1_500_000, 7, 1_800_000],
    });
    expect(week2!.days).toEqual({
      e: 40,
      w: MON_9,
      u: 1,
      h: [0, 7_200_000, 600_000, 90_500],
      d: [7, 0, 3_600_000],
      i: [30, 31, 0, 600_000],
    });
    expect(week2!.through.h).toEqual([4, 10_800_000, 4_200_000, 1_890_500]);
  });

  it('uses milliseconds for half minutes even where they sum to whole minutes', () => {
    const ledger: PersonLedger = {
      days: new Map([
        [TUE_3, [30_000]],
        [WED_4, [90_000]],
      ]),
      departments: new Map(),
      invites: [],
    };
    const [week] = packed(ledger, 1);
    expect(week!.days).toMatchObject({ u: 1, h: [1, 30_000, 2, 90_000] });
    expect(week!.row).toMatchObject({ u: 1, s: 120_000 });
    expect(week!.through).toEqual({ h: [2, 120_000], d: [] });
  });

  it('rounds to whole milliseconds before choosing the unit', () => {
    const ledger: PersonLedger = {
      days: new Map([[TUE_3, [59_999.6, 1_000.4]]]),
      departments: new Map([['Product', new Map([[TUE_3, 0.4]])]]),
      invites: [],
    };
    const [week] = packed(ledger, 2);
    expect(week!.days).toMatchObject({ u: 1, h: [1, 60_000, 1_000], d: [7, 1, 0] });
  });

  it('writes the weeks between with nothing in them, their totals carried', () => {
    const ledger: PersonLedger = {
      days: new Map([
        [TUE_3, [60 * MIN, 0, 0]],
        [MON_23, [0, 30 * MIN, 0]],
      ]),
      departments: new Map([['Product', new Map([[MON_16, 20 * MIN]])]]),
      invites: [],
    };
    const rows = packed(ledger);
    expect(rows.map((r) => [r.week, r.last])).toEqual([
      [MON_2, 0],
      [MON_9, 0],
      [MON_16, 0],
      [MON_23, 1],
    ]);
    const [, empty, product, last] = rows;
    expect(empty!.days).toEqual({ e: 40, w: MON_9, u: MIN, h: [], d: [], i: [] });
    expect(empty!.row).toBeNull();
    expect(empty!.before).toEqual({ h: [1, 60, 0, 0], d: [] });
    expect(empty!.through).toEqual(empty!.before);
    expect(product!.through).toEqual({ h: [1, 60, 0, 0], d: [7, 20] });
    expect(last!.through).toEqual({ h: [2, 60, 30, 0], d: [7, 20] });
  });

  it('writes a week with only department time or charges, its category totals empty', () => {
    const ledger: PersonLedger = {
      days: new Map(),
      departments: new Map([['Engineering', new Map([[MON_9, 5 * MIN]])]]),
      invites: [{ uid: 'deal-desk', recurrenceKey: DEAL_KEY, day: SUN_8, ms: 2 * MIN }],
    };
    expect(packed(ledger)).toEqual([
      {
        week: MON_2,
        email: EMAIL,
        last: 0,
        row: { e: 40, w: MON_2, u: MIN, s: 0, i: [20, 21, 2] },
        before: { h: [], d: [] },
        through: { h: [], d: [] },
        days: { e: 40, w: MON_2, u: MIN, h: [], d: [], i: [20, 21, 6, 2] },
      },
      {
        week: MON_9,
        email: EMAIL,
        last: 1,
        row: null,
        before: { h: [], d: [] },
        through: { h: [], d: [3, 5] },
        days: { e: 40, w: MON_9, u: MIN, h: [], d: [3, 0, 5], i: [] },
      },
    ]);
  });

  it('writes no selling when the categories have none', () => {
    // Both weeks have charges, so both still have a row.
    expect(packed(twoWeekLedger(), 3, -1).map((r) => r.row?.s)).toEqual([0, 0]);
  });

  it('writes nothing for an empty ledger', () => {
    expect(
      ledgerWeeks(EMAIL, { days: new Map(), departments: new Map(), invites: [] }, 3, 0, id),
    ).toEqual([]);
  });
});
