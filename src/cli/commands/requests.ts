// `orient requests add|list|vote|unvote|status|merge`: what salespeople ask for, and their votes.
// The command line acts for the operator (it holds the database): a vote on someone's behalf
// names who recorded it with --by, who must be a market-oriented person in the directory.
import type { Command } from 'commander';
import { z } from 'zod';
import { orientationOf } from '../../core/config/config-schema.js';
import type { RequestStatus } from '../../core/enablement/model.js';
import { OrientError, badInput } from '../../core/orient-error.js';
import {
  mergeRequest,
  recordVote,
  setRequestStatus,
  withdrawVote,
} from '../../ingest/enablement-requests.js';
import { findPerson } from '../../storage/directory-store.js';
import { addRequest, listRequests } from '../../storage/enablement-requests-store.js';
import type { CliContext } from '../context.js';
import { emailFlag, idArgument, nowStored, parseFlags } from '../enablement-flags.js';
import { renderTable } from '../table.js';

export const REQUEST_STATUSES = [
  'open',
  'planned',
  'in-progress',
  'shipped',
  'declined',
  'duplicate',
] as const satisfies readonly RequestStatus[];

export function registerRequests(program: Command, ctx: CliContext): void {
  const requests = program
    .command('requests')
    .description('what salespeople ask for to sell without help, and their votes');
  requests
    .command('add')
    .description('record a request')
    .argument('<title>', 'what they ask for')
    .requiredOption('--by <email>', 'the salesperson who asked')
    .option('--description <text>', 'more detail')
    .option('--json', 'print the request as JSON')
    .action(async (title: string, raw: unknown) => {
      const flags = parseFlags(
        z.object({
          by: emailFlag('--by'),
          description: z.string().default(''),
          json: z.boolean().optional(),
        }),
        raw,
      );
      if (title.trim() === '') throw badInput('the request needs a title');
      const request = await addRequest((await ctx.database()).db, {
        title: title.trim(),
        description: flags.description,
        requestedBy: flags.by,
        now: nowStored(ctx),
      });
      ctx.io.stdout.write(
        flags.json
          ? `${JSON.stringify(request)}\n`
          : `Added request ${request.id}: ${request.title}\n`,
      );
    });

  requests
    .command('list')
    .description('every request with its status and votes, most votes first')
    .option('--json', 'print them as JSON')
    .action(async (raw: unknown) => {
      const flags = parseFlags(z.object({ json: z.boolean().optional() }), raw);
      const all = await listRequests((await ctx.database()).db);
      const ordered = [...all].sort(
        (a, b) => b.votes.length - a.votes.length || Number(a.id) - Number(b.id),
      );
      if (flags.json) {
        ctx.io.stdout.write(`${JSON.stringify(ordered, null, 2)}\n`);
        return;
      }
      if (ordered.length === 0) {
        ctx.io.stdout.write('No requests yet: `orient requests add "…" --by ana@acme.com`.\n');
        return;
      }
      ctx.io.stdout.write(
        renderTable(
          ['id', 'title', 'status', 'votes', 'asked by'],
          ordered.map((r) => [
            r.id,
            r.title,
            r.status === 'duplicate' && r.mergedInto !== null
              ? `duplicate of ${r.mergedInto}`
              : r.status,
            String(r.votes.length),
            r.requestedBy,
          ]),
        ),
      );
    });

  requests
    .command('vote')
    .description('a salesperson votes for a request (or a PM records the vote on their behalf)')
    .argument('<id>', 'the request')
    .argument('[email]', 'the salesperson voting as themself')
    .option('--on-behalf-of <email>', 'the salesperson credited with the vote')
    .option('--by <email>', 'with --on-behalf-of: who records it (a product or marketing person)')
    .action(async (idText: string, email: string | undefined, raw: unknown) => {
      const id = idArgument('request', idText);
      const flags = parseFlags(
        z.object({
          onBehalfOf: emailFlag('--on-behalf-of').optional(),
          by: emailFlag('--by').optional(),
        }),
        raw,
      );
      const database = await ctx.database();
      let vote: { salesperson: string; recordedBy: string };
      if (flags.onBehalfOf !== undefined) {
        if (email !== undefined)
          throw badInput('give the voter as EMAIL or --on-behalf-of, not both');
        if (flags.by === undefined)
          throw badInput('--on-behalf-of needs --by: who records the vote');
        await checkRecorder(ctx, flags.by);
        vote = { salesperson: flags.onBehalfOf, recordedBy: flags.by };
      } else {
        if (email === undefined)
          throw badInput('who votes? give EMAIL, or --on-behalf-of with --by');
        if (flags.by !== undefined) throw badInput('--by goes with --on-behalf-of');
        const voter = parseFlags(emailFlag('EMAIL'), email);
        vote = { salesperson: voter, recordedBy: voter };
      }
      const request = await recordVote(database.db, id, { ...vote, at: nowStored(ctx) });
      const behalf =
        vote.recordedBy === vote.salesperson ? '' : ` (recorded by ${vote.recordedBy})`;
      ctx.io.stdout.write(
        `${vote.salesperson} voted for request ${id}${behalf}: ${request.votes.length} vote${request.votes.length === 1 ? '' : 's'}.\n`,
      );
    });

  requests
    .command('unvote')
    .description('take back the vote credited to a salesperson')
    .argument('<id>', 'the request')
    .argument('<email>', 'the salesperson credited with it')
    .action(async (idText: string, email: string) => {
      const id = idArgument('request', idText);
      const voter = parseFlags(emailFlag('EMAIL'), email);
      const request = await withdrawVote((await ctx.database()).db, id, voter);
      ctx.io.stdout.write(
        `Removed ${voter}'s vote for request ${id}: ${request.votes.length} vote${request.votes.length === 1 ? '' : 's'} left.\n`,
      );
    });

  requests
    .command('status')
    .description('set a request’s status (merge marks duplicates)')
    .argument('<id>', 'the request')
    .argument('<status>', REQUEST_STATUSES.filter((s) => s !== 'duplicate').join(' | '))
    .action(async (idText: string, statusText: string) => {
      const id = idArgument('request', idText);
      const status = parseFlags(
        z.enum(REQUEST_STATUSES, {
          error: `the status must be one of ${REQUEST_STATUSES.join(', ')}`,
        }),
        statusText,
      );
      const request = await setRequestStatus((await ctx.database()).db, id, status);
      ctx.io.stdout.write(`Request ${id} is ${request.status}.\n`);
    });

  requests
    .command('merge')
    .description(
      'merge a duplicate into another request: it is marked duplicate and its votes move over',
    )
    .argument('<id>', 'the duplicate')
    .requiredOption('--into <id>', 'the request it duplicates')
    .action(async (idText: string, raw: { into: string }) => {
      const id = idArgument('request', idText);
      const into = idArgument('--into', raw.into);
      const result = await mergeRequest((await ctx.database()).db, id, into);
      ctx.io.stdout.write(
        `Merged request ${id} into ${into}: ${result.into.votes.length} vote${result.into.votes.length === 1 ? '' : 's'} there now.\n`,
      );
    });
}

/** Who records a vote for someone else: a market-oriented person in the directory. */
async function checkRecorder(ctx: CliContext, email: string): Promise<void> {
  const person = await findPerson((await ctx.database()).db, email);
  if (!person) throw badInput(`--by ${email} is not in the directory`);
  if (orientationOf(ctx.config(), person.role) !== 'market') {
    throw new OrientError(
      'bad-input',
      `--by ${email} (${person.role}) is not a product or marketing person: ` +
        'votes on behalf are recorded by them (or by an admin through the API)',
    );
  }
}
