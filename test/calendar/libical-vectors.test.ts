// libical's RRULE test vectors (/work/shared/ics/libical-icalrecur_test.txt, from libical's
// src/test/icalrecur_test.txt, MPL-2.0 / LGPL-2.1) run through parse-rule.ts and expand-rule.ts.
// Each block is RRULE, DTSTART, optional START-AT (ignored: INSTANCES is the full set from
// DTSTART) and INSTANCES. Every block runs unless it is listed below with its reason.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY_MS, formatBasic, localMs } from '../../src/calendar/local-time.js';
import { ruleForDateStart } from '../../src/calendar/recurrence/date-start-rule.js';
import { expandRule } from '../../src/calendar/recurrence/expand-rule.js';
import { parseRecurrenceRule } from '../../src/calendar/recurrence/parse-rule.js';
import type { UntilValue } from '../../src/calendar/recurrence/rule.js';

const VECTORS = '/work/shared/ics/libical-icalrecur_test.txt';

interface Block {
  line: number;
  title: string;
  rrule: string;
  dtstart: string;
  instances: string;
}

function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let comments: string[] = [];
  let current: Partial<Block> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#')) {
      comments.push(line.replace(/^#\s*/, ''));
    } else if (line === '') {
      comments = current.rrule === undefined ? comments : [];
    } else {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon);
      const value = line.slice(colon + 1).trim();
      if (key === 'RRULE') {
        current = { line: index + 1, title: comments.join(' ') || '(untitled)', rrule: value };
        comments = [];
      } else if (key === 'DTSTART') {
        current.dtstart = value;
      } else if (key === 'INSTANCES') {
        current.instances = value;
        blocks.push(current as Block);
        current = {};
      }
      // START-AT and any other key: not needed (see the file comment).
    }
  });
  return blocks;
}

const keyOf = (block: Block) => `${block.rrule} @ ${block.dtstart}`;

/** Blocks that do not apply, with the reason. */
const NOT_APPLICABLE = new Map<string, string>([
  [
    'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30;BYWEEKNO=1;UNTIL=20320101 @ 20241230',
    'libical records no instances ("*** UNIMPLEMENTED"), so there is nothing to compare against',
  ],
]);

/**
 * Blocks whose DTSTART does not match the rule and where libical leaves DTSTART out of the set.
 * That contradicts RFC 5545 §3.8.5.3 ("The DTSTART property defines the first instance in the
 * recurrence set") and §3.3.10 ("The DTSTART property value always counts as the first
 * occurrence"). These run with DTSTART put first and, under COUNT, the last libical instance
 * dropped; the reason each DTSTART is off the rule is given.
 */
const DTSTART_OFF_RULE = new Map<string, string>([
  [
    'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;WKST=FR;COUNT=3 @ 19970512T090000',
    'with WKST=FR week 20 of 1997 is 16–22 May; 12 May is in week 19',
  ],
  [
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=5 @ 19970902T090000',
    '2 Sep 1997 is a Tuesday the 2nd',
  ],
  ['FREQ=MONTHLY;INTERVAL=13;BYMONTH=5;COUNT=3 @ 20100212T000000', 'February is not in BYMONTH=5'],
  ['FREQ=WEEKLY;BYDAY=WE,FR;INTERVAL=2;COUNT=4 @ 20190101T100000', '1 Jan 2019 is a Tuesday'],
  [
    'FREQ=YEARLY;BYWEEKNO=53;BYDAY=TU,SA;UNTIL=20170101T000000Z @ 20130101T000000',
    '1 Jan 2013 is in ISO week 1',
  ],
  [
    'FREQ=HOURLY;BYHOUR=0;BYYEARDAY=360,-2;UNTIL=20260101T000000 @ 20251220T000000',
    '20 Dec 2025 is year day 354 (-12)',
  ],
  [
    'FREQ=MONTHLY;BYMINUTE=12,39;BYHOUR=8,14,15;BYDAY=1MO,1TU,2SA,3MO;BYSETPOS=1,-5,3,-21,4,-8;COUNT=15 @ 20240102T143900',
    '2 Jan 2024 14:39 is position 12 of January’s 24, not among those BYSETPOS picks',
  ],
  ['FREQ=YEARLY;BYWEEKNO=53;COUNT=1 @ 20230101T000000Z', '1 Jan 2023 is in ISO week 52 of 2022'],
  [
    'FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH;COUNT=1 @ 20270103T000000Z',
    '3 Jan 2027 is a Sunday, BYDAY=TH',
  ],
  [
    'FREQ=YEARLY;BYWEEKNO=53;INTERVAL=6;BYDAY=TH;COUNT=1 @ 20270103T000000Z',
    '3 Jan 2027 is a Sunday, BYDAY=TH',
  ],
  [
    'FREQ=YEARLY;BYWEEKNO=53;INTERVAL=5;BYDAY=TH;COUNT=1 @ 20270103T000000Z',
    '3 Jan 2027 is a Sunday, BYDAY=TH',
  ],
]);

