// Week rows with running totals (see ledger-tables.ts): a report over whole weeks reads each
// person's time and departments from two rows, not one per week. What every whole week is read for
// (`ledger_weeks`: selling, charges) is kept apart from what only a few rows are read for
// (`ledger_week_totals`: running totals and days), so a range scan touches few pages. The old rows
// are dropped; the ledger is recounted on the next report.
import { sql, type Kysely } from 'kysely';
import type { Backend } from '../schema.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  await db.schema.dropTable('ledger_weeks').execute();
  let weeks = db.schema
    .createTable('ledger_weeks')
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('week_row', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_weeks_pk', ['week', 'email']);
  let totals = db.schema
    .createTable('ledger_week_totals')
    .addColumn('week', 'integer', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('through', 'text', (c) => c.notNull())
    .addColumn('days', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_week_totals_pk', ['week', 'email']);
  // SQLite: cluster the rows on (week, email), so a range of weeks is one sequential read.
  if (backend === 'sqlite') {
    weeks = weeks.modifyEnd(sql`without rowid`);
    totals = totals.modifyEnd(sql`without rowid`);
  }
  await weeks.execute();
  await totals.execute();
  await db.schema.createIndex('ledger_weeks_email').on('ledger_weeks').column('email').execute();
  await db.schema
    .createIndex('ledger_week_totals_email')
    .on('ledger_week_totals')
    .column('email')
    .execute();
  // Each person's last week, found without reading the others (the query says `last = 1` too).
  await db.schema
    .createIndex('ledger_week_totals_last')
    .on('ledger_week_totals')
    .column('week')
    .where(sql.ref('last'), '=', sql.lit(1))
    .execute();
  await sql`delete from ledger_state where key = 'fingerprint'`.execute(db);
}
