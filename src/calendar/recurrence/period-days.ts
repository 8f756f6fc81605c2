// The days of each period of a DAILY, WEEKLY, MONTHLY or YEARLY rule. Period k is the k-th
// INTERVAL step from the period holding DTSTART (RFC 5545 §3.3.10: "INTERVAL … at which intervals
// the recurrence rule repeats"). Days are day numbers (local ms / DAY_MS), filled in ascending
// order into a caller-owned buffer so the hot loop allocates nothing.

import {
  dayNumber,
  daysInMonth,
  toCivil,
  weekOneStart,
  weekYearOf,
  weekdayOf,
  weeksInYear,
} from './civil-days.js';
import { dayPasses, dayTest } from './day-filter.js';
import type { ExpansionPlan } from './expansion-plan.js';

export interface DayPeriods {
  /** The earliest day period k can hold: no instance of period k starts before it. */
  firstDay(k: number): number;
  /** Writes the days of period k that pass the rule into `out` (ascending); returns how many. */
  fill(k: number, out: number[]): number;
  /** The index of the period holding `dayNum` (periods are contiguous and ascending). */
  indexOf(dayNum: number): number;
  /**
   * Periods after which the calendar repeats for this frequency (400 Gregorian years): if that
   * many periods in a row are empty, every later one is too.
   */
  readonly cycle: number;
}

export function dayPeriods(plan: ExpansionPlan, dtstartDay: number): DayPeriods {
  switch (plan.freq) {
    case 'DAILY':
      return dailyPeriods(plan, dtstartDay);
    case 'WEEKLY':
      return weeklyPeriods(plan, dtstartDay);
    case 'MONTHLY':
      return monthlyPeriods(plan, dtstartDay);
    case 'YEARLY':
      return plan.weekYears ? weekYearPeriods(plan, dtstartDay) : yearlyPeriods(plan, dtstartDay);
    case 'HOURLY':
    case 'MINUTELY':
    case 'SECONDLY':
      throw new Error(`${plan.freq} periods are not whole days`);
  }
}

const DAYS_PER_400_YEARS = 146097;

function dailyPeriods(plan: ExpansionPlan, base: number): DayPeriods {
  const passes = dayTest(plan);
  const step = plan.interval;
  return {
    firstDay: (k) => base + k * step,
    fill(k, out) {
      const day = base + k * step;
      if (plan.filtersDays && !passes(day)) return 0;
      out[0] = day;
      return 1;
    },
    indexOf: (day) => Math.floor((day - base) / step),
    cycle: DAYS_PER_400_YEARS,
  };
}

function weeklyPeriods(plan: ExpansionPlan, dtstartDay: number): DayPeriods {
  const base = dtstartDay - ((weekdayOf(dtstartDay) - plan.wkst + 7) % 7);
  const step = 7 * plan.interval;
  // Offsets into the week (from WKST) of the weekdays BYDAY allows, ascending.
  const offsets: number[] = [];
  let ordinals = false;
  for (let offset = 0; offset < 7; offset++) {
    const weekday = (plan.wkst + offset) % 7;
    const hasOrdinals = (plan.weekdayOrdinals[weekday]?.length ?? 0) > 0;
    ordinals ||= hasOrdinals;
    if (((plan.weekdayMask >> weekday) & 1) === 1 || hasOrdinals) offsets.push(offset);
  }
  const onlyWeekdays =
    !ordinals &&
    plan.monthMask === 0 &&
    plan.monthDays === null &&
    plan.yearDays === null &&
    plan.weekNos === null;
  const passes = dayTest(plan);
  return {
    firstDay: (k) => base + k * step,
    fill(k, out) {
      const start = base + k * step;
      let n = 0;
      for (const offset of offsets) {
        const day = start + offset;
        if (onlyWeekdays || passes(day)) out[n++] = day;
      }
      return n;
    },
    indexOf: (day) => Math.floor((day - base) / step),
    cycle: DAYS_PER_400_YEARS / 7,
  };
}

