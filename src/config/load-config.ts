// The one place that reads configuration: the environment (passed in) and orient.config.yaml.
// Nothing else in Orient looks at process.env (STYLE.md "Config in one place").
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import {
  configProblems,
  configSchema,
  defaultConfig,
  type OrientConfig,
} from '../core/config/config-schema.js';

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_CONFIG_FILE = 'orient.config.yaml';
export const DEFAULT_DATABASE = './orient.db';

export type LoadConfigResult =
  { ok: true; config: OrientConfig; path: string | null } | { ok: false; error: string };

/**
 * Loads the configuration: the `--config` file, else $ORIENT_CONFIG, else ./orient.config.yaml
 * when it exists, else the defaults (no internal domains: commands that need them say so).
 * `path` is the absolute path of the file read, or null. Errors name the file, the YAML line
 * when known, the key path and the problem, one per line.
 */
export function loadConfig(env: Env, file?: string, cwd: string = process.cwd()): LoadConfigResult {
  const chosen = chooseFile(env, file, cwd);
  if (chosen === null) return { ok: true, config: defaultConfig(), path: null };
  let text: string;
  try {
    text = readFileSync(chosen.absolute, 'utf8');
  } catch (error) {
    return { ok: false, error: `${chosen.shown}: ${readFailure(error)}${chosen.source}` };
  }
  const parsed = parseConfig(text, chosen.shown);
  return parsed.ok ? { ...parsed, path: chosen.absolute } : parsed;
}

/** Parses and validates the text of a config file; `fileName` is only used in messages. */
export function parseConfig(
  text: string,
  fileName: string,
): { ok: true; config: OrientConfig } | { ok: false; error: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((error) => {
      const line = lineCounter.linePos(error.pos[0]).line;
      const message =
        error.code === 'MULTIPLE_DOCS' ? 'only one YAML document is allowed' : error.message;
      return `${fileName} line ${line}: ${message}`;
    });
    return { ok: false, error: lines.join('\n') };
  }
  let value: unknown;
  try {
    // An empty file is an empty map, so the message is about the missing keys.
    value = doc.contents === null ? {} : doc.toJS();
  } catch (error) {
    return { ok: false, error: `${fileName}: ${error instanceof Error ? error.message : error}` };
  }
  const result = configSchema.safeParse(value);
  if (result.success) return { ok: true, config: result.data };
  // `rules` written as a bare list is read as { mode: extend, list }: point at what was written.
  const bareRules =
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { rules?: unknown }).rules);
  const asWritten = (path: PropertyKey[]): PropertyKey[] =>
    bareRules && path[0] === 'rules' && path[1] === 'list' ? ['rules', ...path.slice(2)] : path;
  const located = configProblems(result.error).map((problem) => ({
    ...problem,
    path: asWritten(problem.path),
    line: lineOf(doc, lineCounter, asWritten(problem.path)),
  }));
  // In file order; problems with no line (a missing key) first. The sort is stable.
  located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const lines = located.map(({ path: keys, message, line }) => {
    const where = line === undefined ? fileName : `${fileName} line ${line}`;
    const key = keyPath(keys);
    return key === '' ? `${where}: ${message}` : `${where}: ${key}: ${message}`;
  });
  return { ok: false, error: lines.join('\n') };
}

/** Where the database lives: the `--database` flag, else $ORIENT_DATABASE_URL, else ./orient.db. */
export function databaseTarget(env: Env, flag?: string): string {
  return nonEmpty(flag) ?? nonEmpty(env['ORIENT_DATABASE_URL']) ?? DEFAULT_DATABASE;
}

function chooseFile(
  env: Env,
  flag: string | undefined,
  cwd: string,
): { shown: string; absolute: string; source: string } | null {
  const explicit = nonEmpty(flag);
  if (explicit !== undefined) {
    return { shown: explicit, absolute: path.resolve(cwd, explicit), source: ' (from --config)' };
  }
  const fromEnv = nonEmpty(env['ORIENT_CONFIG']);
  if (fromEnv !== undefined) {
    return {
      shown: fromEnv,
      absolute: path.resolve(cwd, fromEnv),
      source: ' (from ORIENT_CONFIG)',
    };
  }
  const local = path.resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(local) ? { shown: DEFAULT_CONFIG_FILE, absolute: local, source: '' } : null;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function readFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'config file not found';
  if (code === 'EISDIR') return 'is a directory, not a config file';
  return `cannot read the config file (${error instanceof Error ? error.message : String(error)})`;
}

/** `privacy.minGroupSize`, `internalDomains[0]`, `roles."Sales Engineer"`. */
function keyPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : JSON.stringify(name);
      return index === 0 ? plain : `.${plain}`;
    })
    .join('');
}

/**
 * The YAML line of a key path: the line of the deepest key that exists, so a missing nested key
 * points at its parent; undefined when not even the first key is in the file.
 */
function lineOf(
  doc: Document,
  lineCounter: LineCounter,
  segments: readonly PropertyKey[],
): number | undefined {
  let node: unknown = doc.contents;
  let offset = segments.length === 0 ? startOf(node) : undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair === undefined) break;
      offset = startOf(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = startOf(node) ?? offset;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}
