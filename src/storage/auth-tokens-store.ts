// API tokens for scripts and calendar add-ins: stored as SHA-256, acting with their owner's role,
// revoked rather than deleted so the list shows what existed.
import type { Kysely } from 'kysely';
import type { UserRole } from './auth-tables.js';
import type { StoredUser } from './auth-users-store.js';
import type { OrientSchema } from './schema.js';
import { assertStoredTimestamp } from './schema.js';

type Db = Kysely<OrientSchema>;

export interface TokenInfo {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createToken(
  db: Db,
  token: { userId: number; name: string; tokenHash: string; now: string },
): Promise<TokenInfo> {
  assertStoredTimestamp(token.now, 'createToken: now');
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: Number(row.id),
    name: token.name,
    createdAt: token.now,
    lastUsedAt: null,
    revokedAt: null,
  };
}

/** The token with this hash and its owner (revoked or not). */
export async function findToken(
  db: Db,
  tokenHash: string,
): Promise<(TokenInfo & { user: StoredUser }) | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.name',
      'api_tokens.created_at as token_created_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
      'users.id',
      'users.email',
      'users.role',
      'users.created_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: Number(row.token_id),
    name: row.name,
    createdAt: row.token_created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    user: {
      id: Number(row.id),
      email: row.email,
      role: row.role as UserRole,
      createdAt: row.created_at,
    },
  };
}

export async function touchToken(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

/** The tokens of one account, oldest first. */
export async function listTokens(db: Db, userId: number): Promise<TokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of this account's tokens; false when it has no such token. */
export async function revokeToken(
  db: Db,
  token: { id: number; userId: number; now: string },
): Promise<boolean> {
  const found = await db
    .selectFrom('api_tokens')
    .select('revoked_at')
    .where('id', '=', token.id)
    .where('user_id', '=', token.userId)
    .executeTakeFirst();
  if (!found) return false;
  if (found.revoked_at === null) {
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: token.now })
      .where('id', '=', token.id)
      .execute();
  }
  return true;
}
