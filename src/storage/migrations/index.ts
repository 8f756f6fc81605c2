// Versioned migrations, listed here rather than discovered on disk so they run the same from
// src/ under Vitest and from the compiled dist/. Forward-only: a release never goes back.
import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Backend, OrientSchema } from '../schema.js';
import * as directory from './0001-directory.js';
import * as calendars from './0002-calendars.js';
import * as ledger from './0003-ledger.js';
import * as auth from './0004-auth.js';
import * as enablement from './0005-enablement.js';
import * as ledgerWeeks from './0006-ledger-weeks.js';
import * as ledgerRunningTotals from './0007-ledger-running-totals.js';
import * as occurrencesBySeries from './0008-occurrences-by-series.js';

export interface OrientMigration {
  up(db: Kysely<unknown>, backend: Backend): Promise<void>;
}

/** Every migration by name; names sort in the order they apply. A new one is one line here. */
export const MIGRATIONS: Readonly<Record<string, OrientMigration>> = {
  '0001-directory': directory,
  '0002-calendars': calendars,
  '0003-ledger': ledger,
  '0004-auth': auth,
  '0005-enablement': enablement,
  '0006-ledger-weeks': ledgerWeeks,
  '0007-ledger-running-totals': ledgerRunningTotals,
  '0008-occurrences-by-series': occurrencesBySeries,
};

function provider(backend: Backend): MigrationProvider {
  const migrations: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(MIGRATIONS)) {
    migrations[name] = { up: (db) => migration.up(db, backend) };
  }
  return { getMigrations: () => Promise.resolve(migrations) };
}

/**
 * Applies the migrations the database has not seen, in one transaction on both backends (and
 * under PostgreSQL's advisory lock, so two processes opening one database do not race).
 */
export async function migrateToLatest(db: Kysely<OrientSchema>, backend: Backend): Promise<void> {
  const migrator = new Migrator({ db, provider: provider(backend) });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error')?.migrationName;
  const reason = error instanceof Error ? error.message : String(error);
  throw new Error(failed ? `migration "${failed}" failed: ${reason}` : reason, { cause: error });
}
