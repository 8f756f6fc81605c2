// The tables as Kysely sees them. Types stay portable across SQLite and PostgreSQL: text,
// integer, real; booleans are integer 0/1; timestamps are ISO-8601 UTC text with second precision
// (`2026-03-02T14:00:00Z`), so they sort as strings and range queries are plain SQL on both.
import type { Generated } from 'kysely';
import type { AuthSchema } from './auth-tables.js';
import type { CalendarSchema } from './calendar-tables.js';
import type { EnablementSchema } from './enablement-tables.js';
import type { InviteDecisionsSchema } from './invite-decisions-tables.js';
import type { LedgerSchema } from './ledger-tables.js';

export type Backend = 'sqlite' | 'postgres';

/** 0 or 1: booleans are integers on both backends. */
export type Flag = 0 | 1;

export interface PeopleTable {
  email: string; // primary key, lower-case
  name: string;
  department: string;
  role: string;
  manager_email: string | null;
  timezone: string | null;
  active: Flag;
  first_seen_at: string;
  updated_at: string;
}

export type ImportKind = 'directory' | 'calendars';

export interface ImportRunsTable {
  id: Generated<number>;
  kind: ImportKind;
  started_at: string;
  finished_at: string | null;
  summary: Generated<string>; // JSON text, '{}' until the run finishes
}

export interface DirectorySchema {
  people: PeopleTable;
  import_runs: ImportRunsTable;
}

/** Every table; a migration that adds tables adds its interface here. */
export type OrientSchema = DirectorySchema &
  CalendarSchema &
  LedgerSchema &
  AuthSchema &
  InviteDecisionsSchema &
  EnablementSchema;

const STORED_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** True for the one timestamp form the database holds: `YYYY-MM-DDTHH:MM:SSZ`. */
export function isStoredTimestamp(value: string): boolean {
  if (!STORED_TIMESTAMP.test(value)) return false;
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && toStoredTimestamp(instant) === value;
}

/** The stored form of an instant: ISO-8601 UTC, milliseconds dropped. */
export function toStoredTimestamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function assertStoredTimestamp(value: string, what: string): void {
  if (!isStoredTimestamp(value)) {
    throw new RangeError(`${what} must be ISO-8601 UTC like 2026-03-02T14:00:00Z, got "${value}"`);
  }
}
