// Public holidays per region (fixed dates and Easter-based ones; weekend shifts ignored): all-day
// events in people's calendars, and days recurring meetings skip.
import type { HolidayRegion } from '../time-zones.js';
import { nthWeekday } from '../time-zones.js';
import { DAY_MS } from './meeting-model.js';
import { weekdayOf } from './recurrence.js';

function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The public holidays of `region` in `year` that fall on a weekday (local midnights). */
export function holidays(region: HolidayRegion, year: number): { date: number; name: string }[] {
  const d = (month: number, day: number) => Date.UTC(year, month - 1, day);
  const easter = easterSunday(year);
  const list: [number, string][] = [];
  switch (region) {
    case 'us':
      list.push(
        [d(1, 1), "New Year's Day"],
        [nthWeekday(year, 1, 0, 3), 'Martin Luther King Jr. Day'],
        [nthWeekday(year, 2, 0, 3), "Presidents' Day"],
        [nthWeekday(year, 5, 0, -1), 'Memorial Day'],
        [d(6, 19), 'Juneteenth'],
        [d(7, 4), 'Independence Day'],
        [nthWeekday(year, 9, 0, 1), 'Labor Day'],
        [nthWeekday(year, 11, 3, 4), 'Thanksgiving'],
        [nthWeekday(year, 11, 3, 4) + DAY_MS, 'Day after Thanksgiving'],
        [d(12, 25), 'Christmas Day'],
      );
      break;
    case 'uk':
      list.push(
        [d(1, 1), "New Year's Day"],
        [easter - 2 * DAY_MS, 'Good Friday'],
        [easter + DAY_MS, 'Easter Monday'],
        [nthWeekday(year, 5, 0, 1), 'Early May bank holiday'],
        [nthWeekday(year, 5, 0, -1), 'Spring bank holiday'],
        [nthWeekday(year, 8, 0, -1), 'Summer bank holiday'],
        [d(12, 25), 'Christmas Day'],
        [d(12, 26), 'Boxing Day'],
      );
      break;
    case 'de':
      list.push(
        [d(1, 1), 'Neujahr'],
        [easter - 2 * DAY_MS, 'Karfreitag'],
        [easter + DAY_MS, 'Ostermontag'],
        [d(5, 1), 'Tag der Arbeit'],
        [easter + 39 * DAY_MS, 'Christi Himmelfahrt'],
        [easter + 50 * DAY_MS, 'Pfingstmontag'],
        [d(10, 3), 'Tag der Deutschen Einheit'],
        [d(12, 25), '1. Weihnachtstag'],
        [d(12, 26), '2. Weihnachtstag'],
      );
      break;
    case 'in':
      list.push(
        [d(1, 26), 'Republic Day'],
        [d(8, 15), 'Independence Day'],
        [d(10, 2), 'Gandhi Jayanti'],
      );
      break;
    case 'au':
      list.push(
        [d(1, 1), "New Year's Day"],
        [d(1, 26), 'Australia Day'],
        [easter - 2 * DAY_MS, 'Good Friday'],
        [easter + DAY_MS, 'Easter Monday'],
        [d(4, 25), 'Anzac Day'],
        [nthWeekday(year, 6, 0, 2), "King's Birthday"],
        [nthWeekday(year, 10, 0, 1), 'Labour Day'],
        [d(12, 25), 'Christmas Day'],
        [d(12, 26), 'Boxing Day'],
      );
      break;
  }
  return list.filter(([date]) => weekdayOf(date) < 5).map(([date, name]) => ({ date, name }));
}

/** Every region's holidays over the generated range, looked up by local midnight. */
export class HolidayCalendar {
  private readonly days = new Map<HolidayRegion, Map<number, string>>();

  constructor(
    private readonly rangeStart: number,
    private readonly rangeEnd: number,
  ) {
    const firstYear = new Date(rangeStart).getUTCFullYear();
    const lastYear = new Date(rangeEnd).getUTCFullYear();
    for (const region of ['us', 'uk', 'de', 'in', 'au'] as const) {
      const days = new Map<number, string>();
      for (let year = firstYear; year <= lastYear; year++) {
        for (const holiday of holidays(region, year)) days.set(holiday.date, holiday.name);
      }
      this.days.set(region, days);
    }
  }

  /** Whether the local day of `localMs` is a holiday in `region`. */
  has(region: HolidayRegion, localMs: number): boolean {
    return this.days.get(region)?.has(Math.floor(localMs / DAY_MS) * DAY_MS) ?? false;
  }

  /** The region's holidays inside the range: [local midnight, name]. */
  inRange(region: HolidayRegion): [number, string][] {
    const days = [...(this.days.get(region) ?? new Map<number, string>())];
    return days.filter(([date]) => date >= this.rangeStart && date < this.rangeEnd);
  }
}
