// The one way into storage: a file path means SQLite, a postgres:// URL means PostgreSQL; both
// come back as the same Kysely handle with the schema migrated to the latest version.
import type { Kysely } from 'kysely';
import type { BulkInsert } from './bulk-insert.js';
import { migrateToLatest } from './migrations/index.js';
import type { Backend, OrientSchema } from './schema.js';
import { DatabaseError } from './database-error.js';

export type { Backend } from './schema.js';

export interface OrientDatabase {
  db: Kysely<OrientSchema>;
  backend: Backend;
  /** Inserts many rows inside a transaction, the fastest way the backend has. */
  bulkInsert: BulkInsert;
  /** Closes the SQLite file or ends the PostgreSQL pool. Safe to call twice. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

export const DEFAULT_DATABASE_PATH = './orient.db';

export { DatabaseError, type DatabaseErrorCode } from './database-error.js';

export function backendOf(target: string): Backend {
  return /^postgres(ql)?:\/\//i.test(target) ? 'postgres' : 'sqlite';
}

/** The target as it may be shown: a URL's password (in the user part or `?password=`) as ***. */
export function maskTarget(target: string): string {
  if (backendOf(target) === 'sqlite') return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    if (url.searchParams.has('password')) url.searchParams.set('password', '***');
    return url.toString();
  } catch {
    return target.replace(/(\/\/[^/:@]*):[^@/]*@/, '$1:***@');
  }
}

export async function openDatabase(
  target: string,
  options: OpenOptions = {},
): Promise<OrientDatabase> {
  const backend = backendOf(target);
  const { db, bulkInsert } = await connect(backend, target);
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(db, backend);
    } catch (cause) {
      await db.destroy();
      const reason = reasonOf(cause, target);
      throw new DatabaseError(
        'DB_MIGRATE_FAILED',
        `Cannot migrate database ${maskTarget(target)}: ${reason}`,
        { cause },
      );
    }
  }
  let closed = false;
  return {
    db,
    backend,
    bulkInsert,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

async function connect(
  backend: Backend,
  target: string,
): Promise<{ db: Kysely<OrientSchema>; bulkInsert: BulkInsert }> {
  try {
    // Each driver is loaded when first used: a SQLite user never loads pg, and back.
    switch (backend) {
      case 'sqlite':
        return await (await import('./sqlite/connect.js')).connectSqlite(target);
      case 'postgres':
        return await (await import('./postgres/connect.js')).connectPostgres(target);
    }
  } catch (cause) {
    const reason = reasonOf(cause, target);
    switch (backend) {
      case 'sqlite':
        throw new DatabaseError(
          'DB_OPEN_FAILED',
          `Cannot open SQLite database ${target}: ${reason}`,
          { cause },
        );
      case 'postgres':
        throw new DatabaseError(
          'DB_CONNECT_FAILED',
          `Cannot connect to PostgreSQL at ${maskTarget(target)}: ${reason}`,
          { cause },
        );
    }
  }
}

/** The cause in words, with the target's password scrubbed in case a driver echoed it. */
function reasonOf(cause: unknown, target: string): string {
  let reason = cause instanceof Error ? cause.message : String(cause);
  // Node reports a refused `localhost` (tried as ::1 and 127.0.0.1) as an AggregateError
  // with an empty message.
  if (!reason && cause instanceof AggregateError) {
    reason = cause.errors.map((error: unknown) => String(error)).join('; ');
  }
  if (!reason && cause instanceof Error && 'code' in cause) reason = String(cause.code);
  for (const secret of passwordsIn(target)) reason = reason.split(secret).join('***');
  return reason || 'unknown error';
}

function passwordsIn(target: string): string[] {
  if (backendOf(target) === 'sqlite') return [];
  try {
    const url = new URL(target);
    const found = [url.password, decodeURIComponent(url.password)];
    found.push(url.searchParams.get('password') ?? '');
    return found.filter((secret) => secret.length > 0);
  } catch {
    const match = /\/\/[^/:@]*:([^@/]*)@/.exec(target);
    return match?.[1] ? [match[1]] : [];
  }
}
