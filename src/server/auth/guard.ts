// Who may call a route: its access (the least role, or public), signed in by a session when the
// route says so, and the CSRF token on every state-changing request a cookie authenticated.
import type { Context } from 'hono';
import type { UserRole } from '../../storage/auth-tables.js';
import { HttpError } from '../errors.js';
import type { AppEnv, Auth, SignedIn } from '../services.js';
import { sameSecret } from './secrets.js';

/** `public`, or the least role a route needs: member < analyst < admin. */
export type Access = 'public' | UserRole;

const RANK: Record<UserRole, number> = { member: 1, analyst: 2, admin: 3 };

export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function mayUse(role: UserRole, access: Access): boolean {
  return access === 'public' || RANK[role] >= RANK[access];
}

export function checkAccess(
  c: Context<AppEnv>,
  access: Access,
  options: { sessionOnly?: boolean } = {},
): Auth {
  const auth = c.get('auth');
  if (access === 'public') return auth;
  if (auth.kind === 'anonymous') {
    throw new HttpError('unauthorized', 'sign in first (POST /api/session) or send an API token');
  }
  if (!mayUse(auth.user.role, access)) {
    throw new HttpError('forbidden', `this needs the ${access} role; you are ${auth.user.role}`);
  }
  if (options.sessionOnly && auth.kind === 'token') {
    throw new HttpError('forbidden', 'API tokens cannot do this: sign in with a password');
  }
  checkCsrf(c, auth);
  return auth;
}

/**
 * A cookie is sent by the browser whoever made the page, so a state-changing request it
 * authenticates must also prove it came from our page: the session's token in X-CSRF-Token,
 * which other sites cannot read. A bearer token is never sent by the browser on its own.
 */
export function checkCsrf(c: Context<AppEnv>, auth: SignedIn): void {
  if (SAFE_METHODS.has(c.req.method) || auth.kind === 'token') return;
  const sent = c.req.header(CSRF_HEADER) ?? '';
  if (!sameSecret(sent, auth.csrfToken)) {
    throw new HttpError(
      'forbidden',
      `missing or wrong ${CSRF_HEADER} header: send the csrfToken from GET /api/session`,
    );
  }
}
