// A RecurrenceRule turned into lookup tables for one DTSTART, with the parts the rule leaves out
// filled in from DTSTART. RFC 5545 §3.3.10: "Information, not contained in the rule, necessary to
// determine the various recurrence instance start time and dates are derived from the Start Time
// ("DTSTART") component attribute."

import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '../local-time.js';
import { toCivil, weekdayOf } from './civil-days.js';
import type { Frequency, RecurrenceRule, WeekdayNum } from './rule.js';

export interface ExpansionPlan {
  readonly freq: Frequency;
  readonly interval: number;
  readonly wkst: number;
  /** Bit m set for each allowed month 1–12; 0 when every month is allowed. */
  readonly monthMask: number;
  /** Allowed month days: index d for day d, index 32 + k for day -k. */
  readonly monthDays: Uint8Array | null;
  /** Allowed year days: index d for day d, index 367 + k for day -k. */
  readonly yearDays: Uint8Array | null;
  /** Allowed week numbers: index w for week w, index 54 + k for week -k. */
  readonly weekNos: Uint8Array | null;
  /** True when BYDAY (given or defaulted) restricts the weekday. */
  readonly byDay: boolean;
  /** Bit w set for each weekday BYDAY names at all; every bit when there is no BYDAY. */
  readonly byDayWeekdays: number;
  /** Bit w set for each weekday listed without an ordinal (0 = MO). */
  readonly weekdayMask: number;
  /** Ordinals listed per weekday (e.g. [1, -1] for 1MO,-1MO); empty when none. */
  readonly weekdayOrdinals: readonly (readonly number[])[];
  /** BYDAY ordinals count within the year (YEARLY without BYMONTH), else within the month. */
  readonly ordinalsInYear: boolean;
  /** YEARLY with BYWEEKNO: each period is a week-numbering year, built week by week. */
  readonly weekYears: boolean;
  /** True when any day-level table above is in force. */
  readonly filtersDays: boolean;
  /** True when the day tests need the calendar date, not just the day number and weekday. */
  readonly needsDate: boolean;
  /** DAILY and coarser: the times of day of each instance, ascending ms after midnight. */
  readonly timesOfDay: readonly number[];
  /** HOURLY, MINUTELY, SECONDLY: the instances within one period, ascending ms offsets. */
  readonly periodOffsets: readonly number[];
  /** Sub-daily limits (null when absent): allowed hours, minutes, seconds. */
  readonly hours: Uint8Array | null;
  readonly minutes: Uint8Array | null;
  readonly seconds: Uint8Array | null;
  readonly bySetPos: readonly number[] | null;
}

const FREQ_RANK: Record<Frequency, number> = {
  SECONDLY: 0,
  MINUTELY: 1,
  HOURLY: 2,
  DAILY: 3,
  WEEKLY: 4,
  MONTHLY: 5,
  YEARLY: 6,
};

