// The parsed form of an RRULE value (RFC 5545 §3.3.10). Parsing lives in parse-rule.ts,
// expansion in expand-rule.ts.

export type Frequency =
  'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** A BYDAY entry: weekday 0 = MO … 6 = SU; ordinal 0 = every such weekday, else ±1…±53. */
export interface WeekdayNum {
  weekday: number;
  ordinal: number;
}

/** UNTIL as written: a DATE, a UTC DATE-TIME (…Z), or a local DATE-TIME (no Z). */
export type UntilValue =
  { kind: 'date'; local: number } | { kind: 'utc'; utc: number } | { kind: 'local'; local: number };

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count?: number;
  until?: UntilValue;
  bySecond: number[];
  byMinute: number[];
  byHour: number[];
  byDay: WeekdayNum[];
  byMonthDay: number[];
  byYearDay: number[];
  byWeekNo: number[];
  byMonth: number[];
  bySetPos: number[];
  /** Week start, 0 = MO (the default) … 6 = SU. */
  wkst: number;
}
