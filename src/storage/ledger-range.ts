// The org days the ledger has counted time on: what a report range can usefully cover.
import type { Kysely } from 'kysely';
import type { OrientSchema } from './schema.js';

/** The first and last day number with counted time, or null before anything is counted. */
export async function ledgerDays(
  db: Kysely<OrientSchema>,
): Promise<{ first: number; last: number } | null> {
  const row = await db
    .selectFrom('ledger_days')
    .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
    .executeTakeFirst();
  if (row?.first === null || row?.first === undefined || row.last === null) return null;
  return { first: Number(row.first), last: Number(row.last) };
}

/** True once a full count has been stored (the ledger's fingerprint is set). */
export async function ledgerCounted(db: Kysely<OrientSchema>): Promise<boolean> {
  const row = await db
    .selectFrom('ledger_state')
    .select('value')
    .where('key', '=', 'fingerprint')
    .executeTakeFirst();
  return row !== undefined;
}
