// `orient plan --days D --money M [--json] [--method rice]`: work from the top of the list until
// time or money runs out (the essay's rule), beside the best set under both budgets.
import type { Command } from 'commander';
import { z } from 'zod';
import { counted, figure } from '../../core/enablement/figures.js';
import type { PlanSet } from '../../core/enablement/plan.js';
import { badInput } from '../../core/orient-error.js';
import { enablementPlan, type PlanAnswer } from '../../ingest/enablement-ranking.js';
import type { CliContext } from '../context.js';
import { methodFlag, numberFlag, parseFlags } from '../enablement-flags.js';

const flagsSchema = z.object({
  days: numberFlag('--days').optional(),
  money: numberFlag('--money').optional(),
  method: methodFlag(),
  json: z.boolean().optional(),
});

export function registerPlan(program: Command, ctx: CliContext): void {
  program
    .command('plan')
    .description(
      'the enablement plan: the top of the list until time or money runs out, and the best set under both',
    )
    .option('--days <n>', 'person-days available')
    .option('--money <n>', 'money available (the org currency)')
    .option('--method <method>', 'hours-per-day (default) or rice: how the list is ordered')
    .option('--json', 'print the plan as JSON')
    .action(async (raw: unknown) => {
      const flags = parseFlags(flagsSchema, raw);
      if (flags.days === undefined || flags.money === undefined) {
        throw badInput(
          'the plan needs a budget: --days (person-days) and --money (0 when there is none)',
        );
      }
      const plan = await enablementPlan(
        (await ctx.database()).db,
        { days: flags.days, money: flags.money },
        flags.method,
      );
      ctx.io.stdout.write(flags.json ? `${JSON.stringify(plan, null, 2)}\n` : render(plan));
    });
}

function render(plan: PlanAnswer): string {
  const lines = [
    `Budget: ${figure(plan.budget.days)} person-days, ${figure(plan.budget.money)} money (list ordered by ${plan.method})`,
    '',
    'From the top of the list until time or money runs out:',
    ...set(plan.greedy),
  ];
  const stop = plan.greedy.stoppedAt;
  if (stop) {
    lines.push(
      `  stops at '${stop.title}': not enough ${stop.reason} (needs ${days(stop.needs.days)} ` +
        `and ${figure(stop.needs.money)} money; ${days(stop.remaining.days)} and ` +
        `${figure(stop.remaining.money)} money left)`,
    );
  }
  lines.push('', 'The best set under both budgets:', ...set(plan.best), '');
  lines.push(plan.difference.explanation);
  return `${lines.join('\n')}\n`;
}

function set(s: PlanSet & { ids: string[] }): string[] {
  if (s.items.length === 0) return ['  nothing fits'];
  return [
    ...s.items.map((title, i) => `  - ${title} (item ${s.ids[i]})`),
    `  = ${days(s.days)}, ${figure(s.money)} money, ${figure(s.sellingHoursPerYear)} selling hours a year`,
  ];
}

function days(n: number): string {
  return counted(n, 'day', 'days');
}
