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

/**
 * Runs the reads in `fn` on one snapshot of the database, so what they return fits together even
 * while an import or a ledger update commits alongside (PostgreSQL: a repeatable-read transaction;
 * SQLite: one transaction, which in WAL mode reads one snapshot). Query through `trx` only.
 */
export async function inSnapshot<T>(
  database: { db: Kysely<OrientSchema>; backend: 'sqlite' | 'postgres' },
  fn: (trx: Kysely<OrientSchema>) => Promise<T>,
): Promise<T> {
  const { db } = database;
  if (db.isTransaction) return fn(db);
  const transaction = db.transaction();
  return (
    database.backend === 'postgres' ? transaction.setIsolationLevel('repeatable read') : transaction
  ).execute(fn);
}
