// `orient notes export [--out FILE]`: every field note as CSV, one row per moment — the format
// `orient notes import` reads, so an export moves notes between databases unchanged.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { writeNotesCsv } from '../../core/enablement/notes-csv-write.js';
import { badInput } from '../../core/orient-error.js';
import { fileProblem } from '../../ingest/file-problem.js';
import { listObservations } from '../../storage/enablement-observations-store.js';
import type { CliContext } from '../context.js';
import { parseFlags } from '../enablement-flags.js';

export function registerNotesExport(notes: Command, ctx: CliContext): void {
  notes
    .command('export')
    .description('write every field note as CSV (one row per moment), by date then id')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (raw: unknown) => {
      const flags = parseFlags(z.object({ out: z.string().min(1).optional() }), raw);
      const all = await listObservations((await ctx.database()).db);
      const text = writeNotesCsv(all);
      if (flags.out === undefined) {
        ctx.io.stdout.write(text);
        return;
      }
      try {
        await writeFile(ctx.resolvePath(flags.out), text);
      } catch (error) {
        throw badInput(`cannot write ${flags.out}: ${fileProblem(error)}`, error);
      }
      const moments = all.reduce((sum, note) => sum + note.moments.length, 0);
      ctx.io.stdout.write(
        `Exported ${all.length} note${all.length === 1 ? '' : 's'} ` +
          `(${moments} moment${moments === 1 ? '' : 's'}) to ${flags.out}.\n`,
      );
    });
}
