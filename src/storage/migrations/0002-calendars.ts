// Calendar copies per owner, merged occurrences and per-person attendance (see calendar-tables.ts).
import type { Kysely } from 'kysely';
import type { Backend } from '../schema.js';

export async function up(db: Kysely<unknown>, backend: Backend): Promise<void> {
  const int = backend === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('calendars')
    .addColumn('owner_email', 'text', (c) => c.primaryKey())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('calendar_name', 'text')
    .addColumn('floating_zone', 'text', (c) => c.notNull())
    .addColumn('events', int, (c) => c.notNull())
    .addColumn('occurrences', int, (c) => c.notNull())
    .addColumn('skipped', int, (c) => c.notNull())
    .addColumn('warnings', int, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('occurrence_copies')
    .addColumn('owner_email', 'text', (c) => c.notNull())
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('recurrence_key', 'text', (c) => c.notNull())
    .addColumn('start_utc', 'text', (c) => c.notNull())
    .addColumn('end_utc', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('transparent', 'integer', (c) => c.notNull())
    .addColumn('organizer_email', 'text')
    .addColumn('organizer_name', 'text')
    .addColumn('sequence', int, (c) => c.notNull())
    .addColumn('modified', 'text')
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('occurrence_copies_pk', ['owner_email', 'uid', 'recurrence_key'])
    .execute();
  await db.schema
    .createIndex('occurrence_copies_uid')
    .on('occurrence_copies')
    .columns(['uid', 'recurrence_key'])
    .execute();

  await db.schema
    .createTable('occurrences')
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('recurrence_key', 'text', (c) => c.notNull())
    .addColumn('start_utc', 'text', (c) => c.notNull())
    .addColumn('end_utc', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('transparent', 'integer', (c) => c.notNull())
    .addColumn('organizer_email', 'text')
    .addColumn('sequence', int, (c) => c.notNull())
    .addColumn('modified', 'text')
    .addColumn('copies', int, (c) => c.notNull())
    .addColumn('no_attendees', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('occurrences_pk', ['uid', 'recurrence_key'])
    .execute();
  await db.schema.createIndex('occurrences_start').on('occurrences').column('start_utc').execute();

  await db.schema
    .createTable('attendance')
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('recurrence_key', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('partstat', 'text')
    .addColumn('partstat_source', 'text', (c) => c.notNull())
    .addColumn('cutype', 'text', (c) => c.notNull())
    .addColumn('is_organizer', 'integer', (c) => c.notNull())
    .addColumn('is_attendee', 'integer', (c) => c.notNull())
    .addColumn('in_own_calendar', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_pk', ['uid', 'recurrence_key', 'email'])
    .execute();
  await db.schema.createIndex('attendance_email').on('attendance').column('email').execute();

  // UIDs whose copies changed since they were last merged (merged at the end of an import, or
  // before the next read if that import was interrupted).
  await db.schema
    .createTable('pending_merges')
    .addColumn('uid', 'text', (c) => c.primaryKey())
    .execute();
}
