// The real Orient server for the browser tests, in-process on 127.0.0.1 and port 0, over a fresh
// SQLite database, serving a fresh build of the web app; and a fresh demo org (directory CSV and
// one .ics export per person) generated into a temp folder for the tests to upload.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { build } from 'vite';
import { orgRoles } from '../../../bench/org/people.js';
import { writeOrg } from '../../../bench/org/write-org.js';
import { DEMO_RULES, DEMO_START, DEMO_WEEKS } from '../../../src/cli/commands/demo.js';
import { configTemplate } from '../../../src/config/config-template.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { createApp } from '../../../src/server/app.js';
import { hashPassword } from '../../../src/server/auth/passwords.js';
import { listen } from '../../../src/server/serve.js';
import { createUser } from '../../../src/storage/auth-users-store.js';
import type { UserRole } from '../../../src/storage/auth-tables.js';
import { openDatabase } from '../../../src/storage/database.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

export interface DemoOrg {
  dir: string;
  configFile: string;
  directoryCsv: string;
  /** Every person's export, sorted by name. */
  calendars: string[];
  people: number;
  /** The generated range: `start` and the day after it (`end`, exclusive). */
  start: string;
  end: string;
  /** A product manager's address, and account executives' (for the invite check). */
  productManager: string;
  accountExecutives: string[];
  remove(): Promise<void>;
}

/** The deterministic demo org of `orient demo` (120 people, seed 7), written to a temp folder. */
export async function demoOrg(): Promise<DemoOrg> {
  const dir = await mkdtemp(join(tmpdir(), 'orient-web-org-'));
  const facts = await writeOrg(dir, { people: 120, seed: 7, start: DEMO_START, weeks: DEMO_WEEKS });
  const configFile = join(dir, 'orient.config.yaml');
  await writeFile(
    configFile,
    configTemplate({ ...facts.config, roles: orgRoles(), rules: DEMO_RULES }),
  );
  const directoryCsv = join(dir, 'people.csv');
  const rows = parse(await readFile(directoryCsv, 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const withRole = (role: string) => rows.filter((r) => r['role'] === role).map((r) => r['email']!);
  const calendars = (await readdir(join(dir, 'calendars')))
    .filter((name) => name.endsWith('.ics'))
    .sort()
    .map((name) => join(dir, 'calendars', name));
  return {
    dir,
    configFile,
    directoryCsv,
    calendars,
    people: rows.length,
    start: facts.start,
    end: facts.end,
    productManager: withRole('Product Manager')[0]!,
    accountExecutives: withRole('Account Executive').slice(0, 2),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface RunningOrient {
  url: string;
  /** The SQLite file, so a second server (demo mode) can read the same data. */
  databaseFile: string;
  addUser(user: { email: string; role: UserRole; password: string }): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  demo: boolean;
  configFile: string;
  /** An existing database file; default a fresh one in a temp folder. */
  databaseFile?: string;
}

let webBuild: Promise<string> | undefined;

/** Builds the web app once per test file into a temp folder, so the tests see today's sources. */
function builtWeb(): Promise<string> {
  webBuild ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'orient-web-dist-'));
    // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({
        configFile: join(REPO, 'web', 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = nodeEnv;
    }
    return outDir;
  })();
  return webBuild;
}

/** Deletes the web build made for this test file. */
export async function removeBuiltWeb(): Promise<void> {
  if (webBuild === undefined) return;
  const dir = await webBuild;
  webBuild = undefined;
  await rm(dir, { recursive: true, force: true });
}

export async function startOrient(options: StartOptions): Promise<RunningOrient> {
  const dir = await mkdtemp(join(tmpdir(), 'orient-web-server-'));
  const databaseFile = options.databaseFile ?? join(dir, 'orient.db');
  const loaded = loadConfig({}, options.configFile);
  if (!loaded.ok) throw new Error(loaded.error);
  const database = await openDatabase(databaseFile);
  const app = createApp({
    database,
    config: () => ({ config: loaded.config, path: loaded.path }),
    clock: { now: () => new Date() },
    demo: options.demo,
    webDistDir: await builtWeb(),
    tmpDir: dir,
    log: (message) => process.stderr.write(`orient server: ${message}\n`),
  });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    url: server.url.replace(/\/$/, ''),
    databaseFile,
    async addUser(user) {
      const created = await createUser(database.db, {
        email: user.email,
        role: user.role,
        passwordHash: await hashPassword(user.password),
        now: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
      if (created === null) throw new Error(`${user.email} already has an account`);
    },
    async stop() {
      await server.close();
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
