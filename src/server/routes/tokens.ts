// API tokens for scripts and calendar add-ins: any signed-in user manages their own. A token is
// shown once, when created; only its SHA-256 is stored. Creating one needs a password sign-in,
// so a leaked token cannot mint more.
import { z } from 'zod';
import { createToken, listTokens, revokeToken } from '../../storage/auth-tokens-store.js';
import { newApiToken, sha256Hex } from '../auth/secrets.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import type { Auth } from '../services.js';
import { idParam, noContent } from './schemas.js';

const tokenSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

function userId(auth: Auth): number {
  if (auth.kind === 'anonymous') throw new HttpError('unauthorized', 'not signed in');
  return auth.user.id;
}

const create = defineRoute({
  method: 'post',
  path: '/api/tokens',
  tag: 'tokens',
  summary: 'create an API token (shown once)',
  description: 'Send it as `Authorization: Bearer orient_…`; it acts with your role.',
  access: 'member',
  sessionOnly: true,
  body: {
    kind: 'json',
    schema: z.strictObject({ name: z.string().trim().min(1, 'is required').max(100) }),
  },
  responses: {
    201: {
      description: 'the token, shown this once',
      schema: z.object({ id: z.number(), name: z.string(), token: z.string() }),
    },
  },
  async handle({ c, app, auth, body }) {
    const token = newApiToken();
    const info = await createToken(app.database.db, {
      userId: userId(auth),
      name: body.name,
      tokenHash: sha256Hex(token),
      now: app.nowStored(),
    });
    return c.json({ id: info.id, name: info.name, token }, 201);
  },
});

const list = defineRoute({
  method: 'get',
  path: '/api/tokens',
  tag: 'tokens',
  summary: 'your API tokens (never the tokens themselves)',
  access: 'member',
  responses: { 200: { description: 'oldest first', schema: z.array(tokenSchema) } },
  async handle({ c, app, auth }) {
    return c.json(await listTokens(app.database.db, userId(auth)));
  },
});

const revoke = defineRoute({
  method: 'delete',
  path: '/api/tokens/:id',
  tag: 'tokens',
  summary: 'revoke one of your API tokens',
  access: 'member',
  params: idParam,
  responses: { 204: noContent, 404: { description: 'you have no such token' } },
  async handle({ c, app, auth, params }) {
    const found = await revokeToken(app.database.db, {
      id: params.id,
      userId: userId(auth),
      now: app.nowStored(),
    });
    if (!found) throw new HttpError('not-found', `you have no token ${params.id}`);
    return c.body(null, 204);
  },
});

export const TOKEN_ROUTES = [create, list, revoke];
