// Sign-in (migration 0004): accounts, browser sessions and API tokens. Secrets are never stored:
// a password as its scrypt hash, a session id and an API token as their SHA-256.
import type { Generated } from 'kysely';

/** admin: everything; analyst: group views and config; member: the invite check. */
export const USER_ROLES = ['admin', 'analyst', 'member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface UsersTable {
  id: Generated<number>;
  /** Lower-case, unique. */
  email: string;
  role: UserRole;
  /** `scrypt$N$r$p$salt$hash` (base64url); `!` for an account that cannot sign in. */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the random session id the cookie carries. */
  id_hash: string;
  user_id: number;
  /** Sent back in X-CSRF-Token on state-changing requests. */
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** SHA-256 (hex) of the token, unique. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuthSchema {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}
