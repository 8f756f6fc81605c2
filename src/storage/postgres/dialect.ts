// Kysely's PostgreSQL dialect over a pg pool whose number parsing matches SQLite's.
import pg from 'pg';
import type { CustomTypesConfig } from 'pg';
import { PostgresDialect } from 'kysely';

const CONNECT_TIMEOUT_MS = 10_000;

// pg returns int8 (COUNT, SUM of integers, bigint columns) and numeric (SUM of bigints, AVG) as
// strings to avoid losing precision. Orient's numbers are counts and minutes, far below 2^53,
// and SQLite returns them as numbers: parse them, and fail loudly rather than round.
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`PostgreSQL bigint ${text} is outside JavaScript's safe integer range`);
  }
  return value;
}

function parseNumeric(text: string): number {
  const value = Number(text);
  if (/^-?\d+$/.test(text) && !Number.isSafeInteger(value)) {
    throw new RangeError(`PostgreSQL numeric ${text} is outside JavaScript's safe integer range`);
  }
  return value;
}

const numberTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary' && oid === pg.types.builtins.INT8) return parseInt8;
    if (format !== 'binary' && oid === pg.types.builtins.NUMERIC) return parseNumeric;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export function createPostgresPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: numberTypes, // per pool: pg.types.setTypeParser would change every pg user in the process
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle client whose connection dies (server restart) is dropped by the pool and the next
  // query opens a new one; without a listener Node would treat the event as a crash.
  pool.on('error', () => undefined);
  return pool;
}

export function createPostgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool });
}
