// What organisers did after the invite check asked why: kept (with their answer), changed or
// dropped. The server recomputes the selling time before and after from the drafts, so the
// summary's saved hours are Orient's figures, not what a client claims.
import { z } from 'zod';
import { draftSchema, readDraftValue, type DraftRead } from '../../ingest/draft-invite.js';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../storage/invite-decisions-tables.js';
import { decisionSummary, logDecision } from '../../storage/invite-decisions-store.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { verdictOn } from './invite-check.js';

const HOUR_MS = 3_600_000;
const round = (hours: number): number => Math.round(hours * 100) / 100;

/** A draft field: read as `orient invite check` reads JSON, each problem named under the field. */
const draftField = z.unknown().transform((value, ctx): Extract<DraftRead, { ok: true }> => {
  const read = readDraftValue(value);
  if (read.ok) return read;
  for (const message of read.problems) ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
});

const fields = {
  outcome: z.enum(DECISION_OUTCOMES),
  answer: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .meta({ description: 'why the invitees are needed (required when kept after ask-why)' }),
  verdict: z
    .enum(['ok', 'ask-why'])
    .optional()
    .meta({ description: 'accepted for compatibility; the server recomputes it from check' }),
  hoursPerYearBefore: z
    .number()
    .nonnegative()
    .optional()
    .meta({ description: 'accepted for compatibility; the server recomputes it from check' }),
  hoursPerYearAfter: z
    .number()
    .nonnegative()
    .optional()
    .meta({ description: 'for changed without changedTo: the selling hours a year it now takes' }),
};

const decisionSchema = z.strictObject({
  check: draftField,
  changedTo: draftField.optional(),
  ...fields,
});

const decisionDocument = z.strictObject({
  check: draftSchema.meta({ description: 'the draft as checked (POST /api/invite-check JSON)' }),
  changedTo: draftSchema
    .optional()
    .meta({ description: 'the invite as changed (outcome changed)' }),
  ...fields,
});

const log = defineRoute({
  method: 'post',
  path: '/api/invite-decisions',
  tag: 'invites',
  summary: "log the organiser's decision after the invite check",
  access: 'member',
  body: { kind: 'json', schema: decisionSchema, document: decisionDocument },
  responses: {
    201: {
      description: 'logged, with the selling hours a year before, after, and saved',
      schema: z.object({
        id: z.number(),
        verdict: z.enum(['ok', 'ask-why']),
        outcome: z.enum(DECISION_OUTCOMES),
        hoursPerYearBefore: z.number(),
        hoursPerYearAfter: z.number(),
        hoursPerYearSaved: z.number(),
      }),
    },
  },
  async handle({ c, app, auth, body }) {
    const before = await verdictOn(app, body.check);
    const after = await hoursAfter(app, body.outcome, before.hoursPerYear, body);
    if (body.outcome === 'kept' && before.verdict === 'ask-why' && !body.answer) {
      throw new HttpError(
        'bad-input',
        'body.answer: say why the invitees are needed when keeping it',
      );
    }
    const id = await logDecision(app.database.db, {
      userId: auth.kind === 'anonymous' ? null : auth.user.id,
      now: app.nowStored(),
      title: body.check.draft.title,
      organizer: body.check.draft.organizer,
      attendees: body.check.draft.attendees.map((a) => a.email),
      rrule: body.check.draft.rrule,
      verdict: before.verdict,
      outcome: body.outcome,
      answer: body.answer || null,
      sellingMsPerYearBefore: before.hoursPerYear * HOUR_MS,
      sellingMsPerYearAfter: after * HOUR_MS,
    });
    return c.json(
      {
        id,
        verdict: before.verdict,
        outcome: body.outcome,
        hoursPerYearBefore: round(before.hoursPerYear),
        hoursPerYearAfter: round(after),
        hoursPerYearSaved: round(before.hoursPerYear - after),
      },
      201,
    );
  },
});

async function hoursAfter(
  app: Parameters<typeof verdictOn>[0],
  outcome: DecisionOutcome,
  before: number,
  body: z.infer<typeof decisionSchema>,
): Promise<number> {
  switch (outcome) {
    case 'kept':
      return before;
    case 'dropped':
      return 0;
    case 'changed':
      if (body.changedTo) return (await verdictOn(app, body.changedTo)).hoursPerYear;
      if (body.hoursPerYearAfter !== undefined) return body.hoursPerYearAfter;
      throw new HttpError(
        'bad-input',
        'body.changedTo: send the invite as changed (or hoursPerYearAfter)',
      );
  }
}

const summary = defineRoute({
  method: 'get',
  path: '/api/invite-decisions/summary',
  tag: 'invites',
  summary: 'how many asked invites were kept, changed or dropped, and the selling time saved',
  description: 'saved = Σ (before − after) over changed and dropped invites, hours per year.',
  access: 'member',
  responses: {
    200: {
      description: 'over every decision that followed an ask-why verdict',
      schema: z.object({
        asked: z.number(),
        kept: z.number(),
        changed: z.number(),
        dropped: z.number(),
        sellingHoursPerYearSaved: z.number(),
      }),
    },
  },
  async handle({ c, app }) {
    const s = await decisionSummary(app.database.db);
    return c.json({
      asked: s.asked,
      kept: s.kept,
      changed: s.changed,
      dropped: s.dropped,
      sellingHoursPerYearSaved: round(s.savedMsPerYear / HOUR_MS),
    });
  },
});

export const INVITE_DECISION_ROUTES = [log, summary];
