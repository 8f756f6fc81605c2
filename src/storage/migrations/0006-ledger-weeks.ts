// The ledger packed by person-week (see ledger-tables.ts LedgerWeeksTable): what a report reads.
// Existing ledgers are recounted on the next report, since they have no week rows yet.
import { sql, type Kysely } from 'kysely';
import type { Backend } from '../schema.js';
import { withIdColumn } from './columns.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  let weeks = db.schema
    .createTable('ledger_weeks')
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('totals', 'text', (c) => c.notNull())
    .addColumn('days', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_weeks_pk', ['week', 'email']);
  // SQLite: cluster the rows on (week, email), so a range of weeks is one sequential read.
  if (backend === 'sqlite') weeks = weeks.modifyEnd(sql`without rowid`);
  await weeks.execute();
  await db.schema.createIndex('ledger_weeks_email').on('ledger_weeks').column('email').execute();
  await withIdColumn(db.schema.createTable('ledger_names'), backend)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .execute();
  await sql`delete from ledger_state where key = 'fingerprint'`.execute(db);
}
