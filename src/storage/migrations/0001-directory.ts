// The directory (people) and the log of imports.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Backend } from '../schema.js';
import { withIdColumn } from './columns.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('email', 'text', (col) => col.primaryKey()) // lower-case
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('department', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('manager_email', 'text') // no foreign key: a manager may be outside the export
    .addColumn('timezone', 'text')
    .addColumn('active', 'integer', (col) =>
      col
        .notNull()
        .defaultTo(1)
        .check(sql`active in (0, 1)`),
    )
    .addColumn('first_seen_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('people_department').on('people').column('department').execute();
  await db.schema
    .createIndex('people_manager_email')
    .on('people')
    .column('manager_email')
    .execute();

  await withIdColumn(db.schema.createTable('import_runs'), backend)
    .addColumn('kind', 'text', (col) => col.notNull()) // 'directory' | 'calendars'
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo('{}')) // JSON
    .execute();
}
