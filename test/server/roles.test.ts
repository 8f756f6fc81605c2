// The role matrix, walked over every route the app registers (a new route is covered without
// touching this file): a member — by session or by API token — gets 403 from every analyst and
// admin route, nobody signed in gets 401, and no answer a member can get holds person-level data.
import type { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import type { AppEnv } from '../../src/server/services.js';
import { BACKENDS } from '../support/backends.js';
import { PEOPLE, ROADMAP_UID, uploadOrg } from './org.js';
import { json, testServer, type Caller } from './support.js';

interface Operation {
  'x-orient-access': 'public' | 'member' | 'analyst' | 'admin';
  'x-orient-session-only'?: boolean;
}

type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Every (method, path) the Hono app routes under /api, middleware aside. */
function registered(app: Hono<AppEnv>): string[] {
  return app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    .sort();
}

function documented(doc: OpenApi): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
    .sort();
}

describe.each(BACKENDS)('%s', (backend) => {
  test('the OpenAPI document lists exactly the routes the app serves, each with its access', async () => {
    const server = await testServer(backend);
    const res = await server.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json<OpenApi & { openapi: string }>(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(documented(doc)).toEqual(registered(server.app));
    expect(registered(server.app).length).toBeGreaterThanOrEqual(20);
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        expect(['public', 'member', 'analyst', 'admin']).toContain(op['x-orient-access']);
      }
    }
    // Inputs are documented from the same zod schemas the routes validate with.
    const report = doc.paths['/api/report']?.['get'] as unknown as {
      parameters: { name: string }[];
    };
    expect(report.parameters.map((p) => p.name)).toEqual(['from', 'to', 'people']);
  });

  test('a member cannot reach analyst or admin data by any route; nobody signed in gets 401', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    await uploadOrg(server, admin);
    // Token 1 is the admin's: the member's DELETE /api/tokens/1 must not revoke it.
    const adminToken = await server.tokenFor(admin, 'admin script');
    const doc = await json<OpenApi>(await server.call('GET', '/api/openapi.json'));
    let member = await server.as('member');
    const memberToken = await server.tokenFor(member, 'add-in');
    const fill = (path: string) =>
      path
        .replace('{email}', 'ana@acme.com')
        .replace('{uid}', encodeURIComponent(ROADMAP_UID))
        .replace('{id}', '1');
    const personData = PEOPLE.flatMap((p) => [p.email, p.name]);

    const routes = registered(server.app);
    // Signing out last, so the member's session serves every other route.
    routes.sort(
      (a, b) => Number(a === 'delete /api/session') - Number(b === 'delete /api/session'),
    );
    const checked: string[] = [];
    for (const key of routes) {
      const [method, path] = key.split(' ') as [string, string];
      const op = doc.paths[path]![method]!;
      const access = op['x-orient-access'];
      const callers: [string, Caller | undefined][] = [
        ['nobody', undefined],
        ['member session', member],
        ['member token', memberToken],
      ];
      for (const [who, caller] of callers) {
        const res = await server.call(method.toUpperCase(), fill(path), {
          as: caller,
          ...(method === 'get' ? {} : { json: {} }),
        });
        const text = await res.text();
        const what = `${who}: ${key} → ${res.status} ${text.slice(0, 200)}`;
        if (access === 'public') {
          // Sign-in and who-am-I: any status; the body is still checked below.
        } else if (caller === undefined) {
          expect(res.status, what).toBe(401);
        } else if (access === 'analyst' || access === 'admin') {
          expect(res.status, what).toBe(403);
          expect(JSON.parse(text), what).toEqual({
            error: {
              code: 'forbidden',
              message: expect.stringContaining(`needs the ${access} role`),
            },
          });
        } else if (op['x-orient-session-only'] && who === 'member token') {
          expect(res.status, what).toBe(403);
        } else {
          expect([401, 403], what).not.toContain(res.status);
        }
        for (const secret of personData) expect(text, what).not.toContain(secret);
        checked.push(`${who} ${key}`);
      }
      if (key === 'delete /api/session') member = await server.signIn('member@acme.com');
    }
    expect(checked.length).toBe(routes.length * 3);
    expect((await server.call('GET', '/api/session', { as: adminToken })).status).toBe(200);
  });

  test('an analyst gets 403 from every admin route', async () => {
    const server = await testServer(backend);
    const analyst = await server.as('analyst');
    const doc = await json<OpenApi>(await server.call('GET', '/api/openapi.json'));
    const adminOnly = registered(server.app).filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return doc.paths[path]![method]!['x-orient-access'] === 'admin';
    });
    expect(adminOnly.length).toBeGreaterThanOrEqual(6);
    for (const key of adminOnly) {
      const [method, path] = key.split(' ') as [string, string];
      const res = await server.call(method.toUpperCase(), path.replace(/\{\w+\}/, 'x%40acme.com'), {
        as: analyst,
        ...(method === 'get' ? {} : { json: {} }),
      });
      expect(res.status, key).toBe(403);
    }
  });
});
