import { Kysely } from 'kysely';
import type { OrientSchema } from '../schema.js';
import type { BulkInsert } from '../bulk-insert.js';
import { postgresBulkInsert } from './bulk-insert.js';
import { createPostgresDialect, createPostgresPool } from './dialect.js';

/** Connects to the PostgreSQL database at `url` and checks it answers. Throws pg's error. */
export async function connectPostgres(
  url: string,
): Promise<{ db: Kysely<OrientSchema>; bulkInsert: BulkInsert }> {
  const pool = createPostgresPool(url);
  try {
    // The pool connects lazily; ask once so a wrong URL fails here, not at the first import.
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: new Kysely<OrientSchema>({ dialect: createPostgresDialect(pool) }),
    bulkInsert: postgresBulkInsert,
  };
}
