// PostgreSQL: multi-row INSERTs, sized to stay under the 65,535-parameter limit.
import type { BulkInsert } from '../bulk-insert.js';

const MAX_PARAMETERS = 60_000;

export const postgresBulkInsert: BulkInsert = async (trx, table, rows) => {
  const first = rows[0];
  if (!first) return;
  const perRow = Object.keys(first).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    // The generic table type defeats Kysely's inference here; the rows are typed by the caller.
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
};
