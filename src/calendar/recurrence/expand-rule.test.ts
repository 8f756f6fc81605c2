// Expected instances here are worked out by hand from RFC 5545 §3.3.10 with a printed calendar,
// not taken from the program's output. Times are wall-clock ("local ms").
import { describe, expect, it } from 'vitest';
import { type ExpandWindow, expandRule } from './expand-rule.js';
import { parseRecurrenceRule } from './parse-rule.js';

/** Local ms of "YYYY-MM-DD HH:MM[:SS]" or "YYYY-MM-DD". */
function at(text: string): number {
  const [date, time = '00:00'] = text.split(' ');
  return Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
}

function show(local: number): string {
  return new Date(local).toISOString().slice(0, 19).replace('T', ' ');
}

function expand(rrule: string, dtstart: string, window: Partial<ExpandWindow> = {}) {
  const parsed = parseRecurrenceRule(rrule);
  if (!parsed.ok) throw new Error(parsed.error);
  return expandRule(parsed.rule, at(dtstart), { endLocal: at('2100-01-01'), ...window });
}

function starts(rrule: string, dtstart: string, window: Partial<ExpandWindow> = {}): string[] {
  return expand(rrule, dtstart, window).instances.map(show);
}

describe('expandRule: each FREQ', () => {
  it('YEARLY on 29 February skips the years without one, uncounted', () => {
    expect(starts('FREQ=YEARLY;COUNT=3', '2024-02-29 09:00')).toEqual([
      '2024-02-29 09:00:00',
      '2028-02-29 09:00:00',
      '2032-02-29 09:00:00',
    ]);
  });

  it('YEARLY last Friday of October (BYDAY=-1FR counts within BYMONTH)', () => {
    expect(starts('FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR;COUNT=3', '2024-10-25 12:00')).toEqual([
      '2024-10-25 12:00:00',
      '2025-10-31 12:00:00',
      '2026-10-30 12:00:00',
    ]);
  });

  it('YEARLY first Monday of the year (BYDAY=1MO without BYMONTH counts in the year)', () => {
    expect(starts('FREQ=YEARLY;BYDAY=1MO;COUNT=3', '2024-01-01 09:00')).toEqual([
      '2024-01-01 09:00:00',
      '2025-01-06 09:00:00',
      '2026-01-05 09:00:00',
    ]);
  });

  it('YEARLY BYYEARDAY=-365 is 2 January in leap years', () => {
    expect(starts('FREQ=YEARLY;BYYEARDAY=-365;COUNT=3', '2023-01-01 08:00')).toEqual([
      '2023-01-01 08:00:00',
      '2024-01-02 08:00:00',
      '2025-01-01 08:00:00',
    ]);
  });

  it('YEARLY BYMONTHDAY without BYMONTH stays in DTSTART’s month', () => {
    expect(starts('FREQ=YEARLY;BYMONTHDAY=1,15;COUNT=3', '2024-06-01 10:00')).toEqual([
      '2024-06-01 10:00:00',
      '2024-06-15 10:00:00',
      '2025-06-01 10:00:00',
    ]);
  });

  it('MONTHLY on the last Sunday (negative ordinal)', () => {
    expect(starts('FREQ=MONTHLY;BYDAY=-1SU;COUNT=3', '2024-03-31 18:00')).toEqual([
      '2024-03-31 18:00:00',
      '2024-04-28 18:00:00',
      '2024-05-26 18:00:00',
    ]);
  });

  it('MONTHLY keeps DTSTART’s time of day to the second', () => {
    expect(starts('FREQ=MONTHLY;BYMONTHDAY=5;COUNT=2', '2024-01-05 13:45:10')).toEqual([
      '2024-01-05 13:45:10',
      '2024-02-05 13:45:10',
    ]);
  });

  it('WEEKLY on Monday from a Wednesday DTSTART: DTSTART first and counted', () => {
    expect(starts('FREQ=WEEKLY;BYDAY=MO;COUNT=3', '2024-01-03 09:00')).toEqual([
      '2024-01-03 09:00:00',
      '2024-01-08 09:00:00',
      '2024-01-15 09:00:00',
    ]);
  });

  it('DAILY every third day across a leap day', () => {
    expect(starts('FREQ=DAILY;INTERVAL=3;COUNT=4', '2024-02-27 08:30')).toEqual([
      '2024-02-27 08:30:00',
      '2024-03-01 08:30:00',
      '2024-03-04 08:30:00',
      '2024-03-07 08:30:00',
    ]);
  });

  it('DAILY limited by BYDAY, expanded by BYHOUR', () => {
    expect(starts('FREQ=DAILY;BYDAY=MO,FR;COUNT=3', '2024-01-01 09:00')).toEqual([
      '2024-01-01 09:00:00',
      '2024-01-05 09:00:00',
      '2024-01-08 09:00:00',
    ]);
    expect(starts('FREQ=DAILY;BYHOUR=9,17;COUNT=3', '2024-01-01 09:15')).toEqual([
      '2024-01-01 09:15:00',
      '2024-01-01 17:15:00',
      '2024-01-02 09:15:00',
    ]);
  });

  it('HOURLY limited by BYHOUR, expanded by BYMINUTE', () => {
    expect(starts('FREQ=HOURLY;BYHOUR=8,12;BYMINUTE=0,30;COUNT=5', '2024-01-01 08:00')).toEqual([
      '2024-01-01 08:00:00',
      '2024-01-01 08:30:00',
      '2024-01-01 12:00:00',
      '2024-01-01 12:30:00',
      '2024-01-02 08:00:00',
    ]);
  });

  it('HOURLY every 7 hours across midnight', () => {
    expect(starts('FREQ=HOURLY;INTERVAL=7;COUNT=3', '2024-01-01 20:10')).toEqual([
      '2024-01-01 20:10:00',
      '2024-01-02 03:10:00',
      '2024-01-02 10:10:00',
    ]);
  });

  it('MINUTELY every 20 minutes within 9:00–9:59 only, from an 8:40 DTSTART', () => {
    expect(starts('FREQ=MINUTELY;INTERVAL=20;BYHOUR=9;COUNT=5', '2024-01-01 08:40')).toEqual([
      '2024-01-01 08:40:00',
      '2024-01-01 09:00:00',
      '2024-01-01 09:20:00',
      '2024-01-01 09:40:00',
      '2024-01-02 09:00:00',
    ]);
  });

  it('SECONDLY every 30 seconds across midnight, and on the hour only', () => {
    expect(starts('FREQ=SECONDLY;INTERVAL=30;COUNT=4', '2024-01-01 23:59:00')).toEqual([
      '2024-01-01 23:59:00',
      '2024-01-01 23:59:30',
      '2024-01-02 00:00:00',
      '2024-01-02 00:00:30',
    ]);
    expect(starts('FREQ=SECONDLY;BYMINUTE=0;BYSECOND=0;COUNT=3', '2024-01-01 10:00:00')).toEqual([
      '2024-01-01 10:00:00',
      '2024-01-01 11:00:00',
      '2024-01-01 12:00:00',
    ]);
  });
});

