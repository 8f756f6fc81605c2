// `orient items add|import|list|link|ship|loop|suggest-staffing`: the enablement list — things
// built so salespeople can sell without help — scored, linked to the evidence, shipped, and the
// loop closed with the salespeople who asked.
import type { Command } from 'commander';
import { z } from 'zod';
import type { EnablementItem, EvidenceLinks, ItemKind } from '../../core/enablement/model.js';
import { figure } from '../../core/enablement/figures.js';
import { OrientError, badInput } from '../../core/orient-error.js';
import { rankedItems, rankedJson } from '../../ingest/enablement-ranking.js';
import { addItems, linkEvidence, unlinkEvidence } from '../../storage/enablement-items-store.js';
import { shipItemAndRequests } from '../../ingest/enablement-requests.js';
import { salespeopleInEvidence } from '../../ingest/evidence-salespeople.js';
import type { CliContext } from '../context.js';
import {
  collect,
  dayFlagOf,
  idArgument,
  methodFlag,
  nowStored,
  numberFlag,
  parseFlags,
  tagList,
  today,
} from '../enablement-flags.js';
import { renderTable } from '../table.js';
import { registerItemsImport } from './items-import.js';
import { registerItemsLoop } from './items-loop.js';
import { registerItemsStaffing } from './items-staffing.js';

export const ITEM_KINDS = [
  'worksheet',
  'training',
  'presentation',
  'tool',
  'content',
  'hire',
] as const satisfies readonly ItemKind[];

const ids = z.array(z.string()).default([]);

const addFlags = z
  .object({
    kind: z.enum(ITEM_KINDS, { error: `--kind must be one of ${ITEM_KINDS.join(', ')}` }),
    effortDays: numberFlag('--effort-days'),
    cost: numberFlag('--cost'),
    sellingHoursPerWeek: numberFlag('--selling-hours-per-week').optional(),
    timesPerWeek: numberFlag('--times-per-week').optional(),
    salespeople: numberFlag('--salespeople', { whole: true }).optional(),
    minutesLost: numberFlag('--minutes-lost').optional(),
    confidence: numberFlag('--confidence', { max: 1 }).default(1),
    description: z.string().default(''),
    tags: z.string().default(''),
    observation: ids,
    moment: ids,
    request: ids,
    json: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    // --salespeople may be left to the evidence (the distinct salespeople it names).
    const linked = f.observation.length + f.moment.length + f.request.length > 0;
    const parts = [f.timesPerWeek, f.minutesLost].filter((v) => v !== undefined).length;
    if (
      (parts > 0 || f.salespeople !== undefined) &&
      (parts < 2 || (!linked && f.salespeople === undefined))
    ) {
      ctx.addIssue({
        code: 'custom',
        message:
          'derive the hours with --times-per-week and --minutes-lost, and --salespeople ' +
          '(or link evidence with --observation, --moment or --request to count them)',
      });
    }
  });

/** The salespeople the linked evidence names, for a derivation that leaves the count to it. */
async function countedSalespeople(
  db: Parameters<typeof salespeopleInEvidence>[0],
  evidence: EvidenceLinks,
): Promise<number> {
  const count = await salespeopleInEvidence(db, evidence);
  if (count === 0)
    throw badInput('--salespeople: the linked evidence names no salesperson; give the count');
  return count;
}

