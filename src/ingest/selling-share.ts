// Selling share per person over a window (PRODUCT.md rule 7): selling hours / (weeks ×
// workweekHours), summed from the ledger — what "before and after" an item shipped compares.
import { sql } from 'kysely';
import { dayNumber } from '../core/counting/day-clock.js';
import { CATEGORY_COLUMNS } from '../storage/ledger-tables.js';
import type { Counting } from './counting.js';

const HOUR_MS = 3_600_000;
const EMAILS_PER_QUERY = 500;

/**
 * Each person's selling share over [from, to) (org days), 0 for someone with no selling time; an
 * empty map when the rules have no `selling` category.
 */
export async function sellingShares(
  counting: Counting,
  workweekHours: number,
  emails: readonly string[],
  range: { from: string; to: string },
): Promise<Map<string, number>> {
  const index = counting.context.rules.categories.indexOf('selling');
  const column = CATEGORY_COLUMNS[index];
  const shares = new Map<string, number>();
  if (index < 0 || column === undefined) return shares;
  const fromDay = dayNumber(range.from);
  const toDay = dayNumber(range.to);
  const capacity = ((toDay - fromDay) / 7) * workweekHours;
  for (const email of emails) shares.set(email, 0);
  for (let i = 0; i < emails.length; i += EMAILS_PER_QUERY) {
    const rows = await counting.database.db
      .selectFrom('ledger_days')
      .select('email')
      .select(sql<number>`sum(${sql.ref(column)})`.as('ms'))
      .where('email', 'in', emails.slice(i, i + EMAILS_PER_QUERY))
      .where('day', '>=', fromDay)
      .where('day', '<', toDay)
      .groupBy('email')
      .execute();
    for (const r of rows) {
      shares.set(r.email, capacity > 0 ? Number(r.ms ?? 0) / HOUR_MS / capacity : 0);
    }
  }
  return shares;
}
