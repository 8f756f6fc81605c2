// `orient notes suggest --from --to [--observer EMAIL] [--json]`: sales calls a product or market
// person already sat in — ride-alongs to write up — and whether they have been.
import type { Command } from 'commander';
import { z } from 'zod';
import { badInput } from '../../core/orient-error.js';
import { rideAlongs, type RideAlong } from '../../ingest/ride-along-suggestions.js';
import type { CliContext } from '../context.js';
import { preparedCounting } from '../counting.js';
import { dayFlagOf, emailFlag, parseFlags } from '../enablement-flags.js';
import { renderTable } from '../table.js';

const suggestFlags = z.object({
  from: dayFlagOf('--from'),
  to: dayFlagOf('--to'),
  observer: emailFlag('--observer').optional(),
  json: z.boolean().optional(),
});

export function registerNotesSuggest(notes: Command, ctx: CliContext): void {
  notes
    .command('suggest')
    .description(
      'ride-alongs from the calendar: external meetings where a market-oriented person sat in ' +
        'with a salesperson, and whether a note links to them yet',
    )
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (org timezone)')
    .requiredOption('--to <date>', 'day after the last, YYYY-MM-DD (exclusive)')
    .option('--observer <email>', "only this person's calls")
    .option('--json', 'print { from, to, rideAlongs } as JSON')
    .action(async (raw: unknown) => {
      const flags = parseFlags(suggestFlags, raw);
      if (flags.to <= flags.from) {
        throw badInput(`--to ${flags.to} must be after --from ${flags.from}`);
      }
      const counting = await preparedCounting(ctx);
      const range = { from: flags.from, to: flags.to };
      const found = await rideAlongs(counting, range, flags.observer);
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify({ ...range, rideAlongs: found }, null, 2)}\n`);
        return;
      }
      ctx.io.stdout.write(describe(found, range));
    });
}

function describe(found: readonly RideAlong[], range: { from: string; to: string }): string {
  const span = `from ${range.from} up to ${range.to}`;
  if (found.length === 0) {
    return `No sales calls with a market-oriented person ${span}.\n`;
  }
  const open = found.filter((r) => r.notes.length === 0);
  const rows = found.map((r) => [
    r.date,
    r.time,
    r.title,
    r.observer,
    r.salespeople.join(', '),
    r.account ?? '',
    r.notes.length === 0 ? 'to write up' : `note ${r.notes.join(', ')}`,
  ]);
  const head =
    `${found.length} sales call${found.length === 1 ? '' : 's'} with a market-oriented person ` +
    `${span}, ${open.length} to write up.\n`;
  const table = renderTable(
    ['date', 'time', 'title', 'observer', 'salespeople', 'account', 'note'],
    rows,
  );
  const first = open[0];
  return `${head}${table}${first ? `\nLog one:\n  ${addCommand(first)}\n` : ''}`;
}

/** The `orient notes add` that starts the note, filled from the call. */
function addCommand(r: RideAlong): string {
  const args = [
    'orient notes add',
    `--observer ${r.observer}`,
    ...r.salespeople.map((s) => `--salesperson ${s}`),
    `--date ${r.date}`,
    `--occurrence ${shellWord(r.occurrence)}`,
    ...(r.account ? [`--account ${shellWord(r.account)}`] : []),
    '--moment "…"',
  ];
  return args.join(' ');
}

/** Quoted for a POSIX shell when it holds anything but safe characters. */
function shellWord(text: string): string {
  return /^[\w@.:+\-/=]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
