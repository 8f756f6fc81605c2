// `orient notes list [--json] [--observer EMAIL] [--salesperson EMAIL]`: the field notes, by date
// then id, with how many moments each holds and their topics.
import type { Command } from 'commander';
import { z } from 'zod';
import {
  listObservations,
  type StoredObservation,
} from '../../storage/enablement-observations-store.js';
import type { CliContext } from '../context.js';
import { emailFlag, parseFlags } from '../enablement-flags.js';
import { renderTable } from '../table.js';

const listFlags = z.object({
  json: z.boolean().optional(),
  observer: emailFlag('--observer').optional(),
  salesperson: emailFlag('--salesperson').optional(),
});

export function registerNotesList(notes: Command, ctx: CliContext): void {
  notes
    .command('list')
    .description('the field notes by date, with their moments and topics')
    .option('--observer <email>', 'only the notes this person observed')
    .option('--salesperson <email>', 'only the notes about this salesperson')
    .option('--json', 'print the notes as JSON (as GET /api/notes answers)')
    .action(async (raw: unknown) => {
      const flags = parseFlags(listFlags, raw);
      const all = await listObservations((await ctx.database()).db);
      const shown = all.filter(
        (n) =>
          (flags.observer === undefined || n.observer === flags.observer) &&
          (flags.salesperson === undefined || n.salespeople.includes(flags.salesperson)),
      );
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
        return;
      }
      ctx.io.stdout.write(describe(shown, all.length));
    });
}

function describe(notes: readonly StoredObservation[], total: number): string {
  if (total === 0) {
    return 'No field notes yet: log one with `orient notes add` or `orient notes import FILE.csv`.\n';
  }
  if (notes.length === 0) return `No field notes match (of ${total}).\n`;
  const rows = notes.map((n) => [
    n.id,
    n.date,
    n.kind,
    n.observer,
    n.salespeople.join(', '),
    n.account ?? '',
    momentsCell(n),
    [...new Set(n.moments.flatMap((m) => m.tags))].join(', '),
  ]);
  const header = ['id', 'date', 'kind', 'observer', 'salespeople', 'account', 'moments', 'tags'];
  const count = notes.length === total ? `${total}` : `${notes.length} of ${total}`;
  return `${renderTable(header, rows)}${count} note${total === 1 ? '' : 's'}.\n`;
}

/** `3 (2 struggle, 1 unsure)`; `0` for a note without moments. */
function momentsCell(note: StoredObservation): string {
  const n = note.moments.length;
  if (n === 0) return '0';
  const struggles = note.moments.filter((m) => m.kind === 'struggle').length;
  const parts = [
    struggles > 0 ? `${struggles} struggle` : '',
    n - struggles > 0 ? `${n - struggles} unsure` : '',
  ].filter((p) => p !== '');
  return `${n} (${parts.join(', ')})`;
}
