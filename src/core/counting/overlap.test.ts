// PRODUCT.md rule 4 (a person's time is counted once; an overlapped stretch goes to the category
// first in rule 6's list), rule 3 (real elapsed time across DST changes) and rule 5 (pieces belong
// to org-timezone days), in America/New_York. Every instant below is written in UTC with the local
// time beside it: EST is UTC−5, EDT is UTC−4; in 2026 EDT starts Sunday 8 March at 02:00 EST
// (→ 03:00 EDT) and ends Sunday 1 November at 02:00 EDT (→ 01:00 EST).
import { describe, expect, it } from 'vitest';
import { dayClock, dayNumber } from './day-clock.js';
import { resolveOverlaps, unionByDay } from './overlap.js';

const clock = dayClock('America/New_York');
const HOUR = 3_600_000;

// Category indices, rule 6's order.
const SELLING = 0;
const ONE_ON_ONE = 3;
const PLANNING = 5;
const CONTENT = 6;
const INTERNAL = 8;
const FOCUS = 9;

interface Item {
  name: string;
  start: number;
  end: number;
  categoryIndex: number;
}

/** Monday 2 March 2026 at a local EST time: local + 5 h = UTC. */
const mon = (h: number, m = 0): number => Date.UTC(2026, 2, 2, h + 5, m);

function item(name: string, categoryIndex: number, start: number, end: number): Item {
  return { name, start, end, categoryIndex };
}

/** Counted hours per "item date", pieces of one item on one day summed. */
function counted(items: readonly Item[]): Record<string, number> {
  const out: Record<string, number> = {};
  const date = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  for (const p of resolveOverlaps(items, clock)) {
    const key = `${p.item.name} ${date(p.day)}`;
    out[key] = (out[key] ?? 0) + p.ms / HOUR;
  }
  return out;
}

describe('rule 4: overlaps go to the category first in rule 6', () => {
  it('nested: a selling call inside a planning meeting', () => {
    // planning 09:00–12:00, selling 10:00–11:00: selling gets its hour, planning the other two.
    const items = [
      item('planning', PLANNING, mon(9), mon(12)),
      item('selling', SELLING, mon(10), mon(11)),
    ];
    expect(counted(items)).toEqual({ 'planning 2026-03-02': 2, 'selling 2026-03-02': 1 });
  });

  it('partial, the lower-precedence meeting first', () => {
    // internal 09:00–10:30, content 10:00–11:00: 10:00–10:30 goes to content (6 before 9).
    // internal 09:00–10:00 = 1 h; content 10:00–11:00 = 1 h.
    const items = [
      item('internal', INTERNAL, mon(9), mon(10, 30)),
      item('content', CONTENT, mon(10), mon(11)),
    ];
    expect(counted(items)).toEqual({ 'internal 2026-03-02': 1, 'content 2026-03-02': 1 });
  });

  it('partial, the higher-precedence meeting first', () => {
    // selling 09:00–10:30, planning 10:00–11:00: selling keeps 1.5 h, planning 10:30–11:00 = 0.5 h.
    const items = [
      item('selling', SELLING, mon(9), mon(10, 30)),
      item('planning', PLANNING, mon(10), mon(11)),
    ];
    expect(counted(items)).toEqual({ 'selling 2026-03-02': 1.5, 'planning 2026-03-02': 0.5 });
  });

  it('the same category overlapping itself is counted once', () => {
    // planning A 09:00–11:00 and planning B 10:00–12:00: 09:00–12:00 = 3 h, not 4. The shared
    // hour goes to the earlier start (A): A 2 h, B 1 h.
    const items = [item('A', PLANNING, mon(9), mon(11)), item('B', PLANNING, mon(10), mon(12))];
    expect(counted(items)).toEqual({ 'A 2026-03-02': 2, 'B 2026-03-02': 1 });
  });

  it('same category and same start: the earlier item in the list takes the shared time', () => {
    // A 09:00–10:00 and B 09:00–11:00, both internal: 09:00–11:00 = 2 h; A 1 h, B 1 h.
    const items = [item('A', INTERNAL, mon(9), mon(10)), item('B', INTERNAL, mon(9), mon(11))];
    expect(counted(items)).toEqual({ 'A 2026-03-02': 1, 'B 2026-03-02': 1 });
  });

  it('three-way overlap', () => {
    // focus 08:00–13:00 ⊃ internal 09:00–12:00 ⊃ selling 10:00–11:00:
    //   08–09 focus, 09–10 internal, 10–11 selling, 11–12 internal, 12–13 focus.
    // selling 1, internal 2, focus 2: 5 h, the length of the union.
    const items = [
      item('focus', FOCUS, mon(8), mon(13)),
      item('internal', INTERNAL, mon(9), mon(12)),
      item('selling', SELLING, mon(10), mon(11)),
    ];
    expect(counted(items)).toEqual({
      'focus 2026-03-02': 2,
      'internal 2026-03-02': 2,
      'selling 2026-03-02': 1,
    });
  });

  it('the order of the list does not matter when categories differ', () => {
    // The three-way case listed the other way round gives the same hours.
    const items = [
      item('selling', SELLING, mon(10), mon(11)),
      item('internal', INTERNAL, mon(9), mon(12)),
      item('focus', FOCUS, mon(8), mon(13)),
    ];
    expect(counted(items)).toEqual({
      'focus 2026-03-02': 2,
      'internal 2026-03-02': 2,
      'selling 2026-03-02': 1,
    });
  });

  it('back to back and apart: nothing shared, nothing lost; zero-length items count nothing', () => {
    // internal 09–10, one-on-one 10–11 (touching, not overlapping), focus 13–14, and a zero-length
    // item at 15:00.
    const items = [
      item('internal', INTERNAL, mon(9), mon(10)),
      item('1:1', ONE_ON_ONE, mon(10), mon(11)),
      item('focus', FOCUS, mon(13), mon(14)),
      item('empty', SELLING, mon(15), mon(15)),
    ];
    expect(counted(items)).toEqual({
      'internal 2026-03-02': 1,
      '1:1 2026-03-02': 1,
      'focus 2026-03-02': 1,
    });
  });
});

