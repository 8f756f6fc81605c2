// Why a database could not be opened: its own module, so the CLI can recognise it without loading
// the drivers.
export type DatabaseErrorCode = 'DB_OPEN_FAILED' | 'DB_CONNECT_FAILED' | 'DB_MIGRATE_FAILED';

/** Opening failed; the message names the target with any password masked. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';

  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}
