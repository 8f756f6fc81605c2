import { describe, expect, it } from 'vitest';
import { OrientError } from '../orient-error.js';
import { item } from './enablement.fixture.js';
import { NO_EVIDENCE, prioritise, scoreItem, type ItemScore } from './scoring.js';

const three = { salespeople: ['a@x.com', 'b@x.com', 'c@x.com'], calls: 2 };
const derived = item('a', {
  title: 'Pricing worksheet',
  derivation: { timesPerWeek: 2, salespeople: 6, minutesLost: 30 },
  effortDays: 4,
  confidence: 0.5,
});

describe('scoreItem, hours-per-day (the default)', () => {
  it('is selling hours a year ÷ effort days, shown with its inputs', () => {
    // 2 × 6 × 30 min = 6 h a week; × 52 = 312 h a year; ÷ 4 days = 78.
    expect(scoreItem(derived, three)).toEqual({
      score: 78,
      method: 'hours-per-day',
      inputs: {
        sellingHoursPerWeek: 6,
        sellingHoursPerYear: 312,
        derivation: '2 times a week × 6 salespeople × 30 min = 6 h a week',
        effortDays: 4,
        effortDaysCounted: 4,
        confidence: 0.5,
        salespeople: 3,
        calls: 2,
      },
      explanation:
        '312 selling hours a year ÷ 4 person-days = 78 (6 h a week × 52; ' +
        '2 times a week × 6 salespeople × 30 min = 6 h a week); seen with 3 salespeople on 2 calls',
      evidence: { salespeople: 3, calls: 2 },
    });
  });

  it.each([
    // entered h/week, effort days, score
    [3, 2, 78], // 156 / 2
    [1, 0, 104], // 52 / 0.5: zero effort counts as half a day
    [1, 0.25, 104], // 52 / 0.5
    [0.5, 13, 2], // 26 / 13
    [0, 3, 0],
  ])('%s h a week over %s days scores %s', (perWeek, days, score) => {
    const scored = scoreItem(
      item('x', { sellingHoursPerWeek: perWeek, effortDays: days }),
      NO_EVIDENCE,
    );
    expect(scored.score).toBe(score);
  });

  it('says when the minimum effort was used', () => {
    const scored = scoreItem(item('x', { sellingHoursPerWeek: 1, effortDays: 0 }), NO_EVIDENCE);
    expect(scored.explanation).toBe(
      '52 selling hours a year ÷ 0.5 person-days (0 counted as the minimum) = 104 ' +
        '(1 h a week × 52; entered: 1 h a week); seen with 0 salespeople on 0 calls',
    );
  });

  it.each([
    [{ effortDays: -1 }, "item 'x': effort must be 0 or more person-days"],
    [{ effortDays: Number.NaN }, "item 'x': effort must be 0 or more person-days"],
    [{ confidence: 1.5 }, "item 'x': confidence must be between 0 and 1"],
  ])('rejects %o', (extra, message) => {
    const bad = () => scoreItem(item('x', { title: 'x', ...extra }), NO_EVIDENCE);
    expect(bad).toThrow(OrientError);
    expect(bad).toThrow(message);
  });
});

describe('scoreItem, RICE', () => {
  it.each([
    // strength, item, reach, from, impact, score
    // reach 3 (evidence), impact 6 / 3 = 2 h, × 0.5 ÷ 4 days = 0.75
    [three, derived, 3, 'evidence', 2, 0.75],
    // reach 6 (derivation), impact 1 h, 6 × 1 × 0.5 ÷ 4 = 0.75
    [NO_EVIDENCE, derived, 6, 'derivation', 1, 0.75],
    // reach 1 (minimum), impact 3 h, 1 × 3 × 1 ÷ 2 = 1.5
    [NO_EVIDENCE, item('e', { sellingHoursPerWeek: 3, effortDays: 2 }), 1, 'minimum', 3, 1.5],
  ])('reach, impact, confidence ÷ effort (%#)', (strength, it_, reach, from, impact, score) => {
    const scored = scoreItem(it_, strength, 'rice');
    expect(scored.score).toBe(score);
    expect(scored.inputs).toMatchObject({ reach, reachFrom: from, impact });
  });

  it('explains itself', () => {
    expect(scoreItem(derived, three, 'rice').explanation).toBe(
      'reach 3 (evidence) × impact 2 h per salesperson a week × confidence 0.5 ÷ 4 person-days = ' +
        '0.75 (2 times a week × 6 salespeople × 30 min = 6 h a week); seen with 3 salespeople on 2 calls',
    );
  });
});

describe('prioritise', () => {
  const score = (value: number, salespeople = 0, calls = 0): ItemScore => ({
    score: value,
    method: 'hours-per-day',
    inputs: {},
    explanation: '',
    evidence: { salespeople, calls },
  });

  it('orders by score, then salespeople, then calls, then title', () => {
    const items = ['e', 'd', 'c', 'b', 'a'].map((t) => item(t, { title: t }));
    const ranked = prioritise(items, [
      score(10),
      score(78, 3, 1),
      score(78, 5, 0),
      score(78, 3, 2),
      score(78, 3, 1),
    ]);
    expect(ranked.map((r) => [r.rank, r.item.title])).toEqual([
      [1, 'c'], // 5 salespeople
      [2, 'b'], // 3 salespeople, 2 calls
      [3, 'a'], // 3 salespeople, 1 call, title a < d
      [4, 'd'],
      [5, 'e'],
    ]);
  });

  it('takes scores keyed by item id, and treats floating-point noise as a tie', () => {
    const items = [item('1', { title: 'z' }), item('2', { title: 'y' })];
    const ranked = prioritise(
      items,
      new Map([
        ['1', score(0.3)],
        ['2', score(0.1 + 0.2)],
      ]),
    );
    expect(ranked.map((r) => r.item.title)).toEqual(['y', 'z']);
  });

  it('never reshuffles the others when an item is added (scores are absolute)', () => {
    const items = [
      item('a', { title: 'a', sellingHoursPerWeek: 6, effortDays: 4 }),
      item('b', { title: 'b', sellingHoursPerWeek: 1, effortDays: 1 }),
      item('c', { title: 'c', sellingHoursPerWeek: 10, effortDays: 20 }),
    ];
    const order = (list: typeof items) =>
      prioritise(
        list,
        list.map((i) => scoreItem(i, NO_EVIDENCE)),
      ).map((r) => r.item.title);
    const before = order(items);
    const after = order([
      ...items,
      item('d', { title: 'd', sellingHoursPerWeek: 100, effortDays: 1 }),
    ]);
    expect(before).toEqual(['a', 'b', 'c']); // 78, 52, 26
    expect(after).toEqual(['d', 'a', 'b', 'c']);
    expect(after.filter((t) => t !== 'd')).toEqual(before);
  });

  it('refuses an item without a score', () => {
    expect(() => prioritise([item('1', { title: 'lonely' })], new Map())).toThrow(
      "item 'lonely' has no score",
    );
  });
});