describe('expandRule: BYSETPOS', () => {
  it('MONTHLY second Tuesday (Outlook’s BYDAY=TU;BYSETPOS=2) equals BYDAY=2TU', () => {
    const expected = [
      '2024-01-09 10:00:00',
      '2024-02-13 10:00:00',
      '2024-03-12 10:00:00',
      '2024-04-09 10:00:00',
    ];
    expect(starts('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=4', '2024-01-09 10:00')).toEqual(
      expected,
    );
    expect(starts('FREQ=MONTHLY;BYDAY=2TU;COUNT=4', '2024-01-09 10:00')).toEqual(expected);
  });

  it('MONTHLY last weekday of the month', () => {
    expect(
      starts('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4', '2024-01-31 16:00'),
    ).toEqual([
      '2024-01-31 16:00:00',
      '2024-02-29 16:00:00',
      '2024-03-29 16:00:00',
      '2024-04-30 16:00:00',
    ]);
  });

  it('WEEKLY last of Monday/Wednesday/Friday is the Friday', () => {
    expect(starts('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-1;COUNT=3', '2024-01-05 09:00')).toEqual([
      '2024-01-05 09:00:00',
      '2024-01-12 09:00:00',
      '2024-01-19 09:00:00',
    ]);
  });

  it('WEEKLY first of Saturday/Sunday depends on WKST', () => {
    const rule = 'FREQ=WEEKLY;BYDAY=SA,SU;BYSETPOS=1;COUNT=3';
    expect(starts(`${rule};WKST=MO`, '2024-01-06 09:00')).toEqual([
      '2024-01-06 09:00:00',
      '2024-01-13 09:00:00',
      '2024-01-20 09:00:00',
    ]);
    // Weeks from Sunday pick the Sunday; 6 January (a Saturday) is off the rule but still first.
    expect(starts(`${rule};WKST=SU`, '2024-01-06 09:00')).toEqual([
      '2024-01-06 09:00:00',
      '2024-01-07 09:00:00',
      '2024-01-14 09:00:00',
    ]);
  });

  it('DAILY picks from the day’s times', () => {
    expect(starts('FREQ=DAILY;BYHOUR=9,12,15;BYSETPOS=-1;COUNT=2', '2024-01-01 15:00')).toEqual([
      '2024-01-01 15:00:00',
      '2024-01-02 15:00:00',
    ]);
  });

  it('YEARLY first Sunday of March and last Sunday of September', () => {
    expect(
      starts('FREQ=YEARLY;BYMONTH=3,9;BYDAY=SU;BYSETPOS=1,-1;COUNT=4', '2024-03-03 01:00'),
    ).toEqual([
      '2024-03-03 01:00:00',
      '2024-09-29 01:00:00',
      '2025-03-02 01:00:00',
      '2025-09-28 01:00:00',
    ]);
  });

  it('MINUTELY picks from the minute’s seconds', () => {
    expect(
      starts('FREQ=MINUTELY;BYSECOND=0,15,30,45;BYSETPOS=-1;COUNT=3', '2024-01-01 10:00:45'),
    ).toEqual(['2024-01-01 10:00:45', '2024-01-01 10:01:45', '2024-01-01 10:02:45']);
  });
});

