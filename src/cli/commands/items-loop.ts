// `orient items loop <id> [--weeks N] [--people] [--json]`: once an item ships, the salespeople
// to tell and, before and after the ship day, how often its struggles turn up in field notes and
// the selling share of the people it targets.
import type { Command } from 'commander';
import { z } from 'zod';
import {
  DEFAULT_LOOP_WEEKS,
  MAX_LOOP_WEEKS,
  type ClosedLoop,
  type LoopWindow,
} from '../../core/enablement/close-the-loop.js';
import { counted, figure } from '../../core/enablement/figures.js';
import { closedLoop } from '../../ingest/close-the-loop.js';
import type { CliContext } from '../context.js';
import { preparedCounting } from '../counting.js';
import { idArgument, parseFlags, today } from '../enablement-flags.js';
import { renderTable } from '../table.js';

const flagsSchema = z.object({
  weeks: z
    .string()
    .regex(/^\s*\d+\s*$/, `--weeks: use a whole number from 1 to ${MAX_LOOP_WEEKS}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, `--weeks: use a whole number from 1 to ${MAX_LOOP_WEEKS}`)
        .max(MAX_LOOP_WEEKS, `--weeks: use a whole number from 1 to ${MAX_LOOP_WEEKS}`),
    )
    .default(DEFAULT_LOOP_WEEKS),
  people: z.boolean().optional(),
  json: z.boolean().optional(),
});

export function registerItemsLoop(items: Command, ctx: CliContext): void {
  items
    .command('loop')
    .description(
      'close the loop on a shipped item: whom to tell, its struggles and selling share before and after',
    )
    .argument('<id>', 'the item (shipped)')
    .option('--weeks <n>', `weeks each side of the ship day (default ${DEFAULT_LOOP_WEEKS})`)
    .option('--people', 'include each salesperson’s selling share (person-level: admins only)')
    .option('--json', 'print the loop as JSON')
    .action(async (idText: string, raw: unknown) => {
      const id = idArgument('item', idText);
      const flags = parseFlags(flagsSchema, raw);
      const config = ctx.config();
      const loop = await closedLoop(
        (await ctx.database()).db,
        id,
        {
          weeks: flags.weeks,
          today: today(ctx),
          people: flags.people === true,
          workweekHours: config.workweekHours,
          minGroupSize: config.privacy.minGroupSize,
        },
        () => preparedCounting(ctx),
      );
      ctx.io.stdout.write(flags.json ? `${JSON.stringify(loop, null, 2)}\n` : render(loop));
    });
}

function render(loop: ClosedLoop): string {
  const { item, struggles, sellingShare: share } = loop;
  const lines = [`Item ${item.id} '${item.title}' shipped on ${item.shippedAt}.`, ''];
  if (loop.tell.length === 0) {
    lines.push('Nobody to tell: the item links no notes, moments or requests naming salespeople.');
  } else {
    lines.push(`Tell ${counted(loop.tell.length, 'salesperson', 'salespeople')}:`);
    for (const p of loop.tell) {
      lines.push(`  ${p.name === null ? p.email : `${p.name} <${p.email}>`}: ${p.why}`);
    }
  }
  lines.push(
    '',
    `${loop.weeks} weeks each side of ${item.shippedAt}; today (${loop.today}) is not counted ` +
      'until it is over.',
    '',
  );
  if (struggles.tags.length === 0) {
    lines.push(
      'Struggles: the item has no tags and its moments none, so there is nothing to count.',
    );
  } else {
    const source = struggles.tagsFrom === 'item' ? 'its tags' : 'the tags of its moments';
    lines.push(
      `Struggles tagged ${struggles.tags.join(', ')} (${source}) per field note, over every note:`,
    );
    lines.push(
      indent(
        renderTable(
          ['', 'from', 'to', 'weeks', 'notes', 'struggles', 'per note'],
          (['before', 'after'] as const).map((side) => {
            const w = struggles[side];
            return [
              side,
              w.from,
              w.to,
              weeksText(w, 'the first note'),
              String(w.notes),
              String(w.struggles),
              w.perNote === null ? '-' : figure(w.perNote),
            ];
          }),
        ),
      ),
    );
  }
  lines.push(
    '',
    `Selling share of the ${counted(share.people, 'salesperson', 'salespeople')} to tell ` +
      `(${share.withCalendar} with their own calendar imported):`,
  );
  lines.push(
    indent(
      renderTable(
        ['', 'from', 'to', 'weeks', 'selling share'],
        (['before', 'after'] as const).map((side) => {
          const w = share[side];
          return [
            side,
            w.from,
            w.to,
            weeksText(w, 'the calendar imports'),
            share.suppressed
              ? `withheld (fewer than ${share.minGroupSize} people)`
              : percent(w.share),
          ];
        }),
      ),
    ),
  );
  if (share.perPerson) {
    lines.push(
      '',
      'Each salesperson (person-level):',
      indent(
        renderTable(
          ['name', 'email', 'own calendar', 'before', 'after'],
          share.perPerson.map((p) => [
            p.name ?? '-',
            p.email,
            p.calendar ? 'yes' : 'no',
            percent(p.before),
            percent(p.after),
          ]),
        ),
      ),
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "13", "8.71 so far", "3.14 from the first note", "0: no data". */
function weeksText(w: LoopWindow, dataStart: string): string {
  if (w.days === 0) return w.endsEarly === 'today' ? '0: not begun' : '0: no data';
  const notes = [
    ...(w.startsLate ? [`from ${dataStart}`] : []),
    ...(w.endsEarly === 'today' ? ['so far'] : w.endsEarly === 'data' ? ['data ends'] : []),
  ];
  return [figure(w.weeks), ...notes].join(' ');
}

function percent(share: number | null): string {
  return share === null ? '-' : `${figure(share * 100, 1)}%`;
}

function indent(table: string): string {
  return table
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
