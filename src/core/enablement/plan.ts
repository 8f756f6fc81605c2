// The enablement plan (issue 5, item 5): the essay's rule — "start working from the top of your
// list until you run out of time or money" — beside the best set under both budgets, and what the
// difference buys in selling hours.
import { badInput } from '../orient-error.js';
import { bestSet, type UnitItem } from './best-set.js';
import { figure } from './figures.js';

export interface PlanItem {
  title: string;
  effortDays: number;
  cost: number;
  sellingHoursPerYear: number;
}

export interface PlanBudget {
  days: number;
  money: number;
}

export interface PlanSet {
  /** Titles in list order. */
  items: string[];
  /** 0-based positions in the list given, for callers that key items by id. */
  positions: number[];
  /** What the set uses and frees. */
  days: number;
  money: number;
  sellingHoursPerYear: number;
}

export interface GreedyStop {
  title: string;
  position: number;
  reason: 'time' | 'money' | 'time and money';
  needs: PlanBudget;
  remaining: PlanBudget;
}

export interface EnablementPlan {
  budget: PlanBudget;
  greedy: PlanSet & { stoppedAt: GreedyStop | null };
  /** exact is false only when the search gave up proving the best (see best-set.ts). */
  best: PlanSet & { exact: boolean };
  difference: {
    sellingHoursPerYear: number;
    onlyInBest: string[];
    onlyInGreedy: string[];
    explanation: string;
  };
}

// Whole units keep sums and comparisons exact: thousandths of a day, cents, millionths of an hour.
const UNITS = { days: 1_000, money: 100, hours: 1_000_000 } as const;

/**
 * Plans enablement for items in priority order. Greedy walks the list and stops at the first
 * item that does not fit in the remaining time or money (it does not skip it and go on). Best is
 * the exact best set under both budgets (see best-set.ts). Bad budgets or items throw bad-input
 * naming every problem.
 */
export function planEnablement(ordered: readonly PlanItem[], budget: PlanBudget): EnablementPlan {
  checkInput(ordered, budget);
  const items: UnitItem[] = ordered.map((item, position) => ({
    position,
    days: toUnits(item.effortDays, UNITS.days),
    money: toUnits(item.cost, UNITS.money),
    hours: toUnits(item.sellingHoursPerYear, UNITS.hours),
  }));
  const limit = {
    days: capped(
      toUnits(budget.days, UNITS.days),
      items.map((i) => i.days),
      'days',
    ),
    money: capped(
      toUnits(budget.money, UNITS.money),
      items.map((i) => i.money),
      'money',
    ),
  };
  capped(
    Number.POSITIVE_INFINITY,
    items.map((i) => i.hours),
    'selling hours',
  );

  const walk = greedyWalk(items, limit, budget, ordered);
  const greedy = describe(walk.positions, items, ordered);
  const search = bestSet(items, limit);
  const best = { ...describe(search.positions, items, ordered), exact: search.exact };
  const inGreedy = new Set(greedy.positions);
  const inBest = new Set(best.positions);
  const difference = fromUnits(
    toUnits(best.sellingHoursPerYear, UNITS.hours) -
      toUnits(greedy.sellingHoursPerYear, UNITS.hours),
    UNITS.hours,
  );
  const onlyInBest = best.positions.filter((p) => !inGreedy.has(p)).map((p) => ordered[p]!.title);
  const onlyInGreedy = greedy.positions.filter((p) => !inBest.has(p)).map((p) => ordered[p]!.title);
  return {
    budget: { days: budget.days, money: budget.money },
    greedy: { ...greedy, stoppedAt: walk.stoppedAt },
    best,
    difference: {
      sellingHoursPerYear: difference,
      onlyInBest,
      onlyInGreedy,
      explanation:
        explain(difference, onlyInBest, onlyInGreedy, walk.stoppedAt) +
        (search.exact
          ? ''
          : ' The search stopped before proving this set best: it is the best set found.'),
    },
  };
}