describe('expandRule: WKST', () => {
  it('moves week 1 of BYWEEKNO', () => {
    // Week 1 of 2026 holds 4 Jan 2026, a Sunday: from Monday 29 Dec 2025, or from Sunday 4 Jan.
    const rule = 'FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO;COUNT=2';
    expect(starts(`${rule};WKST=MO`, '2024-12-30 09:00')).toEqual([
      '2024-12-30 09:00:00',
      '2025-12-29 09:00:00',
    ]);
    expect(starts(`${rule};WKST=SU`, '2024-12-30 09:00')).toEqual([
      '2024-12-30 09:00:00',
      '2026-01-05 09:00:00',
    ]);
  });

  it('counts negative BYWEEKNO from the last week, which may end in January', () => {
    // 2024 and 2025 have 52 ISO weeks; 2026 has 53, the last from 28 Dec 2026 to 3 Jan 2027.
    expect(starts('FREQ=YEARLY;BYWEEKNO=-1;BYDAY=FR;COUNT=3', '2024-12-27 09:00')).toEqual([
      '2024-12-27 09:00:00',
      '2025-12-26 09:00:00',
      '2027-01-01 09:00:00',
    ]);
  });

  it('changes which weeks INTERVAL=2 WEEKLY skips', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SU;COUNT=4';
    expect(starts(`${rule};WKST=MO`, '2024-01-03 09:00')).toEqual([
      '2024-01-03 09:00:00',
      '2024-01-07 09:00:00',
      '2024-01-17 09:00:00',
      '2024-01-21 09:00:00',
    ]);
    expect(starts(`${rule};WKST=SU`, '2024-01-03 09:00')).toEqual([
      '2024-01-03 09:00:00',
      '2024-01-14 09:00:00',
      '2024-01-17 09:00:00',
      '2024-01-28 09:00:00',
    ]);
  });
});

describe('expandRule: invalid dates', () => {
  it('skips 30 February without counting it', () => {
    expect(starts('FREQ=MONTHLY;BYMONTHDAY=30;COUNT=3', '2024-01-30 09:00')).toEqual([
      '2024-01-30 09:00:00',
      '2024-03-30 09:00:00',
      '2024-04-30 09:00:00',
    ]);
  });

  it('skips months without a 31st', () => {
    expect(starts('FREQ=MONTHLY;COUNT=4', '2024-01-31 09:00')).toEqual([
      '2024-01-31 09:00:00',
      '2024-03-31 09:00:00',
      '2024-05-31 09:00:00',
      '2024-07-31 09:00:00',
    ]);
  });

  it('counts BYMONTHDAY=-2 from each month’s own end', () => {
    expect(starts('FREQ=MONTHLY;BYMONTHDAY=-2;COUNT=3', '2024-01-30 09:00')).toEqual([
      '2024-01-30 09:00:00',
      '2024-02-28 09:00:00',
      '2024-03-30 09:00:00',
    ]);
  });
});

