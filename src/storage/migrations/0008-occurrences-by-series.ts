// Each series' occurrences in start order, so a report finds a charged series' latest occurrence in
// its range (its title and organiser, rule 9) with one index seek per series instead of reading
// every occurrence the series has.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('occurrences_series_start')
    .on('occurrences')
    .columns(['uid', 'start_utc', 'recurrence_key'])
    .execute();
}
