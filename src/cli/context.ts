// What every command shares: its I/O, the effective config and the database, opened lazily so a
// command that needs neither (expand, init) never touches them.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { loadConfig, databaseTarget } from '../config/load-config.js';
import type { OrientConfig } from '../core/config/config-schema.js';
import { badInput } from '../core/orient-error.js';
import { fileProblem } from '../ingest/file-problem.js';
import { openDatabase, type OrientDatabase } from '../storage/database.js';
import type { CliIo } from './io.js';

export interface GlobalOptions {
  config?: string;
  db?: string;
}

export interface CliContext {
  io: CliIo;
  globals(): GlobalOptions;
  config(): OrientConfig;
  /** The config file in use, or null when running on defaults. */
  configPath(): string | null;
  database(): Promise<OrientDatabase>;
  resolvePath(path: string): string;
  /** A file the user named, read whole; bad input naming the file when it cannot be read. */
  readInput(file: string): Promise<Buffer>;
  close(): Promise<void>;
}

export function cliContext(io: CliIo, globals: () => GlobalOptions): CliContext {
  let loaded: { config: OrientConfig; path: string | null } | undefined;
  let db: Promise<OrientDatabase> | undefined;
  const resolvePath = (path: string): string => (isAbsolute(path) ? path : resolve(io.cwd, path));
  const load = (): { config: OrientConfig; path: string | null } => {
    if (loaded) return loaded;
    const file = globals().config;
    const result = loadConfig(io.env, file === undefined ? undefined : resolvePath(file), io.cwd);
    if (!result.ok) throw badInput(result.error);
    loaded = { config: result.config, path: result.path };
    return loaded;
  };
  return {
    io,
    globals,
    config: () => load().config,
    configPath: () => load().path,
    resolvePath,
    async readInput(file) {
      try {
        return await readFile(resolvePath(file));
      } catch (error) {
        throw badInput(`cannot read ${file}: ${fileProblem(error)}`, error);
      }
    },
    database() {
      db ??= openDatabase(resolveTarget(databaseTarget(io.env, globals().db), resolvePath));
      return db;
    },
    async close() {
      if (db) await (await db.catch(() => undefined))?.close();
    },
  };
}

function resolveTarget(target: string, resolvePath: (p: string) => string): string {
  return /^postgres(ql)?:\/\//i.test(target) || target === ':memory:'
    ? target
    : resolvePath(target);
}
