// Browser sessions: the cookie carries a random id, the table its SHA-256, so a copy of the
// database signs nobody in.
import type { Kysely } from 'kysely';
import type { UserRole } from './auth-tables.js';
import type { StoredUser } from './auth-users-store.js';
import type { OrientSchema } from './schema.js';
import { assertStoredTimestamp } from './schema.js';

type Db = Kysely<OrientSchema>;

export interface NewSession {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface StoredSession {
  idHash: string;
  csrfToken: string;
  expiresAt: string;
  user: StoredUser;
}

export async function createSession(db: Db, session: NewSession): Promise<void> {
  assertStoredTimestamp(session.createdAt, 'createSession: createdAt');
  assertStoredTimestamp(session.expiresAt, 'createSession: expiresAt');
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session with this id hash and its account, unless it expired by `now`. */
export async function findSession(
  db: Db,
  idHash: string,
  now: string,
): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.role',
      'users.created_at',
    ])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: {
      id: Number(row.id),
      email: row.email,
      role: row.role as UserRole,
      createdAt: row.created_at,
    },
  };
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Forgets sessions that expired by `now`. */
export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
