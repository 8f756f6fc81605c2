// `orient import calendars PATH…`
import { basename } from 'node:path';
import type { Command } from 'commander';
import { collectCalendarFiles } from '../../ingest/collect-files.js';
import { importCalendars, type FileReport } from '../../ingest/import-calendars.js';
import { isEmail } from '../../ingest/calendar-owner.js';
import { badInput, OrientError } from '../../core/orient-error.js';
import { formatUtc } from '../../calendar/local-time.js';
import type { CliContext } from '../context.js';
import { preparedCounting } from '../counting.js';
import { internalDomainsProblem } from '../../core/config/config-schema.js';
import { defaultImportWindow, importWindow } from '../import-window.js';
import { progressBar } from '../progress.js';
import { renderTable } from '../table.js';

interface Flags {
  owner?: string;
  from?: string;
  to?: string;
  json?: boolean;
  details?: boolean;
}

export function registerImportCalendars(parent: Command, ctx: CliContext): void {
  parent
    .command('calendars')
    .description(
      'import .ics exports (files or folders, recursive); one file is one person’s calendar',
    )
    .argument('<paths...>', '.ics files or folders')
    .option('--owner <email>', 'whose calendar a single file is (else <email>.ics or X-WR-CALNAME)')
    .option('--from <date>', 'expand from this day, YYYY-MM-DD (default: 12 months ago)')
    .option('--to <date>', 'expand up to this day, exclusive (default: 3 months ahead)')
    .option('--json', 'print the per-file report as JSON')
    .option('--details', 'list every skipped item and warning')
    .action(async (paths: string[], flags: Flags) => {
      if (flags.owner !== undefined && !isEmail(flags.owner.trim())) {
        throw badInput(`--owner ${JSON.stringify(flags.owner)} is not an email address`);
      }
      const window =
        flags.from !== undefined || flags.to !== undefined
          ? importWindow(flags.from, flags.to, ctx.io.now())
          : defaultImportWindow(ctx.io.now());
      const files = await collectCalendarFiles(paths.map(ctx.resolvePath));
      if (files.length === 0) throw badInput(`no .ics files in ${paths.join(', ')}`);
      if (flags.owner !== undefined && files.length > 1) {
        throw badInput(
          `--owner names one person, but ${files.length} files were given: import them one at a time`,
        );
      }
      const config = ctx.config();
      const database = await ctx.database();
      const progress = progressBar(ctx.io, 'files');
      const merging = progressBar(ctx.io, 'meetings merged');
      const reports = await importCalendars(database, {
        files,
        owner: flags.owner,
        window,
        orgTimezone: config.timezone,
        now: formatUtc(ctx.io.now().getTime()),
        onProgress: (done, total, file) => progress.update(done, total, basename(file)),
        onMergeProgress: (done, total) => merging.update(done, total, ''),
      });
      progress.done();
      merging.done();
      if (flags.json)
        ctx.io.stdout.write(
          `${JSON.stringify({ window: windowJson(window), files: reports }, null, 2)}\n`,
        );
      else printReports(ctx, reports, window, flags.details === true);
      // Count everyone now, so reports read ready sums (skipped until the config names domains).
      if (internalDomainsProblem(config) === null) await preparedCounting(ctx);
      const failed = reports.filter((r) => !r.ok).length;
      if (failed > 0) {
        throw new OrientError(
          'bad-input',
          `${failed} of ${reports.length} files were not imported (see above)`,
        );
      }
    });
}

function windowJson(w: { from: number; to: number }): { from: string; to: string } {
  return { from: formatUtc(w.from).slice(0, 10), to: formatUtc(w.to).slice(0, 10) };
}

function printReports(
  ctx: CliContext,
  reports: FileReport[],
  window: { from: number; to: number },
  details: boolean,
): void {
  const out = ctx.io.stdout;
  const w = windowJson(window);
  out.write(`Expanded ${w.from} to ${w.to} (exclusive).\n`);
  out.write(
    renderTable(
      ['file', 'owner', 'events', 'occurrences', 'new', 'gone', 'skipped', 'warnings', 'result'],
      reports.map((r) => [
        basename(r.file),
        r.owner ?? '',
        String(r.events),
        String(r.occurrences),
        String(r.added),
        String(r.removed),
        String(r.skipped.length),
        String(r.warnings.length),
        r.ok ? 'imported' : 'NOT IMPORTED',
      ]),
    ),
  );
  for (const r of reports) {
    const name = basename(r.file);
    if (r.error) ctx.io.stderr.write(`${name}: error: ${r.error}\n`);
    const limit = details ? Infinity : 5;
    r.skipped
      .slice(0, limit)
      .forEach((s) =>
        ctx.io.stderr.write(`${name}:${s.line}: skipped${s.uid ? ` ${s.uid}` : ''}: ${s.reason}\n`),
      );
    r.warnings
      .slice(0, limit)
      .forEach((x) => ctx.io.stderr.write(`${name}:${x.line}: warning: ${x.message}\n`));
    const hidden = Math.max(0, r.skipped.length - limit) + Math.max(0, r.warnings.length - limit);
    if (hidden > 0) ctx.io.stderr.write(`${name}: … ${hidden} more (use --details)\n`);
  }
  const ok = reports.filter((r) => r.ok);
  out.write(
    `${ok.length} of ${reports.length} files imported: ${ok.reduce((n, r) => n + r.events, 0)} events, ` +
      `${ok.reduce((n, r) => n + r.occurrences, 0)} occurrences.\n`,
  );
}