function greedyWalk(
  items: readonly UnitItem[],
  limit: PlanBudget,
  budget: PlanBudget,
  ordered: readonly PlanItem[],
): { positions: number[]; stoppedAt: GreedyStop | null } {
  const used = { days: 0, money: 0 };
  const positions: number[] = [];
  for (const item of items) {
    const noTime = used.days + item.days > limit.days;
    const noMoney = used.money + item.money > limit.money;
    if (noTime || noMoney) {
      const source = ordered[item.position]!;
      return {
        positions,
        stoppedAt: {
          title: source.title,
          position: item.position,
          reason: noTime && noMoney ? 'time and money' : noTime ? 'time' : 'money',
          needs: { days: source.effortDays, money: source.cost },
          remaining: {
            days: fromUnits(toUnits(budget.days, UNITS.days) - used.days, UNITS.days),
            money: fromUnits(toUnits(budget.money, UNITS.money) - used.money, UNITS.money),
          },
        },
      };
    }
    used.days += item.days;
    used.money += item.money;
    positions.push(item.position);
  }
  return { positions, stoppedAt: null };
}

function describe(
  positions: number[],
  items: readonly UnitItem[],
  ordered: readonly PlanItem[],
): PlanSet {
  const sum = (key: 'days' | 'money' | 'hours') =>
    fromUnits(
      positions.reduce((total, p) => total + items[p]![key], 0),
      UNITS[key],
    );
  return {
    items: positions.map((p) => ordered[p]!.title),
    positions,
    days: sum('days'),
    money: sum('money'),
    sellingHoursPerYear: sum('hours'),
  };
}

function explain(
  hours: number,
  onlyInBest: string[],
  onlyInGreedy: string[],
  stop: GreedyStop | null,
): string {
  if (onlyInBest.length === 0 && onlyInGreedy.length === 0) {
    return 'The best set is the top of the list: walking it loses nothing.';
  }
  const stopped =
    stop === null ? '' : ` The walk stops at '${stop.title}' (not enough ${stop.reason}).`;
  const swaps =
    (onlyInGreedy.length > 0 ? ` leaves out ${quoted(onlyInGreedy)}` : '') +
    (onlyInGreedy.length > 0 && onlyInBest.length > 0 ? ' and' : '') +
    (onlyInBest.length > 0 ? ` takes ${quoted(onlyInBest)}` : '');
  const gain =
    hours === 0
      ? 'as many selling hours a year, for less time or money'
      : `${figure(hours)} more selling hours a year`;
  return `The best set${swaps}: ${gain}.${stopped}`;
}

function quoted(titles: string[]): string {
  return titles.map((t) => `'${t}'`).join(', ');
}

function checkInput(ordered: readonly PlanItem[], budget: PlanBudget | null | undefined): void {
  const problems: string[] = [];
  if (budget === null || budget === undefined) {
    throw badInput('the plan needs a budget: days and money, each 0 or more');
  }
  const amount = (value: unknown, what: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push(`${what} must be a number, 0 or more (got ${String(value)})`);
      return false;
    }
    return true;
  };
  const daysOk = amount(budget.days, 'budget days');
  const moneyOk = amount(budget.money, 'budget money');
  if (daysOk && moneyOk && budget.days === 0 && budget.money === 0) {
    problems.push('the plan needs a budget: days and money are both 0');
  }
  ordered.forEach((item, position) => {
    const name = `item '${item.title}' (position ${position + 1})`;
    amount(item.effortDays, `${name}: effort days`);
    amount(item.cost, `${name}: cost`);
    amount(item.sellingHoursPerYear, `${name}: selling hours a year`);
  });
  if (problems.length > 0) throw badInput(problems.join('; '));
}

function toUnits(value: number, units: number): number {
  return Math.round(value * units);
}

function fromUnits(value: number, units: number): number {
  return value / units;
}

/**
 * A budget above what all items together need binds nothing, so it is cut to that total; the
 * totals must stay exact integers.
 */
function capped(limit: number, amounts: readonly number[], what: string): number {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) {
    throw badInput(`the items' ${what} are too large to plan exactly`);
  }
  return Math.min(limit, total);
}
