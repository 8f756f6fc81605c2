// Sign-in, sessions, cookie flags, CSRF, the sign-in throttle and API tokens, in-process on both
// backends.
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { json, PASSWORD, sessionCookie, testServer } from './support.js';

const MINUTE = 60_000;

describe.each(BACKENDS)('%s', (backend) => {
  test('signs in, says who is signed in with a CSRF token, signs out', async () => {
    const server = await testServer(backend);
    await server.addUser('ana@acme.com', 'analyst');
    expect((await server.call('GET', '/api/session')).status).toBe(401);

    const res = await server.call('POST', '/api/session', {
      json: { email: 'ANA@acme.com ', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const body = await json<{ user: unknown; csrfToken: string; demo: boolean }>(res);
    expect(body).toMatchObject({ user: { email: 'ana@acme.com', role: 'analyst' }, demo: false });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const caller = { cookie: sessionCookie(res), csrf: body.csrfToken };

    const me = await server.call('GET', '/api/session', { as: caller });
    expect(await json(me)).toEqual({ ...body, via: 'session' });

    expect((await server.call('DELETE', '/api/session', { as: caller })).status).toBe(204);
    expect((await server.call('GET', '/api/session', { as: caller })).status).toBe(401);
  });

  test('a wrong password and an unknown email are both 401 with the same message', async () => {
    const server = await testServer(backend);
    await server.addUser('ana@acme.com', 'member');
    const wrong = await server.call('POST', '/api/session', {
      json: { email: 'ana@acme.com', password: 'not the password' },
    });
    const unknown = await server.call('POST', '/api/session', {
      json: { email: 'nobody@acme.com', password: PASSWORD },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  test('bad sign-in bodies are 400 naming the field', async () => {
    const server = await testServer(backend);
    const res = await server.call('POST', '/api/session', { json: { email: 'a@acme.com' } });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      error: { code: 'bad-input', message: expect.stringContaining('body.password') },
    });
    const form = await server.call('POST', '/api/session', {
      body: 'email=a@acme.com&password=x',
      type: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const broken = await server.call('POST', '/api/session', {
      body: '{"email": "a@acme.com",',
      type: 'application/json',
    });
    expect(await json(broken)).toMatchObject({
      error: { message: expect.stringContaining('not valid JSON: line 1') },
    });
  });

  test('5 failed sign-ins for an email in 15 minutes → 429 with Retry-After, even with the right password', async () => {
    const server = await testServer(backend);
    await server.addUser('ana@acme.com', 'member');
    const attempt = (password: string) =>
      server.call('POST', '/api/session', { json: { email: 'ana@acme.com', password } });
    for (let i = 0; i < 5; i++) {
      expect((await attempt('wrong password')).status).toBe(401);
      server.clock.advance(MINUTE);
    }
    const refused = await attempt(PASSWORD);
    expect(refused.status).toBe(429);
    expect(await json(refused)).toMatchObject({ error: { code: 'rate-limited' } });
    // The first failure was 5 minutes ago: it ages out in 10.
    expect(refused.headers.get('retry-after')).toBe(String(10 * 60));

    server.clock.advance(10 * MINUTE);
    expect((await attempt(PASSWORD)).status).toBe(200);
  });

  test('failures are also counted per client address, across emails', async () => {
    const server = await testServer(backend, { trustProxy: true });
    await server.addUser('ana@acme.com', 'member');
    const from = (address: string, email: string, password: string) =>
      server.call('POST', '/api/session', {
        json: { email, password },
        headers: { 'X-Forwarded-For': `198.51.100.9, ${address}` },
      });
    for (let i = 0; i < 5; i++) {
      expect((await from('203.0.113.7', `guess${i}@acme.com`, 'x')).status).toBe(401);
    }
    expect((await from('203.0.113.7', 'ana@acme.com', PASSWORD)).status).toBe(429);
    expect((await from('203.0.113.8', 'ana@acme.com', PASSWORD)).status).toBe(200);
  });

  test('the session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure only over TLS', async () => {
    const server = await testServer(backend);
    await server.addUser('ana@acme.com', 'member');
    const signIn = (base: string, headers: Record<string, string> = {}) =>
      server
        .call('POST', '/api/session', {
          json: { email: 'ana@acme.com', password: PASSWORD },
          base,
          headers,
        })
        .then((res) => res.headers.getSetCookie()[0] ?? '');

    const plain = await signIn('http://localhost');
    expect(plain).toMatch(/^orient_session=[A-Za-z0-9_-]{43};/);
    expect(plain).toMatch(/; HttpOnly/);
    expect(plain).toMatch(/; SameSite=Lax/);
    expect(plain).toMatch(/; Path=\//);
    expect(plain).not.toMatch(/Secure/);
    expect(await signIn('https://orient.acme.com')).toMatch(/; Secure/);
    // X-Forwarded-Proto counts only from a trusted proxy.
    expect(await signIn('http://localhost', { 'X-Forwarded-Proto': 'https' })).not.toMatch(
      /Secure/,
    );
    const proxied = await testServer(backend, { trustProxy: true });
    await proxied.addUser('ana@acme.com', 'member');
    const res = await proxied.call('POST', '/api/session', {
      json: { email: 'ana@acme.com', password: PASSWORD },
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  test('a session expires after 7 days', async () => {
    const server = await testServer(backend);
    const caller = await server.as('member');
    server.clock.advance(7 * 24 * 60 * MINUTE - 1000);
    expect((await server.call('GET', '/api/session', { as: caller })).status).toBe(200);
    server.clock.advance(1000);
    expect((await server.call('GET', '/api/session', { as: caller })).status).toBe(401);
  });

  test('CSRF: a cookie-authenticated POST/DELETE needs X-CSRF-Token; tokens need none', async () => {
    const server = await testServer(backend);
    const caller = await server.as('member');
    const post = (options: Parameters<typeof server.call>[2]) =>
      server.call('POST', '/api/tokens', { json: { name: 'add-in' }, ...options });

    const missing = await post({ as: caller, noCsrf: true });
    expect(missing.status).toBe(403);
    expect(await json(missing)).toMatchObject({
      error: { code: 'forbidden', message: expect.stringContaining('X-CSRF-Token') },
    });
    expect((await post({ as: { ...caller, csrf: 'x'.repeat(43) } })).status).toBe(403);
    const ok = await post({ as: caller });
    expect(ok.status).toBe(201);
    expect((await server.call('DELETE', '/api/session', { as: caller, noCsrf: true })).status).toBe(
      403,
    );

    // A token carries no cookie and needs no CSRF header.
    const { token } = await json<{ token: string }>(ok);
    const summary = await server.call('POST', '/api/invite-decisions', {
      as: { token },
      json: {},
    });
    expect(summary.status).toBe(400); // past the guard, into validation
  });

  test('API tokens: created (shown once), listed, used, revoked → 401', async () => {
    const server = await testServer(backend);
    const ana = await server.as('analyst', 'ana@acme.com');
    const created = await server.call('POST', '/api/tokens', { as: ana, json: { name: 'sheet' } });
    expect(created.status).toBe(201);
    const { id, token } = await json<{ id: number; token: string }>(created);
    expect(token).toMatch(/^orient_[A-Za-z0-9_-]{43}$/);

    const me = await server.call('GET', '/api/session', { as: { token } });
    expect(await json(me)).toMatchObject({
      user: { email: 'ana@acme.com', role: 'analyst' },
      csrfToken: null,
      via: 'token',
    });
    const listed = await json<unknown[]>(await server.call('GET', '/api/tokens', { as: ana }));
    expect(listed).toEqual([
      {
        id,
        name: 'sheet',
        createdAt: '2026-04-02T12:00:00Z',
        lastUsedAt: '2026-04-02T12:00:00Z',
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await server.database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token.slice(7));

    // Someone else cannot see or revoke it.
    const bo = await server.as('admin', 'bo@acme.com');
    expect(await json(await server.call('GET', '/api/tokens', { as: bo }))).toEqual([]);
    expect((await server.call('DELETE', `/api/tokens/${id}`, { as: bo })).status).toBe(404);
    // A token cannot mint tokens.
    expect(
      (await server.call('POST', '/api/tokens', { as: { token }, json: { name: 'more' } })).status,
    ).toBe(403);

    expect((await server.call('DELETE', `/api/tokens/${id}`, { as: ana })).status).toBe(204);
    const revoked = await server.call('GET', '/api/session', { as: { token } });
    expect(revoked.status).toBe(401);
    expect(await json(revoked)).toMatchObject({ error: { code: 'unauthorized' } });
    const after = await json<{ revokedAt: string }[]>(
      await server.call('GET', '/api/tokens', { as: ana }),
    );
    expect(after[0]?.revokedAt).toBe('2026-04-02T12:00:00Z');
    expect(
      (await server.call('GET', '/api/session', { as: { token: 'orient_nonsense' } })).status,
    ).toBe(401);
  });

  test('admins manage users; passwords are stored as scrypt hashes', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const created = await server.call('POST', '/api/users', {
      as: admin,
      json: { email: 'Cy@acme.com', role: 'member', password: 'a long enough password' },
    });
    expect(created.status).toBe(201);
    const cy = await json<{ id: number }>(created);
    expect(cy).toMatchObject({ email: 'cy@acme.com', role: 'member' });
    const again = await server.call('POST', '/api/users', {
      as: admin,
      json: { email: 'cy@acme.com', role: 'admin', password: 'a long enough password' },
    });
    expect(again.status).toBe(409);
    const short = await server.call('POST', '/api/users', {
      as: admin,
      json: { email: 'dee@acme.com', role: 'member', password: 'short' },
    });
    expect(await json(short)).toMatchObject({
      error: { message: 'body.password: must be at least 12 characters' },
    });
    const row = await server.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'cy@acme.com')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$15\$8\$1\$[\w-]+\$[\w-]+$/);
    const users = await json<{ email: string }[]>(
      await server.call('GET', '/api/users', { as: admin }),
    );
    expect(users.map((u) => u.email)).toEqual(['admin@acme.com', 'cy@acme.com']);

    const signedIn = await server.signIn('cy@acme.com', 'a long enough password');
    expect((await server.call('DELETE', `/api/users/${cy.id}`, { as: admin })).status).toBe(204);
    expect((await server.call('GET', '/api/session', { as: signedIn })).status).toBe(401);
  });
});