describe('expandRule: bounds', () => {
  it('includes untilLocal itself', () => {
    const daily = 'FREQ=DAILY';
    expect(starts(daily, '2024-01-01 09:00', { untilLocal: at('2024-01-03 09:00') })).toEqual([
      '2024-01-01 09:00:00',
      '2024-01-02 09:00:00',
      '2024-01-03 09:00:00',
    ]);
    expect(starts(daily, '2024-01-01 09:00', { untilLocal: at('2024-01-03 08:59:59') })).toEqual([
      '2024-01-01 09:00:00',
      '2024-01-02 09:00:00',
    ]);
  });

  it('excludes endLocal itself', () => {
    expect(starts('FREQ=DAILY', '2024-01-01 09:00', { endLocal: at('2024-01-03 09:00') })).toEqual([
      '2024-01-01 09:00:00',
      '2024-01-02 09:00:00',
    ]);
  });

  it('keeps DTSTART when UNTIL is before it, and returns nothing when DTSTART is past the end', () => {
    expect(starts('FREQ=DAILY', '2024-01-05 09:00', { untilLocal: at('2024-01-01') })).toEqual([
      '2024-01-05 09:00:00',
    ]);
    expect(starts('FREQ=DAILY', '2024-01-05 09:00', { endLocal: at('2024-01-05 09:00') })).toEqual(
      [],
    );
  });

  it('leaves out instances before startLocal but still counts them', () => {
    expect(
      starts('FREQ=DAILY;COUNT=5', '2024-01-01 09:00', { startLocal: at('2024-01-04') }),
    ).toEqual(['2024-01-04 09:00:00', '2024-01-05 09:00:00']);
  });

  it('sets truncated only when instances are left out', () => {
    const exact = expand('FREQ=DAILY;COUNT=5', '2024-01-01 09:00', { maxInstances: 5 });
    expect([exact.instances.length, exact.truncated]).toEqual([5, false]);
    const cut = expand('FREQ=DAILY;COUNT=5', '2024-01-01 09:00', { maxInstances: 4 });
    expect([cut.instances.length, cut.truncated]).toEqual([4, true]);
  });

  it('stops a SECONDLY rule over a year at maxInstances', () => {
    const window = { endLocal: at('2025-01-01') };
    const capped = expand('FREQ=SECONDLY', '2024-01-01 00:00', { ...window, maxInstances: 1000 });
    expect(capped.truncated).toBe(true);
    expect(capped.instances.length).toBe(1000);
    expect(show(capped.instances[999] ?? 0)).toBe('2024-01-01 00:16:39');
    const byDefault = expand('FREQ=SECONDLY', '2024-01-01 00:00', window);
    expect([byDefault.instances.length, byDefault.truncated]).toEqual([100_000, true]);
  });
});

describe('expandRule: rules that never match end at once', () => {
  const never = [
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2024-01-30 09:00'],
    ['FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31', '2024-01-31 09:00'],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=-30', '2024-01-01 09:00'],
    ['FREQ=WEEKLY;BYDAY=MO;BYMONTH=2;BYMONTHDAY=30', '2024-01-01 09:00'],
    ['FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30', '2024-01-01 09:00'],
    ['FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1', '2024-01-01 09:00'],
    ['FREQ=SECONDLY;INTERVAL=2;BYSECOND=1', '2024-01-01 09:00:00'],
    ['FREQ=SECONDLY;BYYEARDAY=366;BYMONTH=1', '2024-01-01 09:00:00'],
  ] as const;
  it.each(never)('%s', (rrule, dtstart) => {
    const began = performance.now();
    // No end in sight: only the engine's own 400-year cycle check can stop these.
    const { instances } = expand(rrule, dtstart, { endLocal: Number.MAX_SAFE_INTEGER });
    expect(instances.map(show)).toEqual([show(at(dtstart))]);
    expect(performance.now() - began).toBeLessThan(2000);
  });
});

describe('expandRule: the startLocal fast-forward', () => {
  const cases = [
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH', '2001-03-05 09:00'],
    ['FREQ=DAILY;INTERVAL=7', '1999-12-31 23:30'],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,14', '2010-01-01 09:00'],
    ['FREQ=MONTHLY;INTERVAL=5;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2003-07-31 17:00'],
    ['FREQ=YEARLY;INTERVAL=2;BYWEEKNO=1,-1;BYDAY=TU,SA', '2004-01-03 08:00'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2000-02-29 12:00'],
    ['FREQ=HOURLY;INTERVAL=7;BYDAY=SA', '2019-06-01 05:15'],
    ['FREQ=MINUTELY;INTERVAL=13;BYHOUR=9,10', '2023-11-30 09:01'],
    ['FREQ=SECONDLY;INTERVAL=7;BYMINUTE=0,30', '2023-12-30 23:00:05'],
  ] as const;
  it.each(cases)('%s gives the same instances from startLocal on', (rrule, dtstart) => {
    const startLocal = at('2024-01-01 10:00');
    const window = { endLocal: at('2024-09-01'), maxInstances: 10_000_000 };
    const full = expand(rrule, dtstart, window).instances.filter((t) => t >= startLocal);
    const hinted = expand(rrule, dtstart, { ...window, startLocal });
    expect(full.length).toBeGreaterThan(0);
    expect(hinted.instances).toEqual(full);
  });

  it('reaches 2030 from a 1990 SECONDLY or DAILY rule without walking the years', () => {
    const window = { startLocal: at('2030-01-01'), endLocal: at('2030-01-01 00:01') };
    const secondly = expand('FREQ=SECONDLY', '1990-01-01 00:00', window);
    expect([secondly.instances.length, secondly.truncated]).toEqual([60, false]);
    const daily = expand('FREQ=DAILY', '1950-01-01 00:00:30', window);
    expect(daily.instances.map(show)).toEqual(['2030-01-01 00:00:30']);
  });
});
