// Inserting many rows fast: the one write path whose cost grows with the size of the org. Each
// backend has its own way (sqlite/bulk-insert.ts, postgres/bulk-insert.ts) behind this signature.
import type { Insertable, Kysely } from 'kysely';
import type { OrientSchema } from './schema.js';

export type BulkInsert = <T extends keyof OrientSchema & string>(
  trx: Kysely<OrientSchema>,
  table: T,
  rows: readonly Insertable<OrientSchema[T]>[],
) => Promise<void>;
