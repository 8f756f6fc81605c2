// Signing in and out: POST /api/session checks the password (throttled), starts a session and
// sets its cookie; GET says who is signed in, with the CSRF token the web app sends back.
import { z } from 'zod';
import { findUserForSignIn } from '../../storage/auth-users-store.js';
import { clientAddress } from '../auth/client.js';
import { verifyAgainstNobody, verifyPassword } from '../auth/passwords.js';
import { endSession, startSession } from '../auth/session-cookie.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import type { AppServices, Auth } from '../services.js';
import { USER_ROLES } from '../../storage/auth-tables.js';
import { callerOf, mayActFor } from './enablement-access.js';
import { noContent } from './schemas.js';

const sessionSchema = z
  .object({
    user: z.object({ email: z.string(), role: z.enum(USER_ROLES) }),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'send it as X-CSRF-Token on POST, PUT, PATCH and DELETE' }),
    demo: z.boolean().meta({ description: 'true under `orient serve --demo`: demo data' }),
    via: z.enum(['session', 'token', 'demo']),
    mayActForOthers: z.boolean().meta({
      description: 'may record a vote on behalf of a salesperson (admins, market-oriented people)',
    }),
  })
  .meta({ id: 'Session' });

async function sessionJson(app: AppServices, auth: Exclude<Auth, { kind: 'anonymous' }>) {
  return {
    user: { email: auth.user.email, role: auth.user.role },
    csrfToken: auth.kind === 'token' ? null : auth.csrfToken,
    demo: auth.kind === 'demo',
    via: auth.kind,
    mayActForOthers: await mayActFor(app, callerOf(auth)),
  };
}

const getSession = defineRoute({
  method: 'get',
  path: '/api/session',
  tag: 'session',
  summary: 'who is signed in',
  access: 'public',
  responses: { 200: { description: 'the signed-in user', schema: sessionSchema } },
  async handle({ c, app, auth }) {
    if (auth.kind === 'anonymous') throw new HttpError('unauthorized', 'not signed in');
    return c.json(await sessionJson(app, auth));
  },
});

const signInSchema = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(320).toLowerCase(),
  password: z.string().min(1, 'is required').max(1024),
});

const signIn = defineRoute({
  method: 'post',
  path: '/api/session',
  tag: 'session',
  summary: 'sign in with email and password (sets the session cookie)',
  description:
    'Wrong credentials → 401 (one message for an unknown email and a wrong password). After 5 ' +
    'failures in 15 minutes for one email or one client address → 429 with Retry-After.',
  access: 'public',
  body: { kind: 'json', schema: signInSchema },
  responses: { 200: { description: 'signed in', schema: sessionSchema } },
  async handle({ c, app, auth, body }) {
    if (auth.kind === 'demo') return c.json(await sessionJson(app, auth));
    const keys = [`email:${body.email}`, `address:${clientAddress(c, app.trustProxy)}`];
    throttled(app, keys);
    const user = await findUserForSignIn(app.database.db, body.email);
    const ok = user
      ? await verifyPassword(body.password, user.passwordHash)
      : await verifyAgainstNobody(body.password);
    if (!user || !ok) {
      app.throttle.fail(keys);
      throw new HttpError('unauthorized', 'wrong email or password');
    }
    app.throttle.forgive(keys[0]!);
    const signedIn = { id: user.id, email: user.email, role: user.role, createdAt: user.createdAt };
    const csrfToken = await startSession(c, app, signedIn);
    return c.json(
      await sessionJson(app, { kind: 'session', user: signedIn, csrfToken, sessionIdHash: '' }),
    );
  },
});

function throttled(app: AppServices, keys: readonly string[]): void {
  const wait = app.throttle.retryAfter(keys);
  if (wait > 0) {
    throw new HttpError(
      'rate-limited',
      `too many failed sign-ins: try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}`,
      { headers: { 'Retry-After': String(wait) } },
    );
  }
}

const signOut = defineRoute({
  method: 'delete',
  path: '/api/session',
  tag: 'session',
  summary: 'sign out (ends the session, clears the cookie)',
  access: 'member',
  responses: { 204: noContent },
  async handle({ c, app, auth }) {
    if (auth.kind === 'session') await endSession(c, app, auth.sessionIdHash);
    return c.body(null, 204);
  },
});

export const SESSION_ROUTES = [getSession, signIn, signOut];
