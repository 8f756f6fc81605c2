// The directory in the database: one replace per import, people never deleted — a person who
// leaves the export is marked inactive so the meetings they attended stay attributable.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DirectoryPerson } from '../core/directory/person.js';
import { assertStoredTimestamp } from './schema.js';
import type { OrientSchema, PeopleTable } from './schema.js';
import { inTransaction } from './transaction.js';

export interface StoredPerson extends DirectoryPerson {
  active: boolean;
  firstSeenAt: string;
  updatedAt: string;
}

export interface DirectoryChanges {
  /** New e-mail addresses. */
  added: number;
  /** Active people whose name, department, role, manager or time zone changed. */
  updated: number;
  /** Active people missing from this export. */
  deactivated: number;
  /** Inactive people back in this export (whether or not their details changed). */
  reactivated: number;
  /** Active people with identical details. */
  unchanged: number;
}

// 9 parameters a row: 500 rows stay well below SQLite's 32,766 and PostgreSQL's 65,535.
const ROWS_PER_INSERT = 500;
const EMAILS_PER_UPDATE = 1_000;

type PersonRow = Selectable<PeopleTable>;

/**
 * Makes `people` the active directory as of `now` (`2026-03-02T14:00:00Z`), in one transaction:
 * a failure leaves the table as it was. Writes only the rows that change.
 */
export async function replaceDirectory(
  db: Kysely<OrientSchema>,
  people: readonly DirectoryPerson[],
  now: string,
): Promise<DirectoryChanges> {
  assertStoredTimestamp(now, 'replaceDirectory: now');
  const incoming = byEmail(people);
  return inTransaction(db, async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('people').selectAll().execute()).map((row) => [row.email, row]),
    );
    const changes: DirectoryChanges = {
      added: 0,
      updated: 0,
      deactivated: 0,
      reactivated: 0,
      unchanged: 0,
    };
    const writes: Insertable<PeopleTable>[] = [];
    for (const person of incoming.values()) {
      const before = existing.get(person.email);
      if (before === undefined) changes.added++;
      else if (before.active === 0) changes.reactivated++;
      else if (sameDetails(before, person)) {
        changes.unchanged++;
        continue;
      } else changes.updated++;
      writes.push({ ...toRow(person), active: 1, first_seen_at: now, updated_at: now });
    }
    const leaving = [...existing.values()]
      .filter((row) => row.active === 1 && !incoming.has(row.email))
      .map((row) => row.email);
    changes.deactivated = leaving.length;

    for (const rows of chunks(writes, ROWS_PER_INSERT)) {
      await trx
        .insertInto('people')
        .values(rows)
        .onConflict((conflict) =>
          conflict.column('email').doUpdateSet((eb) => ({
            // first_seen_at is kept from the first import.
            name: eb.ref('excluded.name'),
            department: eb.ref('excluded.department'),
            role: eb.ref('excluded.role'),
            manager_email: eb.ref('excluded.manager_email'),
            timezone: eb.ref('excluded.timezone'),
            active: eb.ref('excluded.active'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    for (const emails of chunks(leaving, EMAILS_PER_UPDATE)) {
      await trx
        .updateTable('people')
        .set({ active: 0, updated_at: now })
        .where('email', 'in', emails)
        .execute();
    }
    return changes;
  });
}

/** Active people (and with `includeInactive`, everyone), by name then e-mail address. */
export async function listPeople(
  db: Kysely<OrientSchema>,
  options: { includeInactive?: boolean } = {},
): Promise<StoredPerson[]> {
  let query = db.selectFrom('people').selectAll();
  if (!options.includeInactive) query = query.where('active', '=', 1);
  const rows = await query.execute();
  // Sorted here, not in SQL: PostgreSQL orders text by the server's locale and SQLite by bytes,
  // and the same directory must list the same way on both.
  return rows.map(toStoredPerson).sort(byNameThenEmail);
}

/** What counting needs of a person (counting-context.ts). */
export type CountingPerson = Pick<
  StoredPerson,
  'email' | 'name' | 'department' | 'role' | 'active'
>;

/**
 * Everyone, active or not, with only what counting needs, in listPeople's order: a report over
 * 10,000 people reads five columns, not nine.
 */
export async function listCountingPeople(db: Kysely<OrientSchema>): Promise<CountingPerson[]> {
  const rows = await db
    .selectFrom('people')
    .select(['email', 'name', 'department', 'role', 'active'])
    .execute();
  return rows.map((r) => ({ ...r, active: r.active === 1 })).sort(byNameThenEmail);
}

/** The person with this e-mail address (any case), active or not. */
export async function findPerson(
  db: Kysely<OrientSchema>,
  email: string,
): Promise<StoredPerson | undefined> {
  const row = await db
    .selectFrom('people')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row && toStoredPerson(row);
}

function byEmail(people: readonly DirectoryPerson[]): Map<string, DirectoryPerson> {
  const result = new Map<string, DirectoryPerson>();
  for (const person of people) {
    const email = person.email.toLowerCase();
    if (result.has(email)) {
      throw new Error(`replaceDirectory: ${email} appears more than once`);
    }
    result.set(email, { ...person, email, manager: person.manager?.toLowerCase() ?? null });
  }
  return result;
}

type Details = Omit<PersonRow, 'active' | 'first_seen_at' | 'updated_at'>;

function toRow(person: DirectoryPerson): Details {
  return {
    email: person.email,
    name: person.name,
    department: person.department,
    role: person.role,
    manager_email: person.manager,
    timezone: person.timezone,
  };
}

function sameDetails(row: PersonRow, person: DirectoryPerson): boolean {
  const next = toRow(person);
  return (Object.keys(next) as (keyof Details)[]).every((key) => row[key] === next[key]);
}

function toStoredPerson(row: PersonRow): StoredPerson {
  return {
    email: row.email,
    name: row.name,
    department: row.department,
    role: row.role,
    manager: row.manager_email,
    timezone: row.timezone,
    active: row.active === 1,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
  };
}

const names = new Intl.Collator('en');

function byNameThenEmail(
  a: { name: string; email: string },
  b: { name: string; email: string },
): number {
  return names.compare(a.name, b.name) || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}
