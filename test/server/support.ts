// An Orient server in-process for the API tests (STYLE.md: HTTP tests call the app with
// app.request): a fresh database per backend, a config file, a fixed clock you can move, and
// helpers to sign in and call the API as a browser (cookie + CSRF) or a script (token).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { OrientError } from '../../src/core/orient-error.js';
import { createApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import type { AppDeps, Clock } from '../../src/server/deps.js';
import type { AppEnv } from '../../src/server/services.js';
import type { UserRole } from '../../src/storage/auth-tables.js';
import { createUser } from '../../src/storage/auth-users-store.js';
import type { Backend } from '../../src/storage/database.js';
import { freshDatabase, type TestDatabase } from '../support/backends.js';

export const CONFIG_YAML = [
  'timezone: America/New_York',
  'internalDomains: [acme.com]',
  'workweekHours: 40',
  '',
].join('\n');

export class FakeClock implements Clock {
  constructor(private ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Who is calling: nobody, a browser session, or an API token. */
export interface Caller {
  cookie?: string;
  csrf?: string;
  token?: string;
}

export interface CallOptions {
  as?: Caller;
  /** A JSON value (sent as application/json) or raw text/bytes/stream with `type`. */
  json?: unknown;
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  type?: string;
  headers?: Record<string, string>;
  /** Leave out the CSRF header even for a session caller. */
  noCsrf?: boolean;
  /** Full URL base, e.g. https://orient.example (default http://localhost). */
  base?: string;
}

export interface TestServer {
  app: Hono<AppEnv>;
  database: TestDatabase;
  clock: FakeClock;
  dir: string;
  configFile: string;
  logged: string[];
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  addUser(email: string, role: UserRole, password?: string): Promise<number>;
  signIn(email: string, password?: string): Promise<Caller>;
  /** Creates a user with `role`, signs them in. */
  as(role: UserRole, email?: string): Promise<Caller>;
  tokenFor(caller: Caller, name?: string): Promise<Caller>;
}

export const PASSWORD = 'correct horse battery staple';

/** 2 April 2026, after the March the fixtures cover. */
export const NOW = Date.parse('2026-04-02T12:00:00Z');

export async function testServer(
  backend: Backend,
  options: Partial<AppDeps> & { configYaml?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'orient-server-'));
  const database = await freshDatabase(backend);
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const configFile = join(dir, 'orient.config.yaml');
  const { configYaml, ...deps } = options;
  writeFileSync(configFile, configYaml ?? CONFIG_YAML);
  const clock = new FakeClock(NOW);
  const logged: string[] = [];
  const app = createApp({
    database,
    config: () => {
      const loaded = loadConfig({}, configFile, dir);
      if (!loaded.ok) throw new OrientError('unavailable', loaded.error);
      return { config: loaded.config, path: loaded.path };
    },
    clock,
    demo: false,
    webDistDir: null,
    tmpDir: dir,
    log: (m) => logged.push(m),
    ...deps,
  });
  const call = (method: string, path: string, o: CallOptions = {}): Promise<Response> => {
    const headers: Record<string, string> = { ...o.headers };
    let body: RequestInit['body'];
    if (o.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(o.json);
    } else if (o.body !== undefined) {
      body = o.body as RequestInit['body'];
      if (o.type) headers['Content-Type'] = o.type;
    }
    if (o.as?.cookie) headers['Cookie'] = o.as.cookie;
    if (o.as?.csrf && !o.noCsrf) headers['X-CSRF-Token'] = o.as.csrf;
    if (o.as?.token) headers['Authorization'] = `Bearer ${o.as.token}`;
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
    if (body instanceof ReadableStream) init.duplex = 'half';
    return Promise.resolve(app.request(`${o.base ?? 'http://localhost'}${path}`, init));
  };
  const server: TestServer = {
    app,
    database,
    clock,
    dir,
    configFile,
    logged,
    call,
    async addUser(email, role, password = PASSWORD) {
      const user = await createUser(database.db, {
        email,
        role,
        passwordHash: await hashPassword(password),
        now: '2026-04-01T00:00:00Z',
      });
      if (!user) throw new Error(`${email} exists`);
      return user.id;
    },
    async signIn(email, password = PASSWORD) {
      const res = await call('POST', '/api/session', { json: { email, password } });
      if (res.status !== 200)
        throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie: sessionCookie(res), csrf: csrfToken };
    },
    async as(role, email = `${role}@acme.com`) {
      await server.addUser(email, role);
      return server.signIn(email);
    },
    async tokenFor(caller, name = 'script') {
      const res = await call('POST', '/api/tokens', { as: caller, json: { name } });
      if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
      return { token: ((await res.json()) as { token: string }).token };
    },
  };
  return server;
}

/** `orient_session=…` from a response's Set-Cookie, for the Cookie header. */
export function sessionCookie(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('orient_session='));
  if (!set) throw new Error('no session cookie');
  return set.split(';')[0]!;
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
