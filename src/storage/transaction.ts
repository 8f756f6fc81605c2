import type { Kysely } from 'kysely';
import type { OrientSchema } from './schema.js';

/**
 * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws (and
 * the error rethrown). Called with a transaction, it joins that one, so stores compose.
 *
 * Inside `fn`, query through `trx` only. On SQLite all queries share one connection and the
 * transaction holds it: a query on the outer handle would wait for the transaction to end.
 */
export async function inTransaction<T>(
  db: Kysely<OrientSchema>,
  fn: (trx: Kysely<OrientSchema>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