interface Start {
  local: number;
  form: 'date' | 'local' | 'utc';
}

function parseStart(text: string): Start {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text);
  if (m === null) throw new Error(`bad DTSTART ${text}`);
  const n = (i: number) => Number(m[i] ?? 0);
  const local = localMs(n(1), n(2), n(3), n(4), n(5), n(6));
  return { local, form: m[4] === undefined ? 'date' : m[7] === 'Z' ? 'utc' : 'local' };
}

function format(local: number, form: Start['form']): string {
  const basic = formatBasic(local);
  return form === 'date' ? basic.slice(0, 8) : form === 'utc' ? `${basic}Z` : basic;
}

/** UNTIL on DTSTART's wall clock: a UTC UNTIL is read as if that wall clock were UTC. */
function untilLocalOf(until: UntilValue | undefined, start: Start): number | undefined {
  if (until === undefined) return undefined;
  switch (until.kind) {
    case 'utc':
      return until.utc;
    case 'local':
      return until.local;
    case 'date':
      // A DATE UNTIL on a timed series includes that whole day (RFC 5545 §3.3.10: inclusive).
      return start.form === 'date' ? until.local : until.local + DAY_MS - 1;
  }
}

const blocks = readBlocks(readFileSync(VECTORS, 'utf8'));
const END = localMs(2500, 1, 1);

describe('libical RRULE vectors', () => {
  it('reads every block and lists only blocks that exist', () => {
    expect(blocks.length).toBe(146);
    const keys = new Set(blocks.map(keyOf));
    for (const key of [...NOT_APPLICABLE.keys(), ...DTSTART_OFF_RULE.keys()]) {
      expect(keys, key).toContain(key);
    }
  });

  for (const block of blocks) {
    const name = `line ${block.line}: ${block.title} — ${block.rrule} @ ${block.dtstart}`;
    const skipReason = NOT_APPLICABLE.get(keyOf(block));
    if (skipReason !== undefined) {
      // libical gives no instances to compare; still, the rule must parse and expand to an end.
      it(`${name} (no libical expectation: ${skipReason})`, () => {
        const parsed = parseRecurrenceRule(block.rrule);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const start = parseStart(block.dtstart);
        const { instances } = expandRule(parsed.rule, start.local, {
          endLocal: start.local + 50 * 366 * 86_400_000,
        });
        expect(instances[0]).toBe(start.local);
      });
      continue;
    }
    it(name, () => {
      const parsed = parseRecurrenceRule(block.rrule);
      if (!parsed.ok) throw new Error(parsed.error);
      const start = parseStart(block.dtstart);
      const rule = start.form === 'date' ? ruleForDateStart(parsed.rule) : parsed.rule;
      const { instances, truncated } = expandRule(rule, start.local, {
        endLocal: END,
        untilLocal: untilLocalOf(rule.until, start),
      });
      expect(truncated).toBe(false);

      let expected = block.instances.split(',').map((s) => s.trim());
      const offRule = DTSTART_OFF_RULE.has(keyOf(block));
      // The list must be exactly the blocks whose INSTANCES leave DTSTART out.
      expect(offRule, 'listed in DTSTART_OFF_RULE').toBe(expected[0] !== block.dtstart);
      if (offRule) {
        expected = [block.dtstart, ...expected];
        if (rule.count !== undefined) expected = expected.slice(0, rule.count);
      }
      expect(instances.map((local) => format(local, start.form))).toEqual(expected);
    });
  }
});
