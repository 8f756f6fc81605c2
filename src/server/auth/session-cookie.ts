// The browser session: a random id in an HttpOnly, SameSite=Lax cookie (Secure over TLS), stored
// as its SHA-256 with the session's CSRF token.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StoredUser } from '../../storage/auth-users-store.js';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
} from '../../storage/auth-sessions-store.js';
import type { AppEnv, AppServices } from '../services.js';
import { overTls } from './client.js';
import { randomSecret, sha256Hex } from './secrets.js';

export const SESSION_COOKIE = 'orient_session';
export const SESSION_TTL_SECONDS = 7 * 24 * 3600;

export function sessionIdHash(c: Context<AppEnv>): string | undefined {
  const id = getCookie(c, SESSION_COOKIE);
  return id && /^[A-Za-z0-9_-]{43}$/.test(id) ? sha256Hex(id) : undefined;
}

/** Starts a session for `user` and sets its cookie; returns the session's CSRF token. */
export async function startSession(
  c: Context<AppEnv>,
  app: AppServices,
  user: StoredUser,
): Promise<string> {
  const id = randomSecret();
  const csrfToken = randomSecret();
  const now = app.clock.now();
  await deleteExpiredSessions(app.database.db, app.nowStored());
  await createSession(app.database.db, {
    idHash: sha256Hex(id),
    userId: user.id,
    csrfToken,
    createdAt: app.nowStored(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
  });
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: overTls(c, app.trustProxy),
    maxAge: SESSION_TTL_SECONDS,
  });
  return csrfToken;
}

export async function endSession(
  c: Context<AppEnv>,
  app: AppServices,
  idHash: string,
): Promise<void> {
  await deleteSession(app.database.db, idHash);
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: overTls(c, app.trustProxy),
  });
}
