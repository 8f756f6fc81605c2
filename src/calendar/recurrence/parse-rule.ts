// Parses an RRULE value (RFC 5545 §3.3.10, the text after "RRULE:") into a RecurrenceRule.
// Names and values are case-insensitive; parts may come in any order; a trailing ";" (Google) is
// accepted. Unknown parts are ignored with a warning; bad values are errors naming the part.

import { localMs } from '../local-time.js';
import { daysInMonth } from './civil-days.js';
import type { Frequency, RecurrenceRule, UntilValue, WeekdayNum } from './rule.js';

export type ParseRuleResult =
  { ok: true; rule: RecurrenceRule; warnings: string[] } | { ok: false; error: string };

const FREQUENCIES: readonly Frequency[] = [
  'SECONDLY',
  'MINUTELY',
  'HOURLY',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'YEARLY',
];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Each BYxxx list: its rule field, allowed range and whether it may be negative (§3.3.10 ABNF). */
const LISTS = {
  BYSECOND: { field: 'bySecond', min: 0, max: 60, signed: false },
  BYMINUTE: { field: 'byMinute', min: 0, max: 59, signed: false },
  BYHOUR: { field: 'byHour', min: 0, max: 23, signed: false },
  BYMONTHDAY: { field: 'byMonthDay', min: 1, max: 31, signed: true },
  BYYEARDAY: { field: 'byYearDay', min: 1, max: 366, signed: true },
  BYWEEKNO: { field: 'byWeekNo', min: 1, max: 53, signed: true },
  BYMONTH: { field: 'byMonth', min: 1, max: 12, signed: false },
  BYSETPOS: { field: 'bySetPos', min: 1, max: 366, signed: true },
} as const;
type ListPart = keyof typeof LISTS;

export function parseRecurrenceRule(text: string): ParseRuleResult {
  const parts = new Map<string, string>();
  const warnings: string[] = [];
  for (const raw of text.trim().split(';')) {
    const part = raw.trim().toUpperCase();
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    // A part that is not NAME=VALUE (e.g. Google's "RRULE:RRULE:AnythingRandom;FREQ=…") means
    // the value is garbled, not extended: refuse it rather than guess what remains.
    if (eq < 0 || !/^[A-Z0-9-]+$/.test(name)) return fail(`RRULE part "${part}" is not NAME=VALUE`);
    // RFC 7529 calendar scales change what every other part means: refuse rather than guess.
    if (name === 'RSCALE' || name === 'SKIP') return fail('RSCALE is not supported');
    if (!KNOWN_PARTS.has(name)) {
      warnings.push(`RRULE part ${name} is not known and was ignored`);
      continue;
    }
    if (value === '') return fail(`RRULE part ${name} has no value`);
    // §3.3.10: the rule parts "MUST NOT occur more than once".
    if (parts.has(name)) return fail(`RRULE part ${name} appears more than once`);
    parts.set(name, value);
  }
  if (parts.size === 0 && warnings.length === 0) return fail('RRULE is empty');

  const freqText = parts.get('FREQ');
  if (freqText === undefined) return fail('RRULE has no FREQ');
  const freq = FREQUENCIES.find((f) => f === freqText);
  if (freq === undefined) return fail(`RRULE FREQ=${freqText} is not a frequency`);

  const rule: RecurrenceRule = {
    freq,
    interval: 1,
    bySecond: [],
    byMinute: [],
    byHour: [],
    byDay: [],
    byMonthDay: [],
    byYearDay: [],
    byWeekNo: [],
    byMonth: [],
    bySetPos: [],
    wkst: 0,
  };
  for (const [name, value] of parts) {
    const error = applyPart(rule, name, value);
    if (error !== undefined) return fail(error);
  }
  checkCombinations(rule, warnings);
  return { ok: true, rule, warnings };
}

const KNOWN_PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'WKST',
  'BYDAY',
  ...Object.keys(LISTS),
]);

/** Sets one part on the rule; returns an error message when the value is invalid. */
function applyPart(rule: RecurrenceRule, name: string, value: string): string | undefined {
  switch (name) {
    case 'FREQ':
      return undefined;
    case 'INTERVAL':
    case 'COUNT': {
      const n = /^\d+$/.test(value) ? Number(value) : 0;
      if (!(n >= 1 && Number.isSafeInteger(n))) {
        return `RRULE ${name}=${value} is not a positive integer`;
      }
      if (name === 'INTERVAL') rule.interval = n;
      else rule.count = n;
      return undefined;
    }
    case 'UNTIL': {
      const until = parseUntil(value);
      if (until === undefined) return `RRULE UNTIL=${value} is not a DATE or DATE-TIME`;
      rule.until = until;
      return undefined;
    }
    case 'WKST': {
      const wkst = WEEKDAYS.indexOf(value);
      if (wkst < 0) return `RRULE WKST=${value} is not a weekday`;
      rule.wkst = wkst;
      return undefined;
    }
    case 'BYDAY': {
      const days = new Map<string, WeekdayNum>();
      for (const item of value.split(',')) {
        const day = parseWeekdayNum(item.trim());
        if (day === undefined) return `RRULE BYDAY value "${item}" is not a weekday`;
        days.set(`${day.ordinal}:${day.weekday}`, day);
      }
      rule.byDay = [...days.values()];
      return undefined;
    }
    default:
      return applyList(rule, name as ListPart, value);
  }
}

