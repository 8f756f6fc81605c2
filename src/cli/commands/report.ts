// `orient report --from --to [--json|--csv] [--by person|role|department] [--people]`
import type { Command } from 'commander';
import { z } from 'zod';
import { badInput } from '../../core/orient-error.js';
import { rangeReport } from '../../ingest/range-report.js';
import { parseDay } from '../date-range.js';
import type { CliContext } from '../context.js';
import { preparedCounting } from '../counting.js';
import { renderReportCsv } from '../report-render/report-csv.js';
import { renderReportText } from '../report-render/report-text.js';

const flagsSchema = z.object({
  from: z.string(),
  to: z.string(),
  json: z.boolean().optional(),
  csv: z.boolean().optional(),
  by: z
    .enum(['person', 'role', 'department'], { error: '--by must be person, role or department' })
    .optional(),
  people: z.boolean().optional(),
});

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description(
      'where time goes: allocation by role and department, cross-department time, meetings to reconsider, headline',
    )
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (org timezone)')
    .requiredOption('--to <date>', 'day after the last, YYYY-MM-DD (exclusive)')
    .option('--json', 'the report as JSON (PRODUCT.md "Report JSON")')
    .option('--csv', 'one CSV table, grouped by --by')
    .option('--by <grouping>', 'person, role or department (default: role; person needs --people)')
    .option('--people', 'include person-level figures (admins only)')
    .action(async (raw: unknown) => {
      const parsed = flagsSchema.safeParse(raw);
      if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join('; '));
      const flags = parsed.data;
      parseDay(flags.from, '--from');
      parseDay(flags.to, '--to');
      if (flags.to <= flags.from)
        throw badInput(`--to ${flags.to} must be after --from ${flags.from}`);
      if (flags.json && flags.csv) throw badInput('choose one of --json and --csv');
      if (flags.by === 'person' && !flags.people)
        throw badInput('--by person shows person-level data: add --people');
      const config = ctx.config();
      const counting = await preparedCounting(ctx);
      const report = await rangeReport(
        counting,
        config,
        { from: flags.from, to: flags.to },
        { people: flags.people === true },
      );
      if (flags.json) ctx.io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (flags.csv) ctx.io.stdout.write(renderReportCsv(report, flags.by ?? 'role'));
      else ctx.io.stdout.write(renderReportText(report));
    });
}
