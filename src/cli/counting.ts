// What report-like commands share: a config with internal domains, the directory, the counting
// context, and a ledger brought up to date (with a progress bar on a terminal).
import { internalDomainsProblem } from '../core/config/config-schema.js';
import { countingContext, type CountingContext } from '../core/counting/counting-context.js';
import { badInput } from '../core/orient-error.js';
import type { OrientDatabase } from '../storage/database.js';
import { listPeople } from '../storage/directory-store.js';
import { ensureLedger } from '../storage/ledger-store.js';
import type { CliContext } from './context.js';
import { progressBar } from './progress.js';

export interface Counting {
  database: OrientDatabase;
  context: CountingContext;
}

export async function preparedCounting(ctx: CliContext): Promise<Counting> {
  const config = ctx.config();
  const problem = internalDomainsProblem(config);
  if (problem)
    throw badInput(
      `${problem} (set internalDomains in ${ctx.configPath() ?? 'orient.config.yaml — run `orient init`'})`,
    );
  const database = await ctx.database();
  const people = await listPeople(database.db, { includeInactive: true });
  if (people.length === 0)
    throw badInput('the directory is empty: run `orient import directory people.csv` first');
  let context: CountingContext;
  try {
    context = countingContext(config, people);
  } catch (error) {
    throw badInput(error instanceof Error ? error.message : String(error), error);
  }
  const progress = progressBar(ctx.io, 'people counted');
  await ensureLedger(database, context, (done, total) => progress.update(done, total, ''));
  progress.done();
  return { database, context };
}
