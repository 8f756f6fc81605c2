// Whether a day satisfies the day-level BYxxx parts of a plan (RFC 5545 §3.3.10). Expanding a
// period by a part and keeping the days a part allows give the same set, so "expand" and "limit"
// parts share this one test; the period builders in period-days.ts only choose which days to try.

import {
  type CivilDate,
  daysInMonth,
  daysInYear,
  dayNumber,
  toCivil,
  weekOneStart,
  weekdayOf,
  weeksInYear,
  weekYearOf,
} from './civil-days.js';
import type { ExpansionPlan } from './expansion-plan.js';

/**
 * True when the day passes every day-level table. `year`, `month` and `day` are its calendar
 * date; they are read only when `plan.needsDate` is set.
 */
export function dayPasses(
  plan: ExpansionPlan,
  dayNum: number,
  weekday: number,
  year: number,
  month: number,
  day: number,
): boolean {
  if (((plan.byDayWeekdays >> weekday) & 1) === 0) return false;
  if (plan.monthMask !== 0 && ((plan.monthMask >> month) & 1) === 0) return false;
  if (plan.monthDays !== null) {
    const fromEnd = daysInMonth(year, month) + 1 - day;
    if (plan.monthDays[day] !== 1 && plan.monthDays[32 + fromEnd] !== 1) return false;
  }
  if (plan.yearDays !== null) {
    const yearDay = dayNum - dayNumber(year, 1, 1) + 1;
    const fromEnd = daysInYear(year) + 1 - yearDay;
    if (plan.yearDays[yearDay] !== 1 && plan.yearDays[367 + fromEnd] !== 1) return false;
  }
  // YEARLY periods are built from the listed weeks, so the test is only needed as a limit.
  if (plan.weekNos !== null && !plan.weekYears && !weekNoPasses(plan, dayNum)) return false;
  return !plan.byDay || weekdayPasses(plan, dayNum, weekday, year, month, day);
}

/** dayPasses for bare day numbers: works out the weekday, and the date when it is needed. */
export function dayTest(plan: ExpansionPlan): (dayNum: number) => boolean {
  const date: CivilDate = { year: 0, month: 0, day: 0 };
  return (dayNum) => {
    if (plan.needsDate) toCivil(dayNum, date);
    return dayPasses(plan, dayNum, weekdayOf(dayNum), date.year, date.month, date.day);
  };
}

function weekNoPasses(plan: ExpansionPlan, dayNum: number): boolean {
  const weekYear = weekYearOf(dayNum, plan.wkst);
  const week = Math.floor((dayNum - weekOneStart(weekYear, plan.wkst)) / 7) + 1;
  const fromEnd = weeksInYear(weekYear, plan.wkst) + 1 - week;
  return plan.weekNos?.[week] === 1 || plan.weekNos?.[54 + fromEnd] === 1;
}

/**
 * BYDAY: a plain weekday matches every such day; "nWD" matches the n-th such weekday, and "-nWD"
 * the n-th from last, of the month — or of the year for YEARLY without BYMONTH (§3.3.10).
 */
function weekdayPasses(
  plan: ExpansionPlan,
  dayNum: number,
  weekday: number,
  year: number,
  month: number,
  day: number,
): boolean {
  if (((plan.weekdayMask >> weekday) & 1) === 1) return true;
  const ordinals = plan.weekdayOrdinals[weekday];
  if (ordinals === undefined || ordinals.length === 0) return false;
  let index: number;
  let length: number;
  if (plan.ordinalsInYear) {
    index = dayNum - dayNumber(year, 1, 1);
    length = daysInYear(year);
  } else {
    index = day - 1;
    length = daysInMonth(year, month);
  }
  const nth = Math.floor(index / 7) + 1;
  const nthFromEnd = -(Math.floor((length - 1 - index) / 7) + 1);
  for (const ordinal of ordinals) {
    if (ordinal === nth || ordinal === nthFromEnd) return true;
  }
  return false;
}
