// Who the caller is, for every /api request: an API token (Authorization: Bearer orient_…), else
// the session cookie, else nobody. In demo mode everyone is the built-in demo admin. Whether the
// caller may use a route is the route's guard (guard.ts).
import type { MiddlewareHandler } from 'hono';
import { findSession } from '../../storage/auth-sessions-store.js';
import { findToken, touchToken } from '../../storage/auth-tokens-store.js';
import { upsertUser, type StoredUser } from '../../storage/auth-users-store.js';
import { HttpError } from '../errors.js';
import type { AppEnv, AppServices, Auth } from '../services.js';
import { NO_PASSWORD } from './passwords.js';
import { API_TOKEN, randomSecret, sha256Hex } from './secrets.js';
import { sessionIdHash } from './session-cookie.js';

export const DEMO_ADMIN_EMAIL = 'demo-admin@orient.invalid';

/** A token's last use is written at most this often (a script may call every second). */
const TOUCH_EVERY_MS = 60_000;

export function authenticate(app: AppServices): MiddlewareHandler<AppEnv> {
  let demo: Promise<Auth> | undefined;
  return async (c, next) => {
    if (app.demo) {
      demo ??= demoAuth(app).catch((error: unknown) => {
        demo = undefined; // a database hiccup is retried by the next request
        throw error;
      });
      c.set('auth', await demo);
      return next();
    }
    const header = c.req.header('authorization');
    if (header !== undefined) {
      c.set('auth', await tokenAuth(app, header));
      return next();
    }
    const idHash = sessionIdHash(c);
    const session = idHash && (await findSession(app.database.db, idHash, app.nowStored()));
    c.set(
      'auth',
      session
        ? {
            kind: 'session',
            user: session.user,
            csrfToken: session.csrfToken,
            sessionIdHash: session.idHash,
          }
        : { kind: 'anonymous' },
    );
    return next();
  };
}

async function tokenAuth(app: AppServices, header: string): Promise<Auth> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  const unauthorized = (message: string) =>
    new HttpError('unauthorized', message, {
      headers: { 'WWW-Authenticate': 'Bearer realm="orient"' },
    });
  if (!bearer || !API_TOKEN.test(bearer)) {
    throw unauthorized('Authorization must be "Bearer orient_…" with an API token');
  }
  const token = await findToken(app.database.db, sha256Hex(bearer));
  if (!token || token.revokedAt !== null) {
    throw unauthorized('this API token is unknown or revoked');
  }
  const now = app.clock.now().getTime();
  if (token.lastUsedAt === null || Date.parse(token.lastUsedAt) <= now - TOUCH_EVERY_MS) {
    await touchToken(app.database.db, token.id, app.nowStored());
  }
  return { kind: 'token', user: token.user, tokenId: token.id };
}

async function demoAuth(app: AppServices): Promise<Auth> {
  const user: StoredUser = await upsertUser(app.database.db, {
    email: DEMO_ADMIN_EMAIL,
    role: 'admin',
    passwordHash: NO_PASSWORD,
    now: app.nowStored(),
  });
  // One CSRF token for the process: a page on another site cannot read it, so it cannot drive
  // the demo's admin powers through the browser.
  return { kind: 'demo', user, csrfToken: randomSecret() };
}
