import { describe, expect, it } from 'vitest';
import { localMs } from '../local-time.js';
import { parseRecurrenceRule } from './parse-rule.js';
import type { RecurrenceRule } from './rule.js';

function parsed(text: string): { rule: RecurrenceRule; warnings: string[] } {
  const result = parseRecurrenceRule(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function error(text: string): string {
  const result = parseRecurrenceRule(text);
  if (result.ok) throw new Error(`"${text}" parsed`);
  return result.error;
}

describe('parseRecurrenceRule', () => {
  it('reads every part, with defaults for the rest', () => {
    expect(parsed('FREQ=WEEKLY;BYDAY=MO,WE').rule).toEqual({
      freq: 'WEEKLY',
      interval: 1,
      bySecond: [],
      byMinute: [],
      byHour: [],
      byDay: [
        { weekday: 0, ordinal: 0 },
        { weekday: 2, ordinal: 0 },
      ],
      byMonthDay: [],
      byYearDay: [],
      byWeekNo: [],
      byMonth: [],
      bySetPos: [],
      wkst: 0,
    });
    const { rule, warnings } = parsed(
      'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYSECOND=0,30;BYMINUTE=15;BYHOUR=9,17;BYDAY=1MO,-1FR,+2SU;' +
        'BYMONTHDAY=-1,15;BYYEARDAY=100,-366;BYMONTH=12,1;BYSETPOS=-1,1;WKST=SU',
    );
    expect(warnings).toEqual([]);
    expect(rule).toEqual({
      freq: 'YEARLY',
      interval: 2,
      count: 10,
      bySecond: [0, 30],
      byMinute: [15],
      byHour: [9, 17],
      byDay: [
        { weekday: 0, ordinal: 1 },
        { weekday: 4, ordinal: -1 },
        { weekday: 6, ordinal: 2 },
      ],
      byMonthDay: [-1, 15],
      byYearDay: [-366, 100],
      byWeekNo: [],
      byMonth: [1, 12],
      bySetPos: [-1, 1],
      wkst: 6,
    });
    expect(parsed('FREQ=YEARLY;BYWEEKNO=20,-53').rule.byWeekNo).toEqual([-53, 20]);
  });

  it('ignores case, spaces around parts, order and a trailing semicolon', () => {
    const { rule } = parsed(' byday=tu,th ; Freq=Weekly; wkst=su; ');
    expect([rule.freq, rule.byDay.map((d) => d.weekday), rule.wkst]).toEqual(['WEEKLY', [1, 3], 6]);
  });

  it('sorts lists and drops repeats (libical issue 945)', () => {
    const { rule } = parsed('FREQ=SECONDLY;BYSECOND=5,4,4;BYDAY=TH,SU,TH');
    expect(rule.bySecond).toEqual([4, 5]);
    expect(rule.byDay).toEqual([
      { weekday: 3, ordinal: 0 },
      { weekday: 6, ordinal: 0 },
    ]);
  });

  it('reads the three UNTIL forms as local or UTC ms', () => {
    expect(parsed('FREQ=DAILY;UNTIL=20240315').rule.until).toEqual({
      kind: 'date',
      local: localMs(2024, 3, 15),
    });
    expect(parsed('FREQ=DAILY;UNTIL=20240315T083000').rule.until).toEqual({
      kind: 'local',
      local: localMs(2024, 3, 15, 8, 30),
    });
    expect(parsed('FREQ=DAILY;UNTIL=20240315T083000z').rule.until).toEqual({
      kind: 'utc',
      utc: Date.UTC(2024, 2, 15, 8, 30),
    });
  });

  it('warns about unknown parts and ignores them', () => {
    const { rule, warnings } = parsed('FREQ=DAILY;X-NAME=1;FOO=BAR');
    expect(rule.freq).toBe('DAILY');
    expect(warnings).toEqual([
      'RRULE part X-NAME is not known and was ignored',
      'RRULE part FOO is not known and was ignored',
    ]);
  });

  it('refuses a part that is not NAME=VALUE', () => {
    expect(error('RRULE:AnythingRandom;FREQ=WEEKLY;BYDAY=MO')).toBe(
      'RRULE part "RRULE:ANYTHINGRANDOM" is not NAME=VALUE',
    );
    expect(error('FREQ=DAILY;COUNT')).toBe('RRULE part "COUNT" is not NAME=VALUE');
  });

  it('refuses a missing or unknown FREQ and an empty value', () => {
    expect(error('')).toBe('RRULE is empty');
    expect(error(' ; ')).toBe('RRULE is empty');
    expect(error('INTERVAL=2;BYDAY=MO')).toBe('RRULE has no FREQ');
    expect(error('X-FOO=1')).toBe('RRULE has no FREQ');
    expect(error('FREQ=FORTNIGHTLY')).toBe('RRULE FREQ=FORTNIGHTLY is not a frequency');
  });

  it.each([
    ['FREQ=DAILY;INTERVAL=0', 'INTERVAL'],
    ['FREQ=DAILY;INTERVAL=-2', 'INTERVAL'],
    ['FREQ=DAILY;INTERVAL=1.5', 'INTERVAL'],
    ['FREQ=DAILY;COUNT=-1', 'COUNT'],
    ['FREQ=DAILY;COUNT=0', 'COUNT'],
    ['FREQ=DAILY;COUNT=', 'COUNT'],
    ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH'],
    ['FREQ=YEARLY;BYMONTH=0', 'BYMONTH'],
    ['FREQ=YEARLY;BYMONTH=-1', 'BYMONTH'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY'],
    ['FREQ=MONTHLY;BYDAY=0MO', 'BYDAY'],
    ['FREQ=MONTHLY;BYDAY=54MO', 'BYDAY'],
    ['FREQ=WEEKLY;BYDAY=MO,', 'BYDAY'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY'],
    ['FREQ=YEARLY;BYYEARDAY=-367', 'BYYEARDAY'],
    ['FREQ=YEARLY;BYWEEKNO=54', 'BYWEEKNO'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', 'BYSETPOS'],
    ['FREQ=DAILY;BYHOUR=24', 'BYHOUR'],
    ['FREQ=DAILY;BYMINUTE=60', 'BYMINUTE'],
    ['FREQ=DAILY;BYSECOND=61', 'BYSECOND'],
    ['FREQ=DAILY;BYHOUR=+9', 'BYHOUR'],
    ['FREQ=DAILY;WKST=XY', 'WKST'],
    ['FREQ=DAILY;UNTIL=20240230', 'UNTIL'],
    ['FREQ=DAILY;UNTIL=2024-03-01', 'UNTIL'],
    ['FREQ=DAILY;UNTIL=20240301T250000Z', 'UNTIL'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ'],
  ])('refuses %s, naming %s', (text, part) => {
    expect(error(text)).toContain(part);
  });

  it('refuses RSCALE and SKIP (RFC 7529)', () => {
    expect(error('RSCALE=HEBREW;FREQ=YEARLY;BYMONTH=5L')).toBe('RSCALE is not supported');
    expect(error('FREQ=MONTHLY;SKIP=FORWARD')).toBe('RSCALE is not supported');
  });

  it('drops BYDAY ordinals where §3.3.10 forbids them, with a warning', () => {
    const weekly = parsed('FREQ=WEEKLY;BYDAY=1MO,MO,2TU');
    expect(weekly.rule.byDay).toEqual([
      { weekday: 0, ordinal: 0 },
      { weekday: 1, ordinal: 0 },
    ]);
    expect(weekly.warnings).toEqual([
      'RRULE BYDAY ordinals are not valid with FREQ=WEEKLY; ignored',
    ]);
    const byWeekNo = parsed('FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO');
    expect(byWeekNo.rule.byDay).toEqual([{ weekday: 0, ordinal: 0 }]);
    expect(byWeekNo.warnings).toHaveLength(1);
    expect(parsed('FREQ=MONTHLY;BYDAY=-1FR').warnings).toEqual([]);
  });

  it('keeps parts that are invalid for the FREQ, with a warning', () => {
    expect(parsed('FREQ=MONTHLY;BYWEEKNO=1').warnings).toEqual([
      'RRULE BYWEEKNO is only valid with FREQ=YEARLY; applied as a limit',
    ]);
    expect(parsed('FREQ=DAILY;BYYEARDAY=1').warnings).toEqual([
      'RRULE BYYEARDAY is not valid with FREQ=DAILY; applied as a limit',
    ]);
    expect(parsed('FREQ=WEEKLY;BYMONTHDAY=1').warnings).toEqual([
      'RRULE BYMONTHDAY is not valid with FREQ=WEEKLY; applied as a limit',
    ]);
    const both = parsed('FREQ=DAILY;COUNT=3;UNTIL=20240101');
    expect([both.rule.count, both.rule.until?.kind, both.warnings.length]).toEqual([3, 'date', 1]);
  });

  it('warns about BYSETPOS alone', () => {
    expect(parsed('FREQ=MONTHLY;BYSETPOS=1').warnings).toHaveLength(1);
  });

  it('drops a leap second from BYSECOND, with a warning', () => {
    const { rule, warnings } = parsed('FREQ=MINUTELY;BYSECOND=0,60');
    expect(rule.bySecond).toEqual([0]);
    expect(warnings).toHaveLength(1);
  });
});
