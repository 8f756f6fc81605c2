// `orient invite check [draft.ics] [--json]`: before a salesperson is invited, ask why (rule 9).
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { internalDomainsProblem, type OrientConfig } from '../../core/config/config-schema.js';
import type { InviteVerdict } from '../../core/invites/invite-check.js';
import { OrientError, badInput } from '../../core/orient-error.js';
import { readDraftIcs, readDraftJson, type DraftRead } from '../../ingest/draft-invite.js';
import { inviteVerdict, verdictJson } from '../../ingest/invite-verdict.js';
import type { CliContext } from '../context.js';
import { CommandExit, EXIT_ASK_WHY } from '../exit-codes.js';

export function registerInvite(program: Command, ctx: CliContext): void {
  const invite = program.command('invite').description('check a meeting invite before sending it');
  invite
    .command('check')
    .description(
      'ask why before inviting salespeople: exit 0 ok, 3 ask-why, 2 bad input. The draft is an ' +
        '.ics file, or JSON on stdin { "title", "organizer", "attendees": [emails], "start", "end", "rrule"? }',
    )
    .argument('[draft]', 'an .ics file with the draft invite (default, or -: JSON on stdin)')
    .option('--json', 'print the verdict as JSON')
    .action(async (file: string | undefined, flags: { json?: boolean }) => {
      const config = ctx.config();
      const problem = internalDomainsProblem(config);
      if (problem) throw badInput(problem);
      const read = await readDraft(ctx, file, config);
      const source = file === undefined || file === '-' ? 'stdin' : file;
      if (!read.ok) {
        for (const p of read.problems) ctx.io.stderr.write(`${source}: ${p}\n`);
        throw new OrientError(
          'bad-input',
          `${source}: ${read.problems.length === 1 ? 'the draft has a problem' : `the draft has ${read.problems.length} problems`}; nothing was checked`,
        );
      }
      for (const w of read.warnings) ctx.io.stderr.write(`${source}: warning: ${w}\n`);
      const verdict = await inviteVerdict(
        await ctx.database(),
        config,
        read.draft,
        read.occurrencesPerYear,
        'run `orient import directory people.csv` first',
      );
      ctx.io.stdout.write(
        flags.json ? `${JSON.stringify(verdictJson(verdict))}\n` : render(verdict),
      );
      if (verdict.verdict === 'ask-why') throw new CommandExit(EXIT_ASK_WHY);
    });
}

async function readDraft(
  ctx: CliContext,
  file: string | undefined,
  config: OrientConfig,
): Promise<DraftRead> {
  if (file === undefined || file === '-') return readDraftJson(await ctx.io.readStdin());
  let bytes: Uint8Array;
  try {
    bytes = await readFile(ctx.resolvePath(file));
  } catch (error) {
    throw badInput(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      error,
    );
  }
  return readDraftIcs(bytes, { orgTimezone: config.timezone });
}

const round = (hours: number): number => Math.round(hours * 100) / 100;

function hours(h: number): string {
  return `${round(h)} h`;
}

function render(v: InviteVerdict): string {
  const lines: string[] = [];
  const title = v.title === '' ? '(no title)' : `"${v.title}"`;
  if (v.verdict === 'ask-why') {
    const perYear =
      v.occurrencesPerYear > 1
        ? `, ${hours(v.hoursPerYear)} over ${v.occurrencesPerYear} occurrences in the next 12 months`
        : '';
    lines.push(
      `ask-why: ${title} would take ${hours(v.hoursPerOccurrence)} of selling time per occurrence${perYear}`,
    );
  } else lines.push(`ok: ${title}: ${v.reason}`);

  const organizer = v.organizer.name
    ? `${v.organizer.name} <${v.organizer.email}>, ${v.organizer.role}`
    : `${v.organizer.email} (${v.organizer.internal ? 'not in the directory: counted as not customer-oriented' : 'external'})`;
  lines.push(`Organiser: ${organizer}`);
  if (v.verdict === 'ask-why') lines.push(`Why: ${v.reason}`);

  if (v.customerOrientedInvitees.length > 0) {
    lines.push('', 'Customer-oriented invitees:');
    for (const c of v.customerOrientedInvitees) {
      const cost = c.counted ? `${hours(c.hours)} per occurrence` : 'not counted';
      lines.push(`  ${c.name} <${c.email}>, ${c.role}: ${c.category}, ${cost}`);
    }
  }
  if (v.questions.length > 0) {
    lines.push('', 'Ask the organiser:');
    for (const q of v.questions) lines.push(`  ${q}`);
  }
  if (v.alternatives.length > 0) {
    lines.push('', 'Instead:');
    for (const a of v.alternatives) lines.push(`  - ${a}`);
  }
  const notes: string[] = [];
  if (v.unknownInvitees.length > 0)
    notes.push(`Not in the directory: ${v.unknownInvitees.join(', ')}`);
  if (v.externalInvitees.length > 0) notes.push(`External: ${v.externalInvitees.join(', ')}`);
  if (v.roomsIgnored.length > 0) notes.push(`Rooms ignored: ${v.roomsIgnored.join(', ')}`);
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}
