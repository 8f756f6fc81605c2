// Accounts (admin): list, create with a role and password, delete.
import { z } from 'zod';
import { USER_ROLES } from '../../storage/auth-tables.js';
import { createUser, deleteUser, listUsers } from '../../storage/auth-users-store.js';
import { hashPassword, passwordSchema } from '../auth/passwords.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { email, idParam, noContent } from './schemas.js';

const userSchema = z
  .object({ id: z.number(), email: z.string(), role: z.enum(USER_ROLES), createdAt: z.string() })
  .meta({ id: 'User' });

const list = defineRoute({
  method: 'get',
  path: '/api/users',
  tag: 'users',
  summary: 'every account',
  access: 'admin',
  responses: { 200: { description: 'accounts by email', schema: z.array(userSchema) } },
  async handle({ c, app }) {
    return c.json(await listUsers(app.database.db));
  },
});

const create = defineRoute({
  method: 'post',
  path: '/api/users',
  tag: 'users',
  summary: 'create an account',
  access: 'admin',
  body: {
    kind: 'json',
    schema: z.strictObject({ email, role: z.enum(USER_ROLES), password: passwordSchema }),
  },
  responses: {
    201: { description: 'created', schema: userSchema },
    409: { description: 'the email already has an account' },
  },
  async handle({ c, app, body }) {
    const user = await createUser(app.database.db, {
      email: body.email,
      role: body.role,
      passwordHash: await hashPassword(body.password),
      now: app.nowStored(),
    });
    if (!user) throw new HttpError('conflict', `${body.email} already has an account`);
    return c.json(user, 201);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/users/:id',
  tag: 'users',
  summary: 'delete an account with its sessions and API tokens',
  access: 'admin',
  params: idParam,
  responses: { 204: noContent, 404: { description: 'no such account' } },
  async handle({ c, app, auth, params }) {
    if (auth.kind !== 'anonymous' && auth.user.id === params.id) {
      throw new HttpError('conflict', 'you cannot delete your own account');
    }
    if (!(await deleteUser(app.database.db, params.id))) {
      throw new HttpError('not-found', `no account ${params.id}`);
    }
    return c.body(null, 204);
  },
});

export const USER_ROUTES = [list, create, remove];
