import { describe, expect, it } from 'vitest';
import { bestSet, WORK_LIMIT, type UnitItem } from './best-set.js';

/** mulberry32: a small seeded generator, so every instance is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every subset, with the same tie rule written out plainly. */
function bruteForce(items: UnitItem[], budget: { days: number; money: number }): number[] {
  const useful = items.filter((i) => i.hours > 0);
  let best: { positions: number[]; days: number; money: number; hours: number } | null = null;
  for (let mask = 0; mask < 1 << useful.length; mask++) {
    const chosen = useful.filter((_, i) => mask & (1 << i));
    const days = chosen.reduce((s, i) => s + i.days, 0);
    const money = chosen.reduce((s, i) => s + i.money, 0);
    const hours = chosen.reduce((s, i) => s + i.hours, 0);
    if (days > budget.days || money > budget.money) continue;
    const positions = chosen.map((i) => i.position).sort((a, b) => a - b);
    const candidate = { positions, days, money, hours };
    if (best === null || beats(candidate, best)) best = candidate;
  }
  return best?.positions ?? [];
}

function beats(
  a: { positions: number[]; days: number; money: number; hours: number },
  b: { positions: number[]; days: number; money: number; hours: number },
): boolean {
  if (a.hours !== b.hours) return a.hours > b.hours;
  if (a.days !== b.days) return a.days < b.days;
  if (a.money !== b.money) return a.money < b.money;
  // Sorted position lists compared element by element: the earlier item at the first difference.
  for (let i = 0; i < Math.min(a.positions.length, b.positions.length); i++) {
    if (a.positions[i] !== b.positions[i]) return a.positions[i]! < b.positions[i]!;
  }
  return false;
}

function instance(next: () => number, n: number, pick: (next: () => number) => number[]) {
  return Array.from({ length: n }, (_, position) => {
    const [days, money, hours] = pick(next);
    return { position, days: days!, money: money!, hours: hours! };
  });
}

const int = (next: () => number, max: number) => Math.floor(next() * (max + 1));

describe('bestSet is exact', () => {
  const shapes: Record<string, (next: () => number) => number[]> = {
    // Small ranges make many ties; zeros make free items and items that free nothing.
    'small numbers, many ties': (next) => [int(next, 4), int(next, 4), int(next, 6)],
    'days in halves, money in cents': (next) => [
      500 * int(next, 20),
      int(next, 5_000_000),
      int(next, 400_000_000),
    ],
    'money in the billions (cents)': (next) => [
      1000 * int(next, 30),
      int(next, 9) * 100_000_000_000,
      int(next, 1000) * 1_000_000,
    ],
    'hours proportional to days (all equally dense)': (next) => {
      const days = 1 + int(next, 9);
      return [days, int(next, 10), days * 7];
    },
  };
  for (const [shape, pick] of Object.entries(shapes)) {
    it(`matches brute force on 150 random instances: ${shape}`, () => {
      const next = random(shape.length * 7919);
      for (let round = 0; round < 150; round++) {
        const items = instance(next, 1 + int(next, 11), pick);
        const total = (key: 'days' | 'money') => items.reduce((s, i) => s + i[key], 0);
        const budget = {
          days: Math.floor(total('days') * next()),
          money: Math.floor(total('money') * next()),
        };
        expect({ round, best: bestSet(items, budget).positions }).toEqual({
          round,
          best: bruteForce(items, budget),
        });
      }
    });
  }
});

/** The classic one-budget DP over whole days: the best hours when money does not bind. */
function bestHoursByDays(items: UnitItem[], days: number): number {
  const best = new Array<number>(days + 1).fill(0);
  for (const item of items) {
    for (let d = days; d >= item.days; d--) {
      best[d] = Math.max(best[d]!, best[d - item.days]! + item.hours);
    }
  }
  return best[days]!;
}

describe('bestSet at scale', () => {
  it('is exact for 400 items (checked against a one-budget DP), far below the work limit', () => {
    const next = random(42);
    const items = instance(next, 400, (n) => [1 + int(n, 30), int(n, 50_000), int(n, 2_000)]);
    const budget = { days: 1500, money: Number.MAX_SAFE_INTEGER };
    const result = bestSet(items, budget);
    const hours = result.positions.reduce((s, p) => s + items[p]!.hours, 0);
    expect(hours).toBe(bestHoursByDays(items, budget.days));
    expect(result.exact).toBe(true);
    expect(result.work).toBeLessThan(WORK_LIMIT / 20);
  });

  it.each([
    // Days 1–40, money 0–80,000.00, hours 0–3,000: a third of each budget.
    [
      'uniform',
      (n: () => number) => [1000 * (1 + int(n, 39)), 100 * int(n, 80_000), 1e6 * int(n, 3000)],
    ],
    // Round figures, as people enter them.
    [
      'round figures',
      (n: () => number) => [
        1000 * [1, 2, 3, 5, 10, 20][int(n, 5)]!,
        100 * [0, 500, 1000, 2000, 5000, 15_000, 50_000][int(n, 6)]!,
        1e6 * 52 * int(n, 20),
      ],
    ],
    // Money falls as days rise, hours follow days: both budgets bind and densities are close.
    [
      'money against days',
      (n: () => number) => {
        const days = 1 + int(n, 39);
        return [1000 * days, 100 * (41 - days) * 2000, 1e6 * (days * 30 + int(n, 20))];
      },
    ],
  ])('proves the best of 300 items under two binding budgets: %s', (_, pick) => {
    const next = random(7);
    const items = instance(next, 300, pick);
    const total = (key: 'days' | 'money') => items.reduce((s, i) => s + i[key], 0);
    const budget = { days: Math.floor(total('days') / 3), money: Math.floor(total('money') / 3) };
    const result = bestSet(items, budget);
    expect(result.exact).toBe(true);
    expect(result.work).toBeLessThan(WORK_LIMIT / 2);
    const used = (key: 'days' | 'money') =>
      result.positions.reduce((s, p) => s + items[p]![key], 0);
    expect(used('days')).toBeLessThanOrEqual(budget.days);
    expect(used('money')).toBeLessThanOrEqual(budget.money);
  });

  it('gives the best set found, marked not exact, when the work limit is reached', () => {
    const next = random(3);
    const items = instance(next, 60, (n) => [1 + int(n, 9), 1 + int(n, 9), 1 + int(n, 99)]);
    const budget = { days: 100, money: 100 };
    const limited = bestSet(items, budget, 10);
    const full = bestSet(items, budget);
    expect(limited.exact).toBe(false);
    expect(full.exact).toBe(true);
    const hours = (positions: number[]) => positions.reduce((s, p) => s + items[p]!.hours, 0);
    expect(hours(limited.positions)).toBeLessThanOrEqual(hours(full.positions));
    expect(hours(limited.positions)).toBeGreaterThan(0.9 * hours(full.positions));
  });
});