describe('rule 5: pieces are split at org-timezone midnight', () => {
  it('a meeting across midnight counts on two days', () => {
    // Tuesday 3 March 23:00 EST (Wed 04:00Z) to Wednesday 4 March 01:00 EST (06:00Z); New York
    // midnight is 05:00Z: 1 h on the 3rd, 1 h on the 4th.
    const items = [item('late call', INTERNAL, Date.UTC(2026, 2, 4, 4), Date.UTC(2026, 2, 4, 6))];
    expect(counted(items)).toEqual({ 'late call 2026-03-03': 1, 'late call 2026-03-04': 1 });
  });

  it('…and overlaps are resolved on each side of midnight', () => {
    // internal Tue 23:00–Wed 01:00 EST (04:00Z–06:00Z); selling Wed 00:30–01:30 EST
    // (05:30Z–06:30Z). Tue: internal 23:00–24:00 = 1 h. Wed: internal 00:00–00:30 = 0.5 h,
    // selling 00:30–01:30 = 1 h.
    const items = [
      item('internal', INTERNAL, Date.UTC(2026, 2, 4, 4), Date.UTC(2026, 2, 4, 6)),
      item('selling', SELLING, Date.UTC(2026, 2, 4, 5, 30), Date.UTC(2026, 2, 4, 6, 30)),
    ];
    expect(counted(items)).toEqual({
      'internal 2026-03-03': 1,
      'internal 2026-03-04': 0.5,
      'selling 2026-03-04': 1,
    });
  });

  it('the day numbers are the org’s calendar days', () => {
    // 2026-03-04 05:00Z is New York midnight starting the 4th; one millisecond earlier is the 3rd.
    expect(clock.dayOf(Date.UTC(2026, 2, 4, 5))).toBe(dayNumber('2026-03-04'));
    expect(clock.dayOf(Date.UTC(2026, 2, 4, 5) - 1)).toBe(dayNumber('2026-03-03'));
    expect(clock.startOf(dayNumber('2026-03-04'))).toBe(Date.UTC(2026, 2, 4, 5));
    // After the change, midnight is 04:00Z.
    expect(clock.startOf(dayNumber('2026-03-09'))).toBe(Date.UTC(2026, 2, 9, 4));
  });
});

