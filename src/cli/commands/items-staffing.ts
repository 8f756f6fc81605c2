// `orient items suggest-staffing --from --to [--json] [--add --effort-days --cost]`: the one-day
// rule's flagged department pairs as hires to consider, with their evidence. Shown, not stored,
// until added: the data says how much time a department absorbs, not what a hire costs.
import type { Command } from 'commander';
import { z } from 'zod';
import { figure } from '../../core/enablement/figures.js';
import { formatFte, formatHoursShort } from '../../core/reports/format.js';
import {
  addStaffingItems,
  staffingFor,
  type StaffingAnswer,
} from '../../ingest/staffing-suggestions.js';
import type { CliContext } from '../context.js';
import { preparedCounting } from '../counting.js';
import { dayFlagOf, nowStored, numberFlag, parseFlags } from '../enablement-flags.js';
import { renderTable } from '../table.js';

const flagsSchema = z
  .object({
    from: dayFlagOf('--from'),
    to: dayFlagOf('--to'),
    json: z.boolean().optional(),
    add: z.boolean().optional(),
    effortDays: numberFlag('--effort-days').optional(),
    cost: numberFlag('--cost').optional(),
    confidence: numberFlag('--confidence', { max: 1 }).default(1),
  })
  .superRefine((f, ctx) => {
    if (f.to <= f.from) {
      ctx.addIssue({ code: 'custom', message: `--to ${f.to} must be after --from ${f.from}` });
    }
    if (f.add && (f.effortDays === undefined || f.cost === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message:
          '--add stores the suggestions as items: give each hire’s --effort-days and --cost ' +
          '(the calendars cannot tell them)',
      });
    }
  });

export function registerItemsStaffing(items: Command, ctx: CliContext): void {
  items
    .command('suggest-staffing')
    .description(
      'hires to consider: department pairs over one day a week (the one-day rule), with the ' +
        'hours absorbed and FTE; --add stores the new ones as items',
    )
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (org timezone)')
    .requiredOption('--to <date>', 'day after the last, YYYY-MM-DD (exclusive)')
    .option('--json', 'print the suggestions as JSON')
    .option('--add', 'store the suggestions not already items (needs --effort-days and --cost)')
    .option('--effort-days <n>', 'with --add: effort of each hire in person-days')
    .option('--cost <n>', 'with --add: cost of each hire in money (the org currency)')
    .option('--confidence <0-1>', 'with --add: how sure the hours are (default 1)')
    .action(async (raw: unknown) => {
      const flags = parseFlags(flagsSchema, raw);
      const config = ctx.config();
      const counting = await preparedCounting(ctx);
      const answer = await staffingFor(counting, config, { from: flags.from, to: flags.to });
      if (!flags.add) {
        if (flags.json) ctx.io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
        else ctx.io.stdout.write(suggestionsText(answer));
        return;
      }
      const result = await addStaffingItems(
        counting.database.db,
        answer,
        { effortDays: flags.effortDays!, cost: flags.cost!, confidence: flags.confidence },
        nowStored(ctx),
      );
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify({ ...answer, ...result }, null, 2)}\n`);
        return;
      }
      const lines = [
        ...result.added.map((i) => `Added item ${i.id}: ${i.title}`),
        ...result.present.map((p) => `Already item ${p.itemId}: ${p.title}`),
      ];
      ctx.io.stdout.write(
        lines.length === 0
          ? noneText(answer)
          : `${lines.join('\n')}\nSee them in priority order: orient items list\n`,
      );
    });
}

function noneText(answer: StaffingAnswer): string {
  return (
    `No department spends more than a day a week (${formatHoursShort(answer.thresholdHoursPerWeek)} h) ` +
    `with another from ${answer.range.from} to ${answer.range.to}: no hires to suggest.\n`
  );
}

function suggestionsText(answer: StaffingAnswer): string {
  const { suggestions, range } = answer;
  if (suggestions.length === 0) return noneText(answer);
  const day = formatHoursShort(answer.thresholdHoursPerWeek);
  const parts = [
    `Hires to consider, ${range.from} to ${range.to} (exclusive): departments that spend more ` +
      `than a day a week (${day} h) with another, which then looks understaffed or underskilled.\n`,
    renderTable(
      [
        '#',
        'suggestion',
        'from → to',
        'h per person-week',
        'h a week',
        'FTE',
        'people over 1 day',
        'selling h a week',
        'item',
      ],
      suggestions.map((s, i) => [
        String(i + 1),
        s.title,
        `${s.evidence.from} → ${s.evidence.to}`,
        formatHoursShort(s.evidence.hoursPerPersonWeek),
        formatHoursShort(s.evidence.hoursPerWeek),
        formatFte(s.evidence.fteAbsorbed),
        `${s.evidence.flaggedPeople} of ${s.evidence.people}`,
        s.sellingHoursPerWeek === null ? 'withheld' : formatHoursShort(s.sellingHoursPerWeek),
        s.itemId ?? '',
      ]),
    ),
    'Selling hours a hire would free:',
    ...suggestions.map((s, i) => `  ${i + 1}. ${s.sellingHoursBasis}.`),
  ];
  const fresh = suggestions.filter((s) => s.itemId === null);
  if (fresh.length > 0) {
    parts.push(
      '\nEffort and cost are yours to estimate. Add one as an item:',
      ...fresh.map((s) => `  ${addCommand(s)}`),
      `or every new one at once: orient items suggest-staffing --from ${range.from} --to ` +
        `${range.to} --add --effort-days D --cost M`,
    );
  }
  return `${parts.join('\n')}\n`;
}

function addCommand(s: StaffingAnswer['suggestions'][number]): string {
  const hours =
    s.sellingHoursPerWeek === null
      ? ''
      : ` --selling-hours-per-week ${figure(s.sellingHoursPerWeek)}`;
  return (
    `orient items add ${shellQuote(s.title)} --kind hire --effort-days D --cost M${hours} ` +
    `--description ${shellQuote(s.description)}`
  );
}

/** A POSIX shell word: single quotes, a quote inside written '\''. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
