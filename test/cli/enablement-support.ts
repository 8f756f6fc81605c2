// A small org for the enablement CLI tests: a temp folder with a config for acme.com in New York,
// a SQLite database with the directory imported, and `orient` run in-process against both.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { runCli, type CliRun } from '../support/run-cli.js';

export const PEOPLE_CSV = [
  'email,name,department,role',
  'ana@acme.com,Ana Lima,Sales,Account Executive',
  'bo@acme.com,Bo Chen,Sales,Account Executive',
  'cy@acme.com,Cy Park,Sales,Account Executive',
  'se@acme.com,Ed Diaz,Sales,Sales Engineer',
  'pm@acme.com,Pat Moss,Product,Product Manager',
  'pmm@acme.com,Max Ito,Product,Product Marketing Manager',
  '',
].join('\n');

export interface Org {
  dir: string;
  write(name: string, content: string): string;
  orient(args: readonly string[], stdin?: string): Promise<CliRun>;
  /** Runs and expects exit 0; returns stdout. */
  ok(args: readonly string[], stdin?: string): Promise<string>;
  /** Runs `--json`-style and parses stdout. */
  json<T = unknown>(args: readonly string[], stdin?: string): Promise<T>;
}

/** A fresh org per test: config, database, directory. */
export async function orgWithDirectory(): Promise<Org> {
  const dir = mkdtempSync(join(tmpdir(), 'orient-enablement-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'orient.db');
  const config = join(dir, 'orient.config.yaml');
  const write = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const orient = (args: readonly string[], stdin?: string) =>
    runCli(['--db', db, '--config', config, ...args], { cwd: dir, stdin });
  const ok = async (args: readonly string[], stdin?: string) => {
    const run = await orient(args, stdin);
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    return run.stdout;
  };
  const org: Org = {
    dir,
    write,
    orient,
    ok,
    json: async <T>(args: readonly string[], stdin?: string) =>
      JSON.parse(await ok(args, stdin)) as T,
  };
  await ok(['init', '--domain', 'acme.com', '--timezone', 'America/New_York']);
  await ok(['import', 'directory', write('people.csv', PEOPLE_CSV)]);
  return org;
}
