// The invite check for calendar add-ins and scripts: the draft as JSON (as `orient invite check`
// reads it on stdin) or as an .ics file, answered with the CLI's `--json` verdict.
import type { Context } from 'hono';
import { z } from 'zod';
import { checkInternalDomains } from '../../ingest/counting.js';
import {
  draftSchema,
  readDraftIcs,
  readDraftJson,
  type DraftRead,
} from '../../ingest/draft-invite.js';
import { inviteVerdict, verdictJson } from '../../ingest/invite-verdict.js';
import { JSON_BODY_LIMIT, readBytes, requireMediaType } from '../body.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import type { AppEnv, AppServices } from '../services.js';

export const DIRECTORY_HINT = 'upload it first (POST /api/import/directory)';

export const verdictSchema = z
  .looseObject({
    verdict: z.enum(['ok', 'ask-why']),
    reason: z.string(),
    title: z.string(),
    customerOrientedInvitees: z.array(z.looseObject({ email: z.string(), name: z.string() })),
    hoursPerOccurrence: z.number(),
    occurrencesPerYear: z.number(),
    hoursPerYear: z.number(),
    questions: z.array(z.string()),
    alternatives: z.array(z.string()),
    unknownInvitees: z.array(z.string()),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'InviteVerdict', description: 'the `--json` answer of `orient invite check`' });

/** Problems in a draft: 400, each problem listed. */
export function draftProblems(problems: readonly string[], where: string): HttpError {
  return new HttpError(
    'bad-input',
    `${where}: ${problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join('; ')}`}`,
    { body: { problems: problems.map((message) => ({ message })) } },
  );
}

/** The verdict on a draft that read well. */
export async function verdictOn(app: AppServices, read: Extract<DraftRead, { ok: true }>) {
  const { config } = app.config();
  checkInternalDomains(config, { config: 'set internalDomains in the config on the server' });
  return inviteVerdict(app.database, config, read.draft, read.occurrencesPerYear, DIRECTORY_HINT);
}

async function readDraft(c: Context<AppEnv>, app: AppServices): Promise<DraftRead> {
  const type = requireMediaType(c.req.raw, ['application/json', 'text/calendar']);
  const bytes = await readBytes(c.req.raw, JSON_BODY_LIMIT);
  if (type === 'text/calendar') {
    return readDraftIcs(bytes, { orgTimezone: app.config().config.timezone });
  }
  return readDraftJson(new TextDecoder().decode(bytes));
}

const check = defineRoute({
  method: 'post',
  path: '/api/invite-check',
  tag: 'invites',
  summary: 'check a draft invite before sending it (rule 9): ok, or ask why',
  description:
    'The body is the JSON `orient invite check` reads on stdin, or an .ics file with the draft ' +
    '(Content-Type: text/calendar). 200 for both verdicts.',
  access: 'member',
  body: {
    kind: 'raw',
    contentTypes: { 'application/json': draftSchema, 'text/calendar': null },
    description: 'the draft invite',
  },
  responses: {
    200: { description: 'the verdict', schema: verdictSchema },
    400: { description: 'the draft has problems (listed in `problems`)' },
  },
  async handle({ c, app }) {
    const read = await readDraft(c, app);
    if (!read.ok) throw draftProblems(read.problems, 'the draft');
    const verdict = await verdictOn(app, read);
    return c.json({ ...verdictJson(verdict), warnings: read.warnings });
  },
});

export const INVITE_CHECK_ROUTES = [check];
