// `orient expand FILE.ics --from --to [--json]`: a file's occurrences, without the database.
import type { Command } from 'commander';
import { readCalendar } from '../../calendar/read-calendar.js';
import { formatDate, formatUtc } from '../../calendar/local-time.js';
import type { Occurrence } from '../../calendar/occurrence.js';
import { badInput } from '../../core/orient-error.js';
import { utcRange } from '../date-range.js';
import type { CliContext } from '../context.js';
import { renderTable } from '../table.js';

export interface ExpandedOccurrence {
  uid: string;
  recurrenceId: string | null;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  status: string | null;
}

export function expandedOccurrence(o: Occurrence): ExpandedOccurrence {
  const format = o.allDay ? formatDate : formatUtc;
  return {
    uid: o.uid,
    recurrenceId: o.recurrenceId,
    summary: o.event.summary,
    start: format(o.start),
    end: format(o.end),
    allDay: o.allDay,
    status: o.event.status,
  };
}

export function registerExpand(program: Command, ctx: CliContext): void {
  program
    .command('expand')
    .description("list a calendar file's occurrences in a range, without touching the database")
    .argument('<file>', 'an .ics file')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (UTC midnight)')
    .requiredOption('--to <date>', 'day after the last, YYYY-MM-DD (UTC midnight, exclusive)')
    .option('--json', 'one JSON object per line')
    .option(
      '--timezone <iana>',
      'zone for floating times (default: X-WR-TIMEZONE, else config timezone)',
    )
    .action(
      async (
        file: string,
        opts: { from: string; to: string; json?: boolean; timezone?: string },
      ) => {
        const range = utcRange(opts.from, opts.to);
        const config = ctx.config();
        const bytes = await ctx.readInput(file);
        const read = readCalendar(bytes, {
          range,
          ownerTimezone: opts.timezone ?? null,
          orgTimezone: config.timezone,
        });
        if (!read.ok) throw badInput(`${file}:${read.line}: ${read.message}`);
        for (const w of read.warnings)
          ctx.io.stderr.write(`${file}:${w.line}: warning: ${w.message}\n`);
        for (const s of read.skipped)
          ctx.io.stderr.write(`${file}:${s.line}: skipped: ${s.reason}\n`);
        const rows = read.occurrences.map(expandedOccurrence);
        if (opts.json) {
          for (const row of rows) ctx.io.stdout.write(`${JSON.stringify(row)}\n`);
          return;
        }
        ctx.io.stdout.write(
          renderTable(
            ['start', 'end', 'summary', 'status', 'uid', 'recurrence-id'],
            rows.map((r) => [
              r.start,
              r.end,
              r.summary,
              r.status ?? '',
              r.uid,
              r.recurrenceId ?? '',
            ]),
          ),
        );
        ctx.io.stdout.write(`${rows.length} occurrence${rows.length === 1 ? '' : 's'}\n`);
      },
    );
}
