import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { OrientSchema } from '../schema.js';
import type { BulkInsert } from '../bulk-insert.js';
import { sqliteBulkInsert } from './bulk-insert.js';
import { createSqliteDialect } from './dialect.js';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

/** Opens (creating if needed) the SQLite file at `path`, or `:memory:`. Throws the driver's error. */
export async function connectSqlite(
  path: string,
): Promise<{ db: Kysely<OrientSchema>; bulkInsert: BulkInsert }> {
  const database = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    // The first statement is where a file that is not a database fails.
    database.pragma('journal_mode = WAL'); // readers do not block the writer; `:memory:` stays "memory"
    database.pragma('synchronous = NORMAL'); // durable at checkpoints; safe with WAL
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database.close();
    throw error;
  }
  return {
    db: new Kysely<OrientSchema>({ dialect: createSqliteDialect(database) }),
    bulkInsert: sqliteBulkInsert(database),
  };
}
