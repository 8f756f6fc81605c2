// The best set of enablement items under two budgets (issue 5, item 5): an exact 0/1 knapsack with
// two constraints (days, money) maximising selling hours. Works on whole units (thousandths of a
// day, cents, millionths of an hour) so sums and ties are exact.
//
// Method: dynamic programming over Pareto-optimal partial sets, items taken densest first. After
// each item a partial set is kept only if no other uses no more days, no more money and frees at
// least as many hours (whatever the rest adds to the dominated set, adding it to the other is as
// good), and only if its hours plus an upper bound on what the remaining items could add
// (knapsack-bounds.ts) reach the best set found so far. A first, narrow sweep finds a near-best set
// cheaply, so the exact sweep prunes from the start. Money never becomes an array index, so its
// magnitude does not matter.
//
// Ties: more hours, then fewer days, then less money, then the set holding the earliest item
// (in list order) on which the two sets differ. Items that free no hours are never chosen.
//
// Exact unless the search exceeds WORK_LIMIT partial sets: hours correlated almost linearly with
// days and money (contrived) can make the front grow; then the best set found is returned with
// exact: false rather than keeping a caller waiting. Realistic and random lists of hundreds of
// items stay far below the limit (best-set.test.ts measures it).
import {
  ratio,
  suffixBound,
  surrogateBlend,
  type Bound,
  type Budget,
  type UnitItem,
} from './knapsack-bounds.js';
import {
  better,
  byDaysMoneyHours,
  emptySet,
  merge,
  paretoFront,
  positionsOf,
  settle,
  type PartialSet,
} from './partial-sets.js';

export type { Budget, UnitItem } from './knapsack-bounds.js';

/** Partial sets the exact sweep may look at before it gives up on proving the best. */
export const WORK_LIMIT = 2_000_000;

/** Partial sets kept per item in the first, narrow sweep. */
const BEAM_WIDTH = 256;

export interface BestSet {
  /** Positions of the best set, ascending. */
  positions: number[];
  /** False only when the search stopped at WORK_LIMIT: the best set found, not proven best. */
  exact: boolean;
  /** Partial sets looked at, for tests and benchmarks. */
  work: number;
}

/** The best set under both budgets. All figures are non-negative safe integers. */
export function bestSet(
  items: readonly UnitItem[],
  budget: Budget,
  workLimit: number = WORK_LIMIT,
): BestSet {
  // An item that frees nothing never helps; one that alone exceeds a budget never fits.
  const fitting = items.filter(
    (i) => i.hours > 0 && i.days <= budget.days && i.money <= budget.money,
  );
  const blend = surrogateBlend(fitting, budget);
  const candidates = [...fitting].sort(
    (a, b) => ratio(b, blend.weight) - ratio(a, blend.weight) || a.position - b.position,
  );
  const bounds = candidates.map((_, k) => suffixBound(candidates.slice(k + 1), blend));
  const positions = Math.max(0, ...items.map((i) => i.position + 1));
  const first = fillInOrder(candidates, budget, emptySet(positions));
  const rough = sweep(candidates, bounds, budget, first, positions, BEAM_WIDTH, Infinity);
  const exact = sweep(candidates, bounds, budget, rough.best, positions, null, workLimit);
  // The exact sweep keeps every set that can reach the best found, so the best is among them.
  return { positions: positionsOf(exact.best), exact: !exact.stopped, work: exact.work };
}

interface Sweep {
  best: PartialSet;
  stopped: boolean;
  work: number;
}

/**
 * Adds the candidates one at a time, keeping the Pareto front of partial sets that can still reach
 * the best set found; with a width, only the most promising (fast, not exact).
 */
function sweep(
  candidates: readonly UnitItem[],
  bounds: readonly Bound[],
  budget: Budget,
  start: PartialSet,
  positions: number,
  width: number | null,
  workLimit: number,
): Sweep {
  // Invariant: `sets` is in byDaysMoneyHours order.
  let sets: PartialSet[] = [emptySet(positions)];
  let best = start;
  let work = 0;
  for (const [k, item] of candidates.entries()) {
    work += sets.length;
    if (work > workLimit) return { best, stopped: true, work };
    const grown: PartialSet[] = [];
    for (const s of sets) {
      if (s.days + item.days > budget.days || s.money + item.money > budget.money) continue;
      const next = {
        days: s.days + item.days,
        money: s.money + item.money,
        hours: s.hours + item.hours,
        from: s,
        position: item.position,
        bits: null,
      };
      grown.push(next);
      if (next.hours >= best.hours && better(next, best)) best = next;
    }
    const bound = bounds[k]!;
    const reach = (s: PartialSet) => s.hours + bound(budget.days - s.days, budget.money - s.money);
    // The bound is a float; the slack only keeps sets, it never drops one wrongly.
    const floor = best.hours * (1 - 1e-12) - 1e-6;
    const promising = (s: PartialSet) => reach(s) >= floor;
    // Adding one item to each set keeps their order, so the two lists merge without a sort.
    sets = paretoFront(merge(sets.filter(promising), grown.filter(promising)));
    if (width !== null && sets.length > width) {
      sets = sets
        .map((s) => ({ s, reach: reach(s) }))
        .sort((a, b) => b.reach - a.reach)
        .slice(0, width)
        .map(({ s }) => s)
        .sort(byDaysMoneyHours);
    }
    for (const s of sets) settle(s);
    settle(best);
  }
  return { best, stopped: false, work };
}

/** A first set that fits: each candidate in turn (densest first) when it still fits. */
function fillInOrder(items: readonly UnitItem[], budget: Budget, empty: PartialSet): PartialSet {
  let set = empty;
  for (const item of items) {
    if (set.days + item.days > budget.days || set.money + item.money > budget.money) continue;
    set = {
      days: set.days + item.days,
      money: set.money + item.money,
      hours: set.hours + item.hours,
      from: set,
      position: item.position,
      bits: null,
    };
  }
  settle(set);
  return set;
}