function monthlyPeriods(plan: ExpansionPlan, dtstartDay: number): DayPeriods {
  const civil = toCivil(dtstartDay, { year: 0, month: 0, day: 0 });
  const base = civil.year * 12 + civil.month - 1;
  const step = plan.interval;
  const yearOf = (k: number) => Math.floor((base + k * step) / 12);
  const monthOf = (k: number) => base + k * step - 12 * yearOf(k) + 1;
  return {
    firstDay: (k) => dayNumber(yearOf(k), monthOf(k), 1),
    fill: (k, out) => fillMonth(plan, yearOf(k), monthOf(k), out, 0),
    indexOf(day) {
      toCivil(day, civil);
      return Math.floor((civil.year * 12 + civil.month - 1 - base) / step);
    },
    cycle: 12 * 400,
  };
}

function yearlyPeriods(plan: ExpansionPlan, dtstartDay: number): DayPeriods {
  const civil = toCivil(dtstartDay, { year: 0, month: 0, day: 0 });
  const base = civil.year;
  const step = plan.interval;
  return {
    firstDay: (k) => dayNumber(base + k * step, 1, 1),
    fill(k, out) {
      const year = base + k * step;
      let n = 0;
      for (let month = 1; month <= 12; month++) n = fillMonth(plan, year, month, out, n);
      return n;
    },
    indexOf: (day) => Math.floor((toCivil(day, civil).year - base) / step),
    cycle: 400,
  };
}

/**
 * YEARLY with BYWEEKNO: period k is a week-numbering year (weeks from WKST, week 1 holding
 * 4 January, §3.3.10), counted from the one holding DTSTART, so "BYWEEKNO=1" in a year can fall
 * in the last days of the previous calendar year. This matches libical's reading.
 */
function weekYearPeriods(plan: ExpansionPlan, dtstartDay: number): DayPeriods {
  const wkst = plan.wkst;
  const base = weekYearOf(dtstartDay, wkst);
  const step = plan.interval;
  const weekNos = plan.weekNos ?? new Uint8Array(108);
  const passes = dayTest(plan);
  const civil = { year: 0, month: 0, day: 0 };
  return {
    firstDay: (k) => weekOneStart(base + k * step, wkst),
    fill(k, out) {
      const year = base + k * step;
      const start = weekOneStart(year, wkst);
      const weeks = weeksInYear(year, wkst);
      let n = 0;
      for (let week = 1; week <= weeks; week++) {
        if (weekNos[week] !== 1 && weekNos[54 + weeks + 1 - week] !== 1) continue;
        for (let day = start + (week - 1) * 7, end = day + 7; day < end; day++) {
          if (passes(day)) out[n++] = day;
        }
      }
      return n;
    },
    indexOf: (day) => Math.floor((toCivil(day, civil).year - base) / step),
    cycle: 400,
  };
}

/** Appends the days of one month that pass the rule to `out` from index n; returns the new n. */
function fillMonth(
  plan: ExpansionPlan,
  year: number,
  month: number,
  out: number[],
  n: number,
): number {
  if (plan.monthMask !== 0 && ((plan.monthMask >> month) & 1) === 0) return n;
  const first = dayNumber(year, month, 1);
  const length = daysInMonth(year, month);
  const { monthDays, byDayWeekdays } = plan;
  let weekday = weekdayOf(first) - 1;
  for (let day = 1; day <= length; day++) {
    weekday = weekday === 6 ? 0 : weekday + 1;
    // Cheap rejections first; dayPasses repeats them and applies the rest.
    if (((byDayWeekdays >> weekday) & 1) === 0) continue;
    if (monthDays !== null && monthDays[day] !== 1 && monthDays[33 + length - day] !== 1) continue;
    if (dayPasses(plan, first + day - 1, weekday, year, month, day)) out[n++] = first + day - 1;
  }
  return n;
}
