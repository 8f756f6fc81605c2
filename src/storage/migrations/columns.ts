// Column shapes that differ in spelling between the backends, for migrations to share.
import type { CreateTableBuilder } from 'kysely';
import type { Backend } from '../schema.js';

/**
 * Adds `id`, an auto-numbered integer primary key. SQLite numbers an `integer primary key`
 * itself (it is the rowid, 64-bit); PostgreSQL needs an identity column, bigint to match.
 */
export function withIdColumn<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
  backend: Backend,
): CreateTableBuilder<T, C | 'id'> {
  switch (backend) {
    case 'sqlite':
      return table.addColumn('id', 'integer', (col) => col.primaryKey());
    case 'postgres':
      return table.addColumn('id', 'bigint', (col) =>
        col.generatedByDefaultAsIdentity().primaryKey(),
      );
  }
}