function applyList(rule: RecurrenceRule, name: ListPart, value: string): string | undefined {
  const { min, max, signed } = LISTS[name];
  const numbers = new Set<number>();
  for (const item of value.split(',')) {
    const text = item.trim();
    const n = (signed ? /^[+-]?\d+$/ : /^\d+$/).test(text) ? Number(text) : Number.NaN;
    if (!(Math.abs(n) >= min && Math.abs(n) <= max)) {
      const range = signed ? `±${min}–${max}` : `${min}–${max}`;
      return `RRULE ${name} value "${text}" is not in ${range}`;
    }
    numbers.add(n);
  }
  rule[LISTS[name].field] = [...numbers].sort((a, b) => a - b);
  return undefined;
}

/** "MO", "1MO", "+2TU", "-1FR" (§3.3.10 weekdaynum; ordinals 1–53). */
function parseWeekdayNum(text: string): WeekdayNum | undefined {
  const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(text);
  if (match === null) return undefined;
  const weekday = WEEKDAYS.indexOf(match[2] ?? '');
  const ordinal = match[1] === undefined ? 0 : Number(match[1]);
  if (weekday < 0 || (match[1] !== undefined && (ordinal === 0 || Math.abs(ordinal) > 53))) {
    return undefined;
  }
  return { weekday, ordinal };
}

/** UNTIL as DATE (YYYYMMDD), local DATE-TIME (YYYYMMDDTHHMMSS) or UTC DATE-TIME (…Z), §3.3.10. */
function parseUntil(value: string): UntilValue | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (match === null) return undefined;
  const field = (i: number) => Number(match[i] ?? 0);
  const [year, month, day] = [field(1), field(2), field(3)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) return { kind: 'date', local: localMs(year, month, day) };
  const [hour, minute, second] = [field(4), field(5), field(6)];
  // §3.3.12: second may be 60 (a leap second); localMs rolls it into the next minute.
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const ms = localMs(year, month, day, hour, minute, second);
  return match[7] === 'Z' ? { kind: 'utc', utc: ms } : { kind: 'local', local: ms };
}

/**
 * Combinations RFC 5545 §3.3.10 forbids. They are tolerated — exports are rarely perfect — and
 * reported: the expansion applies them as plain limits, the most literal reading.
 */
function checkCombinations(rule: RecurrenceRule, warnings: string[]): void {
  const { freq } = rule;
  if (rule.count !== undefined && rule.until !== undefined) {
    warnings.push('RRULE has both COUNT and UNTIL (RFC 5545 §3.3.10 forbids it); both apply');
  }
  if (rule.bySecond.includes(60)) {
    rule.bySecond = rule.bySecond.filter((s) => s !== 60);
    warnings.push('RRULE BYSECOND=60 (a leap second) has no wall-clock time and was ignored');
  }
  const byParts = [
    rule.bySecond,
    rule.byMinute,
    rule.byHour,
    rule.byDay,
    rule.byMonthDay,
    rule.byYearDay,
    rule.byWeekNo,
    rule.byMonth,
  ];
  if (rule.bySetPos.length > 0 && byParts.every((part) => part.length === 0)) {
    // "It MUST only be used in conjunction with another BYxxx rule part."
    warnings.push('RRULE BYSETPOS has no other BYxxx part to pick from; applied to DTSTART’s');
  }
  if (rule.byWeekNo.length > 0 && freq !== 'YEARLY') {
    warnings.push(`RRULE BYWEEKNO is only valid with FREQ=YEARLY; applied as a limit`);
  }
  if (rule.byYearDay.length > 0 && (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY')) {
    warnings.push(`RRULE BYYEARDAY is not valid with FREQ=${freq}; applied as a limit`);
  }
  if (rule.byMonthDay.length > 0 && freq === 'WEEKLY') {
    warnings.push('RRULE BYMONTHDAY is not valid with FREQ=WEEKLY; applied as a limit');
  }
  // "The BYDAY rule part MUST NOT be specified with a numeric value when the FREQ rule part is
  // not set to MONTHLY or YEARLY … [or] with FREQ=YEARLY when the BYWEEKNO rule part is
  // specified": the ordinal has no period to count in, so it is dropped.
  const ordinalsAllowed = freq === 'MONTHLY' || (freq === 'YEARLY' && rule.byWeekNo.length === 0);
  if (!ordinalsAllowed && rule.byDay.some((d) => d.ordinal !== 0)) {
    warnings.push(
      `RRULE BYDAY ordinals are not valid with FREQ=${freq}${freq === 'YEARLY' ? ' and BYWEEKNO' : ''}; ignored`,
    );
    const weekdays = new Set(rule.byDay.map((d) => d.weekday));
    rule.byDay = [...weekdays].map((weekday) => ({ weekday, ordinal: 0 }));
  }
}

function fail(error: string): ParseRuleResult {
  return { ok: false, error };
}
