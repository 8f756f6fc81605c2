// Vitest global setup: a throwaway PostgreSQL server for the storage suite (STYLE.md "No
// mocks"). Uses Debian's `postgresql` binaries, installing them when missing and running as
// root; initdb's a data dir under the OS temp dir, serves it on a free 127.0.0.1 port, and
// stops and deletes it after the run, pass or fail. ORIENT_TEST_DATABASE_URL names a server
// of your own to use instead (its URL's database is only used to CREATE/DROP test databases).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL whose user may CREATE DATABASE. */
    postgresUrl: string;
  }
}

const DEBIAN_PG_ROOT = '/usr/lib/postgresql';
const isRoot = process.getuid?.() === 0;

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const external = process.env['ORIENT_TEST_DATABASE_URL'];
  if (external) {
    project.provide('postgresUrl', external);
    return undefined;
  }
  const server = await startServer(findBinaries() ?? installBinaries());
  project.provide('postgresUrl', server.url);
  return server.stop;
}

/** The newest /usr/lib/postgresql/<version>/bin holding a server, if any. */
function findBinaries(): string | undefined {
  if (!existsSync(DEBIAN_PG_ROOT)) return undefined;
  return readdirSync(DEBIAN_PG_ROOT)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(DEBIAN_PG_ROOT, version, 'bin'))
    .find((bin) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(bin, tool))));
}

function installBinaries(): string {
  if (!isRoot) {
    throw new Error(
      'The storage tests need a PostgreSQL server: run `sudo apt-get install -y postgresql` (or set ORIENT_TEST_DATABASE_URL).',
    );
  }
  console.log(
    "PostgreSQL not found: installing Debian's postgresql package (apt-get install -y postgresql)",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '-q', 'postgresql'], { env });
  if (!install().ok) {
    run('apt-get', ['update', '-q'], { env });
    const retry = install();
    if (!retry.ok) throw new Error(`apt-get install -y postgresql failed:\n${retry.output}`);
  }
  const bin = findBinaries();
  if (!bin)
    throw new Error(`apt-get installed postgresql but ${DEBIAN_PG_ROOT}/*/bin has no server`);
  return bin;
}

interface Server {
  url: string;
  stop(): void;
}

async function startServer(bin: string): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'orient-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let started = false;
  const stop = () => {
    process.off('exit', stop);
    if (started) {
      started = false;
      asServerUser(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], dir);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Vitest turns SIGINT/SIGTERM into process.exit(), so this also covers Ctrl-C.
  process.on('exit', stop);
  try {
    if (isRoot) chownToServerUser(dir); // initdb refuses to run as root
    const init = asServerUser(
      bin,
      'initdb',
      ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync'],
      dir,
    );
    if (!init.ok) throw new Error(`initdb failed:\n${init.output}`);
    // A port free now may be taken before the server binds it: try a few.
    for (let attempt = 1; !started; attempt++) {
      const port = await freePort();
      const options = [
        `-p ${port}`,
        `-k '${dir}'`, // the Unix socket stays in the temp dir
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off -c synchronous_commit=off -c full_page_writes=off', // throwaway data
      ].join(' ');
      const start = asServerUser(
        bin,
        'pg_ctl',
        ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start'],
        dir,
      );
      started = start.ok;
      if (started) return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
      if (attempt === 3) throw new Error(`pg_ctl start failed:\n${start.output}\n${tail(log)}`);
    }
    throw new Error('unreachable');
  } catch (error) {
    stop();
    throw error;
  }
}

function asServerUser(bin: string, tool: string, args: string[], cwd: string) {
  const command = join(bin, tool);
  return isRoot
    ? run('runuser', ['-u', 'postgres', '--', command, ...args], { cwd })
    : run(command, args, { cwd });
}

function chownToServerUser(dir: string): void {
  const uid = run('id', ['-u', 'postgres']);
  const gid = run('id', ['-g', 'postgres']);
  if (!uid.ok || !gid.ok) {
    throw new Error('PostgreSQL is installed but the `postgres` user is missing to run it as.');
  }
  chownSync(dir, Number(uid.output), Number(gid.output));
}

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', stdio: 'pipe' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
  return { ok: result.status === 0, output: output.trim() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '';
}
