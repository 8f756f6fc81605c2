// Accounts: one per e-mail address (lower-case), with a role and a password hash.
import type { Kysely, Selectable } from 'kysely';
import type { UserRole, UsersTable } from './auth-tables.js';
import type { OrientSchema } from './schema.js';
import { assertStoredTimestamp } from './schema.js';

type Db = Kysely<OrientSchema>;

export interface StoredUser {
  id: number;
  email: string;
  role: UserRole;
  createdAt: string;
}

export interface NewUser {
  email: string;
  role: UserRole;
  passwordHash: string;
  /** `2026-03-02T14:00:00Z`. */
  now: string;
}

/** Creates the account; null when the e-mail address already has one. */
export async function createUser(db: Db, user: NewUser): Promise<StoredUser | null> {
  assertStoredTimestamp(user.now, 'createUser: now');
  const row = await db
    .insertInto('users')
    .values({
      email: user.email.toLowerCase(),
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.now,
    })
    .onConflict((c) => c.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Creates the account, or sets its role and password hash when it exists. */
export async function upsertUser(db: Db, user: NewUser): Promise<StoredUser> {
  assertStoredTimestamp(user.now, 'upsertUser: now');
  const row = await db
    .insertInto('users')
    .values({
      email: user.email.toLowerCase(),
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.now,
    })
    .onConflict((c) =>
      c.column('email').doUpdateSet({ role: user.role, password_hash: user.passwordHash }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** The account and its password hash, for signing in. */
export async function findUserForSignIn(
  db: Db,
  email: string,
): Promise<(StoredUser & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

/** Every account, by e-mail address. */
export async function listUsers(db: Db): Promise<StoredUser[]> {
  const rows = await db.selectFrom('users').selectAll().execute();
  return rows.map(toUser).sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/** Deletes the account with its sessions and tokens; false when there is none. */
export async function deleteUser(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function toUser(row: Selectable<UsersTable>): StoredUser {
  return { id: Number(row.id), email: row.email, role: row.role, createdAt: row.created_at };
}
