// `orient notes add`: one field note from flags, or as JSON on stdin (--json). Moments follow
// their --moment flag: `--moment "…" --kind unsure --tags pricing --severity 3 --moment "…"`.
import type { Command } from 'commander';
import { OrientError, badInput } from '../../core/orient-error.js';
import { inputProblems, observationInput } from '../../ingest/enablement-inputs.js';
import {
  addObservations,
  type StoredObservation,
} from '../../storage/enablement-observations-store.js';
import type { CliContext } from '../context.js';
import { nowStored } from '../enablement-flags.js';

/** A flag as commander met it, in command-line order. */
interface Given {
  flag: 'moment' | 'kind' | 'tags' | 'raised-by' | 'severity';
  value: string;
}

const NOTE_KINDS = new Set(['ride-along', 'interview']);

export function registerNotesAdd(notes: Command, ctx: CliContext): void {
  let given: Given[] = [];
  const inOrder = (flag: Given['flag']) => (value: string) => {
    given.push({ flag, value });
    return value;
  };
  const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];
  notes
    .command('add')
    .description(
      'log a field note: a ride-along on a sales call or an interview, with the moments a ' +
        'salesperson struggled or was unsure (or the note as JSON on stdin with --json)',
    )
    .option('--observer <email>', 'who observed (a product or market person)')
    .option('--salesperson <email>', 'a salesperson met (repeatable)', collect)
    .option('--date <day>', 'YYYY-MM-DD')
    .option('--account <name>', 'the customer account')
    .option('--occurrence <uid[@key]>', 'the calendar occurrence (as `orient explain` lists it)')
    .option(
      '--kind <kind>',
      'before any --moment: ride-along (default) or interview; after one: struggle (default) or unsure',
      inOrder('kind'),
    )
    .option(
      '--moment <text>',
      'what happened (repeatable; the flags after it describe it)',
      inOrder('moment'),
    )
    .option('--tags <a,b>', "the moment's topics", inOrder('tags'))
    .option(
      '--raised-by <who>',
      'customer or salesperson (default: customer on a ride-along, salesperson in an interview)',
      inOrder('raised-by'),
    )
    .option('--severity <1-3>', '1 minor … 3 the deal stalled (default 2)', inOrder('severity'))
    .option('--json', 'read the note as JSON on stdin and print it as JSON')
    .action(async (flags: Record<string, unknown>) => {
      const ordered = given;
      given = [];
      let input: unknown;
      let where: string;
      if (flags['json'] === true) {
        if (ordered.length > 0 || flags['observer'] !== undefined) {
          throw badInput('--json reads the whole note from stdin: leave out the other flags');
        }
        input = parseJson(await ctx.io.readStdin());
        where = 'stdin';
      } else {
        input = fromFlags(flags, ordered);
        where = '';
      }
      const parsed = observationInput.safeParse(input);
      if (!parsed.success) {
        const problems = inputProblems(parsed.error, where).map((p) => flagName(p, where));
        throw badInput(`the note is not valid: ${problems.join('; ')}`);
      }
      const [stored] = await addObservations((await ctx.database()).db, [parsed.data], {
        recordedBy: null,
        now: nowStored(ctx),
      });
      ctx.io.stdout.write(
        flags['json'] === true ? `${JSON.stringify(stored)}\n` : describe(stored!),
      );
    });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw badInput('stdin is empty: send the note as a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OrientError('bad-input', `stdin is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The flags as the JSON shape the schema reads; moment flags attach to the moment before them. */
function fromFlags(flags: Record<string, unknown>, ordered: readonly Given[]): unknown {
  let kind: string | undefined;
  const moments: Record<string, unknown>[] = [];
  for (const { flag, value } of ordered) {
    const current = moments.at(-1);
    if (flag === 'moment') {
      moments.push({ text: value });
    } else if (flag === 'kind' && NOTE_KINDS.has(value)) {
      if (kind !== undefined) throw badInput('--kind ride-along|interview is given twice');
      kind = value;
    } else if (current === undefined) {
      throw badInput(`--${flag} ${value} describes a moment: put it after --moment "…"`);
    } else if (flag === 'kind') {
      current['kind'] = value;
    } else if (flag === 'tags') {
      current['tags'] = value
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
    } else if (flag === 'raised-by') {
      current['raisedBy'] = value;
    } else {
      current['severity'] = /^\d+$/.test(value) ? Number(value) : value;
    }
  }
  const missing = ['observer', 'salesperson', 'date'].filter((f) => flags[f] === undefined);
  if (missing.length > 0)
    throw badInput(`notes add needs ${missing.map((f) => `--${f}`).join(', ')} (or --json)`);
  return {
    kind,
    observer: flags['observer'],
    salespeople: flags['salesperson'],
    date: flags['date'],
    account: flags['account'],
    occurrence: flags['occurrence'],
    moments,
  };
}

const FLAG_OF: Record<string, string> = {
  observer: '--observer',
  salespeople: '--salesperson',
  date: '--date',
  account: '--account',
  occurrence: '--occurrence',
  kind: '--kind',
};

/** `salespeople.1: …` → `--salesperson (2nd): …`; `moments.0.severity` → `moment 1 --severity`. */
function flagName(problem: string, where: string): string {
  if (where !== '') return problem;
  const [path = '', ...rest] = problem.split(': ');
  const parts = path.split('.');
  const message = rest.join(': ');
  if (parts[0] === 'moments' && parts.length >= 3) {
    const flag = { raisedBy: '--raised-by', text: '--moment' }[parts[2]!] ?? `--${parts[2]}`;
    return `moment ${Number(parts[1]) + 1} ${flag}: ${message}`;
  }
  const flag = FLAG_OF[parts[0]!] ?? parts[0]!;
  return parts.length > 1 ? `${flag} #${Number(parts[1]) + 1}: ${message}` : `${flag}: ${message}`;
}

function describe(o: StoredObservation): string {
  const moments = o.moments.map(
    (m) =>
      `  moment ${m.id}: ${m.kind}, severity ${m.severity}, raised by ${m.raisedBy}` +
      `${m.tags.length > 0 ? ` [${m.tags.join(', ')}]` : ''}: ${m.text}\n`,
  );
  return (
    `Logged note ${o.id}: ${o.kind} on ${o.date} by ${o.observer} with ${o.salespeople.join(', ')}` +
    `${o.account ? ` (${o.account})` : ''}, ${o.moments.length} moment${o.moments.length === 1 ? '' : 's'}.\n` +
    moments.join('')
  );
}
