import { describe, expect, it } from 'vitest';
import { OrientError } from '../orient-error.js';
import { planEnablement, type PlanBudget, type PlanItem, type PlanSet } from './plan.js';

const it_ = (
  title: string,
  effortDays: number,
  cost: number,
  sellingHoursPerYear: number,
): PlanItem => ({
  title,
  effortDays,
  cost,
  sellingHoursPerYear,
});

const summary = (items: PlanItem[], budget: PlanBudget) => {
  const plan = planEnablement(items, budget);
  const pick = ({ items, days, money, sellingHoursPerYear }: PlanSet) => ({
    items,
    days,
    money,
    sellingHoursPerYear,
  });
  return {
    greedy: pick(plan.greedy),
    best: pick(plan.best),
    difference: plan.difference.sellingHoursPerYear,
  };
};

describe('planEnablement: both plans agree', () => {
  it('takes everything when everything fits', () => {
    const items = [it_('A', 4, 2000, 312), it_('B', 3, 3000, 156), it_('C', 2, 1000, 104)];
    const plan = planEnablement(items, { days: 10, money: 10_000 });
    expect(plan).toEqual({
      budget: { days: 10, money: 10_000 },
      greedy: {
        items: ['A', 'B', 'C'],
        positions: [0, 1, 2],
        days: 9,
        money: 6000,
        sellingHoursPerYear: 572,
        stoppedAt: null,
      },
      best: {
        items: ['A', 'B', 'C'],
        positions: [0, 1, 2],
        days: 9,
        money: 6000,
        sellingHoursPerYear: 572,
        exact: true,
      },
      difference: {
        sellingHoursPerYear: 0,
        onlyInBest: [],
        onlyInGreedy: [],
        explanation: 'The best set is the top of the list: walking it loses nothing.',
      },
    });
  });

  it('agrees when the top of the list is also the best use of the time', () => {
    // 10 days: A + B = 10 days, 1020 h; nothing else fits beside A; B + C + E = 9 days, 840 h.
    expect(summary(fiveItems, { days: 10, money: 1_000_000 })).toEqual({
      greedy: { items: ['A', 'B'], days: 10, money: 5500, sellingHoursPerYear: 1020 },
      best: { items: ['A', 'B'], days: 10, money: 5500, sellingHoursPerYear: 1020 },
      difference: 0,
    });
  });
});

// A 6 d 1000 600 h · B 4 d 4500 420 h · C 4 d 1500 360 h · D 3 d 2500 240 h · E 1 d 1000 60 h
const fiveItems = [
  it_('A', 6, 1000, 600),
  it_('B', 4, 4500, 420),
  it_('C', 4, 1500, 360),
  it_('D', 3, 2500, 240),
  it_('E', 1, 1000, 60),
];

describe('planEnablement: the greedy walk and the best set differ', () => {
  it('stops at the first item that does not fit in the time, even when a later one would', () => {
    // 10 days. Walk: A (6 d, 4 left), B needs 5 d → stop; C (5 d) would fit but the walk has
    // stopped. Best: B + C = 10 d, 950 h > A alone 660 h (A + B, A + C need 11 d).
    const items = [it_('A', 6, 0, 660), it_('B', 5, 0, 500), it_('C', 5, 0, 450)];
    const plan = planEnablement(items, { days: 10, money: 1 });
    expect(plan.greedy).toEqual({
      items: ['A'],
      positions: [0],
      days: 6,
      money: 0,
      sellingHoursPerYear: 660,
      stoppedAt: {
        title: 'B',
        position: 1,
        reason: 'time',
        needs: { days: 5, money: 0 },
        remaining: { days: 4, money: 1 },
      },
    });
    expect(plan.best).toMatchObject({
      items: ['B', 'C'],
      days: 10,
      money: 0,
      sellingHoursPerYear: 950,
    });
    expect(plan.difference).toEqual({
      sellingHoursPerYear: 290,
      onlyInBest: ['B', 'C'],
      onlyInGreedy: ['A'],
      explanation:
        "The best set leaves out 'A' and takes 'B', 'C': 290 more selling hours a year. " +
        "The walk stops at 'B' (not enough time).",
    });
  });

  it('stops for money: A then B needs 2000 with 1000 left; best adds C, which would have fit', () => {
    // 5000 money. Walk: A (4000), B 2000 > 1000 → stop. Best: A + C = 5000, 624 h.
    const items = [it_('A', 2, 4000, 520), it_('B', 1, 2000, 208), it_('C', 1, 1000, 104)];
    expect(summary(items, { days: 100, money: 5000 })).toEqual({
      greedy: { items: ['A'], days: 2, money: 4000, sellingHoursPerYear: 520 },
      best: { items: ['A', 'C'], days: 3, money: 5000, sellingHoursPerYear: 624 },
      difference: 104,
    });
  });
});

