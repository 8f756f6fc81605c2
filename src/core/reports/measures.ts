// The per-person measures every report view sums: rule 5's weeks, rule 7's selling hours, rule 6's
// market work, read from ReportInput's category-ordered hour arrays.
import type { ReportInput, ReportPerson } from './report-input.js';

/** Rule 5: weeks = days / 7, fractions allowed. */
export function weeksOf(input: Pick<ReportInput, 'range'>): number {
  return input.range.days / 7;
}

/** a / b, or null when b is not positive (no time to share out). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

export interface PersonMeasures {
  scheduled: number;
  selling: number;
  salesSupport: number;
  marketWork: number;
}

/**
 * Reads hour arrays in `categories` order. A category the rules in force do not have (e.g. a
 * `replace` rule list without `selling`) contributes 0 hours.
 */
export function measuresReader(
  input: Pick<ReportInput, 'categories' | 'marketCategories'>,
): (hours: readonly number[]) => PersonMeasures {
  const selling = categoryReader(input.categories, 'selling');
  const salesSupport = categoryReader(input.categories, 'sales-support');
  const market = input.marketCategories
    .filter((c) => input.categories.includes(c))
    .map((c) => categoryReader(input.categories, c));
  return (hours) => ({
    scheduled: total(hours),
    selling: selling(hours),
    salesSupport: salesSupport(hours),
    marketWork: market.reduce((sum, read) => sum + read(hours), 0),
  });
}

/** Reads one category's hours from category-ordered arrays; 0 when the rules lack it. */
export function categoryReader(
  categories: readonly string[],
  name: string,
): (hours: readonly number[]) => number {
  const i = categories.indexOf(name);
  return (hours) => (i >= 0 ? (hours[i] ?? 0) : 0);
}

/**
 * Category-ordered hours as an object listing every category, 0 where none. Category names are
 * kebab-case (config schema), so plain assignment builds the same object as `Object.fromEntries`.
 */
export function hoursByCategory(
  categories: readonly string[],
  hours: readonly number[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < categories.length; i++) out[categories[i]!] = hours[i] ?? 0;
  return out;
}

/** Σ from 0, left to right (the order matters for floating point: every view adds alike). */
export function total(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum;
}

export function isCustomer(p: ReportPerson): boolean {
  return p.orientation === 'customer';
}

export function isMarket(p: ReportPerson): boolean {
  return p.orientation === 'market';
}

/** Stable, locale-independent ordering for names. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Items grouped by name in one pass: names by `byText`, each group's items in input order (so
 * sums over a group add in the same order as a filter over the input would).
 */
export function groupByName<T>(items: readonly T[], nameOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = nameOf(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => byText(a, b)));
}
