// SQLite: one prepared single-row INSERT run per row. better-sqlite3 is synchronous on the one
// connection Kysely's transaction holds, so the rows land inside that transaction; a prepared
// statement avoids re-parsing thousands of parameters per batch.
import type Database from 'better-sqlite3';
import type { BulkInsert } from '../bulk-insert.js';

export function sqliteBulkInsert(database: Database.Database): BulkInsert {
  const statements = new Map<string, Database.Statement>();
  return async (trx, table, rows) => {
    if (!trx.isTransaction) throw new Error(`bulk insert into ${table} must run in a transaction`);
    const first = rows[0];
    if (!first) return;
    const columns = Object.keys(first);
    const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      statements.set(sql, statement);
    }
    for (const row of rows) {
      const record = row as Record<string, unknown>;
      statement.run(columns.map((c) => record[c] ?? null));
    }
  };
}