describe('planEnablement: two budgets binding in turn', () => {
  it('money alone: the walk stops at B for money; best A + C + D spends all 5000', () => {
    // A + B = 5500 > 5000. Best under money: A + C + D = 5000, 1200 h (13 days, unbounded here).
    expect(summary(fiveItems, { days: 100, money: 5000 })).toEqual({
      greedy: { items: ['A'], days: 6, money: 1000, sellingHoursPerYear: 600 },
      best: { items: ['A', 'C', 'D'], days: 13, money: 5000, sellingHoursPerYear: 1200 },
      difference: 600,
    });
  });

  it('both: money rules out A + B, time rules out A + C + D; best is A + C', () => {
    // 10 days and 5000: A + C = 10 d, 2500, 960 h; A + D + E = 10 d, 4500, 900 h;
    // A + D = 840 h; C + D + E = 660 h.
    const plan = planEnablement(fiveItems, { days: 10, money: 5000 });
    expect(plan.greedy.items).toEqual(['A']);
    expect(plan.greedy.stoppedAt).toMatchObject({
      title: 'B',
      reason: 'money',
      remaining: { days: 4, money: 4000 },
    });
    expect(plan.best).toMatchObject({
      items: ['A', 'C'],
      days: 10,
      money: 2500,
      sellingHoursPerYear: 960,
    });
    expect(plan.difference.sellingHoursPerYear).toBe(360);
  });

  it('names both when the item lacks both', () => {
    const plan = planEnablement([it_('A', 3, 300, 10), it_('B', 3, 300, 10)], {
      days: 4,
      money: 400,
    });
    expect(plan.greedy.stoppedAt?.reason).toBe('time and money');
  });
});

describe('planEnablement: ties in the best set', () => {
  it.each([
    // items, budget, best
    [[it_('X', 2, 0, 100), it_('Y', 1, 0, 100)], { days: 2, money: 1 }, ['Y']], // fewer days
    [[it_('X', 1, 500, 100), it_('Y', 1, 300, 100)], { days: 1, money: 500 }, ['Y']], // less money
    [[it_('X', 1, 300, 100), it_('Y', 1, 300, 100)], { days: 1, money: 500 }, ['X']], // earlier
    [[it_('Z', 0, 0, 0), it_('Y', 1, 0, 100)], { days: 1, money: 1 }, ['Y']], // frees nothing: left out
  ])('%# → %o', (items, budget, best) => {
    expect(planEnablement(items, budget).best.items).toEqual(best);
  });

  it('says when the walk frees as much, for more time', () => {
    const plan = planEnablement([it_('X', 2, 0, 100), it_('Y', 1, 0, 100)], { days: 2, money: 1 });
    expect(plan.difference.explanation).toBe(
      "The best set leaves out 'X' and takes 'Y': as many selling hours a year, for less time or money. " +
        "The walk stops at 'Y' (not enough time).",
    );
  });
});

describe('planEnablement: figures', () => {
  it('sums fractions exactly: 0.1 + 0.2 days is 0.3', () => {
    const plan = planEnablement([it_('A', 0.1, 0.1, 1), it_('B', 0.2, 0.2, 1)], {
      days: 0.3,
      money: 0.3,
    });
    expect(plan.best).toMatchObject({
      items: ['A', 'B'],
      days: 0.3,
      money: 0.3,
      sellingHoursPerYear: 2,
    });
    expect(plan.greedy.items).toEqual(['A', 'B']);
  });

  it('plans with money in the billions', () => {
    const items = [it_('A', 1, 4e9, 10), it_('B', 1, 3e9, 8), it_('C', 1, 3e9, 7)];
    expect(summary(items, { days: 10, money: 6e9 })).toEqual({
      greedy: { items: ['A'], days: 1, money: 4e9, sellingHoursPerYear: 10 },
      best: { items: ['B', 'C'], days: 2, money: 6e9, sellingHoursPerYear: 15 },
      difference: 5,
    });
  });

  it('plans an empty list', () => {
    expect(summary([], { days: 1, money: 0 })).toEqual({
      greedy: { items: [], days: 0, money: 0, sellingHoursPerYear: 0 },
      best: { items: [], days: 0, money: 0, sellingHoursPerYear: 0 },
      difference: 0,
    });
  });
});

describe('planEnablement: bad input', () => {
  it.each([
    [[], undefined, 'the plan needs a budget: days and money, each 0 or more'],
    [[], { days: 0, money: 0 }, 'the plan needs a budget: days and money are both 0'],
    [[], { days: -1, money: 10 }, 'budget days must be a number, 0 or more (got -1)'],
    [[], { days: 5, money: Number.NaN }, 'budget money must be a number, 0 or more (got NaN)'],
    [
      [it_('A', -2, 10, 1), it_('B', 1, -5, 1)],
      { days: 5, money: 5 },
      "item 'A' (position 1): effort days must be a number, 0 or more (got -2); " +
        "item 'B' (position 2): cost must be a number, 0 or more (got -5)",
    ],
  ])('%# throws bad-input', (items, budget, message) => {
    const plan = () => planEnablement(items, budget as PlanBudget);
    expect(plan).toThrow(OrientError);
    expect(plan).toThrow(message);
    try {
      plan();
    } catch (error) {
      expect((error as OrientError).code).toBe('bad-input');
    }
  });
});
