// `orient notes import FILE.csv`: field notes from a spreadsheet, all or nothing — any problem
// (a bad cell, someone not in the directory, an occurrence never imported) is listed with its
// line and nothing is stored.
import type { Command } from 'commander';
import { z } from 'zod';
import { NOTES_CSV_HEADER_HINT } from '../../core/enablement/notes-csv.js';
import { OrientError } from '../../core/orient-error.js';
import { readNotesCsv } from '../../ingest/notes-csv-import.js';
import { addObservations } from '../../storage/enablement-observations-store.js';
import type { CliContext } from '../context.js';
import { nowStored, parseFlags } from '../enablement-flags.js';

export function registerNotesImport(notes: Command, ctx: CliContext): void {
  notes
    .command('import')
    .description(
      'add field notes from a CSV, one row per moment (as `orient notes export` writes it); ' +
        'all or nothing',
    )
    .argument('<file>', `a CSV file; ${NOTES_CSV_HEADER_HINT}`)
    .option('--json', 'print { notes, moments, ids } as JSON')
    .action(async (file: string, raw: unknown) => {
      const flags = parseFlags(z.object({ json: z.boolean().optional() }), raw);
      const bytes = await ctx.readInput(file);
      const db = (await ctx.database()).db;
      const read = await readNotesCsv(db, bytes, file);
      if (!read.ok) {
        for (const p of read.problems) ctx.io.stderr.write(`${p.message}\n`);
        const n = read.problems.length;
        throw new OrientError(
          'bad-input',
          `${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was imported`,
        );
      }
      const stored = await addObservations(db, read.notes, {
        recordedBy: null,
        now: nowStored(ctx),
      });
      const moments = stored.reduce((sum, note) => sum + note.moments.length, 0);
      if (flags.json) {
        const ids = stored.map((note) => note.id);
        ctx.io.stdout.write(`${JSON.stringify({ notes: stored.length, moments, ids })}\n`);
        return;
      }
      ctx.io.stdout.write(
        `Imported ${plural(stored.length, 'note')} with ${plural(moments, 'moment')} from ${file}` +
          `${stored.length > 0 ? ` (notes ${idRange(stored.map((n) => n.id))})` : ''}.\n`,
      );
    });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** New ids are consecutive: `3–5`, or `3` alone. */
function idRange(ids: readonly string[]): string {
  const first = ids[0]!;
  const last = ids.at(-1)!;
  return first === last ? first : `${first}–${last}`;
}
