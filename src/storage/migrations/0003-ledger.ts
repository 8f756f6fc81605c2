// The per-person ledger (see ledger-tables.ts).
import type { Kysely } from 'kysely';
import type { Backend } from '../schema.js';
import { CATEGORY_COLUMNS } from '../ledger-tables.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  const int = backend === 'postgres' ? 'bigint' : 'integer';
  let days = db.schema
    .createTable('ledger_days')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull());
  for (const col of CATEGORY_COLUMNS)
    days = days.addColumn(col, int, (c) => c.notNull().defaultTo(0));
  await days.addPrimaryKeyConstraint('ledger_days_pk', ['email', 'day']).execute();
  await db.schema.createIndex('ledger_days_day').on('ledger_days').column('day').execute();

  await db.schema
    .createTable('ledger_departments')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('ms', int, (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_departments_pk', ['email', 'day', 'department'])
    .execute();
  await db.schema
    .createIndex('ledger_departments_day')
    .on('ledger_departments')
    .column('day')
    .execute();

  await db.schema
    .createTable('ledger_invites')
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('recurrence_key', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('ms', int, (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_invites_pk', ['uid', 'recurrence_key', 'email', 'day'])
    .execute();
  await db.schema
    .createIndex('ledger_invites_email')
    .on('ledger_invites')
    .column('email')
    .execute();
  await db.schema.createIndex('ledger_invites_day').on('ledger_invites').column('day').execute();

  await db.schema
    .createTable('ledger_dirty')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .execute();
  await db.schema
    .createTable('ledger_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
