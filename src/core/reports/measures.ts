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
  const at = (name: string): number => input.categories.indexOf(name);
  const selling = at('selling');
  const salesSupport = at('sales-support');
  const market = input.marketCategories.map(at).filter((i) => i >= 0);
  const get = (hours: readonly number[], i: number): number => (i >= 0 ? (hours[i] ?? 0) : 0);
  return (hours) => ({
    scheduled: hours.reduce((a, b) => a + b, 0),
    selling: get(hours, selling),
    salesSupport: get(hours, salesSupport),
    marketWork: market.reduce((sum, i) => sum + get(hours, i), 0),
  });
}

/** Category-ordered hours as an object listing every category, 0 where none. */
export function hoursByCategory(
  categories: readonly string[],
  hours: readonly number[],
): Record<string, number> {
  return Object.fromEntries(categories.map((c, i) => [c, hours[i] ?? 0]));
}

/** Element-wise sum of category-ordered hours. */
export function sumHours(categories: number, rows: readonly (readonly number[])[]): number[] {
  const out = new Array<number>(categories).fill(0);
  for (const row of rows) for (let i = 0; i < categories; i++) out[i]! += row[i] ?? 0;
  return out;
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
