// The CLI's way into counting (src/ingest/counting.ts): hints that name its flags and commands,
// and a progress bar on a terminal.
import { checkInternalDomains, prepareCounting, type Counting } from '../ingest/counting.js';
import type { CliContext } from './context.js';
import { progressBar } from './progress.js';

export type { Counting } from '../ingest/counting.js';

export async function preparedCounting(ctx: CliContext): Promise<Counting> {
  const config = ctx.config();
  const hints = {
    config: `set internalDomains in ${ctx.configPath() ?? 'orient.config.yaml — run `orient init`'}`,
    directory: 'run `orient import directory people.csv` first',
  };
  checkInternalDomains(config, hints); // before the database is opened (or created)
  const database = await ctx.database();
  const progress = progressBar(ctx.io, 'people counted');
  const counting = await prepareCounting(database, config, hints, (done, total) =>
    progress.update(done, total, ''),
  );
  progress.done();
  return counting;
}
