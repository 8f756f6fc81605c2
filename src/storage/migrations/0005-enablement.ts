// Field research and sales enablement (see enablement-tables.ts): observations with their moments
// and salespeople, requests with their votes, enablement items with the evidence they answer.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Backend } from '../schema.js';
import { withIdColumn } from './columns.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  const int = backend === 'postgres' ? 'bigint' : 'integer';
  // PostgreSQL's `real` is 4 bytes; money and hours want 8 on both.
  const float = backend === 'postgres' ? 'double precision' : 'real';

  await withIdColumn(db.schema.createTable('observations'), backend)
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('interview', 'ride-along')`))
    .addColumn('observer', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('occurrence_uid', 'text')
    .addColumn('occurrence_key', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('observations_observer')
    .on('observations')
    .column('observer')
    .execute();
  await db.schema.createIndex('observations_date').on('observations').column('date').execute();

  await db.schema
    .createTable('observation_salespeople')
    .addColumn('observation_id', int, (c) =>
      c.notNull().references('observations.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_salespeople_pk', ['observation_id', 'email'])
    .execute();
  await db.schema
    .createIndex('observation_salespeople_email')
    .on('observation_salespeople')
    .column('email')
    .execute();

  await withIdColumn(db.schema.createTable('moments'), backend)
    .addColumn('observation_id', int, (c) =>
      c.notNull().references('observations.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('struggle', 'unsure')`))
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text', (c) =>
      c.notNull().check(sql`raised_by in ('customer', 'salesperson')`),
    )
    .addColumn('severity', 'integer', (c) => c.notNull().check(sql`severity between 1 and 3`))
    .execute();
  await db.schema
    .createIndex('moments_observation')
    .on('moments')
    .column('observation_id')
    .execute();

  await withIdColumn(db.schema.createTable('requests'), backend)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('open', 'planned', 'in-progress', 'shipped', 'declined', 'duplicate')`,
        ),
    )
    .addColumn('merged_into', int, (c) => c.references('requests.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('votes')
    .addColumn('request_id', int, (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('salesperson', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('votes_pk', ['request_id', 'salesperson'])
    .execute();
  await db.schema.createIndex('votes_salesperson').on('votes').column('salesperson').execute();

  await withIdColumn(db.schema.createTable('items'), backend)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('worksheet', 'training', 'presentation', 'tool', 'content', 'hire')`),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('effort_days', float, (c) => c.notNull())
    .addColumn('cost', float, (c) => c.notNull())
    .addColumn('selling_hours_per_week', float)
    .addColumn('times_per_week', float)
    .addColumn('derivation_salespeople', 'integer')
    .addColumn('minutes_lost', float)
    .addColumn('confidence', float, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('proposed', 'planned', 'in-progress', 'shipped', 'dropped')`),
    )
    .addColumn('shipped_at', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('item_evidence')
    .addColumn('item_id', int, (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('observation', 'moment', 'request')`),
    )
    .addColumn('ref_id', int, (c) => c.notNull())
    .addPrimaryKeyConstraint('item_evidence_pk', ['item_id', 'kind', 'ref_id'])
    .execute();
  await db.schema
    .createIndex('item_evidence_ref')
    .on('item_evidence')
    .columns(['kind', 'ref_id'])
    .execute();
}
