// Week rows with running totals (see ledger-tables.ts LedgerWeeksTable): a report over whole
// weeks reads each person's time and departments from two rows, not one per week. The old rows
// are dropped; the ledger is recounted on the next report.
import { sql, type Kysely } from 'kysely';
import type { Backend } from '../schema.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  await db.schema.dropTable('ledger_weeks').execute();
  let weeks = db.schema
    .createTable('ledger_weeks')
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addColumn('week_row', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('through', 'text', (c) => c.notNull())
    .addColumn('days', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_weeks_pk', ['week', 'email']);
  // SQLite: cluster the rows on (week, email), so a range of weeks is one sequential read.
  if (backend === 'sqlite') weeks = weeks.modifyEnd(sql`without rowid`);
  await weeks.execute();
  await db.schema.createIndex('ledger_weeks_email').on('ledger_weeks').column('email').execute();
  await sql`delete from ledger_state where key = 'fingerprint'`.execute(db);
}
