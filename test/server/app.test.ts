// The app around the routes: unknown routes, unexpected errors, headers, the web app's files,
// and demo mode (no sign-in, localhost only, CSRF still checked).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEMO_ADMIN_EMAIL } from '../../src/server/auth/authenticate.js';
import { BACKENDS } from '../support/backends.js';
import { json, testServer } from './support.js';

describe.each(BACKENDS)('%s', (backend) => {
  test('an unknown route is a 404 in the one error shape', async () => {
    const server = await testServer(backend);
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['PUT', '/api/session'],
      ['POST', '/api/report'],
    ] as const) {
      const res = await server.call(method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await json(res)).toEqual({
        error: { code: 'not-found', message: `no route ${method} ${path}` },
      });
    }
  });

  test('an unexpected failure is a 500 that tells nothing and is logged', async () => {
    const server = await testServer(backend, {
      config: () => {
        throw new Error('disk on fire');
      },
    });
    const analyst = await server.as('analyst');
    const res = await server.call('GET', '/api/config', { as: analyst });
    expect(res.status).toBe(500);
    expect(await json(res)).toEqual({
      error: { code: 'internal', message: 'unexpected error (logged on the server)' },
    });
    expect(server.logged.join('\n')).toContain('disk on fire');
  });

  test('API answers are not cached and carry the usual security headers', async () => {
    const server = await testServer(backend);
    const res = await server.call('GET', '/api/openapi.json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  test('demo mode: every request is the demo admin, CSRF still applies, localhost only', async () => {
    const server = await testServer(backend, { demo: true });
    const res = await server.call('GET', '/api/session');
    const session = await json<{ csrfToken: string }>(res);
    expect(session).toMatchObject({
      user: { email: DEMO_ADMIN_EMAIL, role: 'admin' },
      demo: true,
      via: 'demo',
    });
    expect((await server.call('GET', '/api/users')).status).toBe(200);
    const post = (csrf?: string) =>
      server.call('POST', '/api/tokens', {
        json: { name: 'x' },
        headers: csrf ? { 'X-CSRF-Token': csrf } : {},
      });
    expect((await post()).status).toBe(403);
    expect((await post(session.csrfToken)).status).toBe(201);
    const rebound = await server.call('GET', '/api/session', { base: 'http://evil.example' });
    expect(rebound.status).toBe(403);
    expect(
      (await server.call('GET', '/api/session', { base: 'http://127.0.0.1:8080' })).status,
    ).toBe(200);
  });
});

describe('the web app', () => {
  test('without web/dist: a 503 page for browsers, the JSON error for others', async () => {
    const server = await testServer('sqlite');
    const page = await server.call('GET', '/', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('The web app is not built');
    const api = await server.call('GET', '/reports');
    expect(await json(api)).toMatchObject({ error: { code: 'unavailable' } });
  });

  test('serves web/dist, index.html for app paths, 404 for missing files and paths outside', async () => {
    const server = await testServer('sqlite', { webDistDir: null });
    const dist = join(server.dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Orient</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
    writeFileSync(join(server.dir, 'secret.txt'), 'secret');
    const web = await testServer('sqlite', { webDistDir: dist });

    const index = await web.call('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Orient</title>');
    expect(await (await web.call('GET', '/invite-check')).text()).toContain(
      '<title>Orient</title>',
    );
    const asset = await web.call('GET', '/assets/app-1a2b.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toBe('console.log(1)');
    expect((await web.call('GET', '/assets/gone.js')).status).toBe(404);
    expect((await web.call('GET', '/../secret.txt')).status).not.toBe(200);
    expect((await web.call('GET', '/%2e%2e/secret.txt')).status).not.toBe(200);
    expect((await web.call('GET', '/..%2fsecret.txt')).status).not.toBe(200);
    expect((await web.call('HEAD', '/')).status).toBe(200);
  });
});
