// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01, the local ms
// value divided by DAY_MS). Plain integer maths, no Date objects: recurrence expansion calls these
// for every candidate day. Algorithms from Howard Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (days_from_civil / civil_from_days).

/** Day number of a calendar date (month 1–12; day may run past the month end and rolls on). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A calendar date; filled in place by `toCivil` so hot loops allocate nothing. */
export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Writes the calendar date of a day number into `out` and returns it. */
export function toCivil(dayNum: number, out: CivilDate): CivilDate {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  out.day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  out.month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  out.year = yearOfEra + era * 400 + (out.month <= 2 ? 1 : 0);
  return out;
}

const scratch: CivilDate = { year: 0, month: 0, day: 0 };

/** The calendar year containing a day number. */
export function yearOfDay(dayNum: number): number {
  return toCivil(dayNum, scratch).year;
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNum: number): number {
  return (((dayNum + 3) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/**
 * First day of week 1 of `year` for week start `wkst` (0 = MO). RFC 5545 §3.3.10 (BYWEEKNO):
 * week 1 is the first week with at least four days in the year, i.e. the week holding 4 January.
 */
export function weekOneStart(year: number, wkst: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - ((weekdayOf(jan4) - wkst + 7) % 7);
}

/** The number of weeks (52 or 53) in the week-numbering year `year`. */
export function weeksInYear(year: number, wkst: number): number {
  return (weekOneStart(year + 1, wkst) - weekOneStart(year, wkst)) / 7;
}

/** The week-numbering year (RFC 5545 §3.3.10, BYWEEKNO with WKST) that a day falls in. */
export function weekYearOf(dayNum: number, wkst: number): number {
  const year = yearOfDay(dayNum);
  if (dayNum < weekOneStart(year, wkst)) return year - 1;
  if (dayNum >= weekOneStart(year + 1, wkst)) return year + 1;
  return year;
}
