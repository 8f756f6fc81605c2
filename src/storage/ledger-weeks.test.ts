// Packing one person's ledger into ISO-week rows: which week each org day lands in, day offsets
// 0 (Monday) … 6 (Sunday), the week summed onto WHOLE_WEEK, names by id, and the stored unit
// (minutes when every figure is whole minutes, else milliseconds). Every figure worked by hand.
import { describe, expect, it } from 'vitest';
import { dayNumber, isoWeekStart } from '../core/counting/day-clock.js';
import type { PersonLedger } from '../core/counting/person-ledger.js';
import {
  WHOLE_WEEK,
  decodeLedgerWeek,
  ledgerNames,
  ledgerWeeks,
  weekOf,
  type LedgerWeek,
} from './ledger-weeks.js';

const MIN = 60_000;
const EMAIL = 'cy@acme.com';

// Week 1 is Mon 2 – Sun 8 March 2026, week 2 starts Mon 9 March.
const MON_2 = dayNumber('2026-03-02');
const TUE_3 = dayNumber('2026-03-03');
const WED_4 = dayNumber('2026-03-04');
const SUN_8 = dayNumber('2026-03-08');
const MON_9 = dayNumber('2026-03-09');

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
  totals: LedgerWeek;
  days: LedgerWeek;
}

/** A column read back: its text is a comma-separated list of numbers, one week. */
function decoded(text: string): LedgerWeek {
  const flat = JSON.parse(`[${text}]`) as number[];
  const { week, next } = decodeLedgerWeek(flat);
  expect(next).toBe(flat.length);
  return week;
}

function packed(ledger: PersonLedger, categories = 3): ParsedRow[] {
  return ledgerWeeks(EMAIL, ledger, categories, id).map((row) => ({
    week: row.week,
    email: row.email,
    totals: decoded(row.totals),
    days: decoded(row.days),
  }));
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
  it('packs two weeks in minutes: days by offset, the week summed, charges merged by (uid, key)', () => {
    const rows = packed(twoWeekLedger());
    expect(rows.map((r) => [r.week, r.email])).toEqual([
      [MON_2, EMAIL],
      [MON_9, EMAIL],
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
    // 60 + 0 + 0 = 60, 0 + 45 + 15 = 60, 30 + 0 + 0 = 30; Engineering 10 + 15 = 25; late-sync's
    // two days 30 + 30 = 60 in one entry; weekend only its Sunday part (15) in this week.
    expect(week1!.totals).toEqual({
      e: 40,
      w: MON_2,
      u: MIN,
      h: [WHOLE_WEEK, 60, 60, 30],
      d: [7, WHOLE_WEEK, 30, 3, WHOLE_WEEK, 25],
      i: [11, 12, WHOLE_WEEK, 60, 20, 21, WHOLE_WEEK, 60, 30, 31, WHOLE_WEEK, 15],
    });

    // Week 2: Mon 9 only (offset 0); weekend's Monday part, 10 minutes.
    expect(week2!.days).toEqual({
      e: 40,
      w: MON_9,
      u: MIN,
      h: [0, 120, 10, 0],
      d: [7, 0, 60],
      i: [30, 31, 0, 10],
    });
    expect(week2!.totals).toEqual({
      e: 40,
      w: MON_9,
      u: MIN,
      h: [WHOLE_WEEK, 120, 10, 0],
      d: [7, WHOLE_WEEK, 60],
      i: [30, 31, WHOLE_WEEK, 10],
    });
  });

  it('stores a week in milliseconds when any figure is not whole minutes (90.5 s)', () => {
    const [week1, week2] = packed(twoWeekLedger(90_500));
    // Week 1 is untouched: still minutes.
    expect(week1!.days.u).toBe(MIN);
    expect(week1!.totals.u).toBe(MIN);
    expect(week2!.days).toEqual({
      e: 40,
      w: MON_9,
      u: 1,
      h: [0, 7_200_000, 600_000, 90_500],
      d: [7, 0, 3_600_000],
      i: [30, 31, 0, 600_000],
    });
    expect(week2!.totals).toEqual({
      e: 40,
      w: MON_9,
      u: 1,
      h: [WHOLE_WEEK, 7_200_000, 600_000, 90_500],
      d: [7, WHOLE_WEEK, 3_600_000],
      i: [30, 31, WHOLE_WEEK, 600_000],
    });
  });

  it('picks the unit per column: half minutes on two days sum to a whole minute', () => {
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
    expect(week!.totals).toMatchObject({ u: MIN, h: [WHOLE_WEEK, 2] });
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

  it('writes a week with only department time or charges, its category sums empty', () => {
    const ledger: PersonLedger = {
      days: new Map(),
      departments: new Map([['Engineering', new Map([[MON_9, 5 * MIN]])]]),
      invites: [{ uid: 'deal-desk', recurrenceKey: DEAL_KEY, day: SUN_8, ms: 2 * MIN }],
    };
    const rows = packed(ledger);
    expect(rows).toEqual([
      {
        week: MON_9,
        email: EMAIL,
        days: { e: 40, w: MON_9, u: MIN, h: [], d: [3, 0, 5], i: [] },
        totals: { e: 40, w: MON_9, u: MIN, h: [], d: [3, WHOLE_WEEK, 5], i: [] },
      },
      {
        week: MON_2,
        email: EMAIL,
        days: { e: 40, w: MON_2, u: MIN, h: [], d: [], i: [20, 21, 6, 2] },
        totals: { e: 40, w: MON_2, u: MIN, h: [], d: [], i: [20, 21, WHOLE_WEEK, 2] },
      },
    ]);
  });

  it('writes nothing for an empty ledger', () => {
    expect(
      ledgerWeeks(EMAIL, { days: new Map(), departments: new Map(), invites: [] }, 3, id),
    ).toEqual([]);
  });
});
