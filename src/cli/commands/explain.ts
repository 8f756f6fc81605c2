// `orient explain EMAIL --from --to`
import type { Command } from 'commander';
import { formatUtc } from '../../calendar/local-time.js';
import { dayNumber } from '../../core/counting/day-clock.js';
import { explainPerson } from '../../core/counting/explain.js';
import { badInput } from '../../core/orient-error.js';
import { meetingsOf } from '../../storage/ledger-store.js';
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
      const { database, context } = await preparedCounting(ctx);
      const person = context.directory.person(email);
      if (!person) throw badInput(`${email} is not in the directory`);
      const meetings = (await meetingsOf(database.db, [email])).get(email) ?? [];
      const range = {
        start: context.clock.startOf(dayNumber(flags.from)),
        end: context.clock.startOf(dayNumber(flags.to)),
      };
      const rows = explainPerson(email, meetings, context, range);
      if (flags.json) {
        for (const r of rows) {
          ctx.io.stdout.write(
            `${JSON.stringify({ ...r, start: formatUtc(r.start), end: formatUtc(r.end), hours: round(r.hours) })}\n`,
          );
        }
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
