// `orient import directory people.csv`
import type { Command } from 'commander';
import { formatUtc } from '../../calendar/local-time.js';
import { OrientError } from '../../core/orient-error.js';
import { importDirectoryCsv } from '../../ingest/directory-import.js';
import type { CliContext } from '../context.js';

export function registerImportDirectory(parent: Command, ctx: CliContext): void {
  parent
    .command('directory')
    .description(
      'import the org directory (CSV: email,name,department,role[,manager][,timezone]); replaces the previous one',
    )
    .argument('<file>', 'a CSV file with a header row')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, flags: { json?: boolean }) => {
      const bytes = await ctx.readInput(file);
      const imported = await importDirectoryCsv(
        () => ctx.database(),
        bytes,
        file,
        formatUtc(ctx.io.now().getTime()),
      );
      if (!imported.ok) {
        for (const e of imported.errors) ctx.io.stderr.write(`${e.message}\n`);
        throw new OrientError(
          'bad-input',
          `${file}: ${imported.errors.length} problem${imported.errors.length === 1 ? '' : 's'}; nothing was imported`,
        );
      }
      const { people, changes } = imported;
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify({ people, ...changes })}\n`);
        return;
      }
      ctx.io.stdout.write(
        `Imported ${people} people from ${file}: ${changes.added} added, ${changes.updated} updated, ` +
          `${changes.reactivated} reactivated, ${changes.deactivated} now inactive, ${changes.unchanged} unchanged.\n`,
      );
    });
}
