// `orient demo`: generates the deterministic demo org (directory + every person's export),
// writes its config, and imports it; `orient serve --demo` (npm start) runs the same when ./demo is missing.
import { rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { orgRoles } from '../../../bench/org/people.js';
import { writeOrg } from '../../../bench/org/write-org.js';
import type { CategoryRule } from '../../core/counting/category-rules.js';
import { configTemplate } from '../../config/config-template.js';
import { badInput } from '../../core/orient-error.js';
import { cliContext, type CliContext } from '../context.js';
import { seedDemoEnablement } from '../demo-enablement.js';
import { main } from '../main.js';

export const DEMO_START = '2026-06-01';
export const DEMO_WEEKS = 13;

/** The demo's own rule: candidate interviews are recruiting, not selling (rule 6 extended). */
export const DEMO_RULES: readonly CategoryRule[] = [
  { category: 'recruiting', name: 'candidate interview', when: { titleRegex: '^Interview:' } },
];

export const DEMO_PEOPLE = 120;
export const DEMO_SEED = 7;

interface Flags {
  dir: string;
  people: string;
  seed: string;
}

export interface DemoOptions {
  /** Absolute folder for the files (and the SQLite database unless `db` is given). */
  dir: string;
  people: number;
  seed: number;
  /** The --db target; default `<dir>/orient.db`, recreated. */
  db?: string | undefined;
}

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('generate a realistic demo org (deterministic) and import it into demo/orient.db')
    .option('--dir <folder>', 'where to write the demo files and database', 'demo')
    .option('--people <n>', 'how many people', String(DEMO_PEOPLE))
    .option('--seed <n>', 'random seed (same seed, same org)', String(DEMO_SEED))
    .action(async (flags: Flags) => {
      await generateDemo(ctx, {
        dir: ctx.resolvePath(flags.dir),
        people: positiveInt(flags.people, '--people'),
        seed: positiveInt(flags.seed, '--seed'),
        db: ctx.globals().db,
      });
    });
}

/** Writes the demo org and its config into `dir` and imports it (`orient demo`, `orient serve --demo`). */
export async function generateDemo(ctx: CliContext, options: DemoOptions): Promise<void> {
  const { dir, people, seed } = options;
  const facts = await writeOrg(dir, { people, seed, start: DEMO_START, weeks: DEMO_WEEKS });
  const configFile = join(dir, 'orient.config.yaml');
  await writeFile(
    configFile,
    configTemplate({ ...facts.config, roles: orgRoles(), rules: DEMO_RULES }),
  );
  const db = options.db ?? join(dir, 'orient.db');
  if (options.db === undefined) {
    for (const suffix of ['', '-wal', '-shm']) await rm(db + suffix, { force: true });
  }
  const show = (p: string): string => relative(ctx.io.cwd, p) || '.';
  ctx.io.stdout.write(
    `Demo org: ${facts.people} people in ${Object.keys(facts.departments).length} departments, ` +
      `${facts.weeks} weeks from ${facts.start} (demo data, generated with seed ${seed}).\n`,
  );
  const common = ['--config', configFile, '--db', db];
  const run = async (args: string[]): Promise<void> => {
    const code = await main(['node', 'orient', ...common, ...args], ctx.io);
    if (code !== 0)
      throw badInput(`demo import failed: orient ${args.join(' ')} exited with ${code}`);
  };
  await run(['import', 'directory', join(dir, 'people.csv')]);
  const quiet = { ...ctx.io, stdout: { write: () => true } };
  const code = await main(
    [
      'node',
      'orient',
      ...common,
      'import',
      'calendars',
      join(dir, 'calendars'),
      '--from',
      facts.start,
      '--to',
      facts.end,
    ],
    quiet,
  );
  if (code !== 0) throw badInput(`demo import of calendars failed (exit ${code})`);
  const seedCtx = cliContext(quiet, () => ({ config: configFile, db }));
  const seeded = await seedDemoEnablement(seedCtx, { from: facts.start, to: facts.end }).finally(
    () => seedCtx.close(),
  );
  ctx.io.stdout.write(
    `Imported ${facts.files} calendar exports (${(facts.calendarBytes / 1e6).toFixed(1)} MB).\n\n` +
      `Explore it:\n` +
      `  npx orient --config ${show(configFile)} --db ${show(db)} report --from ${facts.start} --to ${facts.end}\n` +
      `  npx orient --config ${show(configFile)} --db ${show(db)} explain <email> --from ${facts.start} --to ${facts.end}\n` +
      `  npx orient --config ${show(configFile)} --db ${show(db)} expand ${show(join(dir, 'calendars'))}/<email>.ics --from ${facts.start} --to ${facts.end}\n` +
      (seeded === null
        ? ''
        : `\nField research: ${seeded.notes} field notes (${seeded.rideAlongs} ride-alongs), ` +
          `${seeded.requests} requests and ${seeded.items} enablement items:\n` +
          `  npx orient --config ${show(configFile)} --db ${show(db)} plan --days 60 --money 40000\n`),
  );
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw badInput(`${flag} must be a positive whole number, got ${JSON.stringify(text)}`);
  return n;
}