describe('rule 3: real elapsed time across DST changes (America/New_York)', () => {
  it('spring forward: 01:00–03:00 local on 8 March 2026 lasts 1 h', () => {
    // 01:00 EST = 06:00Z; 02:00 EST jumps to 03:00 EDT = 07:00Z. 1 h, all on the 8th.
    const items = [
      item('night deploy', INTERNAL, Date.UTC(2026, 2, 8, 6), Date.UTC(2026, 2, 8, 7)),
    ];
    expect(counted(items)).toEqual({ 'night deploy 2026-03-08': 1 });
  });

  it('fall back: 01:00–03:00 local on 1 November 2026 lasts 3 h', () => {
    // 01:00 is ambiguous; RFC 5545 §3.3.5 takes the first, 01:00 EDT = 05:00Z. 02:00 EDT falls
    // back to 01:00 EST, and 03:00 EST = 08:00Z. 3 h, all on the 1st.
    const items = [
      item('night deploy', INTERNAL, Date.UTC(2026, 10, 1, 5), Date.UTC(2026, 10, 1, 8)),
    ];
    expect(counted(items)).toEqual({ 'night deploy 2026-11-01': 3 });
  });

  it('a meeting from the night before into the short day', () => {
    // Sat 7 March 23:00 EST (8 March 04:00Z) to Sun 8 March 04:00 EDT (08:00Z): 4 real hours.
    // Midnight starting the 8th is 05:00Z (still EST): 1 h on the 7th, 3 h on the 8th (local
    // 00:00–04:00 on a 23-hour day).
    const items = [item('release', PLANNING, Date.UTC(2026, 2, 8, 4), Date.UTC(2026, 2, 8, 8))];
    expect(counted(items)).toEqual({ 'release 2026-03-07': 1, 'release 2026-03-08': 3 });
  });
});

describe('unionByDay (rule 8: attended time, overlaps merged)', () => {
  const hoursByDate = (intervals: { start: number; end: number }[]) =>
    Object.fromEntries(
      [...unionByDay(intervals, clock)].map(([day, ms]) => [
        new Date(day * 86_400_000).toISOString().slice(0, 10),
        ms / HOUR,
      ]),
    );

  it('merges overlapping, nested and touching intervals; ignores empty ones', () => {
    // 09–11 ∪ 10–12 = 09–12 (3 h); 10:30–11:30 nested inside; 13–14 touching 14–15 = 2 h;
    // 16:00–16:00 empty. 3 + 2 = 5 h.
    const intervals = [
      { start: mon(9), end: mon(11) },
      { start: mon(13), end: mon(14) },
      { start: mon(10), end: mon(12) },
      { start: mon(10, 30), end: mon(11, 30) },
      { start: mon(14), end: mon(15) },
      { start: mon(16), end: mon(16) },
    ];
    expect(hoursByDate(intervals)).toEqual({ '2026-03-02': 5 });
  });

  it('splits merged time at New York midnight and counts DST days by real time', () => {
    // Tue 23:00–Wed 01:00 EST ∪ Wed 00:30–02:00 EST = Tue 23:00–Wed 02:00: 1 h + 2 h.
    // Fall-back 01:00 EDT–03:00 EST on 1 November: 3 h.
    const intervals = [
      { start: Date.UTC(2026, 2, 4, 4), end: Date.UTC(2026, 2, 4, 6) },
      { start: Date.UTC(2026, 2, 4, 5, 30), end: Date.UTC(2026, 2, 4, 7) },
      { start: Date.UTC(2026, 10, 1, 5), end: Date.UTC(2026, 10, 1, 8) },
    ];
    expect(hoursByDate(intervals)).toEqual({
      '2026-03-03': 1,
      '2026-03-04': 2,
      '2026-11-01': 3,
    });
  });
});
