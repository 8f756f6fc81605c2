// Kysely's better-sqlite3 dialect with two changes for Orient.
import type Database from 'better-sqlite3';
import { CompiledQuery, SqliteAdapter, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, DialectAdapter, Driver } from 'kysely';

class ImmediateTransactionDriver extends SqliteDriver {
  // A plain BEGIN takes the write lock only at the first write; if another process wrote in
  // between, SQLite fails with SQLITE_BUSY at once instead of waiting out the busy timeout.
  // BEGIN IMMEDIATE takes the lock up front, so a second importer waits its turn.
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlAdapter extends SqliteAdapter {
  // SQLite's DDL is transactional; saying so makes Kysely's Migrator run pending migrations
  // in one transaction, so a failed migration leaves the schema as it was (as on PostgreSQL).
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class OrientSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;

  constructor(database: Database.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    // Kysely's SqliteDriver serialises every query through one connection with a mutex: a
    // transaction holds it until commit or rollback, so concurrent callers wait rather than
    // interleave their statements into it.
    return new ImmediateTransactionDriver({ database: this.#database });
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

export function createSqliteDialect(database: Database.Database): SqliteDialect {
  return new OrientSqliteDialect(database);
}
