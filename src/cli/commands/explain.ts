// `orient explain EMAIL --from --to`
import type { Command } from 'commander';
import { formatUtc } from '../../calendar/local-time.js';
import { badInput } from '../../core/orient-error.js';
import { explainJson, explainRows } from '../../ingest/explain-rows.js';
import { parseDay } from '../date-range.js';
import type { CliContext } from '../context.js';
import { preparedCounting } from '../counting.js';
import { renderTable } from '../table.js';

export function registerExplain(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description(
      "one person's occurrences with category, the rule that matched, and the hours each counted after overlap",
    )
    .argument('<email>', 'a person in the directory')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (org timezone)')
    .requiredOption('--to <date>', 'day after the last, YYYY-MM-DD (exclusive)')
    .option('--json', 'one JSON object per line')
    .action(async (emailArg: string, flags: { from: string; to: string; json?: boolean }) => {
      parseDay(flags.from, '--from');
      parseDay(flags.to, '--to');
      if (flags.to <= flags.from)
        throw badInput(`--to ${flags.to} must be after --from ${flags.from}`);
      const email = emailArg.trim().toLowerCase();
      const explained = await explainRows(await preparedCounting(ctx), email, flags);
      if (!explained) throw badInput(`${email} is not in the directory`);
      const { person, rows } = explained;
      if (flags.json) {
        for (const r of rows) ctx.io.stdout.write(`${JSON.stringify(explainJson(r))}\n`);
        return;
      }
      ctx.io.stdout.write(
        `${person.name} — ${person.role}, ${person.department} (${person.orientation}-oriented)\n`,
      );
      ctx.io.stdout.write(
        renderTable(
          ['start (UTC)', 'end (UTC)', 'title', 'category', 'rule', 'hours'],
          rows.map((r) => [
            formatUtc(r.start),
            formatUtc(r.end),
            r.title,
            r.category ?? `— ${r.reason}`,
            r.rule ?? '',
            r.attended ? round(r.hours).toFixed(2) : '',
          ]),
        ),
      );
      const total = rows.reduce((n, r) => n + r.hours, 0);
      ctx.io.stdout.write(
        `${rows.filter((r) => r.attended).length} attended, ${round(total).toFixed(2)} hours counted.\n`,
      );
    });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
