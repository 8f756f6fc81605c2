// What every report-like use shares, from the CLI or the server: a config with internal domains,
// the directory, the counting context, and the ledger brought up to date.
import type { OrientConfig } from '../core/config/config-schema.js';
import { internalDomainsProblem } from '../core/config/config-schema.js';
import { countingContext, type CountingContext } from '../core/counting/counting-context.js';
import { badInput } from '../core/orient-error.js';
import type { OrientDatabase } from '../storage/database.js';
import { listCountingPeople } from '../storage/directory-store.js';
import { ensureLedger, type LedgerProgress } from '../storage/ledger-store.js';

export interface Counting {
  database: OrientDatabase;
  context: CountingContext;
  /** How many people's ledgers this call recomputed. */
  recounted: number;
}

export interface CountingHints {
  /** Appended to the internal-domains problem: where to set them. */
  config: string;
  /** Appended to "the directory is empty: ": how to import one. */
  directory: string;
}

/** Counting needs the org's own domains (rule 1): bad input until the config names them. */
export function checkInternalDomains(
  config: OrientConfig,
  hints: Pick<CountingHints, 'config'>,
): void {
  const problem = internalDomainsProblem(config);
  if (problem) throw badInput(`${problem} (${hints.config})`);
}

/** Checks the config and directory, builds the counting context and updates the ledger. */
export async function prepareCounting(
  database: OrientDatabase,
  config: OrientConfig,
  hints: CountingHints,
  onProgress?: LedgerProgress,
): Promise<Counting> {
  checkInternalDomains(config, hints);
  const people = await listCountingPeople(database.db);
  if (people.length === 0) throw badInput(`the directory is empty: ${hints.directory}`);
  let context: CountingContext;
  try {
    context = countingContext(config, people);
  } catch (error) {
    throw badInput(error instanceof Error ? error.message : String(error), error);
  }
  const recounted = await ensureLedger(database, context, onProgress);
  return { database, context, recounted };
}
