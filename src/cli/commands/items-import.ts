// `orient items import backlog.csv [--json]`: a backlog kept in a spreadsheet, taken whole or not
// at all (the directory import's rules: one problem per line and column, exit 2, nothing stored).
import type { Command } from 'commander';
import { OrientError } from '../../core/orient-error.js';
import { importItemsCsv } from '../../ingest/items-csv-import.js';
import type { CliContext } from '../context.js';
import { nowStored } from '../enablement-flags.js';

export function registerItemsImport(items: Command, ctx: CliContext): void {
  items
    .command('import')
    .description(
      'import a backlog CSV: title,kind,effort_days,cost,selling_hours_per_week ' +
        '[,confidence][,description][,tags]; every row or none',
    )
    .argument('<file>', 'a CSV file with a header row (names in any case; tags separated by ;)')
    .option('--json', 'print the stored items as JSON')
    .action(async (file: string, flags: { json?: boolean }) => {
      const bytes = await ctx.readInput(file);
      const imported = await importItemsCsv(() => ctx.database(), bytes, file, nowStored(ctx));
      if (!imported.ok) {
        for (const p of imported.problems) ctx.io.stderr.write(`${p.message}\n`);
        const n = imported.problems.length;
        throw new OrientError(
          'bad-input',
          `${file}: ${n} problem${n === 1 ? '' : 's'}; nothing was imported`,
        );
      }
      const { items: stored } = imported;
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify({ imported: stored.length, items: stored })}\n`);
        return;
      }
      const ids = stored.map((i) => i.id);
      ctx.io.stdout.write(
        `Imported ${stored.length} item${stored.length === 1 ? '' : 's'} from ${file} ` +
          `(id${ids.length === 1 ? '' : 's'} ${ids.join(', ')}). ` +
          'See them in priority order: orient items list\n',
      );
    });
}