export function planExpansion(rule: RecurrenceRule, dtstartLocal: number): ExpansionPlan {
  const freq = rule.freq;
  const rank = FREQ_RANK[freq];
  const dtDay = Math.floor(dtstartLocal / DAY_MS);
  const dtTime = dtstartLocal - dtDay * DAY_MS;
  const dtHour = Math.floor(dtTime / HOUR_MS);
  const dtMinute = Math.floor((dtTime % HOUR_MS) / MINUTE_MS);
  const dtSecond = Math.floor((dtTime % MINUTE_MS) / SECOND_MS);

  // Parsed rules are already in range; rules built by hand are made safe for the tables.
  const byMonth = valid(rule.byMonth, 1, 12);
  const byHour = valid(rule.byHour, 0, 23);
  const byMinute = valid(rule.byMinute, 0, 59);
  // A leap second (60) has no wall-clock ms of its own; parse-rule.ts drops it with a warning.
  const bySecond = valid(rule.bySecond, 0, 59);
  const weekNoList = validSigned(rule.byWeekNo, 53);
  let monthDayList = validSigned(rule.byMonthDay, 31);
  const yearDayList = validSigned(rule.byYearDay, 366);
  const bySetPos = validSigned(rule.bySetPos, Number.MAX_SAFE_INTEGER);
  let byDay = rule.byDay.every(validWeekday) ? rule.byDay : rule.byDay.filter(validWeekday);
  let monthList = byMonth;

  // Fill in the day parts the rule leaves to DTSTART (RFC 5545 §3.3.10, quoted above).
  if (freq === 'WEEKLY' && byDay.length === 0) {
    byDay = [{ weekday: weekdayOf(dtDay), ordinal: 0 }];
  } else if (freq === 'MONTHLY' && byDay.length === 0 && monthDayList.length === 0) {
    monthDayList = [toCivil(dtDay, { year: 0, month: 0, day: 0 }).day];
  } else if (freq === 'YEARLY') {
    const dt = toCivil(dtDay, { year: 0, month: 0, day: 0 });
    if (weekNoList.length > 0) {
      // "BYWEEKNO=20" names a week but no day in it: the day is DTSTART's weekday.
      if (byDay.length === 0 && monthDayList.length === 0 && yearDayList.length === 0) {
        byDay = [{ weekday: weekdayOf(dtDay), ordinal: 0 }];
      }
    } else if (yearDayList.length === 0) {
      if (byDay.length === 0 && monthDayList.length === 0) monthDayList = [dt.day];
      // "FREQ=YEARLY;BYMONTHDAY=29" names a day but no month: DTSTART's month (as libical).
      if (monthList.length === 0 && monthDayList.length > 0) monthList = [dt.month];
    }
  }

  const ordinals = byDay.some((d) => d.ordinal !== 0);
  const weekdayOrdinals: number[][] = ordinals ? [[], [], [], [], [], [], []] : NO_ORDINALS;
  let weekdayMask = 0;
  let byDayWeekdays = byDay.length > 0 ? 0 : 0x7f;
  for (const { weekday, ordinal } of byDay) {
    byDayWeekdays |= 1 << weekday;
    if (ordinal === 0) weekdayMask |= 1 << weekday;
    else weekdayOrdinals[weekday]?.push(ordinal);
  }

  const monthDays = signedTable(monthDayList, 32);
  const yearDays = signedTable(yearDayList, 367);
  const weekNos = signedTable(weekNoList, 54);
  const weekYears = freq === 'YEARLY' && weekNos !== null;

  const hours = byHour.length > 0 ? byHour : [dtHour];
  const minutes = byMinute.length > 0 ? byMinute : [dtMinute];
  const seconds = bySecond.length > 0 ? bySecond : [dtSecond];
  return {
    freq,
    interval: Number.isSafeInteger(rule.interval) && rule.interval >= 1 ? rule.interval : 1,
    wkst: Number.isInteger(rule.wkst) && rule.wkst >= 0 && rule.wkst <= 6 ? rule.wkst : 0,
    monthMask: monthList.reduce((mask, m) => mask | (1 << m), 0),
    monthDays,
    yearDays,
    // BYWEEKNO builds the YEARLY periods; on other frequencies it is only a limit (see parse-rule.ts).
    weekNos,
    byDay: byDay.length > 0,
    byDayWeekdays,
    weekdayMask,
    weekdayOrdinals,
    ordinalsInYear: freq === 'YEARLY' && byMonth.length === 0,
    weekYears,
    filtersDays:
      monthList.length > 0 ||
      monthDays !== null ||
      yearDays !== null ||
      (weekNos !== null && !weekYears) ||
      byDay.length > 0,
    needsDate: monthList.length > 0 || monthDays !== null || yearDays !== null || ordinals,
    timesOfDay: rank >= FREQ_RANK.DAILY ? offsets(hours, minutes, seconds) : [],
    periodOffsets:
      freq === 'HOURLY'
        ? offsets([0], minutes, seconds)
        : freq === 'MINUTELY'
          ? offsets([0], [0], seconds)
          : [0],
    hours: rank <= FREQ_RANK.HOURLY ? flagTable(byHour, 24) : null,
    minutes: rank <= FREQ_RANK.MINUTELY ? flagTable(byMinute, 60) : null,
    seconds: rank === FREQ_RANK.SECONDLY ? flagTable(bySecond, 60) : null,
    bySetPos: bySetPos.length > 0 ? bySetPos : null,
  };
}

const NO_ORDINALS: number[][] = [[], [], [], [], [], [], []];

/** The values from min to max (the list itself when all are, as from parse-rule.ts). */
function valid(values: readonly number[], min: number, max: number): readonly number[] {
  const ok = (v: number) => Number.isInteger(v) && v >= min && v <= max;
  return values.every(ok) ? values : values.filter(ok);
}

/** The values from 1 to max or -max to -1. */
function validSigned(values: readonly number[], max: number): readonly number[] {
  const ok = (v: number) => Number.isInteger(v) && v !== 0 && Math.abs(v) <= max;
  return values.every(ok) ? values : values.filter(ok);
}

function validWeekday(day: WeekdayNum): boolean {
  return Number.isInteger(day.weekday) && day.weekday >= 0 && day.weekday <= 6;
}

/** A lookup table for ±n values: index n for n > 0, index negBase + k for -k. */
function signedTable(values: readonly number[], negBase: number): Uint8Array | null {
  if (values.length === 0) return null;
  const table = new Uint8Array(2 * negBase);
  for (const v of values) table[v > 0 ? v : negBase - v] = 1;
  return table;
}

function flagTable(values: readonly number[], size: number): Uint8Array | null {
  if (values.length === 0) return null;
  const table = new Uint8Array(size);
  for (const v of values) table[v] = 1;
  return table;
}

/** Sorted, distinct ms offsets of every hour × minute × second combination. */
function offsets(
  hours: readonly number[],
  minutes: readonly number[],
  seconds: readonly number[],
): number[] {
  if (hours.length === 1 && minutes.length === 1 && seconds.length === 1) {
    return [
      (hours[0] ?? 0) * HOUR_MS + (minutes[0] ?? 0) * MINUTE_MS + (seconds[0] ?? 0) * SECOND_MS,
    ];
  }
  const out = new Set<number>();
  for (const h of hours) {
    for (const m of minutes) {
      for (const s of seconds) out.add(h * HOUR_MS + m * MINUTE_MS + s * SECOND_MS);
    }
  }
  return [...out].sort((a, b) => a - b);
}