export function registerItems(program: Command, ctx: CliContext): void {
  const items = program
    .command('items')
    .description('enablement items: what to build so salespeople sell without help, prioritised');
  items
    .command('add')
    .description('add an item; the selling hours it frees are entered or derived from the evidence')
    .argument('<title>', 'what to build')
    .requiredOption('--kind <kind>', ITEM_KINDS.join(' | '))
    .requiredOption('--effort-days <n>', 'effort in person-days')
    .requiredOption('--cost <n>', 'cost in money (the org currency), 0 or more')
    .option('--selling-hours-per-week <n>', 'selling hours it frees a week (entered)')
    .option(
      '--times-per-week <n>',
      'derived: how often the struggle happens per salesperson a week',
    )
    .option(
      '--salespeople <n>',
      'derived: how many salespeople it affects (default: the distinct salespeople in the evidence)',
    )
    .option('--minutes-lost <n>', 'derived: minutes lost each time')
    .option('--confidence <0-1>', 'how sure the estimate is (default 1)')
    .option('--description <text>', 'what it is')
    .option('--tags <a,b>', 'tags of the struggles it answers')
    .option('--observation <id>', 'a field note it answers (repeatable)', collect)
    .option('--moment <id>', 'a moment it answers (repeatable)', collect)
    .option('--request <id>', 'a request it answers (repeatable)', collect)
    .option('--json', 'print the item as JSON')
    .action(async (title: string, raw: unknown) => {
      const flags = parseFlags(addFlags, raw);
      if (title.trim() === '') throw badInput('the item needs a title');
      const db = (await ctx.database()).db;
      const evidence = {
        observations: flags.observation.map((id) => idArgument('--observation', id)),
        moments: flags.moment.map((id) => idArgument('--moment', id)),
        requests: flags.request.map((id) => idArgument('--request', id)),
      };
      const derivation =
        flags.timesPerWeek !== undefined && flags.minutesLost !== undefined
          ? {
              timesPerWeek: flags.timesPerWeek,
              salespeople: flags.salespeople ?? (await countedSalespeople(db, evidence)),
              minutesLost: flags.minutesLost,
            }
          : null;
      const [item] = await addItems(
        db,
        [
          {
            title: title.trim(),
            kind: flags.kind,
            description: flags.description,
            evidence,
            effortDays: flags.effortDays,
            cost: flags.cost,
            sellingHoursPerWeek: flags.sellingHoursPerWeek ?? null,
            derivation,
            confidence: flags.confidence,
            status: 'proposed',
            shippedAt: null,
            tags: tagList(flags.tags),
          },
        ],
        nowStored(ctx),
      );
      if (flags.json) ctx.io.stdout.write(`${JSON.stringify(item)}\n`);
      else ctx.io.stdout.write(`Added item ${item!.id}: ${describeItem(item!)}\n`);
    });
  registerItemsImport(items, ctx);

  items
    .command('list')
    .description('the items in priority order, each score with its inputs')
    .option('--method <method>', 'hours-per-day (default) or rice')
    .option('--all', 'include shipped and dropped items')
    .option('--json', 'print the list as JSON')
    .action(async (raw: unknown) => {
      const flags = parseFlags(
        z.object({
          method: methodFlag(),
          all: z.boolean().optional(),
          json: z.boolean().optional(),
        }),
        raw,
      );
      const ranked = await rankedItems((await ctx.database()).db, flags.method, {
        openOnly: !flags.all,
      });
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify(rankedJson(ranked, flags.method), null, 2)}\n`);
        return;
      }
      if (ranked.length === 0) {
        ctx.io.stdout.write(
          'No items yet: `orient items add` or `orient items import backlog.csv`.\n',
        );
        return;
      }
      ctx.io.stdout.write(
        renderTable(
          [
            '#',
            'id',
            'title',
            'kind',
            'status',
            'score',
            'h/year',
            'days',
            'cost',
            'conf',
            'people',
            'calls',
          ],
          ranked.map((r) => [
            String(r.rank),
            r.item.id,
            r.item.title,
            r.item.kind,
            r.item.status,
            figure(r.score.score),
            figure(r.sellingHoursPerYear),
            figure(r.item.effortDays),
            figure(r.item.cost),
            figure(r.item.confidence),
            String(r.evidence.salespeople.length),
            String(r.evidence.calls),
          ]),
        ),
      );
      ctx.io.stdout.write(`\nScores (${flags.method}):\n`);
      for (const r of ranked)
        ctx.io.stdout.write(`  #${r.rank} ${r.item.title}: ${r.score.explanation}\n`);
    });

  items
    .command('link')
    .description('link evidence to an item: field notes, moments, requests (or --unlink them)')
    .argument('<id>', 'the item')
    .option('--observation <id>', 'a field note (repeatable)', collect)
    .option('--moment <id>', 'a moment (repeatable)', collect)
    .option('--request <id>', 'a request (repeatable)', collect)
    .option('--unlink', 'remove these links instead')
    .action(async (idText: string, raw: unknown) => {
      const id = idArgument('item', idText);
      const flags = parseFlags(
        z.object({ observation: ids, moment: ids, request: ids, unlink: z.boolean().optional() }),
        raw,
      );
      const links: EvidenceLinks = {
        observations: flags.observation.map((n) => idArgument('--observation', n)),
        moments: flags.moment.map((n) => idArgument('--moment', n)),
        requests: flags.request.map((n) => idArgument('--request', n)),
      };
      if (Object.values(links).every((list) => list.length === 0)) {
        throw badInput('name what to link: --observation, --moment or --request');
      }
      const db = (await ctx.database()).db;
      const item = flags.unlink
        ? await unlinkEvidence(db, id, links)
        : await linkEvidence(db, id, links, 'add');
      if (!item) throw new OrientError('not-found', `no item ${id}`);
      ctx.io.stdout.write(
        `Item ${id} answers notes [${item.evidence.observations.join(', ')}], moments ` +
          `[${item.evidence.moments.join(', ')}], requests [${item.evidence.requests.join(', ')}].\n`,
      );
    });

  items
    .command('ship')
    .description('mark an item shipped; the requests it answers are marked shipped too')
    .argument('<id>', 'the item')
    .option('--date <day>', 'the day it shipped, YYYY-MM-DD (default: today in the org timezone)')
    .action(async (idText: string, raw: unknown) => {
      const id = idArgument('item', idText);
      const flags = parseFlags(z.object({ date: dayFlagOf('--date').optional() }), raw);
      const date = flags.date ?? today(ctx);
      const shipped = await shipItemAndRequests((await ctx.database()).db, id, date);
      if (!shipped) throw new OrientError('not-found', `no item ${id}`);
      const requests = shipped.requestsShipped;
      ctx.io.stdout.write(
        `Shipped item ${id} (${shipped.item.title}) on ${date}` +
          (requests.length > 0 ? `; requests ${requests.join(', ')} marked shipped` : '') +
          `. Close the loop: orient items loop ${id}\n`,
      );
    });
  registerItemsLoop(items, ctx);
  registerItemsStaffing(items, ctx);
}

export function describeItem(item: EnablementItem): string {
  const hours =
    item.sellingHoursPerWeek !== null
      ? `${figure(item.sellingHoursPerWeek)} h a week`
      : item.derivation
        ? 'hours derived from the evidence'
        : 'hours not estimated';
  return (
    `${item.title} (${item.kind}), ${figure(item.effortDays)} days, cost ${figure(item.cost)}, ` +
    `${hours}, confidence ${figure(item.confidence)}`
  );
}
