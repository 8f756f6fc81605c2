// Requests for enablement and their votes. Salespeople (members) ask and vote as themselves; an
// admin or a market-oriented member (a PM who heard it on a call) may ask or vote on a
// salesperson's behalf. A vote goes by whoever recorded it, the salesperson credited with it, or an
// admin. Members see vote counts and their own votes; who else asked or voted is for analysts and
// admins. Statuses and merges are the planners' (analyst and up).
import { z } from 'zod';
import type { EnablementRequest } from '../../core/enablement/model.js';
import { emailInput, idInput } from '../../ingest/enablement-inputs.js';
import {
  mergeRequest,
  recordVote,
  setRequestStatus,
  withdrawVote,
} from '../../ingest/enablement-requests.js';
import { addRequest, getRequest, listRequests } from '../../storage/enablement-requests-store.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import type { AppServices } from '../services.js';
import {
  callerOf,
  mayActFor,
  mayRemoveVote,
  seesEveryone,
  type Caller,
} from './enablement-access.js';
import { requestSchema } from './enablement-schemas.js';
import { idParam } from './schemas.js';

const TAG = 'enablement';

/** The request as this caller may see it. */
export function requestView(caller: Caller, request: EnablementRequest) {
  const everyone = seesEveryone(caller);
  return {
    ...request,
    requestedBy: everyone || request.requestedBy === caller.email ? request.requestedBy : null,
    voteCount: request.votes.length,
    votes: everyone
      ? request.votes
      : request.votes.filter(
          (v) => v.salesperson === caller.email || v.recordedBy === caller.email,
        ),
  };
}

/** Someone other than the caller: only an admin or a market-oriented member may act for them. */
async function checkOnBehalf(app: AppServices, caller: Caller, email: string, field: string) {
  if (email !== caller.email && !(await mayActFor(app, caller))) {
    throw new HttpError(
      'forbidden',
      `${field}: only an admin or a product or marketing member may act for ${email}`,
    );
  }
}

const list = defineRoute({
  method: 'get',
  path: '/api/requests',
  tag: TAG,
  summary: 'every request with its status and vote count',
  access: 'member',
  responses: { 200: { description: 'by id', schema: z.array(requestSchema) } },
  async handle({ c, app, auth }) {
    const caller = callerOf(auth);
    return c.json((await listRequests(app.database.db)).map((r) => requestView(caller, r)));
  },
});

const create = defineRoute({
  method: 'post',
  path: '/api/requests',
  tag: TAG,
  summary:
    'ask for enablement (as yourself, or for a salesperson: admin or market-oriented member)',
  access: 'member',
  body: {
    kind: 'json',
    schema: z.strictObject({
      title: z.string().trim().min(1, 'say what would help').max(300),
      description: z.string().trim().max(10_000).default(''),
      requestedBy: emailInput.optional().meta({ description: 'who asked (default: you)' }),
    }),
  },
  responses: { 201: { description: 'stored', schema: requestSchema } },
  async handle({ c, app, auth, body }) {
    const caller = callerOf(auth);
    const requestedBy = body.requestedBy ?? caller.email;
    await checkOnBehalf(app, caller, requestedBy, 'body.requestedBy');
    const request = await addRequest(app.database.db, {
      title: body.title,
      description: body.description,
      requestedBy,
      now: app.nowStored(),
    });
    return c.json(requestView(caller, request), 201);
  },
});

const read = defineRoute({
  method: 'get',
  path: '/api/requests/:id',
  tag: TAG,
  summary: 'one request',
  access: 'member',
  params: idParam,
  responses: {
    200: { description: 'the request', schema: requestSchema },
    404: { description: 'none' },
  },
  async handle({ c, app, auth, params }) {
    const request = await getRequest(app.database.db, String(params.id));
    if (!request) throw new HttpError('not-found', `no request ${params.id}`);
    return c.json(requestView(callerOf(auth), request));
  },
});

const vote = defineRoute({
  method: 'post',
  path: '/api/requests/:id/votes',
  tag: TAG,
  summary:
    'vote for a request (as yourself, or for a salesperson: admin or market-oriented member)',
  description: 'One vote per salesperson and request: a second is 400.',
  access: 'member',
  params: idParam,
  body: {
    kind: 'json',
    schema: z.strictObject({
      salesperson: emailInput
        .optional()
        .meta({ description: 'credited with the vote (default: you)' }),
    }),
  },
  responses: {
    201: { description: 'the request with the vote', schema: requestSchema },
    404: { description: 'no such request' },
  },
  async handle({ c, app, auth, params, body }) {
    const caller = callerOf(auth);
    const salesperson = body.salesperson ?? caller.email;
    await checkOnBehalf(app, caller, salesperson, 'body.salesperson');
    const request = await recordVote(app.database.db, String(params.id), {
      salesperson,
      recordedBy: caller.email,
      at: app.nowStored(),
    });
    return c.json(requestView(caller, request), 201);
  },
});

const unvote = defineRoute({
  method: 'delete',
  path: '/api/requests/:id/votes/:email',
  tag: TAG,
  summary: 'remove the vote credited to a salesperson (whoever recorded it, they, or an admin)',
  access: 'member',
  params: z.strictObject({ id: idParam.shape.id, email: emailInput }),
  responses: {
    200: { description: 'the request without the vote', schema: requestSchema },
    404: { description: 'no such request' },
  },
  async handle({ c, app, auth, params }) {
    const caller = callerOf(auth);
    const request = await withdrawVote(app.database.db, String(params.id), params.email, (v) => {
      if (!mayRemoveVote(caller, v)) {
        throw new HttpError(
          'forbidden',
          'only whoever recorded the vote, the salesperson credited with it, or an admin may remove it',
        );
      }
    });
    return c.json(requestView(caller, request));
  },
});

const status = defineRoute({
  method: 'patch',
  path: '/api/requests/:id',
  tag: TAG,
  summary: 'set a request’s status (duplicates come from merging)',
  access: 'analyst',
  params: idParam,
  body: {
    kind: 'json',
    schema: z.strictObject({
      status: z.enum(['open', 'planned', 'in-progress', 'shipped', 'declined', 'duplicate']),
    }),
  },
  responses: {
    200: { description: 'the request', schema: requestSchema },
    404: { description: 'no such request' },
  },
  async handle({ c, app, auth, params, body }) {
    const request = await setRequestStatus(app.database.db, String(params.id), body.status);
    return c.json(requestView(callerOf(auth), request));
  },
});

const merge = defineRoute({
  method: 'post',
  path: '/api/requests/:id/merge',
  tag: TAG,
  summary: 'merge a duplicate into another request: its votes move over',
  description: 'Merging a request into itself is 400.',
  access: 'analyst',
  params: idParam,
  body: { kind: 'json', schema: z.strictObject({ into: idInput }) },
  responses: {
    200: {
      description: 'both requests after the merge',
      schema: z.object({ merged: requestSchema, into: requestSchema }),
    },
    404: { description: 'no such request' },
  },
  async handle({ c, app, auth, params, body }) {
    const caller = callerOf(auth);
    const result = await mergeRequest(app.database.db, String(params.id), body.into);
    return c.json({
      merged: requestView(caller, result.merged),
      into: requestView(caller, result.into),
    });
  },
});

export const REQUEST_ROUTES = [list, create, read, vote, unvote, status, merge];
