// `orient serve [--port N] [--host H] [--demo]`: the JSON API and the web app in one process.
// With --demo: the generated demo org (made as `orient demo` makes it, when missing), on 127.0.0.1,
// no sign-in.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config/load-config.js';
import { OrientError, badInput } from '../../core/orient-error.js';
import { createApp } from '../../server/app.js';
import { DEFAULT_MAX_UPLOAD_BYTES, type LoadedConfig } from '../../server/deps.js';
import { listen, shutdownSignal, type RunningServer } from '../../server/serve.js';
import { listUsers } from '../../storage/auth-users-store.js';
import { backendOf, openDatabase, type OrientDatabase } from '../../storage/database.js';
import { ledgerCounted } from '../../storage/ledger-range.js';
import type { CliContext } from '../context.js';
import { DEMO_PEOPLE, DEMO_SEED, generateDemo } from './demo.js';
import { ORIENT_VERSION } from '../version.js';

export const DEFAULT_PORT = 8080;
const LOOPBACK = '127.0.0.1';
const DEMO_DIR = 'demo';

const flagsSchema = z.object({
  port: z.coerce
    .number({ error: '--port must be a number' })
    .int('--port must be a whole number')
    .min(0, '--port must be 0–65535')
    .max(65535, '--port must be 0–65535'),
  host: z.string().trim().min(1, '--host is empty').optional(),
  demo: z.boolean().optional(),
  trustProxy: z.boolean().optional(),
  maxUploadMb: z.coerce
    .number({ error: '--max-upload-mb must be a number' })
    .positive('--max-upload-mb must be above 0'),
  web: z.string().optional(),
});

export type ServeFlags = Partial<z.input<typeof flagsSchema>>;

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the JSON API (/api) and the web app; sign-in required except with --demo')
    .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option(
      '--host <address>',
      `address to bind (default ${LOOPBACK}; 0.0.0.0 for every interface)`,
    )
    .option('--demo', `the generated demo org, on ${LOOPBACK} only, no sign-in`)
    .option('--trust-proxy', 'believe X-Forwarded-Proto/-For from a TLS proxy in front')
    .option(
      '--max-upload-mb <n>',
      'largest calendar upload',
      String(DEFAULT_MAX_UPLOAD_BYTES / 1024 / 1024),
    )
    .option('--web <folder>', 'the built web app (default: web/dist of this install)')
    .action(async (flags: ServeFlags) => {
      const running = await startServer(ctx, flags);
      const signal = await shutdownSignal();
      ctx.io.stdout.write(`\n${signal}: stopping…\n`);
      await running.close();
    });
}

/** Starts the server as `orient serve` would; the caller stops it with close(). */
export async function startServer(ctx: CliContext, raw: ServeFlags): Promise<RunningServer> {
  const parsed = flagsSchema.safeParse({
    port: DEFAULT_PORT,
    maxUploadMb: DEFAULT_MAX_UPLOAD_BYTES / 1024 / 1024,
    ...raw,
  });
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join('; '));
  const flags = parsed.data;
  const out = ctx.io.stdout;
  const setup = flags.demo ? await demoSetup(ctx) : await teamSetup(ctx);
  let host = flags.host ?? LOOPBACK;
  if (flags.demo && host !== LOOPBACK) {
    out.write(`--demo binds to ${LOOPBACK} only (no sign-in): ignoring --host ${host}\n`);
    host = LOOPBACK;
  }
  const webDistDir = ctx.resolvePath(flags.web ?? join(packageRoot() ?? ctx.io.cwd, 'web', 'dist'));
  const app = createApp({
    database: setup.database,
    config: setup.config,
    clock: { now: () => ctx.io.now() },
    demo: flags.demo === true,
    webDistDir,
    maxUploadBytes: Math.round(flags.maxUploadMb * 1024 * 1024),
    trustProxy: flags.trustProxy === true,
    version: ORIENT_VERSION,
    log: (message) => ctx.io.stderr.write(`${message}\n`),
  });
  let running: RunningServer;
  try {
    running = await listen(app, { port: flags.port, host });
  } catch (error) {
    await setup.close();
    throw error;
  }
  if (!existsSync(join(webDistDir, 'index.html'))) {
    out.write(`Note: ${webDistDir} has no built web app yet; the API works without it.\n`);
  }
  if (flags.demo) {
    out.write(
      `\nOrient demo — generated demo data, not real people — at ${running.url}\n` +
        `Open ${running.url} in a browser. Ctrl-C stops it.\n`,
    );
  } else {
    if ((await listUsers(setup.database.db)).length === 0) {
      out.write(
        'No accounts yet: run `orient user add you@example.com --role admin` to sign in.\n',
      );
    }
    out.write(`\nOrient at ${running.url} — open it in a browser. Ctrl-C stops it.\n`);
  }
  return {
    ...running,
    async close() {
      await running.close();
      await setup.close();
    },
  };
}

interface Setup {
  database: OrientDatabase;
  config: () => LoadedConfig;
  close(): Promise<void>;
}

/** The team server: the CLI's config and database (flags, environment, ./orient.db). */
async function teamSetup(ctx: CliContext): Promise<Setup> {
  ctx.config(); // a broken config file stops the start, with its message
  const file = ctx.globals().config;
  const config = configLoader(ctx, file === undefined ? undefined : ctx.resolvePath(file));
  // The context closes this database when the command ends.
  return { database: await ctx.database(), config, close: async () => undefined };
}

/** The demo org in ./demo: generated and imported by `orient demo` unless already there. */
async function demoSetup(ctx: CliContext): Promise<Setup> {
  const dir = ctx.resolvePath(DEMO_DIR);
  const configFile = join(dir, 'orient.config.yaml');
  const given = ctx.globals().db;
  const target = given ?? join(dir, 'orient.db');
  const open = () =>
    openDatabase(/^postgres(ql)?:\/\//i.test(target) ? target : ctx.resolvePath(target));
  let database: OrientDatabase | undefined;
  const present =
    existsSync(configFile) &&
    (backendOf(target) === 'postgres' || existsSync(ctx.resolvePath(target)));
  if (present) {
    database = await open();
    if (!(await ledgerCounted(database.db))) {
      await database.close();
      database = undefined;
    }
  }
  if (!database) {
    ctx.io.stdout.write(`Generating the demo org into ${dir} (once; takes a few seconds)…\n`);
    await generateDemo(ctx, { dir, people: DEMO_PEOPLE, seed: DEMO_SEED, db: given });
    database = await open();
  }
  const opened = database;
  return {
    database: opened,
    config: configLoader(ctx, configFile),
    close: () => opened.close(),
  };
}

/** Reads the config on each call, so an edited file applies without a restart. */
function configLoader(ctx: CliContext, file: string | undefined): () => LoadedConfig {
  return () => {
    const loaded = loadConfig(ctx.io.env, file, ctx.io.cwd);
    if (!loaded.ok) throw new OrientError('unavailable', loaded.error);
    return { config: loaded.config, path: loaded.path };
  };
}

/** The folder holding Orient's package.json, from src/ under Vitest or dist/src/ when built. */
function packageRoot(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
