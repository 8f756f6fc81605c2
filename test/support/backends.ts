// One storage suite, every backend: `describe.each(BACKENDS)('%s', (backend) => …)` with a
// fresh, empty database per test. PostgreSQL databases live on the server that
// test/setup/global-postgres.ts starts and are dropped on close.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import type { Backend, OpenOptions, OrientDatabase } from '../../src/storage/database.js';

export const BACKENDS = ['sqlite', 'postgres'] as const satisfies readonly Backend[];

export interface TestTarget {
  /** What openDatabase takes: a file path or a postgres:// URL. */
  target: string;
  /** Deletes the file or drops the database. Close every handle on it first. */
  dispose(): Promise<void>;
}

export type TestDatabase = OrientDatabase & { target: string };

/** A target nobody has used: an empty temp file path, or a newly created PostgreSQL database. */
export async function freshTarget(backend: Backend): Promise<TestTarget> {
  switch (backend) {
    case 'sqlite': {
      const dir = mkdtempSync(join(tmpdir(), 'orient-test-'));
      return {
        target: join(dir, 'orient.db'),
        dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      };
    }
    case 'postgres': {
      const server = postgresServerUrl();
      const name = `orient_test_${process.pid}_${randomBytes(6).toString('hex')}`;
      await asAdmin(server, async (admin) => {
        // PostgreSQL 15's default WAL_LOG strategy takes ~150 ms a database; FILE_COPY ~30.
        const version = await admin.query<{ v: string }>('show server_version_num');
        const fast = Number(version.rows[0]?.v) >= 150_000 ? ' strategy = file_copy' : '';
        await admin.query(`create database ${name}${fast}`);
      });
      const url = new URL(server);
      url.pathname = `/${name}`;
      return {
        target: url.toString(),
        dispose: () =>
          asAdmin(server, async (admin) => {
            await admin.query(`drop database if exists ${name} with (force)`);
          }),
      };
    }
  }
}

/** An empty, migrated database of its own; close() also deletes it. */
export async function freshDatabase(
  backend: Backend,
  options?: OpenOptions,
): Promise<TestDatabase> {
  const { target, dispose } = await freshTarget(backend);
  let database: OrientDatabase;
  try {
    database = await openDatabase(target, options);
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    ...database,
    target,
    async close() {
      await database.close();
      await dispose();
    },
  };
}

export function postgresServerUrl(): string {
  return inject('postgresUrl');
}

async function asAdmin(serverUrl: string, work: (admin: pg.Client) => Promise<void>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
