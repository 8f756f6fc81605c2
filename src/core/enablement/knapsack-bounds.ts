// Upper bounds for the best-set search (best-set.ts): how many more hours the items not yet
// decided could add within the days and money left. Each is a fractional (LP) knapsack bound: take
// whole items densest first, then the fraction of the next one that fits.

export interface UnitItem {
  /** Position in the priority list. */
  position: number;
  /** Thousandths of a day, cents and millionths of an hour: non-negative safe integers. */
  days: number;
  money: number;
  hours: number;
}

export interface Budget {
  days: number;
  money: number;
}

export type Bound = (days: number, money: number) => number;

/**
 * The surrogate constraint μ·days/D + (1−μ)·money/M ≤ μ·(days left)/D + (1−μ)·(money left)/M
 * holds for every set within both budgets, so its fractional bound is an upper bound too.
 */
export interface Blend {
  weight: (item: UnitItem) => number;
  capacity: (days: number, money: number) => number;
}

/**
 * The blend whose bound over the whole list is lowest (the LP relaxation's dual), found by
 * golden-section search: the bound is quasi-convex in μ, and any μ gives a valid bound. It is much
 * tighter than either budget alone when both bind.
 */
export function surrogateBlend(items: readonly UnitItem[], budget: Budget): Blend {
  const blendAt = (mu: number): Blend => {
    const perDay = budget.days === 0 ? 0 : mu / budget.days;
    const perMoney = budget.money === 0 ? 0 : (1 - mu) / budget.money;
    return {
      weight: (i) => perDay * i.days + perMoney * i.money,
      capacity: (days, money) => perDay * days + perMoney * money,
    };
  };
  const rootBound = (mu: number) => {
    const blend = blendAt(mu);
    return fractional(items, blend.weight)(blend.capacity(budget.days, budget.money));
  };
  const golden = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = 1;
  for (let step = 0; step < 40; step++) {
    const a = hi - golden * (hi - lo);
    const b = lo + golden * (hi - lo);
    if (rootBound(a) <= rootBound(b)) hi = b;
    else lo = a;
  }
  return blendAt((lo + hi) / 2);
}

/** The least of three LP bounds over `items`: days alone, money alone, and the blend. */
export function suffixBound(items: readonly UnitItem[], blend: Blend): Bound {
  const byDays = fractional(items, (i) => i.days);
  const byMoney = fractional(items, (i) => i.money);
  const byBlend = fractional(items, blend.weight);
  return (days, money) =>
    Math.min(byDays(days), byMoney(money), byBlend(blend.capacity(days, money)));
}

/** Hours per unit of weight; a weightless item is infinitely dense. */
export function ratio(item: UnitItem, weightOf: (item: UnitItem) => number): number {
  const weight = weightOf(item);
  return weight === 0 ? Number.POSITIVE_INFINITY : item.hours / weight;
}

function fractional(
  items: readonly UnitItem[],
  weightOf: (item: UnitItem) => number,
): (capacity: number) => number {
  const sorted = [...items].sort((a, b) => ratio(b, weightOf) - ratio(a, weightOf));
  const weights = [0];
  const hours = [0];
  for (const item of sorted) {
    weights.push(weights.at(-1)! + weightOf(item));
    hours.push(hours.at(-1)! + item.hours);
  }
  return (capacity) => {
    // The longest prefix that fits (weights ascend), then part of the next item.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (weights[mid]! <= capacity) lo = mid;
      else hi = mid - 1;
    }
    const next = sorted[lo];
    const part = next === undefined ? 0 : ((capacity - weights[lo]!) * next.hours) / weightOf(next);
    return hours[lo]! + part;
  };
}
