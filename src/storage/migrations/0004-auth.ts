// Sign-in (users, sessions, API tokens) and the invite check's decision log. See auth-tables.ts
// and invite-decisions-tables.ts.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Backend } from '../schema.js';
import { withIdColumn } from './columns.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  const int = backend === 'postgres' ? 'bigint' : 'integer';
  await withIdColumn(db.schema.createTable('users'), backend)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('admin', 'analyst', 'member')`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', int, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

  await withIdColumn(db.schema.createTable('api_tokens'), backend)
    .addColumn('user_id', int, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user_id').on('api_tokens').column('user_id').execute();

  await withIdColumn(db.schema.createTable('invite_decisions'), backend)
    .addColumn('user_id', int, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organizer', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('rrule', 'text')
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) =>
      c.notNull().check(sql`outcome in ('kept', 'changed', 'dropped')`),
    )
    .addColumn('answer', 'text')
    .addColumn('selling_ms_per_year_before', int, (c) => c.notNull())
    .addColumn('selling_ms_per_year_after', int, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invite_decisions_created_at')
    .on('invite_decisions')
    .column('created_at')
    .execute();
}
